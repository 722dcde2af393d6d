import { CAMPAIGN_KIND_LABELS, type CampaignSummary, MAX_PAGE_SIZE } from '@coalition/contracts';
import { Flex, Table, type TableProps, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '@/lib/paths';
import { formatCampaignDates } from './campaign-format';
import { CampaignStatusTag } from './campaign-status-tag';
import { GoalProgressList } from './goal-progress';

type Columns = NonNullable<TableProps<CampaignSummary>['columns']>;

const PAGE_SIZE_OPTIONS = [10, 25, 50, MAX_PAGE_SIZE];
const NONE = <Typography.Text type="secondary">—</Typography.Text>;

interface CampaignsTableProps {
  items: CampaignSummary[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  /** The list's query string, carried to the campaign page for its breadcrumb. */
  listSearch: string;
  emptyText: ReactNode;
  onPageChange: (page: number, pageSize: number) => void;
}

function buildColumns(listSearch: string): Columns {
  return [
    {
      key: 'name',
      title: 'Campaign',
      render: (_: unknown, c: CampaignSummary) => (
        <Flex vertical gap={2}>
          <Link to={paths.campaign(c.id)} state={{ listSearch }}>
            {c.name}
          </Link>
          {c.summary && (
            <Typography.Text type="secondary" ellipsis={{ tooltip: c.summary }}>
              {c.summary}
            </Typography.Text>
          )}
        </Flex>
      ),
      width: 280,
    },
    { key: 'kind', title: 'Kind', render: (_: unknown, c) => CAMPAIGN_KIND_LABELS[c.kind] },
    {
      key: 'dates',
      title: 'Dates',
      render: (_: unknown, c: CampaignSummary) => (
        <Flex vertical gap={4} align="start">
          <span>{formatCampaignDates(c.startsOn, c.endsOn)}</span>
          <CampaignStatusTag startsOn={c.startsOn} active={c.active} />
        </Flex>
      ),
    },
    {
      key: 'issues',
      title: 'Issues',
      render: (_: unknown, c: CampaignSummary) =>
        c.issues.length === 0 ? (
          NONE
        ) : (
          <Flex vertical gap={2}>
            {c.issues.map((issue) => (
              <Link key={issue.id} to={paths.issue(issue.id)}>
                {issue.title}
              </Link>
            ))}
          </Flex>
        ),
    },
    {
      key: 'goals',
      title: 'Goals',
      render: (_: unknown, c: CampaignSummary) => <GoalProgressList goals={c.goals} />,
      width: 320,
    },
    {
      key: 'participants',
      title: 'Participants',
      align: 'right',
      render: (_: unknown, c: CampaignSummary) => c.participantCount,
    },
  ];
}

/** The campaigns, each with its goals' progress, one page at a time. */
export function CampaignsTable(props: CampaignsTableProps) {
  const { items, total, page, pageSize, loading, listSearch, emptyText, onPageChange } = props;
  return (
    <Table<CampaignSummary>
      rowKey="id"
      columns={buildColumns(listSearch)}
      dataSource={items}
      loading={loading}
      locale={{ emptyText }}
      scroll={{ x: 'max-content' }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZE_OPTIONS,
        onChange: onPageChange,
      }}
    />
  );
}
