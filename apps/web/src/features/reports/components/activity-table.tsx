import type { ActivityPoint } from '@coalition/contracts';
import { Table, type TableProps } from 'antd';
import { formatNumber, formatPeriod, formatScore } from './report-format';

const COLUMNS: TableProps<ActivityPoint>['columns'] = [
  {
    key: 'period',
    title: 'Period',
    render: (_: unknown, p: ActivityPoint) => formatPeriod(p.period),
  },
  {
    key: 'meetings',
    title: 'Meetings',
    align: 'right',
    render: (_: unknown, p: ActivityPoint) => formatNumber(p.meetings),
  },
  {
    key: 'attendance',
    title: 'People attending',
    align: 'right',
    render: (_: unknown, p: ActivityPoint) => formatNumber(p.attendance),
  },
  {
    key: 'membersPresent',
    title: 'Members present',
    align: 'right',
    render: (_: unknown, p: ActivityPoint) => formatNumber(p.membersPresent),
  },
  {
    key: 'averageScore',
    title: 'Average score',
    align: 'right',
    render: (_: unknown, p: ActivityPoint) => formatScore(p.averageScore),
  },
];

/** The activity numbers behind the charts, latest period first. */
export function ActivityTable({ points }: { points: ActivityPoint[] }) {
  return (
    <Table<ActivityPoint>
      aria-label="Activity by period"
      rowKey="period"
      size="small"
      columns={COLUMNS}
      dataSource={[...points].reverse()}
      pagination={false}
    />
  );
}
