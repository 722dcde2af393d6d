import {
  type BreakdownDimension,
  type BreakdownRow,
  ENGAGEMENT_BAND_LABELS,
  ENGAGEMENT_BANDS,
  withBand,
} from '@coalition/contracts';
import { useNavigate } from 'react-router';
import { Bar } from 'recharts';
import { memberListHref } from '@/lib/member-list-href';
import { usePrintLayout } from './chart-size';
import { useBandColors } from './report-colors';
import { bandTitle, breakdownLabel, breakdownRowTitle } from './report-format';
import { StackedBarChart } from './stacked-bar-chart';

interface BreakdownChartProps {
  dimension: BreakdownDimension;
  rows: BreakdownRow[];
}

/**
 * Members of each row stacked by engagement band; a click on a bar segment opens those members
 * (the table below holds the same links for the keyboard).
 */
export function BreakdownChart({ dimension, rows }: BreakdownChartProps) {
  const colors = useBandColors();
  const navigate = useNavigate();
  const printing = usePrintLayout();

  const open = (index: number, band: (typeof ENGAGEMENT_BANDS)[number]) => {
    const row = rows[index];
    if (!row) return;
    const title = bandTitle(breakdownRowTitle(dimension, row.label), band);
    void navigate(memberListHref(withBand(row.filter, band), title));
  };

  return (
    <StackedBarChart
      name={`Members by ${breakdownLabel(dimension).toLowerCase()} and engagement band`}
      note={printing ? undefined : 'Click a bar to open those members.'}
      rows={rows}
      labelKey="label"
      labelWidth={200}
      rowHeight={30}
    >
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
    </StackedBarChart>
  );
}
