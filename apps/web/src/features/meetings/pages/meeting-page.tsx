import type { MeetingDetail } from '@coalition/contracts';
import { Col, Row } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ArchivedBanner } from '@/components/archived-banner';
import { RecordPageFrame } from '@/components/record-page-frame';
import { paths } from '@/lib/paths';
import { useCan } from '@/lib/session';
import { useMeeting } from '../api/use-meeting';
import { ActionItemsSection } from '../components/action-items-section';
import { AttendanceSection } from '../components/attendance-section';
import { EditMeetingDrawer } from '../components/edit-meeting-drawer';
import { MeetingHeader } from '../components/meeting-header';
import { MeetingText } from '../components/meeting-text';
import { OrganizationsPresent } from '../components/organizations-present';
import { SignInSheetModal } from '../components/sign-in-sheet-modal';
import { useMeetingArchive } from '../hooks/use-meeting-archive';

function MeetingView({ meeting }: { meeting: MeetingDetail }) {
  const canWrite = useCan('meetings.write');
  const archive = useMeetingArchive(meeting);
  const [editing, setEditing] = useState(0);
  const [sheet, setSheet] = useState(false);
  const active = canWrite && !meeting.archivedAt;

  return (
    <>
      <title>{`${meeting.title} · Coalition CRM`}</title>
      <MeetingHeader
        meeting={meeting}
        onEdit={active ? () => setEditing(editing + 1) : undefined}
        onArchive={active ? archive.confirmArchive : undefined}
        onSignInSheet={active ? () => setSheet(true) : undefined}
        archiving={archive.pending}
      />
      {meeting.archivedAt && (
        <ArchivedBanner
          whereGone={`${meeting.title} is archived: it no longer counts in lists and rates.`}
          restoreHint="Restore it to change it again."
          archivedAt={meeting.archivedAt}
          restoring={archive.pending}
          onRestore={canWrite ? archive.restore : undefined}
        />
      )}
      <MeetingText title="Agenda" text={meeting.agenda} />
      <MeetingText title="Notes" text={meeting.notes} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}>
          <AttendanceSection meeting={meeting} canWrite={canWrite} />
        </Col>
        <Col xs={24} lg={8}>
          <OrganizationsPresent items={meeting.organizationsPresent} />
        </Col>
      </Row>
      <ActionItemsSection meeting={meeting} canWrite={active} />
      {editing > 0 && (
        <EditMeetingDrawer key={editing} meeting={meeting} open onClose={() => setEditing(0)} />
      )}
      {sheet && <SignInSheetModal meeting={meeting} onClose={() => setSheet(false)} />}
    </>
  );
}

export function MeetingPage() {
  const { meetingId = '' } = useParams();
  const query = useMeeting(meetingId);
  return (
    <RecordPageFrame
      noun="meeting"
      listPath={paths.meetings}
      listLabel="Meetings"
      query={query}
      titleOf={(meeting) => meeting.title}
      notFoundText="No meeting has this address. The link may be mistyped."
    >
      {(meeting) => <MeetingView meeting={meeting} />}
    </RecordPageFrame>
  );
}
