import type { OutreachAttempt } from '@coalition/contracts';
import { Flex, List, Typography } from 'antd';
import { formatDate, formatDateTime } from '@/lib/format';
import { OutcomeTag } from './outcome-tag';

/** What earlier callers logged for this target, newest first. */
export function AttemptList({ attempts }: { attempts: OutreachAttempt[] }) {
  if (attempts.length === 0) {
    return <Typography.Text type="secondary">Not tried yet.</Typography.Text>;
  }
  return (
    <List<OutreachAttempt>
      size="small"
      dataSource={attempts}
      rowKey="id"
      renderItem={(attempt) => (
        <List.Item>
          <Flex vertical gap={2}>
            <Flex wrap gap="small" align="center">
              <OutcomeTag outcome={attempt.outcome} />
              <Typography.Text type="secondary">
                {`${attempt.loggedBy.name} · ${formatDateTime(attempt.loggedAt)}`}
              </Typography.Text>
            </Flex>
            {attempt.note && <Typography.Text>{attempt.note}</Typography.Text>}
            {attempt.followUpOn && (
              <Typography.Text type="secondary">
                {`Follow up on ${formatDate(attempt.followUpOn)}`}
              </Typography.Text>
            )}
          </Flex>
        </List.Item>
      )}
    />
  );
}
