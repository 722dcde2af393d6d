import type { MeetingDetail } from '@coalition/contracts';
import { Button, Descriptions, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { websiteHref } from '@/lib/format';
import { paths } from '@/lib/paths';
import { formatWhen } from './meeting-format';
import { MeetingTypeTag } from './meeting-type-tag';

interface MeetingHeaderProps {
  meeting: MeetingDetail;
  /** Left out for roles that may not change meetings. */
  onEdit?: () => void;
  onArchive?: () => void;
  onSignInSheet?: () => void;
  archiving?: boolean;
}

function Links({
  items,
  to,
}: {
  items: { id: string; name: string }[];
  to: (id: string) => string;
}) {
  if (items.length === 0) return <>–</>;
  return (
    <Flex wrap gap="small">
      {items.map((item) => (
        <Link key={item.id} to={to(item.id)}>
          {item.name}
        </Link>
      ))}
    </Flex>
  );
}

/** The meeting's title, type, time, place, host, issues and campaigns, and what can be done. */
export function MeetingHeader({
  meeting,
  onEdit,
  onArchive,
  onSignInSheet,
  archiving,
}: MeetingHeaderProps) {
  const href = meeting.onlineUrl ? websiteHref(meeting.onlineUrl) : undefined;
  return (
    <Flex vertical gap="small">
      <Flex justify="space-between" align="center" wrap gap="small">
        <Flex align="center" gap="small">
          <Typography.Title level={2} style={{ margin: 0 }}>
            {meeting.title}
          </Typography.Title>
          <MeetingTypeTag type={meeting.type} />
        </Flex>
        <Flex gap="small">
          {onSignInSheet && <Button onClick={onSignInSheet}>Sign-in sheet</Button>}
          {onEdit && <Button onClick={onEdit}>Edit</Button>}
          {onArchive && !meeting.archivedAt && (
            <Button danger loading={archiving} onClick={onArchive}>
              Archive
            </Button>
          )}
        </Flex>
      </Flex>
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label="When">{formatWhen(meeting)}</Descriptions.Item>
        <Descriptions.Item label="Where">
          <Flex vertical>
            {meeting.place ?? (href ? null : '–')}
            {href && (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {meeting.onlineUrl}
              </a>
            )}
          </Flex>
        </Descriptions.Item>
        <Descriptions.Item label="Host">
          {meeting.host ? (
            <Link to={paths.organization(meeting.host.id)}>{meeting.host.name}</Link>
          ) : (
            '–'
          )}
        </Descriptions.Item>
        <Descriptions.Item label="Issues">
          <Links
            items={meeting.issues.map((i) => ({ id: i.id, name: i.title }))}
            to={paths.issue}
          />
        </Descriptions.Item>
        <Descriptions.Item label="Campaigns">
          <Links items={meeting.campaigns} to={paths.campaign} />
        </Descriptions.Item>
      </Descriptions>
    </Flex>
  );
}
