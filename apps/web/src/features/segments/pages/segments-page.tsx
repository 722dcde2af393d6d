import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Switch } from 'antd';
import { useNavigate } from 'react-router';
import { ListEmptyText } from '@/components/list-empty-text';
import { ListPageHeader } from '@/components/list-page-header';
import { LoadErrorAlert } from '@/components/load-error-alert';
import { SearchBox } from '@/components/search-box';
import { formatCount } from '@/lib/format';
import { listSearchOf } from '@/lib/list-href';
import { paths } from '@/lib/paths';
import { hasNameSearch } from '@/lib/name-list-query';
import { useSegments } from '../api/use-segments';
import { SegmentsEmpty } from '../components/segments-empty';
import { SegmentsTable } from '../components/segments-table';
import { useSegmentListUrl } from '../hooks/use-segment-list-url';

/** My segments and the shared ones, counted live. */
export function SegmentsPage() {
  const { query, search, setFilters, clearSearch, setPage } = useSegmentListUrl();
  const { data, error, isPending, isPlaceholderData, refetch } = useSegments(query);
  const navigate = useNavigate();
  const create = () => void navigate(paths.newSegment);
  const archived = query.archived ?? false;

  const emptyText =
    data && data.total === 0 && !hasNameSearch(query) ? (
      <SegmentsEmpty archived={archived} onCreate={create} />
    ) : (
      <ListEmptyText
        plural="segments"
        total={data?.total}
        filtered={hasNameSearch(query)}
        onClearFilters={clearSearch}
        onFirstPage={() => setPage(1, query.pageSize)}
        noneText="No segments yet."
      />
    );

  return (
    <Flex vertical gap="middle">
      <ListPageHeader
        title="Segments"
        count={data && formatCount(data.total, archived ? 'archived segment' : 'segment')}
      >
        <Button type="primary" icon={<PlusOutlined />} onClick={create}>
          New segment
        </Button>
      </ListPageHeader>

      <Flex wrap gap="middle" align="center">
        <SearchBox
          label="Search segments"
          placeholder="Search by name"
          value={query.q ?? ''}
          onSearch={(q) => setFilters({ q: q || undefined })}
        />
        <Flex align="center" gap="small">
          <Switch
            id="show-archived-segments"
            size="small"
            checked={archived}
            onChange={(checked) => setFilters({ archived: checked || undefined })}
          />
          <label htmlFor="show-archived-segments">Show archived segments</label>
        </Flex>
      </Flex>

      {error ? (
        <LoadErrorAlert
          title="Could not load segments"
          error={error}
          onRetry={() => void refetch()}
        />
      ) : (
        <SegmentsTable
          items={data?.items ?? []}
          total={data?.total ?? 0}
          page={query.page}
          pageSize={query.pageSize}
          loading={isPending || isPlaceholderData}
          listSearch={listSearchOf(search)}
          emptyText={emptyText}
          onPageChange={setPage}
        />
      )}
    </Flex>
  );
}
