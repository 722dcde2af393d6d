import type { CreateUserInput, InvitationResponse } from '@coalition/contracts';
import { Alert, Button, Drawer, Flex, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useInviteUser } from '../api/use-invite-user';
import { InvitationLink } from './invitation-link';
import {
  inviteUserForm,
  type InviteUserValues,
  showApiErrorOnInviteForm,
} from './invite-user-form';
import { ROLE_OPTIONS_WITH_SUMMARY } from './user-options';

interface InviteUserDrawerProps {
  open: boolean;
  onClose: () => void;
}

const INITIAL_VALUES: InviteUserValues = { role: 'viewer' };

/** Creates an account and shows its one-time invitation link; the person chooses a password. */
export function InviteUserDrawer({ open, onClose }: InviteUserDrawerProps) {
  const [form] = Form.useForm<InviteUserValues>();
  const invite = useInviteUser();
  const [problem, setProblem] = useState<string>();
  const [created, setCreated] = useState<{ invitation: InvitationResponse; issuedAt: number }>();
  const role = Form.useWatch('role', form);
  const roleSummary = ROLE_OPTIONS_WITH_SUMMARY.find((option) => option.value === role)?.summary;

  const submit = (data: CreateUserInput) => {
    setProblem(undefined);
    invite.mutate(data, {
      onSuccess: (invitation) => setCreated({ invitation, issuedAt: Date.now() }),
      onError: (error) => setProblem(showApiErrorOnInviteForm(form, error)),
    });
  };

  const handleFinish = (values: InviteUserValues) => {
    const result = inviteUserForm.parse(values);
    if (result.success) submit(result.data);
    else form.setFields(result.errors);
  };

  return (
    <Drawer
      title="Invite user"
      open={open}
      onClose={onClose}
      // A stray click outside must not lose the link before it is copied.
      mask={{ closable: false }}
      extra={
        created ? (
          <Button type="primary" onClick={onClose}>
            Done
          </Button>
        ) : (
          <Flex gap="small">
            <Button onClick={onClose}>Cancel</Button>
            <Button type="primary" loading={invite.isPending} onClick={() => form.submit()}>
              Create invitation
            </Button>
          </Flex>
        )
      }
    >
      {created ? (
        <InvitationLink invitation={created.invitation} issuedAt={created.issuedAt} />
      ) : (
        <Flex vertical gap="middle">
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            The new user gets a one-time link to choose their password. Nothing is sent by email:
            you send the link yourself.
          </Typography.Paragraph>
          {problem && (
            <Alert type="error" showIcon title="The user was not invited" description={problem} />
          )}
          <Form<InviteUserValues>
            form={form}
            name="invite-user"
            layout="vertical"
            initialValues={INITIAL_VALUES}
            onFinish={handleFinish}
            disabled={invite.isPending}
          >
            <Form.Item label="Email" {...inviteUserForm.item('email')}>
              <Input inputMode="email" autoComplete="off" />
            </Form.Item>
            <Form.Item label="Name" {...inviteUserForm.item('name')}>
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item label="Role" extra={roleSummary} {...inviteUserForm.item('role')}>
              <Select
                virtual={false}
                options={ROLE_OPTIONS_WITH_SUMMARY}
                optionRender={(option) => (
                  <Flex vertical>
                    <span>{option.data.label}</span>
                    <Typography.Text type="secondary" style={{ whiteSpace: 'normal' }}>
                      {option.data.summary}
                    </Typography.Text>
                  </Flex>
                )}
              />
            </Form.Item>
          </Form>
        </Flex>
      )}
    </Drawer>
  );
}
