import type { CreateOrganization } from '@coalition/contracts';
import { Alert, App, Button, Drawer, Flex, Form } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
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
    <Drawer
      title="New organization"
      size="large"
      open={open}
      onClose={onClose}
      // A stray click outside must not throw away a half-filled form.
      mask={{ closable: false }}
      extra={
        <Flex gap="small">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="primary" loading={create.isPending} onClick={() => form.submit()}>
            Create organization
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap="middle">
        {problem && (
          <Alert
            type="error"
            showIcon
            title="The organization was not saved"
            description={problem}
          />
        )}
        <OrganizationForm
          form={form}
          initialValues={NEW_ORGANIZATION_VALUES}
          onSubmit={submit}
          disabled={create.isPending}
        />
      </Flex>
    </Drawer>
  );
}
