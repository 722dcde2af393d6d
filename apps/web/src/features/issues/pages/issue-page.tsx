import type { IssueDetail } from '@coalition/contracts';
import { Suspense } from 'react';
import { useParams } from 'react-router';
import { ArchivedBanner } from '@/components/archived-banner';
import { RecordPageFrame } from '@/components/record-page-frame';
import { paths } from '@/lib/paths';
import { useCan } from '@/lib/session';
import { useDrawerState } from '@/lib/use-drawer-state';
import { useIssue } from '../api/use-issue';
import { IssueBills } from '../components/issue-bills';
import { IssueDetails } from '../components/issue-details';
import { IssueHeader } from '../components/issue-header';
import { IssueOrganizations } from '../components/issue-organizations';
import { EditIssueDrawer } from '../components/lazy-drawers';
import { useIssueArchive } from '../hooks/use-issue-archive';

/** The loaded issue: header and actions, archived banner, details, bills, organizations. */
function IssueView({ issue }: { issue: IssueDetail }) {
  const edit = useDrawerState();
  const archive = useIssueArchive();
  // The API refuses writes to a role without this permission; the page does not offer them.
  const canWrite = useCan('issues.write');

  return (
    <>
      <title>{`${issue.title} · Coalition CRM`}</title>
      <IssueHeader
        issue={issue}
        onEdit={canWrite ? edit.show : undefined}
        onArchive={canWrite ? () => archive.confirmArchive(issue) : undefined}
      />
      {issue.archivedAt && (
        <ArchivedBanner
          whereGone={`${issue.title} no longer appears on the agenda.`}
          restoreHint={`Restoring it puts it last in tier ${issue.tier}.`}
          archivedAt={issue.archivedAt}
          restoring={archive.restoring}
          onRestore={canWrite ? () => archive.restore(issue) : undefined}
        />
      )}
      <IssueDetails issue={issue} />
      <IssueBills issueId={issue.id} bills={issue.bills} editable={canWrite && !issue.archivedAt} />
      <IssueOrganizations organizations={issue.organizations} />
      {edit.session > 0 && (
        <Suspense fallback={null}>
          <EditIssueDrawer key={edit.session} issue={issue} open={edit.open} onClose={edit.hide} />
        </Suspense>
      )}
    </>
  );
}

export function IssuePage() {
  const { issueId = '' } = useParams();
  const query = useIssue(issueId);
  return (
    <RecordPageFrame
      noun="issue"
      listPath={paths.issues}
      listLabel="Issues"
      query={query}
      titleOf={(issue) => issue.title}
      notFoundText="No advocacy priority has this address. The link may be mistyped."
    >
      {(issue) => <IssueView issue={issue} />}
    </RecordPageFrame>
  );
}
