import type { MeetingDetail } from '@coalition/contracts';
import { Alert, Button, Drawer, Flex, Form, Input } from 'antd';
import { isApiError } from '@/lib/api-client';
import { useMeetingWrites } from '../api/use-meeting-mutations';
import { MeetingFields, type MeetingFormValues } from './meeting-fields';
import { meetingValues, toMeetingUpdate } from './meeting-form-model';

interface EditMeetingDrawerProps {
  meeting: MeetingDetail;
  open: boolean;
  onClose: () => void;
}

/** The meeting's details, agenda and notes; a stale save offers the latest version. */
export function EditMeetingDrawer({ meeting, open, onClose }: EditMeetingDrawerProps) {
  const [form] = Form.useForm<MeetingFormValues>();
  const { update } = useMeetingWrites(meeting.id);
  const stale = isApiError(update.error) && update.error.statusCode === 409;

  return (
    <Drawer
      title="Edit meeting"
      open={open}
      onClose={onClose}
      size="large"
      footer={
        <Flex gap="small" justify="end">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="primary" loading={update.isPending} onClick={() => form.submit()}>
            Save
          </Button>
        </Flex>
      }
    >
      <Form<MeetingFormValues>
        form={form}
        layout="vertical"
        initialValues={meetingValues(meeting)}
        onFinish={(values) =>
          update.mutate(toMeetingUpdate(values, meeting.version), { onSuccess: onClose })
        }
      >
        {update.error && (
          <Alert
            style={{ marginBottom: 16 }}
            type={stale ? 'warning' : 'error'}
            showIcon
            title={stale ? 'Someone else saved this meeting meanwhile' : 'Could not save'}
            description={
              stale ? 'Load the latest version and make your changes again.' : update.error.message
            }
            action={
              stale ? (
                <Button
                  size="small"
                  onClick={() => {
                    update.reset();
                    form.setFieldsValue(meetingValues(meeting));
                  }}
                >
                  Load latest
                </Button>
              ) : undefined
            }
          />
        )}
        <MeetingFields
          known={{
            host: meeting.host,
            issues: meeting.issues.map((i) => ({ id: i.id, name: i.title })),
            campaigns: meeting.campaigns,
          }}
        />
        <Form.Item name="agenda" label="Agenda (Markdown)">
          <Input.TextArea aria-label="Agenda" rows={5} />
        </Form.Item>
        <Form.Item name="notes" label="Notes (Markdown)">
          <Input.TextArea aria-label="Notes" rows={8} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
