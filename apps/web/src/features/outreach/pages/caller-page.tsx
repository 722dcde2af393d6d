import { ArrowLeftOutlined } from '@ant-design/icons';
import type { DriveDetail } from '@coalition/contracts';
import { Alert, Flex, Skeleton, Spin, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { LoadErrorAlert } from '@/components/load-error-alert';
import { RecordPageFrame } from '@/components/record-page-frame';
import { paths } from '@/lib/paths';
import { useDrive } from '../api/use-drive';
import { CallerDone } from '../components/caller-done';
import { CallerPanel } from '../components/caller-panel';
import { formatNumber } from '../components/drive-format';
import { useCallerQueue } from '../hooks/use-caller-queue';

/** The caller's queue in one drive: one target at a time until nobody is left. */
function CallerQueue({ drive }: { drive: DriveDetail }) {
  const queue = useCallerQueue(drive.id);
  const { data, error, refetch } = queue.next;

  if (error) {
    return (
      <LoadErrorAlert
        title="Could not load your next target"
        error={error}
        onRetry={() => void refetch()}
      />
    );
  }
  if (!data) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (!data.target) {
    return (
      <CallerDone
        driveId={drive.id}
        skippedCount={queue.skippedCount}
        onRetrySkipped={queue.clearSkipped}
      />
    );
  }
  return (
    <Flex vertical gap="middle">
      <Typography.Text strong aria-live="polite">
        {`${formatNumber(data.remaining)} left in your queue`}
      </Typography.Text>
      <Spin spinning={queue.busy} description="Loading the next person…">
        <CallerPanel
          key={data.target.id}
          drive={drive}
          target={data.target}
          busy={queue.busy}
          onLog={(target, attempt) => void queue.logOutcome(target, attempt)}
          onSkip={(target) => queue.skip(target.id)}
        />
      </Spin>
    </Flex>
  );
}

function CallerView({ drive }: { drive: DriveDetail }) {
  return (
    <>
      <title>{`Calling · ${drive.name} · Coalition CRM`}</title>
      <Flex vertical gap={4}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {drive.name}
        </Typography.Title>
        <Link to={paths.outreachDrive(drive.id)}>
          <ArrowLeftOutlined /> Back to the drive
        </Link>
      </Flex>
      {drive.archivedAt ? (
        <Alert
          type="warning"
          showIcon
          title="This drive is archived"
          description="Its list is no longer worked. Restore it from its page to call again."
        />
      ) : (
        <CallerQueue drive={drive} />
      )}
    </>
  );
}

/** `/outreach/:driveId/call`: working one's own targets in a drive, one person at a time. */
export function CallerPage() {
  const { driveId = '' } = useParams();
  const query = useDrive(driveId);
  return (
    <RecordPageFrame
      noun="drive"
      listPath={paths.outreach}
      listLabel="Outreach"
      query={query}
      titleOf={(drive) => `Calling: ${drive.name}`}
      notFoundText="No outreach drive has this address. The link may be mistyped."
    >
      {(drive) => <CallerView drive={drive} />}
    </RecordPageFrame>
  );
}
