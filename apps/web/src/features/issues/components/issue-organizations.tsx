import {
  INTEREST_LEVEL_LABELS,
  INTEREST_LEVELS,
  type InterestLevel,
  type IssueOrganization,
  ORGANIZATION_KIND_LABELS,
} from '@coalition/contracts';
import { Card, Flex, Table, type TableProps, Typography } from 'antd';
import { useId } from 'react';
import { Link } from 'react-router';
import { MembershipStatusTag } from '@/components/membership-status-tag';
import { formatDate } from '@/lib/format';
import { paths } from '@/lib/paths';

const LEVELS_STRONGEST_FIRST: InterestLevel[] = [...INTEREST_LEVELS].reverse();

const NOBODY_AT_LEVEL: Record<InterestLevel, string> = {
  leading: 'No member organization leads on this issue yet.',
  active: 'No member organization is active on this issue yet.',
  interested: 'No other member organization has declared an interest yet.',
};

const NONE = <Typography.Text type="secondary">—</Typography.Text>;

const COLUMNS: NonNullable<TableProps<IssueOrganization>['columns']> = [
  {
    key: 'name',
    title: 'Organization',
    render: (_: unknown, org: IssueOrganization) => (
      <Link to={paths.organization(org.id)}>{org.name}</Link>
    ),
  },
  {
    key: 'kind',
    title: 'Kind',
    render: (_: unknown, org: IssueOrganization) => ORGANIZATION_KIND_LABELS[org.kind],
  },
  {
    key: 'membership',
    title: 'Membership',
    render: (_: unknown, org: IssueOrganization) => (
      <MembershipStatusTag status={org.membershipStatus} />
    ),
  },
  {
    key: 'note',
    title: 'Note',
    render: (_: unknown, org: IssueOrganization) => org.note ?? NONE,
  },
  {
    key: 'confirmedOn',
    title: 'Confirmed on',
    render: (_: unknown, org: IssueOrganization) =>
      org.confirmedOn ? formatDate(org.confirmedOn) : NONE,
  },
];

function LevelGroup({
  level,
  organizations,
}: {
  level: InterestLevel;
  organizations: IssueOrganization[];
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Typography.Title id={headingId} level={4} style={{ marginTop: 0 }}>
        {`${INTEREST_LEVEL_LABELS[level]} (${organizations.length})`}
      </Typography.Title>
      {organizations.length === 0 ? (
        <Typography.Text type="secondary">{NOBODY_AT_LEVEL[level]}</Typography.Text>
      ) : (
        <Table<IssueOrganization>
          rowKey="id"
          size="small"
          columns={COLUMNS}
          dataSource={organizations}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      )}
    </section>
  );
}

/**
 * The member organizations standing on the issue, grouped by how far they commit: leading,
 * then active, then interested. Levels are declared from each organization's page.
 */
export function IssueOrganizations({ organizations }: { organizations: IssueOrganization[] }) {
  return (
    <Card title="Member organizations">
      <Flex vertical gap="large">
        {LEVELS_STRONGEST_FIRST.map((level) => (
          <LevelGroup
            key={level}
            level={level}
            organizations={organizations.filter((org) => org.level === level)}
          />
        ))}
      </Flex>
    </Card>
  );
}
