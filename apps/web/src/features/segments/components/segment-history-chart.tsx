import type { SegmentCountHistoryItem } from '@coalition/contracts';
import { theme } from 'antd';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDate } from '@/lib/format';

interface SegmentHistoryChartProps {
  history: SegmentCountHistoryItem[];
  /** Read by screen readers as the chart's own title (the figure's caption says it too). */
  title: string;
}

const CHART_HEIGHT = 200;
const count = new Intl.NumberFormat('en-US');

/**
 * The segment's organizations and contacts, day by day. Loaded only with a segment page that
 * has a history to draw, so the rest of the dashboard never pays for the charting library.
 */
export function SegmentHistoryChart({ history, title }: SegmentHistoryChartProps) {
  const { token } = theme.useToken();
  const data = history.map((day) => ({ ...day, day: formatDate(day.countedOn) }));
  return (
    <LineChart
      responsive
      data={data}
      title={title}
      desc="Organizations and contacts in the segment on each day it was counted."
      style={{ width: '100%', height: CHART_HEIGHT }}
      margin={{ top: 8, right: 16, bottom: 0, left: 8 }}
    >
      <CartesianGrid stroke={token.colorBorderSecondary} strokeDasharray="3 3" />
      <XAxis dataKey="day" tick={{ fill: token.colorTextSecondary, fontSize: 12 }} />
      <YAxis
        allowDecimals={false}
        tickFormatter={(value: number) => count.format(value)}
        tick={{ fill: token.colorTextSecondary, fontSize: 12 }}
        width={56}
      />
      <Tooltip formatter={(value) => count.format(Number(value))} />
      <Legend />
      <Line
        type="monotone"
        dataKey="organizations"
        name="Organizations"
        stroke={token.colorPrimary}
        strokeWidth={2}
        isAnimationActive={false}
      />
      <Line
        type="monotone"
        dataKey="contacts"
        name="Contacts"
        stroke={token.colorSuccess}
        strokeWidth={2}
        isAnimationActive={false}
      />
    </LineChart>
  );
}
