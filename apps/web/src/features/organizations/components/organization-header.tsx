import { ORGANIZATION_KIND_LABELS, type OrganizationDetail } from '@coalition/contracts';
import { EditOutlined, InboxOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Typography } from 'antd';
import { MembershipStatusTag } from './membership-status-tag';

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
      {/* An archived record is restored first (from the banner), then edited. */}
      {!archived && (onEdit || onArchive) && (
        <Flex gap="small">
          {onEdit && (
            <Button icon={<EditOutlined />} onClick={onEdit}>
              Edit
            </Button>
          )}
          {onArchive && (
            <Button danger icon={<InboxOutlined />} onClick={onArchive}>
              Archive
            </Button>
          )}
        </Flex>
      )}
    </Flex>
  );
}
