import type { Commitment } from '@coalition/contracts';
import { Alert, Button, Card, Table, type TableProps, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useCommitments } from '../api/use-commitments';

const PAGE_SIZE = 10;
const NONE = <Typography.Text type="secondary">—</Typography.Text>;

const COLUMNS: NonNullable<TableProps<Commitment>['columns']> = [
  {
    key: 'contact',
    title: 'Person',
    render: (_: unknown, c: Commitment) => (
      <Link to={paths.contact(c.contact.id)}>{c.contact.displayName}</Link>
    ),
  },
  {
    key: 'organization',
    title: 'Organization',
    render: (_: unknown, c: Commitment) =>
      c.organization ? (
        <Link to={paths.organization(c.organization.id)}>{c.organization.name}</Link>
      ) : (
        NONE
      ),
  },
  { key: 'note', title: 'Note', render: (_: unknown, c: Commitment) => c.note ?? NONE },
  {
    key: 'followUpOn',
    title: 'Follow up on',
    render: (_: unknown, c: Commitment) => (c.followUpOn ? formatDate(c.followUpOn) : NONE),
  },
  { key: 'loggedBy', title: 'Logged by', render: (_: unknown, c: Commitment) => c.loggedBy.name },
  {
    key: 'loggedAt',
    title: 'When',
    render: (_: unknown, c: Commitment) => formatDateTime(c.loggedAt),
  },
];

/** Who said yes during the drive, and what they said, newest first. */
export function DriveCommitments({ driveId }: { driveId: string }) {
  const [page, setPage] = useState({ page: 1, pageSize: PAGE_SIZE });
  const { data, error, isPending, isPlaceholderData, refetch } = useCommitments(driveId, page);

  return (
    <Card title={data ? `Commitments (${data.total})` : 'Commitments'} aria-label="Commitments">
      {error ? (
        <Alert
          type="error"
          showIcon
          title="Could not load the commitments"
          description={error.message}
          action={
            <Button size="small" onClick={() => void refetch()}>
              Try again
            </Button>
          }
        />
      ) : (
        <Table<Commitment>
          rowKey="attemptId"
          size="small"
          columns={COLUMNS}
          dataSource={data?.items ?? []}
          loading={isPending || isPlaceholderData}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: 'No commitments yet.' }}
          pagination={{
            current: page.page,
            pageSize: page.pageSize,
            total: data?.total ?? 0,
            hideOnSinglePage: true,
            onChange: (next, pageSize) => setPage({ page: next, pageSize }),
          }}
        />
      )}
    </Card>
  );
}
