import {
  ENGAGEMENT_BAND_LABELS,
  type EngagementBreakdown,
  type EngagementComponent,
} from '@coalition/contracts';
import { Button, Card, Flex, Popover, Table, Tag, Typography } from 'antd';
import { LoadErrorAlert } from '@/components/load-error-alert';
import { formatDateTime } from '@/lib/format';
import { useCan } from '@/lib/session';
import { type EngagementSubject, useEngagementBreakdown } from '../api/use-engagement';
import { EngagementExplainer } from './engagement-explainer';
import { BAND_COLORS, formatPoints } from './engagement-format';

function ScoreLine({ breakdown }: { breakdown: EngagementBreakdown }) {
  return (
    <Flex align="center" gap="small">
      <Typography.Text strong style={{ fontSize: 28, lineHeight: 1.2 }}>
        {formatPoints(breakdown.score)}
      </Typography.Text>
      <Tag color={BAND_COLORS[breakdown.band]}>{ENGAGEMENT_BAND_LABELS[breakdown.band]}</Tag>
    </Flex>
  );
}

/** Each part with what earned it; the last row adds them up to the score. */
function Parts({ breakdown }: { breakdown: EngagementBreakdown }) {
  return (
    <Table<EngagementComponent>
      aria-label="Parts of the engagement score"
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={breakdown.components}
      columns={[
        {
          key: 'part',
          title: 'Part',
          render: (_: unknown, c: EngagementComponent) => (
            <Flex vertical>
              <span>{c.label}</span>
              <Typography.Text type="secondary">{c.detail}</Typography.Text>
            </Flex>
          ),
        },
        {
          key: 'points',
          title: 'Points',
          align: 'right',
          render: (_: unknown, c: EngagementComponent) => formatPoints(c.points),
        },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>
            <Typography.Text strong>Score (the sum of the parts)</Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            <Typography.Text strong>{formatPoints(breakdown.score)}</Typography.Text>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}

/**
 * A record's engagement score explained: the score and band, each part with its points and
 * what earned them, when it was computed, and how scores are made.
 */
export function EngagementCard({ type, id }: EngagementSubject) {
  const { data, error, isPending, refetch } = useEngagementBreakdown({ type, id });
  const canReadSettings = useCan('reports.read');
  const howComputed = (
    <Popover
      title="How the engagement score is computed"
      trigger="click"
      content={<EngagementExplainer type={type} canReadSettings={canReadSettings} />}
    >
      <Button type="link" size="small">
        How is this computed?
      </Button>
    </Popover>
  );

  return (
    <Card
      size="small"
      title="Engagement"
      extra={howComputed}
      loading={isPending && !error}
      role="region"
      aria-label="Engagement score"
    >
      {error && (
        <LoadErrorAlert
          title="Could not load the engagement score"
          error={error}
          onRetry={() => void refetch()}
        />
      )}
      {data && (
        <Flex vertical gap="small">
          <ScoreLine breakdown={data} />
          <Parts breakdown={data} />
          <Typography.Text type="secondary">
            Computed {formatDateTime(data.computedAt)}
          </Typography.Text>
        </Flex>
      )}
    </Card>
  );
}
