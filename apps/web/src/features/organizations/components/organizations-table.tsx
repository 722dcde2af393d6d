import {
  languageLabel,
  ORGANIZATION_KIND_LABELS,
  type OrganizationSortField,
  type OrganizationSummary,
} from '@coalition/contracts';
import { Table, type TableProps, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { MembershipStatusTag } from '@/components/membership-status-tag';
import { formatDate } from '@/lib/format';
import type { ListLinkState } from '@/lib/list-href';
import { paths } from '@/lib/paths';
import {
  formatSort,
  isSortField,
  PAGE_SIZE_OPTIONS,
  parseSort,
  type SortOrder,
} from '../api/organization-list-query';

type Columns = NonNullable<TableProps<OrganizationSummary>['columns']>;
type OnTableChange = NonNullable<TableProps<OrganizationSummary>['onChange']>;

interface OrganizationsTableProps {
  items: OrganizationSummary[];
  total: number;
  page: number;
  pageSize: number;
  sort: string;
  loading: boolean;
  /** The list's query string, carried to the detail page for its breadcrumb. */
  listSearch: string;
  emptyText: ReactNode;
  onPageChange: (page: number, pageSize: number) => void;
  onSortChange: (sort: string | undefined) => void;
}

// No "unsorted" step for a column: clearing a sort returns to the default order (by name).
const SORT_DIRECTIONS: SortOrder[] = ['ascend', 'descend'];

const NONE = <Typography.Text type="secondary">—</Typography.Text>;

function buildColumns(sort: string, listSearch: string): Columns {
  const current = parseSort(sort);
  const sortable = (field: OrganizationSortField) => ({
    key: field,
    sorter: true,
    sortDirections: SORT_DIRECTIONS,
    sortOrder: current.field === field ? current.order : null,
  });
  const linkState: ListLinkState = { listSearch };

  return [
    {
      ...sortable('name'),
      title: 'Name',
      dataIndex: 'name',
      render: (name: string, org) => (
        <Link to={paths.organization(org.id)} state={linkState}>
          {name}
        </Link>
      ),
    },
    {
      ...sortable('kind'),
      title: 'Kind',
      dataIndex: 'kind',
      render: (_: unknown, org: OrganizationSummary) => ORGANIZATION_KIND_LABELS[org.kind],
    },
    {
      ...sortable('membershipStatus'),
      title: 'Status',
      dataIndex: 'membershipStatus',
      render: (_: unknown, org: OrganizationSummary) => (
        <MembershipStatusTag status={org.membershipStatus} />
      ),
    },
    { ...sortable('city'), title: 'City', dataIndex: 'city' },
    { ...sortable('county'), title: 'County', dataIndex: 'county' },
    {
      ...sortable('joinedOn'),
      title: 'Joined on',
      dataIndex: 'joinedOn',
      render: (_: unknown, org: OrganizationSummary) =>
        org.joinedOn ? formatDate(org.joinedOn) : NONE,
    },
    {
      key: 'languages',
      title: 'Languages',
      dataIndex: 'languages',
      render: (_: unknown, org: OrganizationSummary) =>
        org.languages.length > 0 ? org.languages.map(languageLabel).join(', ') : NONE,
    },
  ];
}

/** One page of organizations; sorting and paging are the server's, reported through callbacks. */
export function OrganizationsTable(props: OrganizationsTableProps) {
  const { items, total, page, pageSize, sort, loading, listSearch, emptyText } = props;

  const handleChange: OnTableChange = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const column = Array.isArray(sorter) ? sorter[0] : sorter;
      const field = String(column?.columnKey ?? '');
      props.onSortChange(
        column?.order && isSortField(field) ? formatSort(field, column.order) : undefined,
      );
    } else if (extra.action === 'paginate') {
      const nextSize = pagination.pageSize ?? pageSize;
      props.onPageChange(nextSize === pageSize ? (pagination.current ?? 1) : 1, nextSize);
    }
  };

  return (
    <Table<OrganizationSummary>
      rowKey="id"
      size="middle"
      columns={buildColumns(sort, listSearch)}
      dataSource={items}
      loading={loading}
      onChange={handleChange}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZE_OPTIONS.map(String),
        hideOnSinglePage: false,
      }}
    />
  );
}
