import type { GoalProgress } from '@coalition/contracts';
import { Flex, Progress, Typography } from 'antd';
import { formatNumber } from './campaign-format';

/**
 * One goal: its label, what was achieved out of the target, and a bar. The bar stops at full,
 * while the percent says by how much a target was exceeded (120%).
 */
export function GoalProgressBar({ goal }: { goal: GoalProgress }) {
  const done = goal.percent >= 100;
  return (
    <div>
      <Flex justify="space-between" gap="small" wrap>
        <Typography.Text strong>{goal.label}</Typography.Text>
        <Typography.Text type="secondary">
          {`${formatNumber(goal.achieved)} / ${formatNumber(goal.target)} ${goal.unit}`}
        </Typography.Text>
      </Flex>
      <Progress
        percent={Math.min(goal.percent, 100)}
        status={done ? 'success' : 'normal'}
        format={() => `${goal.percent}%`}
        aria-label={`${goal.label}: ${goal.percent}% of the target`}
      />
    </div>
  );
}

/** Every goal of a campaign, or a word saying none was set. */
export function GoalProgressList({ goals }: { goals: GoalProgress[] }) {
  if (goals.length === 0) {
    return <Typography.Text type="secondary">No goals set.</Typography.Text>;
  }
  return (
    <Flex vertical gap="small">
      {goals.map((goal) => (
        <GoalProgressBar key={goal.goalId} goal={goal} />
      ))}
    </Flex>
  );
}
