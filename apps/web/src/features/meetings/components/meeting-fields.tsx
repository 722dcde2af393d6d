import { MEETING_TYPE_LABELS, MEETING_TYPES, type MeetingType } from '@coalition/contracts';
import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { CampaignSelect, HostSelect, IssueSelect } from './choice-selects';

/** What the meeting's form holds (new meeting page and edit drawer). */
export interface MeetingFormValues {
  title: string;
  type: MeetingType;
  startsAt: Dayjs;
  endsAt: Dayjs | null;
  place: string;
  onlineUrl: string;
  hostOrganizationId: string | null;
  issueIds: string[];
  campaignIds: string[];
  agenda?: string;
  notes?: string;
}

interface MeetingFieldsProps {
  known?: {
    host?: { id: string; name: string } | null;
    issues?: { id: string; name: string }[];
    campaigns?: { id: string; name: string }[];
  };
}

/** The meeting's own fields, each labelled; the form around them owns the values. */
export function MeetingFields({ known }: MeetingFieldsProps) {
  return (
    <>
      <Form.Item
        name="title"
        label="Title"
        rules={[{ required: true, message: 'Give the meeting a title' }]}
      >
        <Input aria-label="Title" maxLength={200} />
      </Form.Item>
      <Form.Item name="type" label="Type">
        <Select<MeetingType>
          aria-label="Type"
          virtual={false}
          options={MEETING_TYPES.map((t) => ({ value: t, label: MEETING_TYPE_LABELS[t] }))}
        />
      </Form.Item>
      <Form.Item
        name="startsAt"
        label="Starts"
        rules={[{ required: true, message: 'Say when it starts' }]}
      >
        <DatePicker
          aria-label="Starts"
          showTime={{ format: 'h:mm A' }}
          format="YYYY-MM-DD h:mm A"
        />
      </Form.Item>
      <Form.Item name="endsAt" label="Ends">
        <DatePicker aria-label="Ends" showTime={{ format: 'h:mm A' }} format="YYYY-MM-DD h:mm A" />
      </Form.Item>
      <Form.Item name="place" label="Place">
        <Input aria-label="Place" maxLength={300} />
      </Form.Item>
      <Form.Item name="onlineUrl" label="Online link">
        <Input aria-label="Online link" placeholder="https://…" />
      </Form.Item>
      <Form.Item name="hostOrganizationId" label="Host organization">
        <HostSelect known={known?.host} />
      </Form.Item>
      <Form.Item name="issueIds" label="Issues">
        <IssueSelect label="Issues" known={known?.issues} />
      </Form.Item>
      <Form.Item name="campaignIds" label="Campaigns">
        <CampaignSelect label="Campaigns" known={known?.campaigns} />
      </Form.Item>
    </>
  );
}
