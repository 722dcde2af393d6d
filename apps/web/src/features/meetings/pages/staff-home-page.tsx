import { MAX_PAGE_SIZE, type OpenActionItem } from '@coalition/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Card, Checkbox, Flex, List, Segmented, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { ListPageHeader } from '@/components/list-page-header';
import { LoadErrorAlert } from '@/components/load-error-alert';
import { apiRequest } from '@/lib/api-client';
import { formatDate, formatDateTime } from '@/lib/format';
import { paths } from '@/lib/paths';
import { meetingKeys } from '../api/meeting-keys';
import { meetingPath } from '../api/use-meeting';
import { useOpenActionItems } from '../api/use-meeting-reads';
import { useMeetings } from '../api/use-meetings';
import { MeetingTypeTag } from '../components/meeting-type-tag';

type Whose = 'me' | 'everyone';

function useMarkDone() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (item: OpenActionItem) =>
      apiRequest(`${meetingPath(item.meetingId)}/action-items/${encodeURIComponent(item.id)}`, {
        method: 'PATCH',
        body: { done: true, version: item.version },
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: meetingKeys.all }),
  });
}

function ActionItems() {
  const [whose, setWhose] = useState<Whose>('me');
  const { data, error, isPending, refetch } = useOpenActionItems({
    ...(whose === 'me' ? { owner: 'me' } : {}),
    page: 1,
    pageSize: MAX_PAGE_SIZE,
  });
  const markDone = useMarkDone();
  const today = dayjs().format('YYYY-MM-DD');

  return (
    <Card
      title="Open action items"
      size="small"
      extra={
        <Segmented<Whose>
          aria-label="Whose action items"
          options={[
            { value: 'me', label: 'Mine' },
            { value: 'everyone', label: "Everyone's" },
          ]}
          value={whose}
          onChange={setWhose}
        />
      }
    >
      {error ? (
        <LoadErrorAlert
          title="Could not load action items"
          error={error}
          onRetry={() => void refetch()}
        />
      ) : (
        <Flex vertical gap="small">
          {markDone.error && (
            <Alert
              type="error"
              showIcon
              title="Could not mark it done"
              description={markDone.error.message}
            />
          )}
          <List
            size="small"
            aria-label="Open action items"
            loading={isPending}
            dataSource={data?.items ?? []}
            locale={{ emptyText: 'Nothing open.' }}
            renderItem={(item) => {
              const overdue = item.dueOn !== null && item.dueOn < today;
              return (
                <List.Item>
                  <Flex gap="small" align="center" wrap>
                    <Checkbox
                      aria-label={`Done: ${item.text}`}
                      checked={false}
                      disabled={markDone.isPending}
                      onChange={() => markDone.mutate(item)}
                    />
                    <Typography.Text>{item.text}</Typography.Text>
                    {item.dueOn && (
                      <Typography.Text type={overdue ? 'danger' : 'secondary'}>
                        {overdue
                          ? `Overdue: due ${formatDate(item.dueOn)}`
                          : `Due ${formatDate(item.dueOn)}`}
                      </Typography.Text>
                    )}
                    {item.owner && (
                      <Typography.Text type="secondary">{item.owner.name}</Typography.Text>
                    )}
                    <Link to={paths.meeting(item.meeting.id)}>{item.meeting.title}</Link>
                  </Flex>
                </List.Item>
              );
            }}
          />
        </Flex>
      )}
    </Card>
  );
}

function ThisWeek() {
  const from = dayjs().startOf('week');
  const { data, error, isPending, refetch } = useMeetings({
    from: from.format('YYYY-MM-DD'),
    to: from.endOf('week').format('YYYY-MM-DD'),
    page: 1,
    pageSize: MAX_PAGE_SIZE,
  });
  return (
    <Card title="Meetings this week" size="small">
      {error ? (
        <LoadErrorAlert
          title="Could not load meetings"
          error={error}
          onRetry={() => void refetch()}
        />
      ) : (
        <List
          size="small"
          aria-label="Meetings this week"
          loading={isPending}
          dataSource={[...(data?.items ?? [])].sort((a, b) => a.startsAt.localeCompare(b.startsAt))}
          locale={{ emptyText: 'No meetings this week.' }}
          renderItem={(m) => (
            <List.Item>
              <Flex gap="small" align="center" wrap>
                <Typography.Text type="secondary">{formatDateTime(m.startsAt)}</Typography.Text>
                <Link to={paths.meeting(m.id)}>{m.title}</Link>
                <MeetingTypeTag type={m.type} />
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

/** Staff home: what is theirs to do, by due date, and this week's meetings. */
export function StaffHomePage() {
  return (
    <Flex vertical gap="middle">
      <ListPageHeader title="My action items">
        <Link to={paths.meetings}>All meetings</Link>
      </ListPageHeader>
      <ActionItems />
      <ThisWeek />
    </Flex>
  );
}
