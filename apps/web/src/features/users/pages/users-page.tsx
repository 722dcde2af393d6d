import { UserAddOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { ListEmptyText } from '@/components/list-empty-text';
import { ListPageHeader } from '@/components/list-page-header';
import { LoadErrorAlert } from '@/components/load-error-alert';
import { formatCount } from '@/lib/format';
import { useSession } from '@/lib/session';
import { useDrawerState } from '@/lib/use-drawer-state';
import { hasUserFilters } from '../api/user-list-query';
import { useUsers } from '../api/use-users';
import { InvitationLinkModal } from '../components/invitation-link-modal';
import { InviteUserDrawer } from '../components/invite-user-drawer';
import { UserFilters } from '../components/user-filters';
import { UsersTable } from '../components/users-table';
import { useUserActions } from '../hooks/use-user-actions';
import { useUserListUrl } from '../hooks/use-user-list-url';

export function UsersPage() {
  const { query, setFilters, clearFilters, setPage } = useUserListUrl();
  const { data, error, isPending, isPlaceholderData, refetch } = useUsers(query);
  const { user: me } = useSession();
  const actions = useUserActions();
  // Each opening gets a fresh form: the link of the last invitation is not shown again.
  const invite = useDrawerState();

  const emptyText = (
    <ListEmptyText
      plural="users"
      total={data?.total}
      filtered={hasUserFilters(query)}
      onClearFilters={clearFilters}
      noneText="No users on this page."
    />
  );

  return (
    <Flex vertical gap="middle">
      <ListPageHeader title="Users" count={data && formatCount(data.total, 'user')}>
        <Button type="primary" icon={<UserAddOutlined />} onClick={invite.show}>
          Invite user
        </Button>
      </ListPageHeader>

      <UserFilters value={query} onChange={setFilters} onClear={clearFilters} />

      {error ? (
        <LoadErrorAlert title="Could not load users" error={error} onRetry={() => void refetch()} />
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
