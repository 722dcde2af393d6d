import type { SegmentCountHistoryItem } from '@coalition/contracts';
import { Button, Card, Flex, Skeleton, Table, type TableProps, Typography } from 'antd';
import { lazy, Suspense, useId, useState } from 'react';
import { formatDate } from '@/lib/format';

// recharts is only fetched when a segment has at least two days to draw.
const SegmentHistoryChart = lazy(() =>
  import('./segment-history-chart').then((m) => ({ default: m.SegmentHistoryChart })),
);

const count = new Intl.NumberFormat('en-US');
const COLUMNS: NonNullable<TableProps<SegmentCountHistoryItem>['columns']> = [
  {
    key: 'countedOn',
    title: 'Day',
    render: (_: unknown, d: SegmentCountHistoryItem) => formatDate(d.countedOn),
  },
  {
    key: 'organizations',
    title: 'Organizations',
    align: 'right',
    render: (_: unknown, d: SegmentCountHistoryItem) => count.format(d.organizations),
  },
  {
    key: 'contacts',
    title: 'Contacts',
    align: 'right',
    render: (_: unknown, d: SegmentCountHistoryItem) => count.format(d.contacts),
  },
];

function HistoryTable({ history }: { history: SegmentCountHistoryItem[] }) {
  return (
    <Table<SegmentCountHistoryItem>
      rowKey="countedOn"
      size="small"
      columns={COLUMNS}
      dataSource={[...history].reverse()}
      pagination={history.length > 10 ? { pageSize: 10, hideOnSinglePage: true } : false}
    />
  );
}

/** How the segment's size moved, day by day: a line, with its numbers a click away. */
export function SegmentHistory({ history }: { history: SegmentCountHistoryItem[] }) {
  const captionId = useId();
  const tableId = useId();
  const [showNumbers, setShowNumbers] = useState(false);
  const title = 'Size over time: organizations and contacts on each day counted';

  if (history.length < 2) {
    return (
      <Card title="Size over time" size="small">
        {history.length === 0 ? (
          <Typography.Text type="secondary">Not counted on any day yet.</Typography.Text>
        ) : (
          <HistoryTable history={history} />
        )}
      </Card>
    );
  }

  return (
    <Card title="Size over time" size="small">
      <figure aria-labelledby={captionId} style={{ margin: 0 }}>
        <figcaption id={captionId} hidden>
          {title}
        </figcaption>
        <Flex vertical gap="small">
          <Suspense fallback={<Skeleton active title={false} paragraph={{ rows: 4 }} />}>
            <SegmentHistoryChart history={history} title={title} />
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
            {showNumbers && <HistoryTable history={history} />}
          </div>
        </Flex>
      </figure>
    </Card>
  );
}
