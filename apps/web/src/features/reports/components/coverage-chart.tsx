import type { CoverageRow } from '@coalition/contracts';
import { Bar } from 'recharts';
import { useInterestColors } from './report-colors';
import { StackedBarChart } from './stacked-bar-chart';

const LEVELS = ['leading', 'active', 'interested'] as const;

/** A tier's issues as stacked bars: members leading, active and interested on each. */
export function CoverageChart({ tier, rows }: { tier: number; rows: CoverageRow[] }) {
  const colors = useInterestColors();
  return (
    <StackedBarChart
      name={`Tier ${tier} priorities: members by interest level`}
      rows={rows}
      labelKey="title"
      labelWidth={220}
      rowHeight={34}
    >
      {LEVELS.map((level) => (
        <Bar
          key={level}
          dataKey={level}
          name={level.charAt(0).toUpperCase() + level.slice(1)}
          stackId="level"
          fill={colors[level]}
          isAnimationActive={false}
        />
      ))}
    </StackedBarChart>
  );
}
