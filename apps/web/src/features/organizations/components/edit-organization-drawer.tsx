import type { OrganizationDetail } from '@coalition/contracts';
import { Form } from 'antd';
import { useState } from 'react';
import { EditDrawer } from '@/components/edit-drawer';
import { useRecordEdit } from '@/lib/use-record-edit';
import { versionConflictCurrent } from '../api/organization-version-conflict';
import { useUpdateOrganization } from '../api/use-update-organization';
import { OrganizationForm } from './organization-form';
import { asFieldData, showApiErrorOnForm } from './organization-form-errors';
import {
  hasChanges,
  organizationChanges,
  type OrganizationFormValues,
  toOrganizationFormValues,
} from './organization-form-model';

interface EditOrganizationDrawerProps {
  organization: OrganizationDetail;
  open: boolean;
  onClose: () => void;
}

/** Edits an organization, sending only what changed and the version the form was filled from. */
export function EditOrganizationDrawer({
  organization,
  open,
  onClose,
}: EditOrganizationDrawerProps) {
  const [form] = Form.useForm<OrganizationFormValues>();
  const [initialValues] = useState(() => toOrganizationFormValues(organization));
  const edit = useRecordEdit({
    record: organization,
    update: useUpdateOrganization(),
    changesOf: organizationChanges,
    hasChanges,
    conflictOf: versionConflictCurrent,
    showError: (error) => showApiErrorOnForm(form, error),
    refill: (latest) => form.setFields(asFieldData(toOrganizationFormValues(latest))),
    nameOf: (saved) => saved.name,
    onClose,
  });

  return (
    <EditDrawer
      noun="organization"
      title={`Edit ${edit.base.name}`}
      open={open}
      onClose={onClose}
      onSubmit={() => form.submit()}
      edit={edit}
    >
      <OrganizationForm
        form={form}
        initialValues={initialValues}
        onSubmit={edit.submit}
        disabled={edit.saving}
      />
    </EditDrawer>
  );
}
