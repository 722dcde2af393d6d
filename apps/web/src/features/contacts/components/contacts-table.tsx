import {
  AFFILIATION_ROLE_LABELS,
  type ContactSortField,
  type ContactSummary,
  languageLabel,
} from '@coalition/contracts';
import { Flex, Table, type TableProps, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { contactChannelColumns } from '@/components/contact-channel-columns';
import type { ListLinkState } from '@/lib/list-href';
import { paths } from '@/lib/paths';
import {
  formatSort,
  isSortField,
  PAGE_SIZE_OPTIONS,
  parseSort,
  type SortOrder,
} from '../api/contact-list-query';
import { ConsentTags } from './consent-tags';

type Columns = NonNullable<TableProps<ContactSummary>['columns']>;
type OnTableChange = NonNullable<TableProps<ContactSummary>['onChange']>;

interface ContactsTableProps {
  items: ContactSummary[];
  total: number;
  page: number;
  pageSize: number;
  sort: string;
  loading: boolean;
  /** Whether the role sees email addresses and phone numbers; without, no columns for them. */
  showDetails: boolean;
  /** The list's query string, carried to the detail page for its breadcrumb. */
  listSearch: string;
  emptyText: ReactNode;
  onPageChange: (page: number, pageSize: number) => void;
  onSortChange: (sort: string | undefined) => void;
}

// No "unsorted" step for a column: clearing a sort returns to the default order (by name).
const SORT_DIRECTIONS: SortOrder[] = ['ascend', 'descend'];

const NONE = <Typography.Text type="secondary">—</Typography.Text>;

function Organizations({ contact }: { contact: ContactSummary }) {
  if (contact.organizations.length === 0) return NONE;
  return (
    <Flex vertical>
      {contact.organizations.map((o) => (
        <span key={`${o.organizationId}-${o.role}`}>
          {o.organizationName}
          <Typography.Text type="secondary">{` · ${AFFILIATION_ROLE_LABELS[o.role]}`}</Typography.Text>
        </span>
      ))}
    </Flex>
  );
}

function buildColumns(sort: string, listSearch: string, showDetails: boolean): Columns {
  const current = parseSort(sort);
  const sortable = (field: ContactSortField) => ({
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
      dataIndex: 'displayName',
      render: (name: string, c: ContactSummary) => (
        <Link to={paths.contact(c.id)} state={linkState}>
          {name}
        </Link>
      ),
    },
    {
      key: 'organizations',
      title: 'Organizations',
      render: (_: unknown, c: ContactSummary) => <Organizations contact={c} />,
    },
    {
      key: 'languages',
      title: 'Languages',
      render: (_: unknown, c: ContactSummary) =>
        c.languages.length > 0 ? c.languages.map(languageLabel).join(', ') : NONE,
    },
    {
      ...sortable('city'),
      title: 'City',
      render: (_: unknown, c: ContactSummary) =>
        c.city ? `${c.city}${c.county ? `, ${c.county} County` : ''}` : NONE,
    },
    ...(showDetails ? contactChannelColumns<ContactSummary>() : []),
    {
      key: 'consent',
      title: 'Consent',
      render: (_: unknown, c: ContactSummary) => <ConsentTags consent={c.consent} />,
    },
  ];
}

/** One page of people; sorting and paging are the server's, reported through callbacks. */
export function ContactsTable(props: ContactsTableProps) {
  const { items, total, page, pageSize, sort, loading, showDetails, listSearch, emptyText } = props;

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
    <Table<ContactSummary>
      rowKey="id"
      size="middle"
      columns={buildColumns(sort, listSearch, showDetails)}
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
