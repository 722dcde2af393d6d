import type { CampaignKind } from '@coalition/contracts';
import { Button, Flex, Select } from 'antd';
import { SearchBox } from '@/components/search-box';
import { type CampaignFilters as Filters, hasFilters } from '../api/campaign-list-query';
import { KIND_OPTIONS } from './campaign-format';

interface CampaignFiltersProps {
  value: Filters;
  onChange: (filters: Partial<Filters>) => void;
  onClear: () => void;
}

export function CampaignFilters({ value, onChange, onClear }: CampaignFiltersProps) {
  return (
    <Flex wrap gap="small" align="center">
      <SearchBox
        label="Search campaigns"
        placeholder="Search by name or summary"
        value={value.q ?? ''}
        onSearch={(q) => onChange({ q: q || undefined })}
      />
      <Select<CampaignKind[]>
        mode="multiple"
        aria-label="Filter by kind"
        placeholder="Kind"
        allowClear
        virtual={false}
        maxTagCount="responsive"
        options={KIND_OPTIONS}
        value={value.kind ?? []}
        onChange={(kind) => onChange({ kind: kind.length > 0 ? kind : undefined })}
        style={{ minWidth: 220 }}
      />
      <Button type="link" onClick={onClear} disabled={!hasFilters(value)}>
        Clear filters
      </Button>
    </Flex>
  );
}
