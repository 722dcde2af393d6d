import type { OrganizerProgress } from '@coalition/contracts';
import { Card, Progress, Table, type TableProps, Typography } from 'antd';
import { formatNumber, percentOf } from './drive-format';

const nameOf = (row: OrganizerProgress): string => row.assignee?.name ?? 'Unassigned';

const count = (key: 'targets' | 'worked' | 'reached' | 'committed' | 'done') => ({
  key,
  title: key.charAt(0).toUpperCase() + key.slice(1),
  align: 'right' as const,
  render: (_: unknown, row: OrganizerProgress) => formatNumber(row[key]),
});

const COLUMNS: NonNullable<TableProps<OrganizerProgress>['columns']> = [
  {
    key: 'assignee',
    title: 'Organizer',
    render: (_: unknown, row: OrganizerProgress) =>
      row.assignee ? row.assignee.name : <Typography.Text italic>Unassigned</Typography.Text>,
  },
  count('targets'),
  count('worked'),
  count('reached'),
  count('committed'),
  {
    key: 'bar',
    title: 'Worked',
    width: 180,
    render: (_: unknown, row: OrganizerProgress) => {
      const worked = percentOf(row.worked, row.targets);
      return (
        <Progress
          size="small"
          percent={worked}
          aria-label={`${nameOf(row)}: ${worked}% of their targets worked`}
        />
      );
    },
  },
];

/** Each organizer's share of the drive and how far they are, then the targets nobody holds. */
export function OrganizerProgressTable({ rows }: { rows: OrganizerProgress[] }) {
  return (
    <Card title="By organizer" aria-label="By organizer">
      <Table<OrganizerProgress>
        rowKey={(row) => row.assignee?.id ?? 'unassigned'}
        size="small"
        columns={COLUMNS}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: 'No targets yet.' }}
      />
    </Card>
  );
}
