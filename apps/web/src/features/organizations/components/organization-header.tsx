import { ORGANIZATION_KIND_LABELS, type OrganizationDetail } from '@coalition/contracts';
import { Flex, Tag, Typography } from 'antd';
import { MembershipStatusTag } from '@/components/membership-status-tag';
import { RecordActions } from '@/components/record-actions';

interface OrganizationHeaderProps {
  organization: OrganizationDetail;
  /** Left out when the person may not edit organizations: the actions are not shown. */
  onEdit?: () => void;
  onArchive?: () => void;
}

/** The organization's name, kind and status, and what can be done to it. */
export function OrganizationHeader({
  organization: org,
  onEdit,
  onArchive,
}: OrganizationHeaderProps) {
  const archived = org.archivedAt !== null;
  return (
    <Flex justify="space-between" align="start" wrap gap="middle">
      <Flex vertical gap="small">
        <Typography.Title level={2} style={{ margin: 0 }}>
          {org.name}
        </Typography.Title>
        <Flex wrap gap="small">
          <Tag>{ORGANIZATION_KIND_LABELS[org.kind]}</Tag>
          <MembershipStatusTag status={org.membershipStatus} />
          {org.tags.map((tag) => (
            <Tag key={tag} bordered={false}>
              {tag}
            </Tag>
          ))}
        </Flex>
      </Flex>
      <RecordActions archived={archived} onEdit={onEdit} onArchive={onArchive} />
    </Flex>
  );
}
