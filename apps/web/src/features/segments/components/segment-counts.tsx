import type { SegmentCounts as Counts } from '@coalition/contracts';
import { Flex, Spin, Typography } from 'antd';
import { formatCount } from '@/lib/format';

interface SegmentCountsProps {
  counts: Counts;
  /** The counts shown are the last ones; newer ones are on their way. */
  counting?: boolean;
  level?: 3 | 4 | 5;
}

export function countsText(counts: Counts): string {
  return `${formatCount(counts.organizations, 'organization')} · ${formatCount(counts.contacts, 'contact')}`;
}

/** "12 organizations · 30 contacts", read out again whenever it changes. */
export function SegmentCounts({ counts, counting = false, level = 3 }: SegmentCountsProps) {
  return (
    <Flex align="center" gap="small">
      <Typography.Title
        level={level}
        style={{ margin: 0, opacity: counting ? 0.6 : 1 }}
        aria-live="polite"
        aria-busy={counting}
      >
        {countsText(counts)}
      </Typography.Title>
      {counting && <Spin size="small" aria-label="Counting" />}
    </Flex>
  );
}
