import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Typography } from 'antd';
import { Suspense } from 'react';
import { formatCount } from '@/lib/format';
import { useCan } from '@/lib/session';
import { DEFAULT_ORGANIZATION_SORT, hasFilters } from '../api/organization-list-query';
import { useOrganizations } from '../api/use-organizations';
import { CreateOrganizationDrawer } from '../components/lazy-drawers';
import { OrganizationFilters } from '../components/organization-filters';
import { OrganizationsTable } from '../components/organizations-table';
import { useDrawerState } from '../hooks/use-drawer-state';
import { useOrganizationListUrl } from '../hooks/use-organization-list-url';

export function OrganizationsPage() {
  const { query, search, setFilters, clearFilters, setSort, setPage } = useOrganizationListUrl();
  const { data, error, isPending, isPlaceholderData, refetch } = useOrganizations(query);
  const filtered = hasFilters(query);
  const create = useDrawerState();
  const canWrite = useCan('organizations.write');

  const emptyText = !data ? (
    <Typography.Text type="secondary">Loading organizations…</Typography.Text>
  ) : filtered ? (
    <Empty description="No organizations match these filters.">
      <Button onClick={clearFilters}>Clear filters</Button>
    </Empty>
  ) : data.total > 0 ? (
    <Empty description="This page is past the end of the list.">
      <Button onClick={() => setPage(1, query.pageSize)}>Go to the first page</Button>
    </Empty>
  ) : (
    <Empty description="No member organizations yet." />
  );

  return (
    <Flex vertical gap="middle">
      <title>Organizations · Coalition CRM</title>
      <Flex justify="space-between" align="baseline" wrap gap="small">
        <Typography.Title level={2} style={{ margin: 0 }}>
          Organizations
        </Typography.Title>
        <Flex align="baseline" gap="middle">
          {data && (
            <Typography.Text type="secondary" aria-live="polite">
              {formatCount(data.total, 'organization')}
            </Typography.Text>
          )}
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={create.show}>
              New organization
            </Button>
          )}
        </Flex>
      </Flex>

      <OrganizationFilters value={query} onChange={setFilters} onClear={clearFilters} />

      {error ? (
        <Alert
          type="error"
          showIcon
          title="Could not load organizations"
          description={error.message}
          action={
            <Button size="small" onClick={() => void refetch()}>
              Try again
            </Button>
          }
        />
      ) : (
        <OrganizationsTable
          items={data?.items ?? []}
          total={data?.total ?? 0}
          page={query.page}
          pageSize={query.pageSize}
          sort={query.sort}
          // A spinner only while the rows shown are not yet the ones asked for.
          loading={isPending || isPlaceholderData}
          listSearch={search ? `?${search}` : ''}
          emptyText={emptyText}
          onPageChange={setPage}
          onSortChange={(sort) => setSort(sort ?? DEFAULT_ORGANIZATION_SORT)}
        />
      )}

      {create.session > 0 && (
        <Suspense fallback={null}>
          <CreateOrganizationDrawer key={create.session} open={create.open} onClose={create.hide} />
        </Suspense>
      )}
    </Flex>
  );
}
