import { AFFILIATION_ROLE_LABELS, MAX_PAGE_SIZE, type Target } from '@coalition/contracts';
import { Flex, Table, type TableProps, Typography } from 'antd';
import type { Key, ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDate } from '@/lib/format';
import { paths } from '@/lib/paths';
import { OutcomeTag, TargetStateTag } from './outcome-tag';

const PAGE_SIZE_OPTIONS = [10, 25, 50, MAX_PAGE_SIZE];
const NONE = <Typography.Text type="secondary">—</Typography.Text>;

const COLUMNS: NonNullable<TableProps<Target>['columns']> = [
  {
    key: 'contact',
    title: 'Person',
    render: (_: unknown, t: Target) => (
      <Link to={paths.contact(t.contact.id)}>{t.contact.displayName}</Link>
    ),
  },
  {
    key: 'organization',
    title: 'Organization',
    render: (_: unknown, t: Target) =>
      t.organization ? (
        <Flex vertical gap={2}>
          <Link to={paths.organization(t.organization.id)}>{t.organization.name}</Link>
          {t.organization.role && (
            <Typography.Text type="secondary">
              {AFFILIATION_ROLE_LABELS[t.organization.role]}
            </Typography.Text>
          )}
        </Flex>
      ) : (
        NONE
      ),
  },
  {
    key: 'assignee',
    title: 'Assigned to',
    render: (_: unknown, t: Target) =>
      t.assignee?.name ?? <Typography.Text italic>Unassigned</Typography.Text>,
  },
  {
    key: 'state',
    title: 'State',
    render: (_: unknown, t: Target) => <TargetStateTag state={t.state} />,
  },
  {
    key: 'lastOutcome',
    title: 'Last outcome',
    render: (_: unknown, t: Target) =>
      t.lastOutcome ? <OutcomeTag outcome={t.lastOutcome} /> : NONE,
  },
  {
    key: 'followUpOn',
    title: 'Follow up on',
    render: (_: unknown, t: Target) => (t.followUpOn ? formatDate(t.followUpOn) : NONE),
  },
  {
    key: 'attempts',
    title: 'Attempts',
    align: 'right',
    render: (_: unknown, t: Target) => t.attempts.length,
  },
];

interface TargetsTableProps {
  items: Target[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  emptyText: ReactNode;
  selected: Key[];
  /** Left out when targets may not be given out: no boxes to tick. */
  onSelect?: (keys: Key[]) => void;
  onPageChange: (page: number, pageSize: number) => void;
}

/** A drive's targets, one page at a time, with boxes to pick some for assigning. */
export function TargetsTable(props: TargetsTableProps) {
  const { items, total, page, pageSize, loading, emptyText, selected, onSelect } = props;
  return (
    <Table<Target>
      rowKey="id"
      size="small"
      columns={COLUMNS}
      dataSource={items}
      loading={loading}
      locale={{ emptyText }}
      scroll={{ x: 'max-content' }}
      rowSelection={
        onSelect && {
          selectedRowKeys: selected,
          onChange: onSelect,
          // Picking across pages: a selection survives paging.
          preserveSelectedRowKeys: true,
          getTitleCheckboxProps: () => ({ 'aria-label': 'Select every target on this page' }),
          getCheckboxProps: (t) => ({ 'aria-label': `Select ${t.contact.displayName}` }),
        }
      }
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZE_OPTIONS,
        onChange: props.onPageChange,
      }}
    />
  );
}
