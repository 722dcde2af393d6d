import { Skeleton } from 'antd';
import { lazy, type ReactNode, Suspense } from 'react';
import { useCan } from '@/lib/session';

// Features never import each other: the app composes a record's page with the audit feature's
// history panel, and only for roles that may read the audit trail.
const RecordHistoryPanel = lazy(() =>
  import('@/features/audit').then((m) => ({ default: m.RecordHistoryPanel })),
);

export type RenderHistory = (recordId: string) => ReactNode;

/** The history tab's content for records of one type, or nothing for a role without the trail. */
export function useRecordHistory(entityType: string): RenderHistory | undefined {
  const canReadAudit = useCan('audit.read');
  if (!canReadAudit) return undefined;
  return (recordId) => (
    <Suspense fallback={<Skeleton active />}>
      <RecordHistoryPanel entityType={entityType} entityId={recordId} />
    </Suspense>
  );
}
