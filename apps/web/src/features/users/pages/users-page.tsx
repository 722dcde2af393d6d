import { UserAddOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Typography } from 'antd';
import { useState } from 'react';
import { formatCount } from '@/lib/format';
import { useSession } from '@/lib/session';
import { hasUserFilters } from '../api/user-list-query';
import { useUsers } from '../api/use-users';
import { InvitationLinkModal } from '../components/invitation-link-modal';
import { InviteUserDrawer } from '../components/invite-user-drawer';
import { UserFilters } from '../components/user-filters';
import { UsersTable } from '../components/users-table';
import { useUserActions } from '../hooks/use-user-actions';
import { useUserListUrl } from '../hooks/use-user-list-url';

/**
 * Open/closed state of the invite drawer; `session` counts openings, and as a React key gives
 * each one a fresh form: the link of the last invitation is gone once the drawer closes.
 */
function useInviteDrawer() {
  const [state, setState] = useState({ open: false, session: 0 });
  return {
    ...state,
    show: () => setState((s) => ({ open: true, session: s.session + 1 })),
    hide: () => setState((s) => ({ ...s, open: false })),
  };
}

export function UsersPage() {
  const { query, setFilters, clearFilters, setPage } = useUserListUrl();
  const { data, error, isPending, isPlaceholderData, refetch } = useUsers(query);
  const { user: me } = useSession();
  const actions = useUserActions();
  const invite = useInviteDrawer();

  const emptyText = !data ? (
    <Typography.Text type="secondary">Loading users…</Typography.Text>
  ) : hasUserFilters(query) ? (
    <Empty description="No users match these filters.">
      <Button onClick={clearFilters}>Clear filters</Button>
    </Empty>
  ) : (
    <Empty description="No users on this page." />
  );

  return (
    <Flex vertical gap="middle">
      <title>Users · Coalition CRM</title>
      <Flex justify="space-between" align="baseline" wrap gap="small">
        <Typography.Title level={2} style={{ margin: 0 }}>
          Users
        </Typography.Title>
        <Flex align="baseline" gap="middle">
          {data && (
            <Typography.Text type="secondary" aria-live="polite">
              {formatCount(data.total, 'user')}
            </Typography.Text>
          )}
          <Button type="primary" icon={<UserAddOutlined />} onClick={invite.show}>
            Invite user
          </Button>
        </Flex>
      </Flex>

      <UserFilters value={query} onChange={setFilters} onClear={clearFilters} />

      {error ? (
        <Alert
          type="error"
          showIcon
          title="Could not load users"
          description={error.message}
          action={
            <Button size="small" onClick={() => void refetch()}>
              Try again
            </Button>
          }
        />
      ) : (
        <UsersTable
          items={data?.items ?? []}
          total={data?.total ?? 0}
          page={query.page}
          pageSize={query.pageSize}
          loading={isPending || isPlaceholderData}
          currentUserId={me?.id}
          reinvitingId={actions.reinvitingId}
          emptyText={emptyText}
          onPageChange={setPage}
          onChangeRole={actions.changeRole}
          onSetDisabled={actions.setDisabled}
          onSendNewInvitation={actions.sendNewInvitation}
        />
      )}

      {invite.session > 0 && (
        <InviteUserDrawer key={invite.session} open={invite.open} onClose={invite.hide} />
      )}
      <InvitationLinkModal
        invitation={actions.reissued?.invitation}
        issuedAt={actions.reissued?.issuedAt ?? 0}
        onClose={actions.closeReissued}
      />
    </Flex>
  );
}
