import type { User } from '@coalition/contracts';
import { Table, type TableProps, Typography } from 'antd';
import type { ReactNode } from 'react';
import { RoleTag } from '@/components/role-tag';
import { formatDateTime } from '@/lib/format';
import { type UserRowActionHandlers, UserRowActions } from './user-row-actions';
import { UserStatusTag } from './user-status-tag';

type Columns = NonNullable<TableProps<User>['columns']>;

const PAGE_SIZE_OPTIONS = ['10', '25', '50', '100'];

interface UsersTableProps extends UserRowActionHandlers {
  items: User[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  currentUserId: string | undefined;
  /** The user whose new invitation link is being made, if any. */
  reinvitingId: string | undefined;
  emptyText: ReactNode;
  onPageChange: (page: number, pageSize: number) => void;
}

function buildColumns(props: UsersTableProps): Columns {
  return [
    { key: 'name', title: 'Name', dataIndex: 'name' },
    { key: 'email', title: 'Email', dataIndex: 'email' },
    {
      key: 'role',
      title: 'Role',
      render: (_: unknown, user: User) => <RoleTag role={user.role} />,
    },
    {
      key: 'status',
      title: 'Status',
      render: (_: unknown, user: User) => <UserStatusTag status={user.status} />,
    },
    {
      key: 'lastSignInAt',
      title: 'Last sign-in',
      render: (_: unknown, user: User) =>
        user.lastSignInAt ? (
          formatDateTime(user.lastSignInAt)
        ) : (
          <Typography.Text type="secondary">Never</Typography.Text>
        ),
    },
    {
      key: 'actions',
      title: 'Actions',
      render: (_: unknown, user: User) => (
        <UserRowActions
          user={user}
          isSelf={user.id === props.currentUserId}
          reinviting={user.id === props.reinvitingId}
          onChangeRole={props.onChangeRole}
          onSetDisabled={props.onSetDisabled}
          onSendNewInvitation={props.onSendNewInvitation}
        />
      ),
    },
  ];
}

/** One page of accounts, with what an admin can do to each. */
export function UsersTable(props: UsersTableProps) {
  const { items, total, page, pageSize, loading, emptyText, onPageChange } = props;
  return (
    <Table<User>
      rowKey="id"
      size="middle"
      columns={buildColumns(props)}
      dataSource={items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText }}
      onChange={(pagination, _filters, _sorter, extra) => {
        if (extra.action !== 'paginate') return;
        const nextSize = pagination.pageSize ?? pageSize;
        onPageChange(nextSize === pageSize ? (pagination.current ?? 1) : 1, nextSize);
      }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZE_OPTIONS,
      }}
    />
  );
}
