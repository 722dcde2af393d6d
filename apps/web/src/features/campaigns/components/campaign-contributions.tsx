import type { Contribution } from '@coalition/contracts';
import { Alert, Button, Card, Table, type TableProps, Typography } from 'antd';
import { useState } from 'react';
import { formatDate } from '@/lib/format';
import { useContributions } from '../api/use-contributions';
import { formatNumber } from './campaign-format';

const PAGE_SIZE = 10;
const NONE = <Typography.Text type="secondary">—</Typography.Text>;

const COLUMNS: NonNullable<TableProps<Contribution>['columns']> = [
  {
    key: 'recordedOn',
    title: 'Date',
    render: (_: unknown, c: Contribution) => formatDate(c.recordedOn),
  },
  { key: 'goal', title: 'Goal', render: (_: unknown, c: Contribution) => c.goalLabel },
  {
    key: 'amount',
    title: 'Amount',
    align: 'right',
    render: (_: unknown, c: Contribution) => `${formatNumber(c.amount)} ${c.unit}`,
  },
  {
    key: 'by',
    title: 'Contributed by',
    // No participation: the coalition's own work. A participation without a name is a person.
    render: (_: unknown, c: Contribution) =>
      c.participationId ? (c.participantName ?? 'A person') : 'The coalition',
  },
  { key: 'note', title: 'Note', render: (_: unknown, c: Contribution) => c.note ?? NONE },
];

interface CampaignContributionsProps {
  campaignId: string;
  /** Left out when the person may not log contributions. */
  onLog?: () => void;
}

/** The contributions logged toward the goals, newest first. */
export function CampaignContributions({ campaignId, onLog }: CampaignContributionsProps) {
  const [page, setPage] = useState(1);
  const { data, error, isPending, isPlaceholderData, refetch } = useContributions(campaignId, {
    page,
    pageSize: PAGE_SIZE,
  });

  return (
    <Card title="Contributions" extra={onLog && <Button onClick={onLog}>Log contribution</Button>}>
      {error ? (
        <Alert
          type="error"
          showIcon
          title="Could not load the contributions"
          description={error.message}
          action={
            <Button size="small" onClick={() => void refetch()}>
              Try again
            </Button>
          }
        />
      ) : (
        <Table<Contribution>
          rowKey="id"
          size="small"
          columns={COLUMNS}
          dataSource={data?.items ?? []}
          loading={isPending || isPlaceholderData}
          locale={{ emptyText: isPending ? 'Loading contributions…' : 'No contributions yet.' }}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: data?.total ?? 0,
            onChange: setPage,
            hideOnSinglePage: true,
          }}
        />
      )}
    </Card>
  );
}
