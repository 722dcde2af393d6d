import {
  AFFILIATION_ROLE_LABELS,
  languageLabel,
  type OrganizationContact,
} from '@coalition/contracts';
import { Alert, Button, Empty, Flex, Switch, Table, type TableProps, Tag, Typography } from 'antd';
import { formatCount, formatDate, telHref } from '@/lib/format';
import { useOrganizationContacts } from '../api/use-organization-contacts';
import { useOrganizationContactsUrl } from '../hooks/use-organization-contacts-url';

type Role = OrganizationContact['roles'][number];

const NONE = <Typography.Text type="secondary">—</Typography.Text>;

/** A current role as a tag; a past one greyed, with when it ended. */
function RoleTag({ role }: { role: Role }) {
  const label = AFFILIATION_ROLE_LABELS[role.role];
  if (role.current) return <Tag color="blue">{label}</Tag>;
  const until = role.endedOn ? ` (until ${formatDate(role.endedOn)})` : ' (past)';
  return <Tag>{`${label}${until}`}</Tag>;
}

const COLUMNS: NonNullable<TableProps<OrganizationContact>['columns']> = [
  { key: 'name', title: 'Name', dataIndex: 'displayName' },
  {
    key: 'roles',
    title: 'Roles',
    render: (_: unknown, person: OrganizationContact) => (
      <Flex wrap gap={4}>
        {person.roles.map((role) => (
          <RoleTag key={role.affiliationId} role={role} />
        ))}
      </Flex>
    ),
  },
  {
    key: 'email',
    title: 'Email',
    render: (_: unknown, person: OrganizationContact) =>
      person.primaryEmail ? (
        <Typography.Link href={`mailto:${person.primaryEmail}`}>
          {person.primaryEmail}
        </Typography.Link>
      ) : (
        NONE
      ),
  },
  {
    key: 'phone',
    title: 'Phone',
    render: (_: unknown, person: OrganizationContact) =>
      person.primaryPhone ? (
        <Typography.Link href={telHref(person.primaryPhone)}>{person.primaryPhone}</Typography.Link>
      ) : (
        NONE
      ),
  },
  {
    key: 'languages',
    title: 'Languages',
    render: (_: unknown, person: OrganizationContact) =>
      person.languages.length > 0 ? person.languages.map(languageLabel).join(', ') : NONE,
  },
];

/** The people of the organization and the roles they hold (or held) there. */
export function OrganizationContactsTab({ organizationId }: { organizationId: string }) {
  const { view, query, setView } = useOrganizationContactsUrl();
  const { data, error, isPending, isPlaceholderData, refetch } = useOrganizationContacts(
    organizationId,
    query,
  );

  if (error) {
    return (
      <Alert
        type="error"
        showIcon
        title="Could not load the people of this organization"
        description={error.message}
        action={
          <Button size="small" onClick={() => void refetch()}>
            Try again
          </Button>
        }
      />
    );
  }

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Text type="secondary" aria-live="polite">
          {data ? formatCount(data.total, 'person', 'people') : ' '}
        </Typography.Text>
        <Flex align="center" gap="small">
          <Switch
            id="include-past-roles"
            size="small"
            checked={view.includePast}
            onChange={(includePast) => setView({ includePast, page: 1 })}
          />
          <label htmlFor="include-past-roles">Include people whose roles have ended</label>
        </Flex>
      </Flex>
      <Table<OrganizationContact>
        rowKey="id"
        size="middle"
        columns={COLUMNS}
        dataSource={data?.items ?? []}
        loading={isPending || isPlaceholderData}
        scroll={{ x: 'max-content' }}
        onChange={(pagination) =>
          setView({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? view.pageSize })
        }
        pagination={{
          current: view.page,
          pageSize: view.pageSize,
          total: data?.total ?? 0,
          hideOnSinglePage: true,
        }}
        locale={{
          emptyText: isPending ? (
            <Typography.Text type="secondary">Loading people…</Typography.Text>
          ) : (
            <Empty description="No one is recorded at this organization yet." />
          ),
        }}
      />
    </Flex>
  );
}
