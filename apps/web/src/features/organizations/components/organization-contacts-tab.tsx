import {
  AFFILIATION_ROLE_LABELS,
  languageLabel,
  type OrganizationContact,
} from '@coalition/contracts';
import { UserAddOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Switch, Table, type TableProps, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { contactChannelColumns } from '@/components/contact-channel-columns';
import { formatCount, formatDate } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useCan } from '@/lib/session';
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
  {
    key: 'name',
    title: 'Name',
    dataIndex: 'displayName',
    render: (name: string, person: OrganizationContact) => (
      <Link to={paths.contact(person.id)}>{name}</Link>
    ),
  },
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
  ...contactChannelColumns<OrganizationContact>(),
  {
    key: 'languages',
    title: 'Languages',
    render: (_: unknown, person: OrganizationContact) =>
      person.languages.length > 0 ? person.languages.map(languageLabel).join(', ') : NONE,
  },
];

/** The contacts page's "New contact" drawer, with this organization already chosen. */
function addPersonHref(organizationId: string): string {
  return `${paths.contacts}?${new URLSearchParams({ new: '1', organizationId }).toString()}`;
}

/** The people of the organization and the roles they hold (or held) there. */
export function OrganizationContactsTab({ organizationId }: { organizationId: string }) {
  const canAddPeople = useCan('contacts.write');
  const navigate = useNavigate();
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
        <Flex align="center" gap="middle" wrap>
          <Flex align="center" gap="small">
            <Switch
              id="include-past-roles"
              size="small"
              checked={view.includePast}
              onChange={(includePast) => setView({ includePast, page: 1 })}
            />
            <label htmlFor="include-past-roles">Include people whose roles have ended</label>
          </Flex>
          {canAddPeople && (
            <Button
              icon={<UserAddOutlined />}
              onClick={() => void navigate(addPersonHref(organizationId))}
            >
              Add a person
            </Button>
          )}
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
