import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import { useCan } from '@/lib/session';
import type { RenderHistory } from './record-history';

// Features never import each other: the app composes a person's or an organization's page with
// the meetings feature's history panel (the meetings they attended).
const MeetingHistoryPanel = lazy(() =>
  import('@/features/meetings').then((m) => ({ default: m.MeetingHistoryPanel })),
);

/** The "Meetings" tab's content for a contact or an organization, for roles that read members. */
export function useRecordMeetings(
  recordType: 'contact' | 'organization',
): RenderHistory | undefined {
  const canRead = useCan('members.read');
  if (!canRead) return undefined;
  return (recordId) => (
    <Suspense fallback={<Skeleton active />}>
      <MeetingHistoryPanel
        {...(recordType === 'contact' ? { contactId: recordId } : { organizationId: recordId })}
      />
    </Suspense>
  );
}
