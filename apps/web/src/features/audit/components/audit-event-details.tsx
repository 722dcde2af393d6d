import { ArrowRightOutlined } from '@ant-design/icons';
import type { AuditChange, AuditEvent } from '@coalition/contracts';
import { Flex, Table, theme, Typography } from 'antd';
import { formatAuditValue } from './audit-labels';

const CHANGE_COLUMNS = [
  { key: 'field', title: 'Field', dataIndex: 'field' },
  {
    key: 'change',
    title: 'Before → after',
    render: (_: unknown, change: AuditChange) => (
      <Flex gap="small" align="center" wrap>
        <Typography.Text delete type="secondary">
          {formatAuditValue(change.before)}
        </Typography.Text>
        <ArrowRightOutlined aria-label="became" />
        <Typography.Text>{formatAuditValue(change.after)}</Typography.Text>
      </Flex>
    ),
  },
];

/** One event in full: each changed field's before and after, and the raw details. */
export function AuditEventDetails({ event }: { event: AuditEvent }) {
  const { token } = theme.useToken();
  const hasDetails = Object.keys(event.details).length > 0;
  return (
    <Flex vertical gap="small">
      {event.changes.length > 0 && (
        <Table<AuditChange>
          size="small"
          rowKey="field"
          columns={CHANGE_COLUMNS}
          dataSource={event.changes}
          pagination={false}
        />
      )}
      {hasDetails && (
        <section aria-label="Details">
          <Typography.Text type="secondary">Details</Typography.Text>
          <pre
            style={{
              margin: 0,
              padding: token.paddingSM,
              background: token.colorFillQuaternary,
              borderRadius: token.borderRadius,
              fontFamily: token.fontFamilyCode,
              fontSize: token.fontSizeSM,
              whiteSpace: 'pre-wrap',
              wordBreak: 'break-word',
            }}
          >
            {JSON.stringify(event.details, null, 2)}
          </pre>
        </section>
      )}
      <Typography.Text type="secondary">
        Event {event.id}
        {event.ip ? ` · from ${event.ip}` : ''}
        {event.changes.length === 0 && !hasDetails ? ' · no field changed' : ''}
      </Typography.Text>
    </Flex>
  );
}
