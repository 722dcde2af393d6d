import type { AuditAction } from '@coalition/contracts';
import { Button, DatePicker, Flex, Select, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type AuditFilters as Filters, hasAuditFilters } from '../api/audit-query';
import { AUDIT_ACTION_OPTIONS, entityTypeLabel, entityTypeOptions } from './audit-labels';

const DAY = 'YYYY-MM-DD';

interface AuditFiltersProps {
  value: Filters;
  onChange: (filters: Partial<Filters>) => void;
  onClear: () => void;
}

type Range = [Dayjs | null, Dayjs | null] | null;

function rangeOf({ from, to }: Filters): Range {
  return from || to ? [from ? dayjs(from) : null, to ? dayjs(to) : null] : null;
}

export function AuditFilters({ value, onChange, onClear }: AuditFiltersProps) {
  const onRange = (range: Range) =>
    onChange({ from: range?.[0]?.format(DAY), to: range?.[1]?.format(DAY) });

  return (
    <Flex wrap gap="small" align="center">
      <Select<AuditAction[]>
        mode="multiple"
        aria-label="Filter by action"
        placeholder="Action"
        allowClear
        virtual={false}
        maxTagCount="responsive"
        options={AUDIT_ACTION_OPTIONS}
        value={value.action ?? []}
        onChange={(action) => onChange({ action: action.length > 0 ? action : undefined })}
        style={{ minWidth: 220 }}
      />
      <Select<string>
        aria-label="Filter by record type"
        placeholder="Record type"
        allowClear
        virtual={false}
        options={entityTypeOptions(value.entityType)}
        value={value.entityType ?? null}
        // One record's id means nothing under another type.
        onChange={(entityType) =>
          onChange({ entityType: entityType ?? undefined, entityId: undefined })
        }
        style={{ minWidth: 180 }}
      />
      <DatePicker.RangePicker
        aria-label="Filter by date"
        allowEmpty={[true, true]}
        value={rangeOf(value)}
        onChange={onRange}
        format={DAY}
      />
      {value.entityId && (
        <Tag closable onClose={() => onChange({ entityId: undefined })}>
          {value.entityType ? entityTypeLabel(value.entityType) : 'Record'} {value.entityId}
        </Tag>
      )}
      {value.userId && (
        <Tag closable onClose={() => onChange({ userId: undefined })}>
          One person&apos;s events
        </Tag>
      )}
      <Button type="link" onClick={onClear} disabled={!hasAuditFilters(value)}>
        Clear filters
      </Button>
    </Flex>
  );
}
