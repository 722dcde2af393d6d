import {
  CONSENT_CHANNEL_LABELS,
  CONSENT_CHANNELS,
  type ConsentChannel,
  type ContactDetail,
} from '@coalition/contracts';
import { CheckCircleFilled, StopOutlined } from '@ant-design/icons';
import { Table, type TableProps, Tag, Typography } from 'antd';
import { formatDate } from '@/lib/format';

type ConsentRow = ContactDetail['consent'][ConsentChannel] & { channel: ConsentChannel };

const NONE = <Typography.Text type="secondary">Not recorded</Typography.Text>;

const COLUMNS: NonNullable<TableProps<ConsentRow>['columns']> = [
  {
    key: 'channel',
    title: 'Channel',
    render: (_: unknown, row) => CONSENT_CHANNEL_LABELS[row.channel],
  },
  {
    key: 'granted',
    title: 'Consent',
    render: (_: unknown, row) =>
      row.granted ? (
        <Tag color="success" icon={<CheckCircleFilled />}>
          Consent given
        </Tag>
      ) : (
        <Tag icon={<StopOutlined />}>No consent</Tag>
      ),
  },
  {
    key: 'recordedOn',
    title: 'Recorded on',
    render: (_: unknown, row) => (row.recordedOn ? formatDate(row.recordedOn) : NONE),
  },
  { key: 'source', title: 'Source', render: (_: unknown, row) => row.source ?? NONE },
];

/**
 * Whether the person may be contacted on each channel: what outreach must check before a
 * call or a text. A channel without consent is never to be used, whatever the list says.
 */
export function ContactConsent({ contact }: { contact: ContactDetail }) {
  const rows = CONSENT_CHANNELS.map((channel) => ({ channel, ...contact.consent[channel] }));
  return (
    <Table<ConsentRow>
      aria-label="Consent to be contacted"
      rowKey="channel"
      size="small"
      columns={COLUMNS}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
}
