import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { formatCount } from '@/lib/format';
import { paths } from '@/lib/paths';

interface CallerDoneProps {
  driveId: string;
  /** Targets passed over this session, which could be tried again. */
  skippedCount: number;
  onRetrySkipped: () => void;
}

/** The queue is empty: thanks, the way back, and the people passed over if any. */
export function CallerDone({ driveId, skippedCount, onRetrySkipped }: CallerDoneProps) {
  const navigate = useNavigate();
  return (
    <Result
      status="success"
      title="Your queue is empty"
      subTitle={
        skippedCount > 0
          ? `Nobody else is waiting for you in this drive, apart from the ${formatCount(skippedCount, 'person', 'people')} you passed over. Thank you!`
          : 'Nobody else is waiting for you in this drive. Thank you for your calls!'
      }
      extra={[
        <Button
          key="drive"
          type="primary"
          onClick={() => void navigate(paths.outreachDrive(driveId))}
        >
          Back to the drive
        </Button>,
        skippedCount > 0 && (
          <Button key="skipped" onClick={onRetrySkipped}>
            Try the ones I passed over
          </Button>
        ),
      ]}
    />
  );
}
