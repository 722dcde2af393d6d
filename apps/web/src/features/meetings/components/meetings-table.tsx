import { MAX_PAGE_SIZE, type MeetingSummary } from '@coalition/contracts';
import { Table, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '@/lib/format';
import { paths } from '@/lib/paths';
import { MeetingTypeTag } from './meeting-type-tag';

type Columns = NonNullable<TableProps<MeetingSummary>['columns']>;

interface MeetingsTableProps {
  items: MeetingSummary[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  listSearch: string;
  emptyText: ReactNode;
  onPageChange: (page: number, pageSize: number) => void;
}

function columns(listSearch: string): Columns {
  return [
    {
      key: 'date',
      title: 'Date',
      render: (_: unknown, m: MeetingSummary) => formatDateTime(m.startsAt),
    },
    {
      key: 'title',
      title: 'Meeting',
      render: (_: unknown, m: MeetingSummary) => (
        <Link to={paths.meeting(m.id)} state={{ listSearch }}>
          {m.title}
        </Link>
      ),
    },
    {
      key: 'type',
      title: 'Type',
      render: (_: unknown, m: MeetingSummary) => <MeetingTypeTag type={m.type} />,
    },
    { key: 'host', title: 'Host', render: (_: unknown, m: MeetingSummary) => m.host?.name ?? '–' },
    {
      key: 'issues',
      title: 'Issues',
      render: (_: unknown, m: MeetingSummary) => m.issues.map((i) => i.title).join(', ') || '–',
    },
    {
      key: 'attended',
      title: 'Attended',
      align: 'right',
      render: (_: unknown, m: MeetingSummary) => m.counts.attended,
    },
    {
      key: 'organizations',
      title: 'Organizations',
      align: 'right',
      render: (_: unknown, m: MeetingSummary) => m.counts.organizations,
    },
    {
      key: 'open',
      title: 'Open action items',
      align: 'right',
      render: (_: unknown, m: MeetingSummary) => m.openActionItems,
    },
  ];
}

/** The meetings, latest first, one page at a time. */
export function MeetingsTable(props: MeetingsTableProps) {
  const { items, total, page, pageSize, loading, listSearch, emptyText } = props;
  return (
    <Table<MeetingSummary>
      rowKey="id"
      columns={columns(listSearch)}
      dataSource={items}
      loading={loading}
      locale={{ emptyText }}
      scroll={{ x: 'max-content' }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: [10, 25, 50, MAX_PAGE_SIZE],
        onChange: props.onPageChange,
      }}
    />
  );
}
