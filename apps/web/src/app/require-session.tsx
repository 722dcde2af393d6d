import { Alert, Button, Flex, Spin } from 'antd';
import { Navigate, Outlet, useLocation } from 'react-router';
import { signInPath } from '@/lib/paths';
import { useSession } from '@/lib/session';

/**
 * Every page but the public ones (sign-in, accepting an invitation) needs a session: without
 * one, the person goes to the sign-in page, which brings them back here afterwards (`?next=`),
 * except after signing out on purpose.
 */
export function RequireSession() {
  const session = useSession();
  const { pathname, search, hash } = useLocation();

  switch (session.status) {
    case 'loading':
      return (
        <Flex justify="center" align="center" style={{ minHeight: '100vh' }}>
          <Spin size="large" description="Loading" />
        </Flex>
      );
    case 'unavailable':
      return (
        <Flex justify="center" style={{ padding: 64 }}>
          <Alert
            type="error"
            showIcon
            title="Could not reach Coalition CRM"
            description={session.error?.message}
            action={
              <Button size="small" onClick={session.retry}>
                Try again
              </Button>
            }
          />
        </Flex>
      );
    case 'signed-out': {
      // The sign-in page reads `endReason` from the session to say why it is shown.
      const next = session.endReason === 'signed-out' ? undefined : `${pathname}${search}${hash}`;
      return <Navigate to={signInPath(next)} replace />;
    }
    case 'signed-in':
      return <Outlet />;
  }
}
