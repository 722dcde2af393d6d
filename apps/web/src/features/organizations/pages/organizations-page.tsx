import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { Suspense } from 'react';
import { ListEmptyText } from '@/components/list-empty-text';
import { ListPageHeader } from '@/components/list-page-header';
import { LoadErrorAlert } from '@/components/load-error-alert';
import { formatCount } from '@/lib/format';
import { listSearchOf } from '@/lib/list-href';
import { useCan } from '@/lib/session';
import { useDrawerState } from '@/lib/use-drawer-state';
import { DEFAULT_ORGANIZATION_SORT, hasFilters } from '../api/organization-list-query';
import { useOrganizations } from '../api/use-organizations';
import { ExportOrganizationsButton } from '../components/export-organizations-button';
import { CreateOrganizationDrawer } from '../components/lazy-drawers';
import { OrganizationFilters } from '../components/organization-filters';
import { OrganizationsTable } from '../components/organizations-table';
import { useOrganizationListUrl } from '../hooks/use-organization-list-url';

export function OrganizationsPage() {
  const { query, search, setFilters, clearFilters, setSort, setPage } = useOrganizationListUrl();
  const { data, error, isPending, isPlaceholderData, refetch } = useOrganizations(query);
  const filtered = hasFilters(query);
  const create = useDrawerState();
  const canWrite = useCan('organizations.write');
  const canExport = useCan('exports.run');

  const emptyText = (
    <ListEmptyText
      plural="organizations"
      total={data?.total}
      filtered={filtered}
      onClearFilters={clearFilters}
      onFirstPage={() => setPage(1, query.pageSize)}
      noneText="No member organizations yet."
    />
  );

  return (
    <Flex vertical gap="middle">
      <ListPageHeader title="Organizations" count={data && formatCount(data.total, 'organization')}>
        {canExport && <ExportOrganizationsButton search={search} total={data?.total} />}
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={create.show}>
            New organization
          </Button>
        )}
      </ListPageHeader>

      <OrganizationFilters value={query} onChange={setFilters} onClear={clearFilters} />

      {error ? (
        <LoadErrorAlert
          title="Could not load organizations"
          error={error}
          onRetry={() => void refetch()}
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
          listSearch={listSearchOf(search)}
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
