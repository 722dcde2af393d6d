import { PhoneOutlined } from '@ant-design/icons';
import { type DriveDetail, OUTREACH_CHANNEL_LABELS } from '@coalition/contracts';
import { Button, Flex, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { RecordActions } from '@/components/record-actions';
import { formatCount } from '@/lib/format';
import { paths } from '@/lib/paths';
import { formatDriveDates } from './drive-format';
import { SegmentLink } from './segment-link';

interface DriveHeaderProps {
  drive: DriveDetail;
  /** Whether the person works lists: "Start calling" opens their queue. */
  canCall: boolean;
  /** Left out when the person may not change the drive: the buttons are not shown. */
  onEdit?: () => void;
  onArchive?: () => void;
}

/** Opens the caller's queue: their own open targets, then unassigned ones once theirs are done. */
function StartCalling({ drive }: { drive: DriveDetail }) {
  const navigate = useNavigate();
  const mine = drive.myOpenTargets;
  return (
    <Button
      type="primary"
      icon={<PhoneOutlined />}
      onClick={() => void navigate(paths.outreachCall(drive.id))}
    >
      {mine > 0 ? `Start calling (${formatCount(mine, 'open target')})` : 'Start calling'}
    </Button>
  );
}

/** The drive's name, channel, dates, segment and goal, and what can be done with it. */
export function DriveHeader({ drive, canCall, onEdit, onArchive }: DriveHeaderProps) {
  const archived = drive.archivedAt !== null;
  return (
    <Flex justify="space-between" align="start" wrap gap="middle">
      <Flex vertical gap="small">
        <Typography.Title level={2} style={{ margin: 0 }}>
          {drive.name}
        </Typography.Title>
        <Flex wrap gap="small" align="center">
          <Tag>{OUTREACH_CHANNEL_LABELS[drive.channel]}</Tag>
          <Typography.Text type="secondary">
            {formatDriveDates(drive.startsOn, drive.endsOn)}
          </Typography.Text>
          <Typography.Text type="secondary">·</Typography.Text>
          <span>
            <Typography.Text type="secondary">Segment: </Typography.Text>
            <SegmentLink segment={drive.segment} />
          </span>
        </Flex>
        {drive.goal && (
          <Typography.Text>
            <Typography.Text strong>Goal: </Typography.Text>
            {drive.goal}
          </Typography.Text>
        )}
      </Flex>
      <Flex gap="small" wrap>
        {canCall && !archived && <StartCalling drive={drive} />}
        <RecordActions archived={archived} onEdit={onEdit} onArchive={onArchive} />
      </Flex>
    </Flex>
  );
}
