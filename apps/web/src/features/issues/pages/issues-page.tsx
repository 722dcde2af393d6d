import { ISSUE_TIERS, type IssueStatus, type IssueSummary } from '@coalition/contracts';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Select, Skeleton } from 'antd';
import { Suspense } from 'react';
import { ListPageHeader } from '@/components/list-page-header';
import { LoadErrorAlert } from '@/components/load-error-alert';
import { formatCount } from '@/lib/format';
import { listSearchOf } from '@/lib/list-href';
import { useCan } from '@/lib/session';
import { useDrawerState } from '@/lib/use-drawer-state';
import { useIssueAgenda } from '../api/use-issues';
import { IssueTierSection } from '../components/issue-tier-section';
import { ISSUE_STATUS_OPTIONS } from '../components/issue-options';
import { CreateIssueDrawer } from '../components/lazy-drawers';
import { useIssueListUrl } from '../hooks/use-issue-list-url';
import { useTierReorder } from '../hooks/use-tier-reorder';

const inTier = (issues: IssueSummary[], tier: number) =>
  issues.filter((issue) => issue.tier === tier).sort((a, b) => a.rank - b.rank);

/** The coalition's advocacy priorities, tier by tier in rank order, re-rankable in place. */
export function IssuesPage() {
  const { status, search, setStatus } = useIssueListUrl();
  const { data, error, isPending, refetch } = useIssueAgenda();
  const create = useDrawerState();
  const canWrite = useCan('issues.write');
  const reorder = useTierReorder();

  const issues = data?.items ?? [];
  const shown = status ? issues.filter((issue) => status.includes(issue.status)) : issues;

  return (
    <Flex vertical gap="large">
      <ListPageHeader
        title="Issues"
        count={data && formatCount(data.total, 'priority', 'priorities')}
      >
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={create.show}>
            New issue
          </Button>
        )}
      </ListPageHeader>

      <Select<IssueStatus[]>
        mode="multiple"
        aria-label="Filter by status"
        placeholder="Status"
        allowClear
        virtual={false}
        options={ISSUE_STATUS_OPTIONS}
        value={status ?? []}
        onChange={setStatus}
        style={{ width: 320, maxWidth: '100%' }}
      />

      {data && data.total > issues.length && (
        <Alert
          type="warning"
          showIcon
          title={`Only the first ${issues.length} of ${data.total} issues are shown`}
          description="Re-ranking a tier may be refused until some issues are archived."
        />
      )}

      {error ? (
        <LoadErrorAlert
          title="Could not load the issues"
          error={error}
          onRetry={() => void refetch()}
        />
      ) : isPending ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        ISSUE_TIERS.map((tier) => (
          <IssueTierSection
            key={tier}
            tier={tier}
            tierIssues={inTier(issues, tier)}
            shown={inTier(shown, tier)}
            listSearch={listSearchOf(search)}
            reorder={canWrite ? reorder : undefined}
          />
        ))
      )}

      {create.session > 0 && (
        <Suspense fallback={null}>
          <CreateIssueDrawer key={create.session} open={create.open} onClose={create.hide} />
        </Suspense>
      )}
    </Flex>
  );
}
