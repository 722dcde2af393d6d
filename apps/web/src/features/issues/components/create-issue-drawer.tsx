import type { CreateIssue } from '@coalition/contracts';
import { App, Form } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { FormDrawer } from '@/components/form-drawer';
import { paths } from '@/lib/paths';
import { useCreateIssue } from '../api/use-create-issue';
import { showApiErrorOnForm } from './form-errors';
import { IssueForm } from './issue-form';
import { issueForm, type IssueFormValues, newIssueValues } from './issue-form-model';

interface CreateIssueDrawerProps {
  open: boolean;
  onClose: () => void;
}

/** Adds an advocacy priority (last in its tier), then opens its page to add bills. */
export function CreateIssueDrawer({ open, onClose }: CreateIssueDrawerProps) {
  const [form] = Form.useForm<IssueFormValues>();
  const [initialValues] = useState(newIssueValues);
  const [problem, setProblem] = useState<string>();
  const create = useCreateIssue();
  const navigate = useNavigate();
  const { message } = App.useApp();

  const submit = (data: CreateIssue) => {
    setProblem(undefined);
    create.mutate(data, {
      onSuccess: (issue) => {
        void message.success(`${issue.title} was added to tier ${issue.tier}.`);
        onClose();
        void navigate(paths.issue(issue.id));
      },
      onError: (error) => setProblem(showApiErrorOnForm(form, issueForm, error)),
    });
  };

  return (
    <FormDrawer
      title="New issue"
      open={open}
      onClose={onClose}
      submitLabel="Create issue"
      onSubmit={() => form.submit()}
      saving={create.isPending}
      problemTitle="The issue was not saved"
      problem={problem}
    >
      <IssueForm
        form={form}
        initialValues={initialValues}
        onSubmit={submit}
        tierHint="A new issue goes last in its tier; re-rank it from the issue list."
        disabled={create.isPending}
      />
    </FormDrawer>
  );
}
