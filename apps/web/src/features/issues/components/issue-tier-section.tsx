import type { IssueSummary, IssueTier } from '@coalition/contracts';
import { Empty, Flex, Table, type TableProps, Typography } from 'antd';
import { useId } from 'react';
import { Link } from 'react-router';
import { formatCount } from '@/lib/format';
import { paths } from '@/lib/paths';
import { InterestCounts } from './interest-counts';
import { TIER_DESCRIPTIONS } from './issue-options';
import { IssueRankSelect } from './issue-rank-select';
import { BillTag, IssueStatusTag } from './issue-status-tag';

/** Re-ranking, handed in only when the person may re-rank. */
export interface TierReorder {
  move: (tierIssues: readonly IssueSummary[], issue: IssueSummary, position: number) => void;
  pendingRank: (issue: IssueSummary) => number | undefined;
  savingTier: number | undefined;
}

interface IssueTierSectionProps {
  tier: IssueTier;
  /** Every issue of the tier, in rank order. */
  tierIssues: IssueSummary[];
  /** The ones the filters let through. */
  shown: IssueSummary[];
  /** The list's query string, so the issue page's breadcrumb returns to the same view. */
  listSearch: string;
  reorder?: TierReorder;
}

function columns(
  tierIssues: IssueSummary[],
  listSearch: string,
  reorder: TierReorder | undefined,
): NonNullable<TableProps<IssueSummary>['columns']> {
  return [
    {
      key: 'rank',
      title: 'Rank',
      width: 88,
      render: (_: unknown, issue: IssueSummary) =>
        reorder ? (
          <IssueRankSelect
            issue={issue}
            tierSize={tierIssues.length}
            pendingRank={reorder.pendingRank(issue)}
            saving={reorder.savingTier === issue.tier}
            onChange={(position) => reorder.move(tierIssues, issue, position)}
          />
        ) : (
          issue.rank
        ),
    },
    {
      key: 'title',
      title: 'Issue',
      render: (_: unknown, issue: IssueSummary) => (
        <Link to={paths.issue(issue.id)} state={{ listSearch }}>
          {issue.title}
        </Link>
      ),
    },
    {
      key: 'status',
      title: 'Status',
      render: (_: unknown, issue: IssueSummary) => <IssueStatusTag status={issue.status} />,
    },
    { key: 'session', title: 'Session', dataIndex: 'session' },
    {
      key: 'organizations',
      title: 'Member organizations',
      render: (_: unknown, issue: IssueSummary) => <InterestCounts counts={issue.interestCounts} />,
    },
    {
      key: 'bills',
      title: 'Bills',
      render: (_: unknown, issue: IssueSummary) =>
        issue.bills.length > 0 ? (
          <Flex wrap gap={4}>
            {issue.bills.map((bill) => (
              <BillTag key={bill.id} number={bill.number} status={bill.status} />
            ))}
          </Flex>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
  ];
}

/** One tier of the agenda: its heading, how many priorities it holds, and their rows by rank. */
export function IssueTierSection({
  tier,
  tierIssues,
  shown,
  listSearch,
  reorder,
}: IssueTierSectionProps) {
  const headingId = useId();
  const count = formatCount(tierIssues.length, 'priority', 'priorities');
  const filteredOut = shown.length < tierIssues.length;

  return (
    <section aria-labelledby={headingId}>
      <Flex align="baseline" gap="middle" wrap>
        <Typography.Title id={headingId} level={3} style={{ margin: 0 }}>
          {`Tier ${tier}`}
        </Typography.Title>
        <Typography.Text type="secondary">
          {filteredOut ? `${count}, ${shown.length} shown` : count}
        </Typography.Text>
        <Typography.Text type="secondary">{TIER_DESCRIPTIONS[tier]}</Typography.Text>
      </Flex>
      <Table<IssueSummary>
        rowKey="id"
        size="middle"
        style={{ marginTop: 8 }}
        columns={columns(tierIssues, listSearch, reorder)}
        dataSource={shown}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={
                filteredOut
                  ? 'No issue of this tier matches the filter.'
                  : 'No priorities in this tier.'
              }
            />
          ),
        }}
      />
    </section>
  );
}
