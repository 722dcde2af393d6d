import type { GoalSeries } from '@coalition/contracts';
import { theme } from 'antd';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from './chart-figure';
import { useChartSize } from './chart-size';
import { formatNumber, formatPeriod } from './report-format';

const HEIGHT = 220;

interface CampaignMetricChartProps {
  campaignName: string;
  series: GoalSeries;
}

/** A campaign metric's running total month by month, against a line at its target. */
export function CampaignMetricChart({ campaignName, series }: CampaignMetricChartProps) {
  const { token } = theme.useToken();
  const size = useChartSize(HEIGHT);
  const name = `${campaignName}: ${series.label}, running total against the target of ${formatNumber(series.target)} ${series.unit}`;
  const data = series.points.map((p) => ({
    name: formatPeriod(p.month),
    cumulative: p.cumulative,
  }));
  const tick = { fill: token.colorTextSecondary, fontSize: 12 };
  return (
    <ChartFigure name={name}>
      <LineChart
        {...size}
        data={data}
        title={name}
        margin={{ top: 16, right: 16, bottom: 0, left: 8 }}
      >
        <CartesianGrid stroke={token.colorBorderSecondary} strokeDasharray="3 3" />
        <XAxis dataKey="name" tick={tick} />
        <YAxis
          // The target stays in view while the total is far below it.
          domain={[0, (dataMax: number) => Math.max(dataMax, series.target)]}
          tickFormatter={(value: number) => formatNumber(value)}
          tick={tick}
          width={56}
        />
        <Tooltip formatter={(value) => formatNumber(Number(value))} />
        <ReferenceLine
          y={series.target}
          stroke={token.colorWarning}
          strokeDasharray="6 4"
          label={{
            value: `Target ${formatNumber(series.target)}`,
            position: 'insideTopRight',
            fill: token.colorTextSecondary,
            fontSize: 12,
          }}
        />
        <Line
          type="monotone"
          dataKey="cumulative"
          name={`${series.unit} so far`}
          stroke={token.colorPrimary}
          strokeWidth={2}
          isAnimationActive={false}
        />
      </LineChart>
    </ChartFigure>
  );
}
