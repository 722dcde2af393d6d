import type { GoalSeries, SeriesPoint } from '@coalition/contracts';
import { Button, Card, Flex, Skeleton, Table, type TableProps, Typography } from 'antd';
import { lazy, Suspense, useId, useState } from 'react';
import { formatMonth, formatNumber } from './campaign-format';

// recharts is only fetched when a campaign page shows a chart.
const GoalChart = lazy(() => import('./goal-chart').then((m) => ({ default: m.GoalChart })));

function numberColumns(target: number): NonNullable<TableProps<SeriesPoint>['columns']> {
  return [
    { key: 'month', title: 'Month', render: (_: unknown, p: SeriesPoint) => formatMonth(p.month) },
    {
      key: 'amount',
      title: 'Added',
      align: 'right',
      render: (_: unknown, p: SeriesPoint) => formatNumber(p.amount),
    },
    {
      key: 'cumulative',
      title: 'Total so far',
      align: 'right',
      render: (_: unknown, p: SeriesPoint) => formatNumber(p.cumulative),
    },
    {
      key: 'percent',
      title: 'Of the target',
      align: 'right',
      render: (_: unknown, p: SeriesPoint) => `${Math.floor((p.cumulative * 100) / target)}%`,
    },
  ];
}

/** One goal's chart, titled, with its numbers a click away for anyone who cannot read a chart. */
function GoalSeriesFigure({ series }: { series: GoalSeries }) {
  const captionId = useId();
  const tableId = useId();
  const [showNumbers, setShowNumbers] = useState(false);
  const title = `${series.label}: total ${series.unit} by month against the target of ${formatNumber(series.target)}`;

  return (
    <figure aria-labelledby={captionId} style={{ margin: 0 }}>
      <figcaption id={captionId}>
        <Typography.Text strong>{title}</Typography.Text>
      </figcaption>
      {series.points.length === 0 ? (
        <Typography.Text type="secondary">No contributions logged yet.</Typography.Text>
      ) : (
        <Flex vertical gap="small">
          <Suspense fallback={<Skeleton active title={false} paragraph={{ rows: 5 }} />}>
            <GoalChart series={series} title={title} />
          </Suspense>
          <div>
            <Button
              type="link"
              style={{ paddingInline: 0 }}
              aria-expanded={showNumbers}
              aria-controls={tableId}
              onClick={() => setShowNumbers((shown) => !shown)}
            >
              {showNumbers ? 'Hide the numbers' : 'Show the numbers'}
            </Button>
          </div>
          <div id={tableId} hidden={!showNumbers}>
            {showNumbers && (
              <Table<SeriesPoint>
                rowKey="month"
                size="small"
                columns={numberColumns(series.target)}
                dataSource={series.points}
                pagination={false}
              />
            )}
          </div>
        </Flex>
      )}
    </figure>
  );
}

/** Contributions over time, one chart per goal. */
export function GoalSeriesSection({ series }: { series: GoalSeries[] }) {
  return (
    <Card title="Progress over time">
      {series.length === 0 ? (
        <Typography.Text type="secondary">
          Set goals to follow the campaign’s progress month by month.
        </Typography.Text>
      ) : (
        <Flex vertical gap="large">
          {series.map((s) => (
            <GoalSeriesFigure key={s.goalId} series={s} />
          ))}
        </Flex>
      )}
    </Card>
  );
}
