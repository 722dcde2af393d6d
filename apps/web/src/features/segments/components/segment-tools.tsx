import type { SegmentDetail } from '@coalition/contracts';
import { DownloadOutlined, PhoneOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useNavigate } from 'react-router';
import { paths } from '@/lib/paths';
import { useCan } from '@/lib/session';
import { useDrawerState } from '@/lib/use-drawer-state';
import { CopyEmailsButton } from './copy-emails-button';
import { ExportContactsModal } from './export-contacts-modal';

/** What can be done with the segment's people, each offered only to roles that may do it. */
export function SegmentTools({ segment }: { segment: SegmentDetail }) {
  const canExport = useCan('exports.run');
  const canReach = useCan('outreach.write');
  const exporting = useDrawerState();
  const navigate = useNavigate();

  return (
    <>
      {canExport && (
        <>
          <Button icon={<DownloadOutlined />} onClick={exporting.show}>
            Export contacts
          </Button>
          <CopyEmailsButton segmentId={segment.id} />
        </>
      )}
      {canReach && (
        <Button
          icon={<PhoneOutlined />}
          onClick={() => void navigate(paths.newOutreachDrive(segment.id))}
        >
          Start a drive
        </Button>
      )}
      {exporting.session > 0 && (
        <ExportContactsModal
          key={exporting.session}
          segmentId={segment.id}
          segmentName={segment.name}
          open={exporting.open}
          onClose={exporting.hide}
        />
      )}
    </>
  );
}
