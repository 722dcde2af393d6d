import type { DriveProgress } from '@coalition/contracts';
import { Flex, Progress, Typography } from 'antd';
import { formatNumber, percentOf } from './drive-format';

/**
 * How far a drive has gone: targets worked out of all, as a bar, with how many people were
 * reached and how many committed. The green part of the bar is the targets done.
 */
export function DriveProgressBar({ progress }: { progress: DriveProgress }) {
  const worked = percentOf(progress.worked, progress.targets);
  return (
    <div>
      <Flex justify="space-between" gap="small" wrap>
        <Typography.Text>
          {`${formatNumber(progress.worked)} / ${formatNumber(progress.targets)} worked`}
        </Typography.Text>
        <Typography.Text type="secondary">
          {`${formatNumber(progress.reached)} reached · ${formatNumber(progress.committed)} committed`}
        </Typography.Text>
      </Flex>
      <Progress
        percent={worked}
        success={{ percent: percentOf(progress.done, progress.targets) }}
        aria-label={`Worked: ${worked}% of the targets`}
      />
    </div>
  );
}
