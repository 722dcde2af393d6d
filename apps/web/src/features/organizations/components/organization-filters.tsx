import type {
  County,
  LanguageCode,
  MembershipStatus,
  OrganizationKind,
} from '@coalition/contracts';
import { COUNTIES } from '@coalition/contracts';
import { Button, Flex, Select } from 'antd';
import { SearchBox } from '@/components/search-box';
import { hasFilters, type OrganizationFilters } from '../api/organization-list-query';
import { CampaignFilter } from './campaign-filter';
import { IssueFilter } from './issue-filter';
import { KIND_OPTIONS, LANGUAGE_OPTIONS, STATUS_OPTIONS } from './organization-options';

const COUNTY_OPTIONS = COUNTIES.map((value) => ({ value, label: value }));

interface OrganizationFiltersProps {
  value: OrganizationFilters;
  onChange: (filters: Partial<OrganizationFilters>) => void;
  onClear: () => void;
}

const orUndefined = <T,>(values: T[]): T[] | undefined => (values.length > 0 ? values : undefined);

/** Shared look of the multiple-choice filters. */
const MULTI = {
  mode: 'multiple',
  allowClear: true,
  virtual: false,
  maxTagCount: 'responsive',
} as const;

export function OrganizationFilters({ value, onChange, onClear }: OrganizationFiltersProps) {
  return (
    <Flex wrap gap="small" align="center">
      <SearchBox
        label="Search organizations"
        placeholder="Search by name or city"
        value={value.q ?? ''}
        onSearch={(q) => onChange({ q: q || undefined })}
      />
      <Select<OrganizationKind[]>
        {...MULTI}
        aria-label="Filter by kind"
        placeholder="Kind"
        options={KIND_OPTIONS}
        value={value.kind ?? []}
        onChange={(kind) => onChange({ kind: orUndefined(kind) })}
        style={{ minWidth: 220 }}
      />
      <Select<MembershipStatus[]>
        {...MULTI}
        aria-label="Filter by status"
        placeholder="Status"
        options={STATUS_OPTIONS}
        value={value.status ?? []}
        onChange={(status) => onChange({ status: orUndefined(status) })}
        style={{ minWidth: 180 }}
      />
      <Select<County[]>
        {...MULTI}
        aria-label="Filter by county"
        placeholder="County"
        options={COUNTY_OPTIONS}
        value={value.county ?? []}
        onChange={(county) => onChange({ county: orUndefined(county) })}
        style={{ minWidth: 180 }}
      />
      <IssueFilter value={value} onChange={onChange} />
      <CampaignFilter
        value={value.campaignId}
        onChange={(campaignId) => onChange({ campaignId })}
      />
      <Select<LanguageCode[]>
        {...MULTI}
        aria-label="Filter by language"
        placeholder="Language"
        showSearch={{ optionFilterProp: 'label' }}
        options={LANGUAGE_OPTIONS}
        value={value.language ?? []}
        onChange={(language) => onChange({ language: orUndefined(language) })}
        style={{ minWidth: 180 }}
      />
      <Select<string[]>
        mode="tags"
        allowClear
        aria-label="Filter by tag"
        placeholder="Tag"
        // Free tags: typed, then Enter or a comma adds one. There is no list of tags to offer.
        open={false}
        suffixIcon={null}
        tokenSeparators={[',']}
        value={value.tag ?? []}
        onChange={(tag) => onChange({ tag: orUndefined(tag.map((t) => t.trim()).filter(Boolean)) })}
        style={{ minWidth: 160 }}
      />
      <Button type="link" onClick={onClear} disabled={!hasFilters(value)}>
        Clear filters
      </Button>
    </Flex>
  );
}
