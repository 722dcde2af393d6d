import type { SegmentDetail } from '@coalition/contracts';
import { Card } from 'antd';
import { Suspense, useState } from 'react';
import { useParams } from 'react-router';
import { ArchivedBanner } from '@/components/archived-banner';
import { RecordPageFrame } from '@/components/record-page-frame';
import { paths } from '@/lib/paths';
import { useSession } from '@/lib/session';
import { useDrawerState } from '@/lib/use-drawer-state';
import { useSegment } from '../api/use-segment';
import { EditSegmentDrawer } from '../components/lazy-drawers';
import { SegmentFilterEditor } from '../components/segment-filter-editor';
import { SegmentFilterView } from '../components/segment-filter-view';
import { SegmentHeader } from '../components/segment-header';
import { SegmentHistory } from '../components/segment-history';
import { SegmentResults } from '../components/segment-results';
import { SegmentTools } from '../components/segment-tools';
import { useSegmentArchive } from '../hooks/use-segment-archive';

/** The loaded segment: header, size over time, its filter (or the editor), then its people. */
function SegmentView({ segment }: { segment: SegmentDetail }) {
  const edit = useDrawerState();
  const archive = useSegmentArchive();
  const [editingFilter, setEditingFilter] = useState(false);
  // Only the owner may change a segment (the API answers 403 to anyone else, admins included).
  const mine = useSession().user?.id === segment.owner.id;
  const canChange = mine && !segment.archivedAt;

  return (
    <>
      <title>{`${segment.name} · Coalition CRM`}</title>
      <SegmentHeader
        segment={segment}
        mine={mine}
        onEdit={mine ? edit.show : undefined}
        onArchive={mine ? () => archive.confirmArchive(segment) : undefined}
        tools={<SegmentTools segment={segment} />}
      />
      {segment.archivedAt && (
        <ArchivedBanner
          whereGone={`${segment.name} no longer appears in the segment list.`}
          restoreHint="Restore it to list and change it again."
          archivedAt={segment.archivedAt}
          restoring={archive.restoring}
          onRestore={mine ? () => archive.restore(segment) : undefined}
        />
      )}
      <SegmentHistory history={segment.history} />
      {editingFilter && canChange ? (
        <SegmentFilterEditor segment={segment} onDone={() => setEditingFilter(false)} />
      ) : (
        <>
          <SegmentFilterView
            filter={segment.filter}
            onEdit={canChange ? () => setEditingFilter(true) : undefined}
            readOnlyNote={mine ? undefined : `Only ${segment.owner.name} can change it.`}
          />
          <Card title="Who it selects today">
            <SegmentResults segmentId={segment.id} />
          </Card>
        </>
      )}
      {edit.session > 0 && (
        <Suspense fallback={null}>
          <EditSegmentDrawer
            key={edit.session}
            segment={segment}
            open={edit.open}
            onClose={edit.hide}
          />
        </Suspense>
      )}
    </>
  );
}

export function SegmentPage() {
  const { segmentId = '' } = useParams();
  const query = useSegment(segmentId);
  return (
    <RecordPageFrame
      noun="segment"
      listPath={paths.segments}
      listLabel="Segments"
      query={query}
      titleOf={(segment) => segment.name}
      notFoundText="No segment has this address, or it is someone else’s private segment."
    >
      {(segment) => <SegmentView segment={segment} />}
    </RecordPageFrame>
  );
}
