import type { ContactDetail } from '@coalition/contracts';
import { Suspense, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { ArchivedBanner } from '@/components/archived-banner';
import { RecordPageFrame } from '@/components/record-page-frame';
import { paths } from '@/lib/paths';
import { useCan } from '@/lib/session';
import { useDrawerState } from '@/lib/use-drawer-state';
import { useUrlTab } from '@/lib/use-url-tab';
import { useContact } from '../api/use-contact';
import { ContactHeader } from '../components/contact-header';
import { type ContactTab, ContactTabs, type RenderHistory } from '../components/contact-tabs';
import { EraseContactModal } from '../components/erase-contact-modal';
import { EditContactDrawer } from '../components/lazy-drawers';
import { useContactArchive } from '../hooks/use-contact-archive';

const TABS: ContactTab[] = ['profile', 'meetings', 'outreach', 'history'];
/** The composed tabs show only when the app hands their content over (see the router). */
const shownTabs = (history: boolean, outreach: boolean, meetings: boolean): ContactTab[] =>
  TABS.filter(
    (t) =>
      (t !== 'history' || history) && (t !== 'outreach' || outreach) && (t !== 'meetings' || meetings),
  );

interface ContactPageProps {
  /** The record's history (the audit feature's panel), composed in by the router. */
  renderHistory?: RenderHistory;
  /** The person's outreach outcomes (the outreach feature's panel), composed in the same way. */
  renderOutreach?: RenderHistory;
  /** The meetings the person attended (the meetings feature's panel), composed in the same way. */
  renderMeetings?: RenderHistory;
  /** Their engagement score, explained (the engagement feature's card), shown on the profile. */
  renderEngagement?: RenderHistory;
}

/** The loaded person: header and actions, archived banner, tabs, the edit drawer, erasure. */
function ContactView(props: ContactPageProps & { contact: ContactDetail }) {
  const { contact, renderHistory, renderOutreach, renderMeetings, renderEngagement } = props;
  const [hasHistory, hasOutreach] = [Boolean(renderHistory), Boolean(renderOutreach)];
  const hasMeetings = Boolean(renderMeetings);
  const shown = useMemo(
    () => shownTabs(hasHistory, hasOutreach, hasMeetings),
    [hasHistory, hasOutreach, hasMeetings],
  );
  const [tab, setTab] = useUrlTab(shown, 'profile');
  const edit = useDrawerState();
  const archive = useContactArchive();
  const [erasing, setErasing] = useState(false);
  // The API refuses writes to a role without these permissions; the page does not offer them.
  const canWrite = useCan('contacts.write');
  const canErase = useCan('contacts.erase');
  const showDetails = useCan('contacts.details');

  return (
    <>
      <title>{`${contact.displayName} · Coalition CRM`}</title>
      <ContactHeader
        contact={contact}
        onEdit={canWrite ? edit.show : undefined}
        onArchive={canWrite ? () => archive.confirmArchive(contact) : undefined}
        onErase={canErase ? () => setErasing(true) : undefined}
      />
      {contact.archivedAt && (
        <ArchivedBanner
          whereGone={`${contact.displayName} no longer appears in the contact list.`}
          restoreHint="Restore them to list and edit them again."
          archivedAt={contact.archivedAt}
          restoring={archive.restoring}
          onRestore={canWrite ? () => archive.restore(contact) : undefined}
        />
      )}
      <ContactTabs
        contact={contact}
        activeTab={tab}
        onChange={setTab}
        canWrite={canWrite && !contact.archivedAt}
        showDetails={showDetails}
        renderHistory={renderHistory}
        renderOutreach={renderOutreach}
        renderMeetings={renderMeetings}
        // Archived contacts are not scored.
        renderEngagement={contact.archivedAt ? undefined : renderEngagement}
      />
      {edit.session > 0 && (
        <Suspense fallback={null}>
          <EditContactDrawer
            key={edit.session}
            contact={contact}
            open={edit.open}
            onClose={edit.hide}
          />
        </Suspense>
      )}
      {erasing && <EraseContactModal contact={contact} onClose={() => setErasing(false)} />}
    </>
  );
}

export function ContactPage(props: ContactPageProps) {
  const { renderHistory, renderOutreach, renderMeetings, renderEngagement } = props;
  const { contactId = '' } = useParams();
  const query = useContact(contactId);
  return (
    <RecordPageFrame
      noun="contact"
      listPath={paths.contacts}
      listLabel="Contacts"
      query={query}
      titleOf={(contact) => contact.displayName}
      notFoundText="No contact has this address. They may have been erased, or the link may be mistyped."
    >
      {(contact) => (
        <ContactView
          contact={contact}
          renderHistory={renderHistory}
          renderOutreach={renderOutreach}
          renderMeetings={renderMeetings}
          renderEngagement={renderEngagement}
        />
      )}
    </RecordPageFrame>
  );
}
