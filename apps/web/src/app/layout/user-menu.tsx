import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import type { SessionUser } from '@coalition/contracts';
import { App, Button, Dropdown, type MenuProps } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { RoleTag } from '@/components/role-tag';
import { useSession } from '@/lib/session';

// The form loads when first opened: most visits never change a password.
const ChangePasswordModal = lazy(() =>
  import('@/features/auth').then((m) => ({ default: m.ChangePasswordModal })),
);

const MENU_ITEMS: MenuProps['items'] = [
  { key: 'password', icon: <KeyOutlined />, label: 'Change password' },
  { type: 'divider' },
  { key: 'sign-out', icon: <LogoutOutlined />, label: 'Sign out' },
];

/** Who is signed in, with what role, and their account actions. */
export function UserMenu({ user }: { user: SessionUser }) {
  const { signOut } = useSession();
  const { message } = App.useApp();
  // Counts the openings: 0 until the first (nothing loaded), then a fresh form each time.
  const [passwordSession, setPasswordSession] = useState(0);
  const [passwordOpen, setPasswordOpen] = useState(false);

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password') {
      setPasswordSession((n) => n + 1);
      setPasswordOpen(true);
    } else {
      signOut().catch((error: Error) => void message.error(`Could not sign out: ${error.message}`));
    }
  };

  return (
    <>
      <Dropdown menu={{ items: MENU_ITEMS, onClick }} trigger={['click']} placement="bottomRight">
        <Button type="text" icon={<UserOutlined />} aria-label={`Account menu of ${user.name}`}>
          {user.name}
          <RoleTag role={user.role} />
          <DownOutlined />
        </Button>
      </Dropdown>
      {passwordSession > 0 && (
        <Suspense fallback={null}>
          <ChangePasswordModal
            key={passwordSession}
            open={passwordOpen}
            onClose={() => setPasswordOpen(false)}
          />
        </Suspense>
      )}
    </>
  );
}
