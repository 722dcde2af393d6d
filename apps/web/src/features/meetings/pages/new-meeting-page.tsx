import type { AttendeeMatch } from '@coalition/contracts';
import { Alert, Breadcrumb, Button, Card, Flex, Form, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { paths } from '@/lib/paths';
import { useCreateMeeting } from '../api/use-meeting-mutations';
import {
  type ActionItemDraft,
  ActionItemDrafts,
  toActionItemInput,
} from '../components/action-item-drafts';
import { alertText, attendanceErrors } from '../components/attendance-errors';
import { type AttendeeRow, rowOf } from '../components/attendee-model';
import { AttendeePicker } from '../components/attendee-picker';
import { AttendeeRows } from '../components/attendee-rows';
import { MeetingFields, type MeetingFormValues } from '../components/meeting-fields';
import { newMeetingValues, toMeetingFields } from '../components/meeting-form-model';
import { WalkInForm } from '../components/walk-in-form';

/**
 * Fast entry at the door: the meeting, then people one after another from the keyboard (or as
 * walk-ins), and the action items; one save records it all.
 */
export function NewMeetingPage() {
  const [form] = Form.useForm<MeetingFormValues>();
  const [rows, setRows] = useState<AttendeeRow[]>([]);
  const [drafts, setDrafts] = useState<ActionItemDraft[]>([]);
  const [walkIn, setWalkIn] = useState(false);
  const create = useCreateMeeting();
  const navigate = useNavigate();

  // A refused save names `attendance.2.contactId`: shown on that person's row, found by who was sent.
  const sent = create.variables?.attendance ?? [];
  const nameOf = (contactId?: string) => rows.find((r) => r.contactId === contactId)?.displayName;
  const errors = attendanceErrors(create.error, (i) => nameOf(sent[i]?.contactId), 'attendance');
  const rowErrors = new Map(
    [...errors.byIndex].map(([i, texts]) => [sent[i]?.contactId ?? '', texts] as const),
  );

  const add = (match: AttendeeMatch, organizationId?: string | null) =>
    setRows((current) =>
      current.some((r) => r.contactId === match.id)
        ? current
        : [rowOf(match, organizationId), ...current],
    );

  const save = async (values: MeetingFormValues) => {
    const meeting = await create.mutateAsync({
      ...toMeetingFields(values),
      attendance: rows.map(({ contactId, organizationId, status }) => ({
        contactId,
        organizationId,
        status,
      })),
      actionItems: drafts.filter((d) => d.text.trim()).map(toActionItemInput),
    });
    void navigate(paths.meeting(meeting.id));
  };

  return (
    <Flex vertical gap="middle">
      <title>Log a meeting · Coalition CRM</title>
      <Breadcrumb
        aria-label="Breadcrumb"
        items={[{ title: <Link to={paths.meetings}>Meetings</Link> }, { title: 'Log a meeting' }]}
      />
      <Typography.Title level={2} style={{ margin: 0 }}>
        Log a meeting
      </Typography.Title>
      <Form<MeetingFormValues>
        form={form}
        layout="vertical"
        initialValues={newMeetingValues()}
        onFinish={(values) => void save(values).catch(() => undefined)}
      >
        <Card title="Meeting" size="small">
          <Flex wrap gap="middle" className="meeting-fields">
            <MeetingFields />
          </Flex>
        </Card>
      </Form>
      <Card title={`Attendance (${rows.length})`} size="small">
        <Flex vertical gap="small">
          <AttendeePicker excludeIds={rows.map((r) => r.contactId)} onPick={add} />
          {walkIn ? (
            <WalkInForm onAdd={add} onCancel={() => setWalkIn(false)} />
          ) : (
            <Button style={{ alignSelf: 'start' }} onClick={() => setWalkIn(true)}>
              Add a walk-in
            </Button>
          )}
          <AttendeeRows rows={rows} onChange={setRows} errors={rowErrors} />
        </Flex>
      </Card>
      <Card title="Action items" size="small">
        <ActionItemDrafts
          drafts={drafts}
          onChange={setDrafts}
          people={rows.map((r) => ({ id: r.contactId, name: r.displayName }))}
        />
      </Card>
      {create.error && (
        <Alert
          type="error"
          showIcon
          title="Could not save the meeting"
          description={alertText(create.error, errors)}
        />
      )}
      <Flex gap="small">
        <Button type="primary" loading={create.isPending} onClick={() => form.submit()}>
          Save meeting
        </Button>
        <Button onClick={() => void navigate(paths.meetings)}>Cancel</Button>
      </Flex>
    </Flex>
  );
}
