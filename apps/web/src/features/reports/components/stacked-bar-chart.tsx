import { theme } from 'antd';
import type { ReactNode } from 'react';
import { BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from './chart-figure';
import { ChartLegend } from './chart-legend';
import { useChartSize } from './chart-size';

interface StackedBarChartProps<Row> {
  /** The figure's accessible name and caption. */
  name: string;
  note?: string;
  rows: Row[];
  /** The row field shown on the category axis. */
  labelKey: keyof Row & string;
  labelWidth: number;
  rowHeight: number;
  /** The stacked <Bar>s, one per part. */
  children: ReactNode;
}

/** One horizontal bar per row, its parts stacked: the frame the breakdown and coverage charts share. */
export function StackedBarChart<Row>({
  name,
  note,
  rows,
  labelKey,
  labelWidth,
  rowHeight,
  children,
}: StackedBarChartProps<Row>) {
  const { token } = theme.useToken();
  const size = useChartSize(rows.length * rowHeight + 70);
  const tick = { fill: token.colorTextSecondary, fontSize: 12 };
  return (
    <ChartFigure name={name} note={note}>
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
        <YAxis type="category" dataKey={String(labelKey)} width={labelWidth} tick={tick} />
        <Tooltip />
        <ChartLegend />
        {children}
      </BarChart>
    </ChartFigure>
  );
}
