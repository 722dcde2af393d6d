import {
  CAMPAIGN_KIND_LABELS,
  type CampaignKind,
  type OrganizationCampaign,
  PARTICIPATION_ROLE_LABELS,
} from '@coalition/contracts';
import { Alert, Button, Empty, Table, type TableProps, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDate } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useOrganizationCampaigns } from '../api/use-organization-campaigns';

const numbers = new Intl.NumberFormat('en-US');

/** The contract types this kind as text; a kind this dashboard does not know shows as sent. */
function kindLabel(kind: string): string {
  return kind in CAMPAIGN_KIND_LABELS ? CAMPAIGN_KIND_LABELS[kind as CampaignKind] : kind;
}

function dates({ startsOn, endsOn }: OrganizationCampaign['campaign']): string {
  return endsOn
    ? `${formatDate(startsOn)} – ${formatDate(endsOn)}`
    : `Since ${formatDate(startsOn)}`;
}

const COLUMNS: NonNullable<TableProps<OrganizationCampaign>['columns']> = [
  {
    key: 'campaign',
    title: 'Campaign',
    render: (_: unknown, row: OrganizationCampaign) => (
      <Link to={paths.campaign(row.campaign.id)}>{row.campaign.name}</Link>
    ),
  },
  {
    key: 'role',
    title: 'Role',
    render: (_: unknown, row: OrganizationCampaign) => PARTICIPATION_ROLE_LABELS[row.role],
  },
  {
    key: 'kind',
    title: 'Kind',
    render: (_: unknown, row: OrganizationCampaign) => kindLabel(row.campaign.kind),
  },
  {
    key: 'dates',
    title: 'Dates',
    render: (_: unknown, row: OrganizationCampaign) => (
      <>
        {dates(row.campaign)} {row.campaign.active && <Tag color="green">Running</Tag>}
      </>
    ),
  },
  {
    key: 'contributed',
    title: 'Contributed',
    align: 'right',
    render: (_: unknown, row: OrganizationCampaign) => numbers.format(row.contributed),
  },
];

/** The campaigns the organization takes part in (archived ones left out), most recent first. */
export function OrganizationCampaignsTab({ organizationId }: { organizationId: string }) {
  const { data, error, isPending, refetch } = useOrganizationCampaigns(organizationId);

  if (error) {
    return (
      <Alert
        type="error"
        showIcon
        title="Could not load the campaigns"
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
    <Table<OrganizationCampaign>
      // One organization may hold two roles in one campaign: a row per participation.
      rowKey="participationId"
      size="small"
      columns={COLUMNS}
      dataSource={data ?? []}
      loading={isPending}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{
        emptyText: isPending ? (
          <Typography.Text type="secondary">Loading campaigns…</Typography.Text>
        ) : (
          <Empty description="This organization takes part in no campaign yet." />
        ),
      }}
    />
  );
}
