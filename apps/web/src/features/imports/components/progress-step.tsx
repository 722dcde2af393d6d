import type { ImportDetail, ImportKind } from '@coalition/contracts';
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Progress, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { formatCount } from '@/lib/format';
import { paths } from '@/lib/paths';
import { failuresUrl } from '../api/import-urls';
import { isInProgress } from '../api/use-import';

/** Where to see what came in: the lists the kind of file fills. */
const RESULT_LINKS: Record<ImportKind, { label: string; to: string }[]> = {
  organizations: [{ label: 'Open the organizations', to: paths.organizations }],
  contacts: [
    { label: 'Open the contacts', to: paths.contacts },
    { label: 'Open the organizations', to: paths.organizations },
  ],
  interests: [{ label: 'Open the organizations', to: paths.organizations }],
  participation: [{ label: 'Open the campaigns', to: paths.campaigns }],
  attendance: [{ label: 'Open the meetings', to: paths.meetings }],
};

function percentOf(detail: ImportDetail): number {
  if (detail.status === 'done') return 100;
  return detail.rowCount > 0 ? Math.floor((detail.processed / detail.rowCount) * 100) : 0;
}

/** Whether any row stayed out: failed while writing, or left out by the preview. */
function hasFailures(detail: ImportDetail): boolean {
  const leftOut = (detail.counts?.duplicate ?? 0) + (detail.counts?.invalid ?? 0);
  return (detail.summary?.failed ?? 0) > 0 || leftOut > 0;
}

function Summary({ detail }: { detail: ImportDetail }) {
  const summary = detail.summary;
  if (!summary) return null;
  return (
    <Flex wrap gap="large" role="group" aria-label="Summary">
      <Statistic title="Created" value={summary.created} />
      <Statistic title="Updated" value={summary.updated} />
      <Statistic title="Skipped" value={summary.skipped} />
      <Statistic title="Failed" value={summary.failed} />
    </Flex>
  );
}

function statusText(detail: ImportDetail): string {
  const progress = `${formatCount(detail.processed, 'row')} of ${detail.rowCount.toLocaleString('en-US')}`;
  switch (detail.status) {
    case 'queued':
      return 'Waiting to start…';
    case 'running':
      return `Importing… ${progress} done`;
    case 'done':
      return 'The import is done.';
    case 'failed':
      return `The import stopped after ${progress}.`;
    case 'uploaded':
    case 'previewed':
      return 'Not started.';
  }
}

/** The running job's progress (the page asks every second), then what it did. */
export function ProgressStep({ detail }: { detail: ImportDetail }) {
  const running = isInProgress(detail.status);
  return (
    <Card title={running ? 'Importing' : 'Import finished'}>
      <Flex vertical gap="middle">
        <Progress
          percent={percentOf(detail)}
          status={detail.status === 'failed' ? 'exception' : running ? 'active' : 'success'}
          aria-label="Import progress"
        />
        <Typography.Text aria-live="polite">{statusText(detail)}</Typography.Text>
        {detail.status === 'failed' && (
          <Alert
            type="error"
            showIcon
            title="The import stopped"
            description={`${detail.error ?? 'Something went wrong.'} Rows written before it stopped stay; importing the same file again does not create them twice.`}
          />
        )}
        <Summary detail={detail} />
        {!running && (
          <Flex wrap gap="small">
            {hasFailures(detail) && (
              <Button icon={<DownloadOutlined />} href={failuresUrl(detail.id)} download>
                Download the failures (CSV)
              </Button>
            )}
            {RESULT_LINKS[detail.kind].map((l) => (
              <Link key={l.to} to={l.to} style={{ alignSelf: 'center' }}>
                {l.label}
              </Link>
            ))}
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
