import type { IssueDetail } from '@coalition/contracts';
import { Form } from 'antd';
import { useState } from 'react';
import { EditDrawer } from '@/components/edit-drawer';
import { useRecordEdit } from '@/lib/use-record-edit';
import { issueVersionConflictCurrent } from '../api/issue-version-conflict';
import { useUpdateIssue } from '../api/use-update-issue';
import { showApiErrorOnForm } from './form-errors';
import { IssueForm } from './issue-form';
import {
  hasChanges,
  issueChanges,
  issueForm,
  type IssueFormValues,
  toIssueFormValues,
} from './issue-form-model';

interface EditIssueDrawerProps {
  issue: IssueDetail;
  open: boolean;
  onClose: () => void;
}

/** Every field at once, with its errors cleared: for refilling the form with the latest issue. */
function asFieldData(values: IssueFormValues) {
  return (Object.keys(values) as (keyof IssueFormValues)[]).map((name) => ({
    name,
    value: values[name],
    errors: [],
  }));
}

/** Edits an issue, sending only what changed and the version the form was filled from. */
export function EditIssueDrawer({ issue, open, onClose }: EditIssueDrawerProps) {
  const [form] = Form.useForm<IssueFormValues>();
  const [initialValues] = useState(() => toIssueFormValues(issue));
  const edit = useRecordEdit({
    record: issue,
    update: useUpdateIssue(),
    changesOf: issueChanges,
    hasChanges,
    conflictOf: issueVersionConflictCurrent,
    showError: (error) => showApiErrorOnForm(form, issueForm, error),
    refill: (latest) => form.setFields(asFieldData(toIssueFormValues(latest))),
    nameOf: (saved) => saved.title,
    onClose,
  });

  return (
    <EditDrawer
      noun="issue"
      title={`Edit ${edit.base.title}`}
      open={open}
      onClose={onClose}
      onSubmit={() => form.submit()}
      edit={edit}
    >
      <IssueForm
        form={form}
        initialValues={initialValues}
        onSubmit={edit.submit}
        tierHint="Moving the issue to another tier puts it last there."
        disabled={edit.saving}
      />
    </EditDrawer>
  );
}
