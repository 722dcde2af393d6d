import { type DriveDetail, type DriveProgress, OUTREACH_OUTCOMES } from '@coalition/contracts';
import { Card, Col, Flex, Progress, Row, Statistic, Typography } from 'antd';
import { formatNumber, percentOf } from './drive-format';
import { OutcomeTag } from './outcome-tag';

const KPIS: { key: keyof DriveProgress; title: string; hint: string }[] = [
  { key: 'targets', title: 'Targets', hint: 'People on the list' },
  { key: 'worked', title: 'Worked', hint: 'Tried at least once' },
  { key: 'reached', title: 'Reached', hint: 'Spoken with' },
  { key: 'committed', title: 'Committed', hint: 'Said yes' },
  { key: 'done', title: 'Done', hint: 'Off the list' },
];

/** The targets by the outcome last logged for them, in the outcomes' usual order. */
function ByOutcome({ drive }: { drive: DriveDetail }) {
  const counts = new Map(drive.byOutcome.map((row) => [row.outcome, row.targets]));
  const shown = OUTREACH_OUTCOMES.filter((outcome) => (counts.get(outcome) ?? 0) > 0);
  return (
    <section aria-label="By outcome">
      <Typography.Text strong>By latest outcome</Typography.Text>
      {shown.length === 0 ? (
        <div>
          <Typography.Text type="secondary">No outcome logged yet.</Typography.Text>
        </div>
      ) : (
        <Flex wrap gap="small" style={{ marginTop: 8 }}>
          {shown.map((outcome) => (
            <span key={outcome}>
              <OutcomeTag outcome={outcome} />
              {formatNumber(counts.get(outcome) ?? 0)}
            </span>
          ))}
        </Flex>
      )}
    </section>
  );
}

/** How far the drive has gone: its numbers, a bar, and where the worked targets stand. */
export function DriveProgressCard({ drive }: { drive: DriveDetail }) {
  const { progress } = drive;
  const worked = percentOf(progress.worked, progress.targets);
  return (
    <Card title="Progress" aria-label="Progress">
      <Flex vertical gap="middle">
        <Row gutter={[16, 16]}>
          {KPIS.map(({ key, title, hint }) => (
            <Col key={key} xs={12} sm={8} md={4}>
              <Statistic title={title} value={progress[key]} />
              <Typography.Text type="secondary">{hint}</Typography.Text>
            </Col>
          ))}
        </Row>
        <Progress
          percent={worked}
          success={{ percent: percentOf(progress.done, progress.targets) }}
          aria-label={`Worked: ${worked}% of the targets`}
        />
        <ByOutcome drive={drive} />
      </Flex>
    </Card>
  );
}
