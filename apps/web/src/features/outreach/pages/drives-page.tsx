import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { Suspense, useState } from 'react';
import { ListEmptyText } from '@/components/list-empty-text';
import { ListPageHeader } from '@/components/list-page-header';
import { LoadErrorAlert } from '@/components/load-error-alert';
import { formatCount } from '@/lib/format';
import { listSearchOf } from '@/lib/list-href';
import { useCan } from '@/lib/session';
import { hasNameSearch } from '@/lib/name-list-query';
import { useDrives } from '../api/use-drives';
import { DriveFilters } from '../components/drive-filters';
import { DrivesTable } from '../components/drives-table';
import { CreateDriveDrawer } from '../components/lazy-drawers';
import { useDriveListUrl } from '../hooks/use-drive-list-url';

/**
 * Counts the times `open` turned true: 0 until the first (so the drawer's code is not fetched
 * before it is needed), and, as a React key, a fresh form at each opening.
 */
function useOpenings(open: boolean): number {
  const [openings, setOpenings] = useState(open ? 1 : 0);
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) setOpenings(openings + 1);
  }
  return openings;
}

/** The outreach drives, how far each has gone, and (for organizers) their own queue in each. */
export function DrivesPage() {
  const list = useDriveListUrl();
  const { query } = list;
  const { data, error, isPending, isPlaceholderData, refetch } = useDrives(query);
  const canWork = useCan('outreach.write');
  // The drawer's state is in the URL, so a segment's page can link to it already filled.
  const creating = canWork && list.creating;
  const openings = useOpenings(creating);

  const emptyText = (
    <ListEmptyText
      plural="drives"
      total={data?.total}
      filtered={hasNameSearch(query)}
      onClearFilters={list.clearFilters}
      onFirstPage={() => list.setPage(1, query.pageSize)}
      noneText={query.archived ? 'No archived drives.' : 'No outreach drives yet.'}
    />
  );

  return (
    <Flex vertical gap="middle">
      <ListPageHeader title="Outreach" count={data && formatCount(data.total, 'drive')}>
        {canWork && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => list.setCreating(true)}>
            New drive
          </Button>
        )}
      </ListPageHeader>

      <DriveFilters value={query} onChange={list.setFilters} onClear={list.clearFilters} />

      {error ? (
        <LoadErrorAlert
          title="Could not load drives"
          error={error}
          onRetry={() => void refetch()}
        />
      ) : (
        <DrivesTable
          items={data?.items ?? []}
          total={data?.total ?? 0}
          page={query.page}
          pageSize={query.pageSize}
          // A spinner only while the rows shown are not yet the ones asked for.
          loading={isPending || isPlaceholderData}
          listSearch={listSearchOf(list.search)}
          canWork={canWork}
          emptyText={emptyText}
          onPageChange={list.setPage}
        />
      )}

      {openings > 0 && (
        <Suspense fallback={null}>
          <CreateDriveDrawer
            key={openings}
            segmentId={list.segmentId}
            open={creating}
            onClose={() => list.setCreating(false)}
          />
        </Suspense>
      )}
    </Flex>
  );
}
