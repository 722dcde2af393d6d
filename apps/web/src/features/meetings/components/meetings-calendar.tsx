import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { MAX_PAGE_SIZE, type MeetingSummary } from '@coalition/contracts';
import { Alert, Button, Calendar, Flex, List, Spin, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { paths } from '@/lib/paths';
import type { MeetingFilters } from '../api/meeting-list-query';
import { useMeetings } from '../api/use-meetings';
import { MeetingTypeTag } from './meeting-type-tag';

interface MeetingsCalendarProps {
  mode: 'month' | 'week';
  /** The day shown (its month or its week), `YYYY-MM-DD`; today when absent. */
  on?: string;
  filters: MeetingFilters;
  onMove: (day: string) => void;
}

const DAY = 'YYYY-MM-DD';

/**
 * The days the view shows: a week, or the month's whole grid, which antd always draws as six
 * weeks (the spill-over days of both neighbouring months included).
 */
function rangeOf(mode: 'month' | 'week', day: Dayjs): [Dayjs, Dayjs] {
  if (mode === 'week') return [day.startOf('week'), day.endOf('week')];
  const first = day.startOf('month').startOf('week');
  return [first, first.add(6 * 7 - 1, 'day')];
}

function MeetingLink({ meeting }: { meeting: MeetingSummary }) {
  return (
    <Link to={paths.meeting(meeting.id)}>
      {`${dayjs(meeting.startsAt).format('h:mm A')} ${meeting.title}`}
    </Link>
  );
}

function WeekList({ from, meetings }: { from: Dayjs; meetings: MeetingSummary[] }) {
  const days = Array.from({ length: 7 }, (_, i) => from.add(i, 'day'));
  return (
    <List
      bordered
      dataSource={days}
      renderItem={(day) => {
        const those = meetings.filter((m) => dayjs(m.startsAt).isSame(day, 'day'));
        return (
          <List.Item>
            <Flex vertical gap={4} style={{ width: '100%' }}>
              <Typography.Text strong>{day.format('dddd, MMM D')}</Typography.Text>
              {those.length === 0 ? (
                <Typography.Text type="secondary">No meetings</Typography.Text>
              ) : (
                those.map((m) => (
                  <Flex key={m.id} gap="small" align="center">
                    <MeetingLink meeting={m} />
                    <MeetingTypeTag type={m.type} />
                  </Flex>
                ))
              )}
            </Flex>
          </List.Item>
        );
      }}
    />
  );
}

/** The meetings on a month grid or a week list; only the visible days are asked for. */
export function MeetingsCalendar({ mode, on, filters, onMove }: MeetingsCalendarProps) {
  const day = on ? dayjs(on) : dayjs();
  const [from, to] = rangeOf(mode, day);
  const { data, error, isFetching } = useMeetings({
    ...filters,
    from: from.format(DAY),
    to: to.format(DAY),
    page: 1,
    pageSize: MAX_PAGE_SIZE,
  });
  const meetings = data?.items ?? [];
  const step = mode === 'week' ? 'week' : 'month';

  return (
    <Flex vertical gap="small">
      <Flex gap="small" align="center">
        <Button
          aria-label={`Previous ${step}`}
          icon={<LeftOutlined />}
          onClick={() => onMove(day.subtract(1, step).format(DAY))}
        />
        <Typography.Text strong>
          {mode === 'week' ? `Week of ${from.format('MMM D, YYYY')}` : day.format('MMMM YYYY')}
        </Typography.Text>
        <Button
          aria-label={`Next ${step}`}
          icon={<RightOutlined />}
          onClick={() => onMove(day.add(1, step).format(DAY))}
        />
        <Button onClick={() => onMove(dayjs().format(DAY))}>Today</Button>
        {isFetching && <Spin size="small" />}
      </Flex>
      {error && (
        <Alert type="error" showIcon title="Could not load meetings" description={error.message} />
      )}
      {mode === 'week' ? (
        <WeekList from={from} meetings={meetings} />
      ) : (
        <Calendar
          value={day}
          headerRender={() => null}
          onSelect={(d, info) => info.source === 'date' && onMove(d.format(DAY))}
          cellRender={(current, info) => {
            if (info.type !== 'date') return info.originNode;
            return (
              <Flex vertical gap={2}>
                {meetings
                  .filter((m) => dayjs(m.startsAt).isSame(current, 'day'))
                  .map((m) => (
                    <MeetingLink key={m.id} meeting={m} />
                  ))}
              </Flex>
            );
          }}
        />
      )}
    </Flex>
  );
}
