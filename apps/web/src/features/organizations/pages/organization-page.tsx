import type { OrganizationDetail } from '@coalition/contracts';
import { Suspense, useMemo } from 'react';
import { useParams } from 'react-router';
import { ArchivedBanner } from '@/components/archived-banner';
import { RecordPageFrame } from '@/components/record-page-frame';
import { paths } from '@/lib/paths';
import { useCan } from '@/lib/session';
import { useDrawerState } from '@/lib/use-drawer-state';
import { useUrlTab } from '@/lib/use-url-tab';
import { useOrganization } from '../api/use-organization';
import { EditOrganizationDrawer } from '../components/lazy-drawers';
import { OrganizationHeader } from '../components/organization-header';
import {
  type OrganizationTab,
  OrganizationTabs,
  type RenderHistory,
} from '../components/organization-tabs';
import { useOrganizationArchive } from '../hooks/use-organization-archive';

const TABS: OrganizationTab[] = [
  'profile',
  'contacts',
  'issues',
  'campaigns',
  'meetings',
  'outreach',
  'history',
];
/** The composed tabs show only when the app hands their content over (see the router). */
const shownTabs = (history: boolean, outreach: boolean, meetings: boolean): OrganizationTab[] =>
  TABS.filter(
    (t) =>
      (t !== 'history' || history) && (t !== 'outreach' || outreach) && (t !== 'meetings' || meetings),
  );

interface OrganizationPageProps {
  /** The record's history (the audit feature's panel), composed in by the router. */
  renderHistory?: RenderHistory;
  /** Its people's outreach outcomes (the outreach feature's panel), composed in the same way. */
  renderOutreach?: RenderHistory;
  /** The meetings its people attended (the meetings feature's panel), composed in the same way. */
  renderMeetings?: RenderHistory;
  /** Its engagement score, explained (the engagement feature's card), shown on the profile. */
  renderEngagement?: RenderHistory;
}

/** The loaded organization: header and actions, archived banner, tabs, and the edit drawer. */
function OrganizationView({
  organization: org,
  renderHistory,
  renderOutreach,
  renderMeetings,
  renderEngagement,
}: OrganizationPageProps & { organization: OrganizationDetail }) {
  const [hasHistory, hasOutreach] = [Boolean(renderHistory), Boolean(renderOutreach)];
  const hasMeetings = Boolean(renderMeetings);
  const shown = useMemo(
    () => shownTabs(hasHistory, hasOutreach, hasMeetings),
    [hasHistory, hasOutreach, hasMeetings],
  );
  const [tab, setTab] = useUrlTab(shown, 'profile');
  const edit = useDrawerState();
  const archive = useOrganizationArchive();
  // The API refuses writes to a role without this permission; the page does not offer them.
  const canWrite = useCan('organizations.write');

  return (
    <>
      <title>{`${org.name} · Coalition CRM`}</title>
      <OrganizationHeader
        organization={org}
        onEdit={canWrite ? edit.show : undefined}
        onArchive={canWrite ? () => archive.confirmArchive(org) : undefined}
      />
      {org.archivedAt && (
        <ArchivedBanner
          whereGone={`${org.name} no longer appears in the organization list.`}
          restoreHint="Restore it to list and edit it again."
          archivedAt={org.archivedAt}
          restoring={archive.restoring}
          onRestore={canWrite ? () => archive.restore(org) : undefined}
        />
      )}
      <OrganizationTabs
        organization={org}
        activeTab={tab}
        onChange={setTab}
        canWrite={canWrite && !org.archivedAt}
        renderHistory={renderHistory}
        renderOutreach={renderOutreach}
        renderMeetings={renderMeetings}
        // Archived organizations are not scored.
        renderEngagement={org.archivedAt ? undefined : renderEngagement}
      />
      {edit.session > 0 && (
        <Suspense fallback={null}>
          <EditOrganizationDrawer
            key={edit.session}
            organization={org}
            open={edit.open}
            onClose={edit.hide}
          />
        </Suspense>
      )}
    </>
  );
}

export function OrganizationPage({
  renderHistory,
  renderOutreach,
  renderMeetings,
  renderEngagement,
}: OrganizationPageProps) {
  const { organizationId = '' } = useParams();
  const query = useOrganization(organizationId);
  return (
    <RecordPageFrame
      noun="organization"
      listPath={paths.organizations}
      listLabel="Organizations"
      query={query}
      titleOf={(org) => org.name}
      notFoundText="No member organization has this address. It may have been removed, or the link may be mistyped."
    >
      {(org) => (
        <OrganizationView
          organization={org}
          renderHistory={renderHistory}
          renderOutreach={renderOutreach}
          renderMeetings={renderMeetings}
          renderEngagement={renderEngagement}
        />
      )}
    </RecordPageFrame>
  );
}
