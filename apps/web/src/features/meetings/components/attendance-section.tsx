import { DeleteOutlined } from '@ant-design/icons';
import {
  ATTENDANCE_STATUS_LABELS,
  ATTENDANCE_STATUSES,
  type Attendance,
  type AttendanceStatus,
  type MeetingDetail,
} from '@coalition/contracts';
import { Alert, Button, Card, Flex, Select, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { paths } from '@/lib/paths';
import { useMeetingWrites } from '../api/use-meeting-mutations';
import { alertText, attendanceErrors } from './attendance-errors';
import { AttendeePicker } from './attendee-picker';
import { RepresentingSelect } from './representing-select';

interface AttendanceSectionProps {
  meeting: MeetingDetail;
  canWrite: boolean;
}

function StatusSelect({
  row,
  onChange,
  disabled,
}: {
  row: Attendance;
  onChange: (s: AttendanceStatus) => void;
  disabled: boolean;
}) {
  return (
    <Select<AttendanceStatus>
      virtual={false}
      aria-label={`Status of ${row.contact.displayName}`}
      options={ATTENDANCE_STATUSES.map((s) => ({ value: s, label: ATTENDANCE_STATUS_LABELS[s] }))}
      value={row.status}
      onChange={onChange}
      disabled={disabled}
      style={{ minWidth: 140 }}
    />
  );
}

/** Who came, each with whom they represented; staff change statuses and add more people. */
export function AttendanceSection({ meeting, canWrite }: AttendanceSectionProps) {
  const writes = useMeetingWrites(meeting.id);
  const editable = canWrite && !meeting.archivedAt;
  const error = writes.setAttendance.error ?? writes.removeAttendance.error;
  // A refused PUT names `contactId` or `organizationId`: shown on the row of the person sent.
  const sentFor = writes.setAttendance.variables?.contactId;
  const sentRow = meeting.attendance.find((a) => a.contact.id === sentFor);
  const errors = attendanceErrors(writes.setAttendance.error, () => sentRow?.contact.displayName);
  const rowErrors = (a: Attendance) =>
    a.contact.id === sentFor ? (errors.byIndex.get(0) ?? []) : [];
  const save = (
    a: Attendance,
    changes: { organizationId?: string | null; status?: AttendanceStatus },
  ) =>
    writes.setAttendance.mutate({
      contactId: a.contact.id,
      organizationId: a.organization?.id ?? null,
      status: a.status,
      ...changes,
    });
  const training = meeting.type === 'training';
  const attended = meeting.attendance.filter((a) => a.status === 'attended');

  const columns = [
    {
      key: 'name',
      title: 'Person',
      render: (_: unknown, a: Attendance) => (
        <Flex vertical>
          <Link to={paths.contact(a.contact.id)}>{a.contact.displayName}</Link>
          {rowErrors(a).map((text) => (
            <Typography.Text key={text} type="danger">
              {text}
            </Typography.Text>
          ))}
        </Flex>
      ),
    },
    {
      key: 'organization',
      title: 'Representing',
      render: (_: unknown, a: Attendance) =>
        editable ? (
          <RepresentingSelect
            row={a}
            disabled={writes.setAttendance.isPending}
            invalid={rowErrors(a).length > 0}
            onChange={(organizationId) => save(a, { organizationId })}
          />
        ) : a.organization ? (
          <Link to={paths.organization(a.organization.id)}>{a.organization.name}</Link>
        ) : (
          'On their own'
        ),
    },
    {
      key: 'status',
      title: 'Status',
      render: (_: unknown, a: Attendance) =>
        editable ? (
          <StatusSelect
            row={a}
            disabled={writes.setAttendance.isPending}
            onChange={(status) => save(a, { status })}
          />
        ) : (
          ATTENDANCE_STATUS_LABELS[a.status]
        ),
    },
    ...(editable
      ? [
          {
            key: 'remove',
            title: '',
            render: (_: unknown, a: Attendance) => (
              <Button
                type="text"
                icon={<DeleteOutlined />}
                aria-label={`Remove ${a.contact.displayName}`}
                onClick={() => writes.removeAttendance.mutate(a.contact.id)}
              />
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      title={`Attendance (${meeting.counts.attended} attended, ${meeting.counts.registered} registered, ${meeting.counts.noShow} no-show)`}
      size="small"
    >
      <Flex vertical gap="small">
        {editable && (
          <AttendeePicker
            excludeIds={meeting.attendance.map((a) => a.contact.id)}
            onPick={(match, organizationId) =>
              writes.setAttendance.mutate({
                contactId: match.id,
                organizationId:
                  organizationId === undefined
                    ? (match.organizations[0]?.id ?? null)
                    : organizationId,
                status: 'attended',
              })
            }
          />
        )}
        {error && (
          <Alert
            type="error"
            showIcon
            title="Could not change the attendance"
            description={alertText(error, errors)}
          />
        )}
        {training && (
          <>
            <Typography.Title level={5} style={{ margin: 0 }}>
              Completed by
            </Typography.Title>
            <Typography.Text>
              {attended.map((a) => a.contact.displayName).join(', ') || 'No one yet.'}
            </Typography.Text>
          </>
        )}
        <Table<Attendance>
          rowKey={(a) => a.contact.id}
          size="small"
          columns={columns}
          dataSource={meeting.attendance}
          pagination={false}
          locale={{ emptyText: 'No one recorded yet.' }}
        />
      </Flex>
    </Card>
  );
}
