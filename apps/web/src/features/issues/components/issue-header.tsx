import type { IssueDetail } from '@coalition/contracts';
import { Flex, Tag, Typography } from 'antd';
import { RecordActions } from '@/components/record-actions';
import { IssueStatusTag } from './issue-status-tag';

interface IssueHeaderProps {
  issue: IssueDetail;
  /** Left out when the person may not edit issues: the actions are not shown. */
  onEdit?: () => void;
  onArchive?: () => void;
}

/** The issue's title, place on the agenda and status, and what can be done to it. */
export function IssueHeader({ issue, onEdit, onArchive }: IssueHeaderProps) {
  const archived = issue.archivedAt !== null;
  return (
    <Flex justify="space-between" align="start" wrap gap="middle">
      <Flex vertical gap="small">
        <Typography.Title level={2} style={{ margin: 0 }}>
          {issue.title}
        </Typography.Title>
        <Flex wrap gap="small">
          {/* An archived issue has left its tier's ranking. */}
          <Tag>{archived ? `Tier ${issue.tier}` : `Tier ${issue.tier} · Rank ${issue.rank}`}</Tag>
          <IssueStatusTag status={issue.status} />
          <Tag bordered={false}>{`${issue.session} session`}</Tag>
        </Flex>
      </Flex>
      <RecordActions archived={archived} onEdit={onEdit} onArchive={onArchive} />
    </Flex>
  );
}
