import { MAX_PAGE_SIZE, type SegmentSummary } from '@coalition/contracts';
import { Flex, Table, type TableProps, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDate } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useSession } from '@/lib/session';
import { SharingTag } from './sharing-tag';

type Columns = NonNullable<TableProps<SegmentSummary>['columns']>;

const PAGE_SIZE_OPTIONS = [10, 25, 50, MAX_PAGE_SIZE];
const count = new Intl.NumberFormat('en-US');

interface SegmentsTableProps {
  items: SegmentSummary[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  /** The list's query string, carried to the segment page for its breadcrumb. */
  listSearch: string;
  emptyText: ReactNode;
  onPageChange: (page: number, pageSize: number) => void;
}

function buildColumns(listSearch: string, myId: string | undefined): Columns {
  return [
    {
      key: 'name',
      title: 'Segment',
      render: (_: unknown, s: SegmentSummary) => (
        <Flex vertical gap={2}>
          <Link to={paths.segment(s.id)} state={{ listSearch }}>
            {s.name}
          </Link>
          {s.description && (
            <Typography.Text type="secondary" ellipsis={{ tooltip: s.description }}>
              {s.description}
            </Typography.Text>
          )}
        </Flex>
      ),
      width: 320,
    },
    {
      key: 'owner',
      title: 'Owner',
      render: (_: unknown, s: SegmentSummary) => (s.owner.id === myId ? 'You' : s.owner.name),
    },
    {
      key: 'sharing',
      title: 'Sharing',
      render: (_: unknown, s: SegmentSummary) => <SharingTag shared={s.shared} />,
    },
    {
      key: 'organizations',
      title: 'Organizations',
      align: 'right',
      render: (_: unknown, s: SegmentSummary) => count.format(s.counts.organizations),
    },
    {
      key: 'contacts',
      title: 'Contacts',
      align: 'right',
      render: (_: unknown, s: SegmentSummary) => count.format(s.counts.contacts),
    },
    {
      key: 'updatedAt',
      title: 'Updated',
      render: (_: unknown, s: SegmentSummary) => formatDate(s.updatedAt),
    },
  ];
}

/** One page of segments, each counted live; paging is the server's. */
export function SegmentsTable(props: SegmentsTableProps) {
  const { items, total, page, pageSize, loading, listSearch, emptyText } = props;
  const myId = useSession().user?.id;
  return (
    <Table<SegmentSummary>
      rowKey="id"
      size="middle"
      columns={buildColumns(listSearch, myId)}
      dataSource={items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText }}
      onChange={(pagination) => {
        const nextSize = pagination.pageSize ?? pageSize;
        props.onPageChange(nextSize === pageSize ? (pagination.current ?? 1) : 1, nextSize);
      }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZE_OPTIONS.map(String),
        hideOnSinglePage: true,
      }}
    />
  );
}
