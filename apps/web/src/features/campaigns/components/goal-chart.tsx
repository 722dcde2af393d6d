import type { GoalSeries } from '@coalition/contracts';
import { theme } from 'antd';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMonth, formatNumber } from './campaign-format';

interface GoalChartProps {
  series: GoalSeries;
  /** Read by screen readers as the chart's own title (the figure's caption says it too). */
  title: string;
}

const CHART_HEIGHT = 260;

/**
 * The running total of a goal, month by month, against a flat line at its target: how far
 * there is to go, and whether the pace will get there. Loaded only with the campaign page,
 * so the list and the rest of the dashboard never pay for the charting library.
 */
export function GoalChart({ series, title }: GoalChartProps) {
  const { token } = theme.useToken();
  const data = series.points.map((point) => ({
    month: formatMonth(point.month),
    cumulative: point.cumulative,
    target: series.target,
  }));
  return (
    <LineChart
      responsive
      data={data}
      title={title}
      desc={`Running total of ${series.unit} per month, with the target of ${formatNumber(series.target)} as a dashed line.`}
      style={{ width: '100%', height: CHART_HEIGHT }}
      margin={{ top: 8, right: 16, bottom: 0, left: 8 }}
    >
      <CartesianGrid stroke={token.colorBorderSecondary} strokeDasharray="3 3" />
      <XAxis dataKey="month" tick={{ fill: token.colorTextSecondary, fontSize: 12 }} />
      <YAxis
        // Always show the target line, even while the total is far below it.
        domain={[0, (dataMax: number) => Math.max(dataMax, series.target)]}
        tickFormatter={(value: number) => formatNumber(value)}
        tick={{ fill: token.colorTextSecondary, fontSize: 12 }}
        width={56}
      />
      <Tooltip formatter={(value) => formatNumber(Number(value))} />
      <Legend />
      <Line
        type="monotone"
        dataKey="cumulative"
        name={`${series.unit} so far`}
        stroke={token.colorPrimary}
        strokeWidth={2}
        isAnimationActive={false}
      />
      <Line
        dataKey="target"
        name="Target"
        stroke={token.colorWarning}
        strokeDasharray="6 4"
        dot={false}
        isAnimationActive={false}
      />
    </LineChart>
  );
}
