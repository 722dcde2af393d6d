import {
  AFFILIATION_ROLE_LABELS,
  type ContactSummary,
  languageLabel,
  ORGANIZATION_KIND_LABELS,
  type OrganizationSummary,
} from '@coalition/contracts';
import { Flex, Table, type TableProps, Typography } from 'antd';
import { Link } from 'react-router';
import { contactChannelColumns } from '@/components/contact-channel-columns';
import { MembershipStatusTag } from '@/components/membership-status-tag';
import { paths } from '@/lib/paths';

const NONE = <Typography.Text type="secondary">—</Typography.Text>;

/** Server-side paging, or none (a preview shows its first page only). */
export type ResultsPaging =
  { page: number; pageSize: number; onChange: (page: number, pageSize: number) => void } | false;

interface ResultsTableProps<T> {
  items: T[];
  total: number;
  loading: boolean;
  paging: ResultsPaging;
  /** What an empty table says: 'No organizations match this filter.' */
  emptyText: string;
}

function paginationOf(paging: ResultsPaging, total: number): TableProps['pagination'] {
  if (!paging) return false;
  return {
    current: paging.page,
    pageSize: paging.pageSize,
    total,
    showSizeChanger: true,
    hideOnSinglePage: false,
    onChange: (page, pageSize) =>
      paging.onChange(pageSize === paging.pageSize ? page : 1, pageSize),
  };
}

const ORGANIZATION_COLUMNS: NonNullable<TableProps<OrganizationSummary>['columns']> = [
  {
    key: 'name',
    title: 'Name',
    render: (_: unknown, org: OrganizationSummary) => (
      <Link to={paths.organization(org.id)}>{org.name}</Link>
    ),
  },
  {
    key: 'kind',
    title: 'Kind',
    render: (_: unknown, org: OrganizationSummary) => ORGANIZATION_KIND_LABELS[org.kind],
  },
  {
    key: 'status',
    title: 'Status',
    render: (_: unknown, org: OrganizationSummary) => (
      <MembershipStatusTag status={org.membershipStatus} />
    ),
  },
  {
    key: 'city',
    title: 'City',
    render: (_: unknown, org: OrganizationSummary) =>
      org.city ? `${org.city}${org.county ? `, ${org.county} County` : ''}` : NONE,
  },
  {
    key: 'languages',
    title: 'Languages',
    render: (_: unknown, org: OrganizationSummary) =>
      org.languages.length > 0 ? org.languages.map(languageLabel).join(', ') : NONE,
  },
];

export function SegmentOrganizationsTable(props: ResultsTableProps<OrganizationSummary>) {
  return (
    <Table<OrganizationSummary>
      rowKey="id"
      size="small"
      columns={ORGANIZATION_COLUMNS}
      dataSource={props.items}
      loading={props.loading}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: props.emptyText }}
      pagination={paginationOf(props.paging, props.total)}
    />
  );
}

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

const CONTACT_COLUMNS: NonNullable<TableProps<ContactSummary>['columns']> = [
  {
    key: 'name',
    title: 'Name',
    render: (_: unknown, c: ContactSummary) => (
      <Link to={paths.contact(c.id)}>{c.displayName}</Link>
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
  ...contactChannelColumns<ContactSummary>(),
];

export function SegmentContactsTable(props: ResultsTableProps<ContactSummary>) {
  return (
    <Table<ContactSummary>
      rowKey="id"
      size="small"
      columns={CONTACT_COLUMNS}
      dataSource={props.items}
      loading={props.loading}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: props.emptyText }}
      pagination={paginationOf(props.paging, props.total)}
    />
  );
}
