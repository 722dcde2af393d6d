import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import { useCan } from '@/lib/session';
import type { RenderHistory } from './record-history';

// Features never import each other: the app composes a person's or an organization's page with
// the outreach feature's activity panel (the outcomes logged in drives).
const OutreachActivityPanel = lazy(() =>
  import('@/features/outreach').then((m) => ({ default: m.OutreachActivityPanel })),
);

/** The "Outreach" tab's content for a contact or an organization, for roles that read members. */
export function useRecordOutreach(
  recordType: 'contact' | 'organization',
): RenderHistory | undefined {
  const canRead = useCan('members.read');
  if (!canRead) return undefined;
  return (recordId) => (
    <Suspense fallback={<Skeleton active />}>
      <OutreachActivityPanel
        {...(recordType === 'contact' ? { contactId: recordId } : { organizationId: recordId })}
      />
    </Suspense>
  );
}
