import type { OutreachOutcome, TargetState } from '@coalition/contracts';
import { Button, Flex, Select } from 'antd';
import { SearchBox } from '@/components/search-box';
import type { TargetListView } from '../api/use-targets';
import { CallerSelect } from './caller-select';
import { OUTCOME_OPTIONS, STATE_OPTIONS } from './drive-format';

export type TargetFilterValues = Pick<TargetListView, 'assignee' | 'state' | 'outcome' | 'q'>;

export function hasTargetFilters(filters: TargetFilterValues): boolean {
  return Boolean(filters.assignee || filters.state || filters.outcome || filters.q);
}

interface TargetFiltersProps {
  value: TargetFilterValues;
  onChange: (filters: Partial<TargetFilterValues>) => void;
  onClear: () => void;
}

const ASSIGNEE_CHOICES = [
  { value: 'me', label: 'Mine' },
  { value: 'unassigned', label: 'Unassigned' },
];

/** Narrows the targets by who holds them, where they stand, their last outcome and name. */
export function TargetFilters({ value, onChange, onClear }: TargetFiltersProps) {
  return (
    <Flex wrap gap="small" align="center">
      <SearchBox
        label="Search targets"
        placeholder="Search by person or organization"
        value={value.q ?? ''}
        onSearch={(q) => onChange({ q: q || undefined })}
      />
      <CallerSelect
        aria-label="Filter by organizer"
        placeholder="Any organizer"
        extraOptions={ASSIGNEE_CHOICES}
        value={value.assignee}
        onChange={(assignee) =>
          onChange({ assignee: (assignee as string | undefined) || undefined })
        }
        style={{ minWidth: 180 }}
      />
      <Select<TargetState[]>
        mode="multiple"
        aria-label="Filter by state"
        placeholder="State"
        allowClear
        maxTagCount="responsive"
        options={STATE_OPTIONS}
        value={value.state ?? []}
        onChange={(state) => onChange({ state: state.length > 0 ? state : undefined })}
        style={{ minWidth: 180 }}
      />
      <Select<OutreachOutcome[]>
        mode="multiple"
        aria-label="Filter by last outcome"
        placeholder="Last outcome"
        allowClear
        maxTagCount="responsive"
        options={OUTCOME_OPTIONS}
        value={value.outcome ?? []}
        onChange={(outcome) => onChange({ outcome: outcome.length > 0 ? outcome : undefined })}
        style={{ minWidth: 200 }}
      />
      <Button type="link" onClick={onClear} disabled={!hasTargetFilters(value)}>
        Clear filters
      </Button>
    </Flex>
  );
}
