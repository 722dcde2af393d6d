import type { SegmentDetail } from '@coalition/contracts';
import { Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { RecordActions } from '@/components/record-actions';
import { formatDate } from '@/lib/format';
import { SegmentCounts } from './segment-counts';
import { SharingTag } from './sharing-tag';

interface SegmentHeaderProps {
  segment: SegmentDetail;
  /** Whether the signed-in person owns the segment. */
  mine: boolean;
  /** Left out when the person may not change the segment: the actions are not shown. */
  onEdit?: () => void;
  onArchive?: () => void;
  /** Export, copy emails, start a drive: what the person may do with its people. */
  tools: ReactNode;
}

/** The segment's name, owner, sharing and counts, and what can be done with it. */
export function SegmentHeader({ segment, mine, onEdit, onArchive, tools }: SegmentHeaderProps) {
  const archived = segment.archivedAt !== null;
  return (
    <Flex vertical gap="small">
      <Flex justify="space-between" align="start" wrap gap="middle">
        <Flex vertical gap="small">
          <Typography.Title level={2} style={{ margin: 0 }}>
            {segment.name}
          </Typography.Title>
          <Flex wrap gap="small" align="center">
            <SharingTag shared={segment.shared} />
            {archived && <Tag>Archived</Tag>}
            <Typography.Text type="secondary">
              {`${mine ? 'Yours' : `Owned by ${segment.owner.name}`} · updated ${formatDate(segment.updatedAt)}`}
            </Typography.Text>
          </Flex>
        </Flex>
        <RecordActions archived={archived} onEdit={onEdit} onArchive={onArchive} />
      </Flex>
      {segment.description && (
        <Typography.Paragraph style={{ margin: 0 }}>{segment.description}</Typography.Paragraph>
      )}
      <Flex justify="space-between" align="center" wrap gap="middle">
        <SegmentCounts counts={segment.counts} />
        <Flex wrap gap="small">
          {tools}
        </Flex>
      </Flex>
    </Flex>
  );
}
