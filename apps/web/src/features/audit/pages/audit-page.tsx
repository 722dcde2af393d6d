import { Alert, Button, Empty, Flex, Typography } from 'antd';
import { formatCount } from '@/lib/format';
import { hasAuditFilters } from '../api/audit-query';
import { useAuditEvents } from '../api/use-audit-events';
import { AuditEventsTable } from '../components/audit-events-table';
import { AuditFilters } from '../components/audit-filters';
import { useAuditUrl } from '../hooks/use-audit-url';

/** Who did what, when: every write, export, sign-in and refusal, newest first. */
export function AuditPage() {
  const { query, setFilters, clearFilters, setPage } = useAuditUrl();
  const { data, error, isPending, isPlaceholderData, refetch } = useAuditEvents(query);

  const emptyText = !data ? (
    <Typography.Text type="secondary">Loading the audit trail…</Typography.Text>
  ) : hasAuditFilters(query) ? (
    <Empty description="No events match these filters.">
      <Button onClick={clearFilters}>Clear filters</Button>
    </Empty>
  ) : (
    <Empty description="Nothing recorded yet." />
  );

  return (
    <Flex vertical gap="middle">
      <title>Audit trail · Coalition CRM</title>
      <Flex justify="space-between" align="baseline" wrap gap="small">
        <Typography.Title level={2} style={{ margin: 0 }}>
          Audit trail
        </Typography.Title>
        {data && (
          <Typography.Text type="secondary" aria-live="polite">
            {formatCount(data.total, 'event')}
          </Typography.Text>
        )}
      </Flex>

      <AuditFilters value={query} onChange={setFilters} onClear={clearFilters} />

      {error ? (
        <Alert
          type="error"
          showIcon
          title="Could not load the audit trail"
          description={error.message}
          action={
            <Button size="small" onClick={() => void refetch()}>
              Try again
            </Button>
          }
        />
      ) : (
        <AuditEventsTable
          items={data?.items ?? []}
          total={data?.total ?? 0}
          page={query.page}
          pageSize={query.pageSize}
          loading={isPending || isPlaceholderData}
          emptyText={emptyText}
          onPageChange={setPage}
          rowFilters={{
            onActor: (userId) => setFilters({ userId }),
            onEntity: (entityType, entityId) => setFilters({ entityType, entityId }),
          }}
        />
      )}
    </Flex>
  );
}
