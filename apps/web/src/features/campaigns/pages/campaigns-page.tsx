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
import { hasFilters } from '../api/campaign-list-query';
import { useCampaigns } from '../api/use-campaigns';
import { CampaignFilters } from '../components/campaign-filters';
import { CampaignsTable } from '../components/campaigns-table';
import { CreateCampaignDrawer } from '../components/lazy-drawers';
import { useCampaignListUrl } from '../hooks/use-campaign-list-url';

export function CampaignsPage() {
  const { query, search, setFilters, clearFilters, setPage } = useCampaignListUrl();
  const { data, error, isPending, isPlaceholderData, refetch } = useCampaigns(query);
  const create = useDrawerState();
  const canWrite = useCan('campaigns.write');

  const emptyText = (
    <ListEmptyText
      plural="campaigns"
      total={data?.total}
      filtered={hasFilters(query)}
      onClearFilters={clearFilters}
      onFirstPage={() => setPage(1, query.pageSize)}
      noneText="No campaigns yet."
    />
  );

  return (
    <Flex vertical gap="middle">
      <ListPageHeader title="Campaigns" count={data && formatCount(data.total, 'campaign')}>
        {canWrite && (
          <Button type="primary" icon={<PlusOutlined />} onClick={create.show}>
            New campaign
          </Button>
        )}
      </ListPageHeader>

      <CampaignFilters value={query} onChange={setFilters} onClear={clearFilters} />

      {error ? (
        <LoadErrorAlert
          title="Could not load campaigns"
          error={error}
          onRetry={() => void refetch()}
        />
      ) : (
        <CampaignsTable
          items={data?.items ?? []}
          total={data?.total ?? 0}
          page={query.page}
          pageSize={query.pageSize}
          // A spinner only while the rows shown are not yet the ones asked for.
          loading={isPending || isPlaceholderData}
          listSearch={listSearchOf(search)}
          emptyText={emptyText}
          onPageChange={setPage}
        />
      )}

      {create.session > 0 && (
        <Suspense fallback={null}>
          <CreateCampaignDrawer key={create.session} open={create.open} onClose={create.hide} />
        </Suspense>
      )}
    </Flex>
  );
}
