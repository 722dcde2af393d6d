import {
  type BreakdownDimension,
  type BreakdownRow,
  ENGAGEMENT_BAND_LABELS,
  ENGAGEMENT_BANDS,
  withBand,
} from '@coalition/contracts';
import { theme } from 'antd';
import { useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { memberListHref } from '@/lib/member-list-href';
import { ChartFigure } from './chart-figure';
import { ChartLegend } from './chart-legend';
import { useChartSize, usePrintLayout } from './chart-size';
import { useBandColors } from './report-colors';
import { bandTitle, breakdownLabel, breakdownRowTitle } from './report-format';

const ROW_HEIGHT = 30;

interface BreakdownChartProps {
  dimension: BreakdownDimension;
  rows: BreakdownRow[];
}

/**
 * Members of each row stacked by engagement band; a click on a bar segment opens those members
 * (the table below holds the same links for the keyboard).
 */
export function BreakdownChart({ dimension, rows }: BreakdownChartProps) {
  const { token } = theme.useToken();
  const colors = useBandColors();
  const navigate = useNavigate();
  const printing = usePrintLayout();
  const name = `Members by ${breakdownLabel(dimension).toLowerCase()} and engagement band`;
  const size = useChartSize(rows.length * ROW_HEIGHT + 70);
  const tick = { fill: token.colorTextSecondary, fontSize: 12 };

  const open = (index: number, band: (typeof ENGAGEMENT_BANDS)[number]) => {
    const row = rows[index];
    if (!row) return;
    const title = bandTitle(breakdownRowTitle(dimension, row.label), band);
    void navigate(memberListHref(withBand(row.filter, band), title));
  };

  return (
    <ChartFigure name={name} note={printing ? undefined : 'Click a bar to open those members.'}>
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
        <YAxis type="category" dataKey="label" width={200} tick={tick} />
        <Tooltip />
        <ChartLegend />
        {ENGAGEMENT_BANDS.map((band) => (
          <Bar
            key={band}
            dataKey={(row: BreakdownRow) => row.bands[band]}
            name={ENGAGEMENT_BAND_LABELS[band]}
            stackId="band"
            fill={colors[band]}
            cursor="pointer"
            isAnimationActive={false}
            onClick={(_, index) => open(index, band)}
          />
        ))}
      </BarChart>
    </ChartFigure>
  );
}
