import {
  type InterestCounts as Counts,
  INTEREST_LEVELS,
  type InterestLevel,
} from '@coalition/contracts';
import { Flex, Typography, theme } from 'antd';

const LEVELS_STRONGEST_FIRST: InterestLevel[] = [...INTEREST_LEVELS].reverse();

/** Strongest level darkest, from the theme so it follows a dark or branded palette. */
function useLevelColors(): Record<InterestLevel, string> {
  const { token } = theme.useToken();
  return {
    leading: token.colorPrimary,
    active: token.colorPrimaryBorderHover,
    interested: token.colorFillSecondary,
  };
}

/** A bar split by level; the numbers beside it say the same to people who cannot see it. */
function StackedBar({ counts, total }: { counts: Counts; total: number }) {
  const colors = useLevelColors();
  return (
    <Flex aria-hidden style={{ width: 160, height: 6, borderRadius: 3, overflow: 'hidden' }}>
      {LEVELS_STRONGEST_FIRST.map((level) =>
        counts[level] > 0 ? (
          <div key={level} style={{ flexGrow: counts[level] / total, background: colors[level] }} />
        ) : null,
      )}
    </Flex>
  );
}

/** How many member organizations lead on, are active on, or are interested in an issue. */
export function InterestCounts({ counts }: { counts: Counts }) {
  const total = counts.leading + counts.active + counts.interested;
  if (total === 0) return <Typography.Text type="secondary">No organizations yet</Typography.Text>;
  return (
    <Flex vertical gap={4}>
      <Typography.Text>
        {`${counts.leading} leading · ${counts.active} active · ${counts.interested} interested`}
      </Typography.Text>
      <StackedBar counts={counts} total={total} />
    </Flex>
  );
}
