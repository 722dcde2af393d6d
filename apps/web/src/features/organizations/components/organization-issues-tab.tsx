import {
  INTEREST_LEVEL_LABELS,
  ISSUE_STATUS_LABELS,
  type IssueStatus,
  type IssueSummary,
  type OrganizationInterest,
} from '@coalition/contracts';
import { Alert, Button, Empty, Table, type TableProps, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDate } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useIssueChoices, useOrganizationInterests } from '../api/use-organization-interests';
import { InterestLevelSelect } from './interest-level-select';

interface IssueRow {
  issueId: string;
  title: string;
  tier: number;
  session: string;
  status: IssueStatus;
  interest: OrganizationInterest | undefined;
}

/**
 * Every issue the coalition is working on, with this organization's level on it (or none),
 * then the issues no longer active (won, lost, paused) on which it still has a recorded level.
 */
export function issueRows(issues: IssueSummary[], interests: OrganizationInterest[]): IssueRow[] {
  const byIssue = new Map(interests.map((interest) => [interest.issueId, interest]));
  const rows: IssueRow[] = issues.map((issue) => ({
    issueId: issue.id,
    title: issue.title,
    tier: issue.tier,
    session: issue.session,
    status: issue.status,
    interest: byIssue.get(issue.id),
  }));
  const listed = new Set(issues.map((issue) => issue.id));
  for (const interest of interests) {
    if (listed.has(interest.issueId)) continue;
    rows.push({
      issueId: interest.issueId,
      title: interest.issueTitle,
      tier: interest.tier,
      session: interest.session,
      status: interest.issueStatus,
      interest,
    });
  }
  return rows;
}

const NONE = <Typography.Text type="secondary">—</Typography.Text>;

function columns(
  organizationId: string,
  editable: boolean,
): NonNullable<TableProps<IssueRow>['columns']> {
  return [
    {
      key: 'issue',
      title: 'Issue',
      render: (_: unknown, row: IssueRow) => (
        <>
          <Link to={paths.issue(row.issueId)}>
            <Typography.Text strong style={{ color: 'inherit' }}>
              {row.title}
            </Typography.Text>
          </Link>
          <br />
          <Typography.Text type="secondary">{`Tier ${row.tier} · ${row.session}`}</Typography.Text>
          {row.status !== 'active' && (
            <Tag style={{ marginInlineStart: 8 }}>{ISSUE_STATUS_LABELS[row.status]}</Tag>
          )}
        </>
      ),
    },
    {
      key: 'level',
      title: 'Interest',
      render: (_: unknown, row: IssueRow) =>
        !editable ? (
          row.interest ? (
            INTEREST_LEVEL_LABELS[row.interest.level]
          ) : (
            NONE
          )
        ) : (
          <InterestLevelSelect
            organizationId={organizationId}
            issueId={row.issueId}
            issueTitle={row.title}
            level={row.interest?.level}
            note={row.interest?.note ?? null}
          />
        ),
    },
    {
      key: 'confirmedOn',
      title: 'Confirmed on',
      render: (_: unknown, row: IssueRow) =>
        row.interest?.confirmedOn ? formatDate(row.interest.confirmedOn) : NONE,
    },
    {
      key: 'note',
      title: 'Note',
      render: (_: unknown, row: IssueRow) => row.interest?.note ?? NONE,
    },
  ];
}

/** The organization's stand on each issue, editable in place. */
interface OrganizationIssuesTabProps {
  organizationId: string;
  /** Whether the levels can be changed here; otherwise they are shown as text. */
  editable: boolean;
}

export function OrganizationIssuesTab({ organizationId, editable }: OrganizationIssuesTabProps) {
  const issues = useIssueChoices();
  const interests = useOrganizationInterests(organizationId);
  const error = issues.error ?? interests.error;

  if (error) {
    return (
      <Alert
        type="error"
        showIcon
        title="Could not load the issues"
        description={error.message}
        action={
          <Button
            size="small"
            onClick={() => {
              void issues.refetch();
              void interests.refetch();
            }}
          >
            Try again
          </Button>
        }
      />
    );
  }

  const loading = issues.isPending || interests.isPending;
  return (
    <Table<IssueRow>
      rowKey="issueId"
      size="middle"
      columns={columns(organizationId, editable)}
      dataSource={issueRows(issues.data?.items ?? [], interests.data ?? [])}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{
        emptyText: loading ? (
          <Typography.Text type="secondary">Loading issues…</Typography.Text>
        ) : (
          <Empty description="The coalition is not tracking any issue yet." />
        ),
      }}
    />
  );
}
