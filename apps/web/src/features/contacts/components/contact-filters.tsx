import type { AffiliationRole, ConsentChannel, County, LanguageCode } from '@coalition/contracts';
import { Button, Flex, Select } from 'antd';
import { SearchBox } from '@/components/search-box';
import { type ContactFilters as Filters, hasFilters } from '../api/contact-list-query';
import { CONSENT_OPTIONS, COUNTY_OPTIONS, LANGUAGE_OPTIONS, ROLE_OPTIONS } from './contact-options';

interface ContactFiltersProps {
  value: Filters;
  onChange: (filters: Partial<Filters>) => void;
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

export function ContactFilters({ value, onChange, onClear }: ContactFiltersProps) {
  return (
    <Flex wrap gap="small" align="center">
      <SearchBox
        label="Search contacts"
        placeholder="Search by name, email or phone"
        value={value.q ?? ''}
        onSearch={(q) => onChange({ q: q || undefined })}
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
      <Select<County[]>
        {...MULTI}
        aria-label="Filter by county"
        placeholder="County"
        options={COUNTY_OPTIONS}
        value={value.county ?? []}
        onChange={(county) => onChange({ county: orUndefined(county) })}
        style={{ minWidth: 160 }}
      />
      <Select<AffiliationRole[]>
        {...MULTI}
        aria-label="Filter by role"
        placeholder="Role"
        options={ROLE_OPTIONS}
        value={value.role ?? []}
        onChange={(role) => onChange({ role: orUndefined(role) })}
        style={{ minWidth: 180 }}
      />
      <Select<ConsentChannel[]>
        {...MULTI}
        aria-label="Filter by consent"
        placeholder="Consented to"
        options={CONSENT_OPTIONS}
        value={value.consent ?? []}
        onChange={(consent) => onChange({ consent: orUndefined(consent) })}
        style={{ minWidth: 170 }}
      />
      <Select<string[]>
        mode="tags"
        allowClear
        aria-label="Filter by tag"
        placeholder="Tag"
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
