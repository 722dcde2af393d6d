import { Alert, Button, Card, Flex, Form, Input, Result } from 'antd';
import { useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { isApiError } from '@/lib/api-client';
import { paths } from '@/lib/paths';
import { useSession } from '@/lib/session';
import { useAcceptInvitation } from '../api/use-accept-invitation';
import {
  confirmationRules,
  newPasswordForm,
  type NewPasswordValues,
  PASSWORD_HELP,
  showApiErrorOnForm,
} from '../components/auth-forms';

/** API messages come without a final stop; a hint may follow them. */
const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);

const heading = (text: string) => <h1 style={{ margin: 0, fontSize: 'inherit' }}>{text}</h1>;

/** Where an invited person lands from the link an admin sent: they choose a password. */
export function AcceptInvitationPage() {
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token')?.trim() ?? '';
  const { user } = useSession();
  const [form] = Form.useForm<NewPasswordValues>();
  const accept = useAcceptInvitation();
  const [problem, setProblem] = useState<{ message: string; linkRefused: boolean }>();

  // Only this page's own success moves on: someone already signed in may be testing a link.
  if (accept.isSuccess) return <Navigate to={paths.home} replace />;

  if (!token) {
    return (
      <Card>
        <title>Invitation · Coalition CRM</title>
        <Result
          status="warning"
          title="This invitation link is incomplete"
          subTitle="Open the whole link from the message you received, or ask an admin for a new one."
          extra={<Link to={paths.signIn}>Go to the sign-in page</Link>}
        />
      </Card>
    );
  }

  const handleFinish = (values: NewPasswordValues) => {
    const result = newPasswordForm.parse(values);
    if (!result.success) {
      form.setFields(result.errors);
      return;
    }
    setProblem(undefined);
    accept.mutate(
      { token, password: result.data.password },
      {
        onError: (error) => {
          const message = showApiErrorOnForm(form, newPasswordForm, error);
          const linkRefused = isApiError(error) && error.code === 'invitation_invalid';
          setProblem(message ? { message, linkRefused } : undefined);
        },
      },
    );
  };

  return (
    <Card title={heading('Welcome to Coalition CRM')}>
      <title>Choose your password · Coalition CRM</title>
      <Flex vertical gap="middle">
        {user && (
          <Alert
            type="warning"
            showIcon
            title={`You are signed in as ${user.name}`}
            description="Choosing a password here signs you in as the invited person instead."
          />
        )}
        {problem && (
          <Alert
            type="error"
            showIcon
            title="Your password was not saved"
            description={
              <>
                {sentence(problem.message)}
                {problem.linkRefused && ' Ask the admin who invited you for a new link.'}
              </>
            }
          />
        )}
        <Form<NewPasswordValues>
          form={form}
          name="accept-invitation"
          layout="vertical"
          onFinish={handleFinish}
          disabled={accept.isPending}
          requiredMark={false}
        >
          <Form.Item
            label="New password"
            extra={PASSWORD_HELP}
            {...newPasswordForm.item('password')}
          >
            <Input.Password autoComplete="new-password" autoFocus />
          </Form.Item>
          <Form.Item
            label="Confirm password"
            name="confirmPassword"
            dependencies={['password']}
            rules={confirmationRules('password')}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={accept.isPending}>
            Choose password and sign in
          </Button>
        </Form>
      </Flex>
    </Card>
  );
}
