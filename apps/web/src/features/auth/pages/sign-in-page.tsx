import type { LoginInput } from '@coalition/contracts';
import { Alert, Button, Card, Flex, Form, Input, Spin } from 'antd';
import { useState } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { isApiError } from '@/lib/api-client';
import { safeNextPath } from '@/lib/paths';
import { useSession } from '@/lib/session';
import { useSignIn } from '../api/use-sign-in';
import { showApiErrorOnForm, signInForm, type SignInValues } from '../components/auth-forms';

/** A title for each way signing in is refused; the API's message says the rest. */
function problemTitle(error: Error): string {
  if (!isApiError(error)) return 'Could not sign in';
  if (error.statusCode === 429) return 'Too many attempts';
  if (error.code === 'account_disabled') return 'This account is disabled';
  return 'Could not sign in';
}

export function SignInPage() {
  const session = useSession();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const [form] = Form.useForm<SignInValues>();
  const signIn = useSignIn();
  const [problem, setProblem] = useState<{ title: string; message: string }>();

  // Signed in (now, or already when the page opened): on to where the person was going.
  if (session.status === 'signed-in') return <Navigate to={next} replace />;
  if (session.status === 'loading') return <Spin size="large" description="Loading" />;

  const submit = (credentials: LoginInput) => {
    setProblem(undefined);
    signIn.mutate(credentials, {
      onError: (error) => {
        const message = showApiErrorOnForm(form, signInForm, error);
        if (message) setProblem({ title: problemTitle(error), message });
      },
    });
  };

  const handleFinish = (values: SignInValues) => {
    const result = signInForm.parse(values);
    if (result.success) submit(result.data);
    else form.setFields(result.errors);
  };

  return (
    <Card title={<h1 style={{ margin: 0, fontSize: 'inherit' }}>Sign in</h1>}>
      <title>Sign in · Coalition CRM</title>
      <Flex vertical gap="middle">
        {session.endReason === 'expired' && !problem && (
          <Alert
            type="info"
            showIcon
            title="Your session has ended"
            description="Sign in again to continue where you were."
          />
        )}
        {problem && (
          <Alert type="error" showIcon title={problem.title} description={problem.message} />
        )}
        <Form<SignInValues>
          form={form}
          name="sign-in"
          layout="vertical"
          onFinish={handleFinish}
          disabled={signIn.isPending}
          requiredMark={false}
        >
          <Form.Item label="Email" {...signInForm.item('email')}>
            {/* Not type="email": the browser's own check would block the contract's message. */}
            <Input inputMode="email" autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label="Password" {...signInForm.item('password')}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
            Sign in
          </Button>
        </Form>
      </Flex>
    </Card>
  );
}
