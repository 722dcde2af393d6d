import type { ActivityInterval, ActivityPoint } from '@coalition/contracts';
import { theme } from 'antd';
import { Bar, BarChart, CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from './chart-figure';
import { ChartLegend } from './chart-legend';
import { useChartSize } from './chart-size';
import { formatPeriod } from './report-format';

const HEIGHT = 240;
const MARGIN = { top: 8, right: 16, bottom: 0, left: 0 };

interface ActivityChartsProps {
  by: ActivityInterval;
  points: ActivityPoint[];
}

/** Meetings, who came to them, and the average engagement score, period by period. */
export function ActivityCharts({ by, points }: ActivityChartsProps) {
  const { token } = theme.useToken();
  const size = useChartSize(HEIGHT);
  const data = points.map((point) => ({ ...point, name: formatPeriod(point.period) }));
  const tick = { fill: token.colorTextSecondary, fontSize: 12 };
  const axes = (
    <>
      <CartesianGrid stroke={token.colorBorderSecondary} strokeDasharray="3 3" />
      <XAxis dataKey="name" tick={tick} />
      <YAxis allowDecimals={false} tick={tick} width={48} />
      <Tooltip />
      <ChartLegend />
    </>
  );
  const names = {
    meetings: `Meetings held by ${by}`,
    attendance: `Attendance and members present by ${by}`,
    score: `Average engagement score by ${by}`,
  };

  return (
    <>
      <ChartFigure name={names.meetings}>
        <BarChart {...size} data={data} title={names.meetings} margin={MARGIN}>
          {axes}
          <Bar
            dataKey="meetings"
            name="Meetings"
            fill={token.colorPrimary}
            isAnimationActive={false}
          />
        </BarChart>
      </ChartFigure>
      <ChartFigure name={names.attendance}>
        <BarChart {...size} data={data} title={names.attendance} margin={MARGIN}>
          {axes}
          <Bar
            dataKey="attendance"
            name="People attending"
            fill={token.colorPrimary}
            isAnimationActive={false}
          />
          <Bar
            dataKey="membersPresent"
            name="Members present"
            fill={token.gold4}
            isAnimationActive={false}
          />
        </BarChart>
      </ChartFigure>
      <ChartFigure name={names.score} note="Periods without a recorded score are left as gaps.">
        <LineChart {...size} data={data} title={names.score} margin={MARGIN}>
          {axes}
          <Line
            dataKey="averageScore"
            name="Average score"
            stroke={token.colorPrimary}
            strokeWidth={2}
            isAnimationActive={false}
          />
        </LineChart>
      </ChartFigure>
    </>
  );
}
