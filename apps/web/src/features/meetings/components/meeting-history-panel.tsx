import { ATTENDANCE_STATUS_LABELS, type MeetingHistoryItem } from '@coalition/contracts';
import { Flex, Statistic, Table } from 'antd';
import { Link } from 'react-router';
import { LoadErrorAlert } from '@/components/load-error-alert';
import { formatDateTime } from '@/lib/format';
import { paths } from '@/lib/paths';
import { useMeetingHistory } from '../api/use-meeting-reads';
import { formatRate } from './meeting-format';
import { MeetingTypeTag } from './meeting-type-tag';

type HistoryPanelProps =
  { contactId: string; organizationId?: never } | { organizationId: string; contactId?: never };

/** The meetings a person or an organization's people came to, with the rate and trainings on top. */
export function MeetingHistoryPanel(props: HistoryPanelProps) {
  const forPerson = props.contactId !== undefined;
  const { data, error, isPending, refetch } = useMeetingHistory(
    props.contactId !== undefined
      ? { contactId: props.contactId }
      : { organizationId: props.organizationId },
  );
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
    <Flex vertical gap="middle">
      <Flex gap="large">
        <Statistic
          title={forPerson ? 'Attendance rate' : 'General assemblies attended (12 months)'}
          value={data ? formatRate(data.attendanceRate) : '…'}
        />
        <Statistic title="Trainings completed" value={data ? data.trainingsCompleted : '…'} />
      </Flex>
      <Table<MeetingHistoryItem>
        rowKey={(item) => item.meeting.id}
        size="small"
        loading={isPending}
        dataSource={data?.items ?? []}
        pagination={false}
        locale={{ emptyText: 'No meetings recorded.' }}
        columns={[
          {
            key: 'date',
            title: 'Date',
            render: (_: unknown, i: MeetingHistoryItem) => formatDateTime(i.meeting.startsAt),
          },
          {
            key: 'meeting',
            title: 'Meeting',
            render: (_: unknown, i: MeetingHistoryItem) => (
              <Link to={paths.meeting(i.meeting.id)}>{i.meeting.title}</Link>
            ),
          },
          {
            key: 'type',
            title: 'Type',
            render: (_: unknown, i: MeetingHistoryItem) => <MeetingTypeTag type={i.meeting.type} />,
          },
          {
            key: 'status',
            title: 'Status',
            render: (_: unknown, i: MeetingHistoryItem) => ATTENDANCE_STATUS_LABELS[i.status],
          },
          forPerson
            ? {
                key: 'org',
                title: 'Representing',
                render: (_: unknown, i: MeetingHistoryItem) =>
                  i.organization?.name ?? 'On their own',
              }
            : {
                key: 'people',
                title: 'Who came',
                render: (_: unknown, i: MeetingHistoryItem) => (
                  <Flex wrap gap="small">
                    {i.people.map((p) => (
                      <Link key={p.id} to={paths.contact(p.id)}>
                        {p.displayName}
                      </Link>
                    ))}
                  </Flex>
                ),
              },
        ]}
      />
    </Flex>
  );
}
