import type { CreateOrganization } from '@coalition/contracts';
import { App, Form } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { FormDrawer } from '@/components/form-drawer';
import { paths } from '@/lib/paths';
import { useCreateOrganization } from '../api/use-create-organization';
import { OrganizationForm } from './organization-form';
import { showApiErrorOnForm } from './organization-form-errors';
import { NEW_ORGANIZATION_VALUES, type OrganizationFormValues } from './organization-form-model';

interface CreateOrganizationDrawerProps {
  open: boolean;
  onClose: () => void;
}

/** Adds a member organization, then opens its page. */
export function CreateOrganizationDrawer({ open, onClose }: CreateOrganizationDrawerProps) {
  const [form] = Form.useForm<OrganizationFormValues>();
  const [problem, setProblem] = useState<string>();
  const create = useCreateOrganization();
  const navigate = useNavigate();
  const { message } = App.useApp();

  const submit = (data: CreateOrganization) => {
    setProblem(undefined);
    create.mutate(data, {
      onSuccess: (org) => {
        void message.success(`${org.name} was added.`);
        onClose();
        void navigate(paths.organization(org.id));
      },
      onError: (error) => setProblem(showApiErrorOnForm(form, error)),
    });
  };

  return (
    <FormDrawer
      title="New organization"
      open={open}
      onClose={onClose}
      submitLabel="Create organization"
      onSubmit={() => form.submit()}
      saving={create.isPending}
      problemTitle="The organization was not saved"
      problem={problem}
    >
      <OrganizationForm
        form={form}
        initialValues={NEW_ORGANIZATION_VALUES}
        onSubmit={submit}
        disabled={create.isPending}
      />
    </FormDrawer>
  );
}
