import type { AuditEvent } from '@coalition/contracts';
import { Button, Table, type TableProps, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatDateTime } from '@/lib/format';
import { AuditActionTag } from './audit-action-tag';
import { AuditEventDetails } from './audit-event-details';
import { entityTypeLabel } from './audit-labels';

type Columns = NonNullable<TableProps<AuditEvent>['columns']>;

const PAGE_SIZE_OPTIONS = ['10', '25', '50', '100'];
const NONE = <Typography.Text type="secondary">—</Typography.Text>;

/** Narrowing the trail from a row: one person's events, or one record's. */
export interface AuditRowFilters {
  onActor: (userId: string) => void;
  onEntity: (entityType: string, entityId: string) => void;
}

interface AuditEventsTableProps {
  items: AuditEvent[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  emptyText: ReactNode;
  onPageChange: (page: number, pageSize: number) => void;
  /** Without it (one record's history) the record column is left out and names are text. */
  rowFilters?: AuditRowFilters;
}

function changedFields(event: AuditEvent): ReactNode {
  if (event.changes.length === 0) return NONE;
  const fields = event.changes.map((change) => change.field).join(', ');
  return (
    <Typography.Text ellipsis={{ tooltip: fields }} style={{ maxWidth: 280 }}>
      {fields}
    </Typography.Text>
  );
}

function actorCell(event: AuditEvent, rowFilters: AuditRowFilters | undefined): ReactNode {
  const name = event.actor.email ?? 'System';
  const { id } = event.actor;
  if (!id || !rowFilters) return name;
  return (
    <Button
      type="link"
      size="small"
      style={{ padding: 0 }}
      title="Show only this person's events"
      onClick={() => rowFilters.onActor(id)}
    >
      {name}
    </Button>
  );
}

function entityCell(event: AuditEvent, rowFilters: AuditRowFilters): ReactNode {
  const { entityType, entityId } = event;
  if (!entityType) return NONE;
  return (
    <>
      {entityTypeLabel(entityType)}{' '}
      {entityId && (
        <Button
          type="link"
          size="small"
          style={{ padding: 0 }}
          title="Show only this record's events"
          onClick={() => rowFilters.onEntity(entityType, entityId)}
        >
          <Typography.Text code>{entityId.slice(0, 8)}</Typography.Text>
        </Button>
      )}
    </>
  );
}

function buildColumns(rowFilters: AuditRowFilters | undefined): Columns {
  return [
    {
      key: 'at',
      title: 'Time',
      render: (_: unknown, event: AuditEvent) => formatDateTime(event.at),
    },
    {
      key: 'actor',
      title: 'Who',
      render: (_: unknown, event: AuditEvent) => actorCell(event, rowFilters),
    },
    {
      key: 'action',
      title: 'Action',
      render: (_: unknown, event: AuditEvent) => <AuditActionTag action={event.action} />,
    },
    ...(rowFilters
      ? [
          {
            key: 'entity',
            title: 'Record',
            render: (_: unknown, event: AuditEvent) => entityCell(event, rowFilters),
          },
        ]
      : []),
    {
      key: 'changes',
      title: 'Changed fields',
      render: (_: unknown, event: AuditEvent) => changedFields(event),
    },
  ];
}

/** A page of audit events, newest first; a row opens to show each change and the details. */
export function AuditEventsTable(props: AuditEventsTableProps) {
  const { items, total, page, pageSize, loading, emptyText, onPageChange, rowFilters } = props;
  return (
    <Table<AuditEvent>
      rowKey="id"
      size="middle"
      columns={buildColumns(rowFilters)}
      dataSource={items}
      loading={loading}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText }}
      expandable={{ expandedRowRender: (event) => <AuditEventDetails event={event} /> }}
      onChange={(pagination, _filters, _sorter, extra) => {
        if (extra.action !== 'paginate') return;
        const nextSize = pagination.pageSize ?? pageSize;
        onPageChange(nextSize === pageSize ? (pagination.current ?? 1) : 1, nextSize);
      }}
      pagination={{
        current: page,
        pageSize,
        total,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZE_OPTIONS,
      }}
    />
  );
}
