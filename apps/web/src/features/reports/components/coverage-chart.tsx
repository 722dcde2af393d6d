import type { CoverageRow } from '@coalition/contracts';
import { theme } from 'antd';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from './chart-figure';
import { ChartLegend } from './chart-legend';
import { useChartSize } from './chart-size';
import { useInterestColors } from './report-colors';

const ROW_HEIGHT = 34;

/** A tier's issues as stacked bars: members leading, active and interested on each. */
export function CoverageChart({ tier, rows }: { tier: number; rows: CoverageRow[] }) {
  const { token } = theme.useToken();
  const colors = useInterestColors();
  const name = `Tier ${tier} priorities: members by interest level`;
  const size = useChartSize(rows.length * ROW_HEIGHT + 70);
  const tick = { fill: token.colorTextSecondary, fontSize: 12 };
  return (
    <ChartFigure name={name}>
      <BarChart
        {...size}
        layout="vertical"
        data={rows}
        title={name}
        margin={{ top: 8, right: 16, bottom: 0, left: 8 }}
      >
        <CartesianGrid
          stroke={token.colorBorderSecondary}
          strokeDasharray="3 3"
          horizontal={false}
        />
        <XAxis type="number" allowDecimals={false} tick={tick} />
        <YAxis type="category" dataKey="title" width={220} tick={tick} />
        <Tooltip />
        <ChartLegend />
        {(['leading', 'active', 'interested'] as const).map((level) => (
          <Bar
            key={level}
            dataKey={level}
            name={level.charAt(0).toUpperCase() + level.slice(1)}
            stackId="level"
            fill={colors[level]}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ChartFigure>
  );
}
