import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import { useCan } from '@/lib/session';
import type { RenderHistory } from './record-history';

// Features never import each other: the app composes a person's or an organization's profile
// with the engagement feature's card (the score, explained).
const EngagementCard = lazy(() =>
  import('@/features/engagement').then((m) => ({ default: m.EngagementCard })),
);

/** The engagement card on a contact's or an organization's profile, for roles that read members. */
export function useRecordEngagement(
  recordType: 'contact' | 'organization',
): RenderHistory | undefined {
  const canRead = useCan('members.read');
  if (!canRead) return undefined;
  return (recordId) => (
    <Suspense fallback={<Skeleton active />}>
      <EngagementCard type={recordType} id={recordId} />
    </Suspense>
  );
}
