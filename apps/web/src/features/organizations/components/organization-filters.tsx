import {
  COUNTIES,
  type County,
  type MembershipStatus,
  type OrganizationKind,
} from '@coalition/contracts';
import { Button, Flex, Input, Select } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { hasFilters, type OrganizationFilters } from '../api/organization-list-query';
import { KIND_OPTIONS, STATUS_OPTIONS } from './organization-options';

export const SEARCH_DEBOUNCE_MS = 250;
/** The API refuses longer searches. */
const SEARCH_MAX_LENGTH = 200;

const COUNTY_OPTIONS = COUNTIES.map((value) => ({ value, label: value }));

interface OrganizationFiltersProps {
  value: OrganizationFilters;
  onChange: (filters: Partial<OrganizationFilters>) => void;
  onClear: () => void;
}

const orUndefined = <T,>(values: T[]): T[] | undefined => (values.length > 0 ? values : undefined);

/**
 * Keeps what is typed in the box and sends it once typing pauses. `sent` remembers the last
 * search this box sent, so a URL change made elsewhere (back button, "clear filters") refills
 * the box, while our own change arriving back does not overwrite newer typing.
 */
function useDebouncedSearch(q: string, onSearch: (q: string) => void) {
  const [text, setText] = useState(q);
  const sent = useRef(q);
  const latestOnSearch = useRef(onSearch);
  useEffect(() => {
    latestOnSearch.current = onSearch;
  });

  useEffect(() => {
    if (q !== sent.current) {
      sent.current = q;
      setText(q);
    }
  }, [q]);

  const send = useCallback((value: string) => {
    const next = value.trim();
    if (next === sent.current) return;
    sent.current = next;
    latestOnSearch.current(next);
  }, []);

  useEffect(() => {
    if (text.trim() === sent.current) return undefined;
    const timer = setTimeout(() => send(text), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, send]);

  return { text, setText, searchNow: send };
}

export function OrganizationFilters({ value, onChange, onClear }: OrganizationFiltersProps) {
  const search = useDebouncedSearch(value.q ?? '', (q) => onChange({ q: q || undefined }));

  return (
    <Flex wrap gap="small" align="center">
      <Input.Search
        aria-label="Search organizations"
        placeholder="Search by name or city"
        allowClear
        maxLength={SEARCH_MAX_LENGTH}
        value={search.text}
        onChange={(e) => search.setText(e.target.value)}
        onSearch={search.searchNow}
        style={{ width: 320, maxWidth: '100%' }}
      />
      <Select<OrganizationKind[]>
        mode="multiple"
        aria-label="Filter by kind"
        placeholder="Kind"
        allowClear
        virtual={false}
        maxTagCount="responsive"
        options={KIND_OPTIONS}
        value={value.kind ?? []}
        onChange={(kind) => onChange({ kind: orUndefined(kind) })}
        style={{ minWidth: 220 }}
      />
      <Select<MembershipStatus[]>
        mode="multiple"
        aria-label="Filter by status"
        placeholder="Status"
        allowClear
        virtual={false}
        maxTagCount="responsive"
        options={STATUS_OPTIONS}
        value={value.status ?? []}
        onChange={(status) => onChange({ status: orUndefined(status) })}
        style={{ minWidth: 180 }}
      />
      <Select<County[]>
        mode="multiple"
        aria-label="Filter by county"
        placeholder="County"
        allowClear
        virtual={false}
        maxTagCount="responsive"
        options={COUNTY_OPTIONS}
        value={value.county ?? []}
        onChange={(county) => onChange({ county: orUndefined(county) })}
        style={{ minWidth: 180 }}
      />
      <Button type="link" onClick={onClear} disabled={!hasFilters(value)}>
        Clear filters
      </Button>
    </Flex>
  );
}
