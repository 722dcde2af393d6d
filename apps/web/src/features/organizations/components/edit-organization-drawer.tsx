import type { CreateOrganization, OrganizationDetail } from '@coalition/contracts';
import { Alert, App, Button, Drawer, Flex, Form } from 'antd';
import { useState } from 'react';
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
  // The record the form was filled from; the page's copy may move on while the form is open.
  const [base, setBase] = useState(organization);
  const [initialValues] = useState(() => toOrganizationFormValues(organization));
  const [conflict, setConflict] = useState<OrganizationDetail>();
  const [problem, setProblem] = useState<string>();
  const update = useUpdateOrganization();
  const { message } = App.useApp();

  const submit = (data: CreateOrganization) => {
    const changes = organizationChanges(base, data);
    if (!hasChanges(changes)) {
      void message.info('Nothing to save: no field was changed.');
      onClose();
      return;
    }
    setProblem(undefined);
    setConflict(undefined);
    update.mutate(
      { id: base.id, changes },
      {
        onSuccess: (org) => {
          void message.success(`${org.name} was saved.`);
          onClose();
        },
        onError: (error) => {
          const current = versionConflictCurrent(error);
          if (current) setConflict(current);
          else setProblem(showApiErrorOnForm(form, error));
        },
      },
    );
  };

  const loadLatest = (latest: OrganizationDetail) => {
    setBase(latest);
    form.setFields(asFieldData(toOrganizationFormValues(latest)));
    setConflict(undefined);
  };

  return (
    <Drawer
      title={`Edit ${base.name}`}
      size="large"
      open={open}
      onClose={onClose}
      // A stray click outside must not throw away a half-filled form.
      mask={{ closable: false }}
      extra={
        <Flex gap="small">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="primary" loading={update.isPending} onClick={() => form.submit()}>
            Save changes
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap="middle">
        {conflict && (
          <Alert
            type="warning"
            showIcon
            title="Someone else changed this organization"
            description="They saved while you were editing, so your changes were not saved. Load the latest version, then make your changes again."
            action={
              <Button size="small" onClick={() => loadLatest(conflict)}>
                Load latest
              </Button>
            }
          />
        )}
        {problem && (
          <Alert type="error" showIcon title="The changes were not saved" description={problem} />
        )}
        <OrganizationForm
          form={form}
          initialValues={initialValues}
          onSubmit={submit}
          disabled={update.isPending}
        />
      </Flex>
    </Drawer>
  );
}
