import type { DriveDetail } from '@coalition/contracts';
import { Suspense } from 'react';
import { useParams } from 'react-router';
import { ArchivedBanner } from '@/components/archived-banner';
import { RecordPageFrame } from '@/components/record-page-frame';
import { paths } from '@/lib/paths';
import { useCan } from '@/lib/session';
import { useDrawerState } from '@/lib/use-drawer-state';
import { useDrive } from '../api/use-drive';
import { DriveCommitments } from '../components/drive-commitments';
import { DriveHeader } from '../components/drive-header';
import { DriveProgressCard } from '../components/drive-progress-card';
import { DriveScript } from '../components/drive-script';
import { DriveTargets } from '../components/drive-targets';
import { EditDriveDrawer } from '../components/lazy-drawers';
import { OrganizerProgressTable } from '../components/organizer-progress-table';
import { useDriveArchive } from '../hooks/use-drive-archive';

/** The loaded drive: header, progress, by organizer, commitments, and (to organizers) targets. */
function DriveView({ drive }: { drive: DriveDetail }) {
  const edit = useDrawerState();
  const archive = useDriveArchive();
  // Leadership and viewers read how the drive goes; working it is for organizers. The API
  // refuses the rest anyway; the page does not offer it.
  const canWork = useCan('outreach.write');
  const archived = drive.archivedAt !== null;

  return (
    <>
      <title>{`${drive.name} · Coalition CRM`}</title>
      <DriveHeader
        drive={drive}
        canCall={canWork}
        onEdit={canWork ? edit.show : undefined}
        onArchive={canWork ? () => archive.confirmArchive(drive) : undefined}
      />
      {drive.archivedAt && (
        <ArchivedBanner
          whereGone={`${drive.name} is finished: it is listed with the archived drives.`}
          restoreHint="Restore it to work its list again."
          archivedAt={drive.archivedAt}
          restoring={archive.restoring}
          onRestore={canWork ? () => archive.restore(drive) : undefined}
        />
      )}
      <DriveScript script={drive.script} />
      <DriveProgressCard drive={drive} />
      <OrganizerProgressTable rows={drive.byOrganizer} />
      <DriveCommitments driveId={drive.id} />
      {canWork && <DriveTargets driveId={drive.id} canAssign={!archived} />}
      {edit.session > 0 && (
        <Suspense fallback={null}>
          <EditDriveDrawer key={edit.session} drive={drive} open={edit.open} onClose={edit.hide} />
        </Suspense>
      )}
    </>
  );
}

export function DrivePage() {
  const { driveId = '' } = useParams();
  const query = useDrive(driveId);
  return (
    <RecordPageFrame
      noun="drive"
      listPath={paths.outreach}
      listLabel="Outreach"
      query={query}
      titleOf={(drive) => drive.name}
      notFoundText="No outreach drive has this address. The link may be mistyped."
    >
      {(drive) => <DriveView drive={drive} />}
    </RecordPageFrame>
  );
}
