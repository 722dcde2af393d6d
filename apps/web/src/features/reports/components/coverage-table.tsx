import type { CoverageRow } from '@coalition/contracts';
import { Table, type TableProps } from 'antd';
import { Link } from 'react-router';
import { paths } from '@/lib/paths';
import { MemberCountLink } from './member-count-link';
import { formatNumber } from './report-format';

const COLUMNS: TableProps<CoverageRow>['columns'] = [
  {
    key: 'title',
    title: 'Issue',
    render: (_: unknown, row: CoverageRow) => (
      <Link to={paths.issue(row.issueId)}>{row.title}</Link>
    ),
  },
  {
    key: 'leading',
    title: 'Leading',
    align: 'right',
    render: (_: unknown, row: CoverageRow) => (
      <MemberCountLink
        count={row.leading}
        filter={row.filters.leading}
        title={`Members leading on ${row.title}`}
      />
    ),
  },
  {
    key: 'activeOrLeading',
    title: 'Active or leading',
    align: 'right',
    render: (_: unknown, row: CoverageRow) => (
      <MemberCountLink
        count={row.active + row.leading}
        filter={row.filters.activeOrLeading}
        title={`Members active on or leading ${row.title}`}
      />
    ),
  },
  {
    // No filter selects the merely interested: the total's list holds them with the others.
    key: 'interested',
    title: 'Interested',
    align: 'right',
    render: (_: unknown, row: CoverageRow) => formatNumber(row.interested),
  },
  {
    key: 'total',
    title: 'All levels',
    align: 'right',
    render: (_: unknown, row: CoverageRow) => (
      <MemberCountLink
        count={row.total}
        filter={row.filters.any}
        title={`Members with an interest in ${row.title}`}
      />
    ),
  },
  {
    key: 'counties',
    title: 'Counties',
    align: 'right',
    render: (_: unknown, row: CoverageRow) => formatNumber(row.counties),
  },
];

/** A tier's issues with their member counts, each count opening its members. */
export function CoverageTable({ tier, rows }: { tier: number; rows: CoverageRow[] }) {
  return (
    <Table<CoverageRow>
      aria-label={`Tier ${tier} priorities`}
      rowKey="issueId"
      size="small"
      columns={COLUMNS}
      dataSource={rows}
      pagination={false}
    />
  );
}
