import { CheckSquareOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Segmented, Switch } from 'antd';
import { useNavigate } from 'react-router';
import { ListEmptyText } from '@/components/list-empty-text';
import { ListPageHeader } from '@/components/list-page-header';
import { LoadErrorAlert } from '@/components/load-error-alert';
import { listSearchOf } from '@/lib/list-href';
import { paths } from '@/lib/paths';
import { useCan } from '@/lib/session';
import { hasFilters } from '../api/meeting-list-query';
import { useMeetings } from '../api/use-meetings';
import { MeetingFilters } from '../components/meeting-filters';
import { MeetingsCalendar } from '../components/meetings-calendar';
import { MeetingsTable } from '../components/meetings-table';
import { type MeetingsView, useMeetingListUrl } from '../hooks/use-meeting-list-url';

function MeetingsList({ list }: { list: ReturnType<typeof useMeetingListUrl> }) {
  const { query } = list;
  const { data, error, isPending, isPlaceholderData, refetch } = useMeetings(query);
  if (error) {
    return (
      <LoadErrorAlert
        title="Could not load meetings"
        error={error}
        onRetry={() => void refetch()}
      />
    );
  }
  return (
    <MeetingsTable
      items={data?.items ?? []}
      total={data?.total ?? 0}
      page={query.page}
      pageSize={query.pageSize}
      loading={isPending || isPlaceholderData}
      listSearch={listSearchOf(list.search)}
      emptyText={
        <ListEmptyText
          plural="meetings"
          total={data?.total}
          filtered={hasFilters(query)}
          onClearFilters={list.clearFilters}
          onFirstPage={() => list.setPage(1, query.pageSize)}
          noneText={query.archived ? 'No archived meetings.' : 'No meetings logged yet.'}
        />
      }
      onPageChange={list.setPage}
    />
  );
}

/** Coalition meetings: a list or a calendar, filtered by type, issue and campaign. */
export function MeetingsPage() {
  const list = useMeetingListUrl();
  const navigate = useNavigate();
  const canWrite = useCan('meetings.write');

  return (
    <Flex vertical gap="middle">
      <ListPageHeader title="Meetings">
        {canWrite && (
          <Button icon={<CheckSquareOutlined />} onClick={() => void navigate(paths.meetingsHome)}>
            My action items
          </Button>
        )}
        {canWrite && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => void navigate(paths.newMeeting)}
          >
            Log a meeting
          </Button>
        )}
      </ListPageHeader>
      <Flex wrap gap="small" align="center" justify="space-between">
        <Flex wrap gap="middle" align="center">
          <MeetingFilters
            value={list.query}
            onChange={list.setFilters}
            onClear={list.clearFilters}
          />
          <Flex align="center" gap="small">
            <Switch
              id="show-archived-meetings"
              size="small"
              checked={list.query.archived ?? false}
              onChange={(checked) => list.setFilters({ archived: checked || undefined })}
            />
            <label htmlFor="show-archived-meetings">Archived</label>
          </Flex>
        </Flex>
        <Segmented<MeetingsView>
          aria-label="How to show meetings"
          options={[
            { value: 'list', label: 'List' },
            { value: 'month', label: 'Month' },
            { value: 'week', label: 'Week' },
          ]}
          value={list.view}
          onChange={list.setView}
        />
      </Flex>
      {list.view === 'list' ? (
        <MeetingsList list={list} />
      ) : (
        <MeetingsCalendar
          mode={list.view}
          on={list.on}
          filters={{
            type: list.query.type,
            issueId: list.query.issueId,
            campaignId: list.query.campaignId,
            archived: list.query.archived,
          }}
          onMove={list.setOn}
        />
      )}
    </Flex>
  );
}
