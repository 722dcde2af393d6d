import { Alert, Button, Empty, Typography } from 'antd';
import { useState } from 'react';
import { useCan } from '@/lib/session';
import { useAuditEvents } from '../api/use-audit-events';
import { AuditEventsTable } from './audit-events-table';

const PAGE_SIZE = 10;

interface RecordHistoryPanelProps {
  /** As the API writes it in the trail: `organization`, `contact`... */
  entityType: string;
  entityId: string;
}

/**
 * One record's history from the audit trail, for a "History" tab of its page. The page is
 * another feature's, so the app composes the two (see the router); its paging is local,
 * since the tab, not the panel, owns the page's URL.
 */
export function RecordHistoryPanel({ entityType, entityId }: RecordHistoryPanelProps) {
  const allowed = useCan('audit.read');
  const [page, setPage] = useState({ page: 1, pageSize: PAGE_SIZE });
  const { data, error, isPending, isPlaceholderData, refetch } = useAuditEvents(
    { ...page, entityType, entityId },
    { enabled: allowed },
  );
  if (!allowed) {
    return (
      <Typography.Text type="secondary">
        Your role does not include the audit trail.
      </Typography.Text>
    );
  }
  if (error) {
    return (
      <Alert
        type="error"
        showIcon
        title="Could not load the history"
        description={error.message}
        action={
          <Button size="small" onClick={() => void refetch()}>
            Try again
          </Button>
        }
      />
    );
  }
  return (
    <AuditEventsTable
      items={data?.items ?? []}
      total={data?.total ?? 0}
      page={page.page}
      pageSize={page.pageSize}
      loading={isPending || isPlaceholderData}
      emptyText={<Empty description="No recorded changes yet." />}
      onPageChange={(next, pageSize) => setPage({ page: next, pageSize })}
    />
  );
}
