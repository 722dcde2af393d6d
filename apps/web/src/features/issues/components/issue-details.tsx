import type { IssueDetail, IssueTier } from '@coalition/contracts';
import { Descriptions, Typography } from 'antd';
import { formatDateTime } from '@/lib/format';
import { TIER_DESCRIPTIONS } from './issue-options';
import { IssueStatusTag } from './issue-status-tag';

const NONE = <Typography.Text type="secondary">—</Typography.Text>;

/** The issue's place on the agenda and what it is about. */
export function IssueDetails({ issue }: { issue: IssueDetail }) {
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      items={[
        {
          key: 'tier',
          label: 'Tier',
          children: `Tier ${issue.tier}: ${TIER_DESCRIPTIONS[issue.tier as IssueTier]}`,
        },
        {
          key: 'rank',
          label: 'Rank in tier',
          children: issue.archivedAt ? 'Not ranked while archived' : issue.rank,
        },
        { key: 'status', label: 'Status', children: <IssueStatusTag status={issue.status} /> },
        { key: 'session', label: 'Legislative session', children: issue.session },
        {
          key: 'summary',
          label: 'Summary',
          span: 'filled',
          children: issue.summary ? (
            <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-line' }}>
              {issue.summary}
            </Typography.Paragraph>
          ) : (
            NONE
          ),
        },
        { key: 'updatedAt', label: 'Last changed', children: formatDateTime(issue.updatedAt) },
      ]}
    />
  );
}
