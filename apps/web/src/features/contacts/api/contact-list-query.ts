import {
  AFFILIATION_ROLES,
  CONSENT_CHANNELS,
  CONTACT_SORT_FIELDS,
  type ContactListQuery,
  type ContactSortField,
  COUNTIES,
  DEFAULT_PAGE_SIZE,
  LANGUAGE_CODES,
  MAX_PAGE_SIZE,
} from '@coalition/contracts';
import { isOneOf, readInt, readList, readText } from '@/lib/search-params';

/**
 * The list's state, written the same way in the dashboard URL and in the API request
 * (`?q=ana&language=pt&consent=sms&page=2&sort=-city`), so a shared link shows the same view
 * and the request is the URL's own query. Defaults are left out to keep links short.
 */
export const DEFAULT_CONTACT_SORT: ContactSortField = 'name';
export const PAGE_SIZE_OPTIONS = [10, 25, 50, MAX_PAGE_SIZE] as const;
/** The API refuses longer tags (`tagsField` in the contracts). */
const TAG_MAX_LENGTH = 40;

export type ContactFilters = Pick<
  ContactListQuery,
  'q' | 'language' | 'county' | 'role' | 'consent' | 'tag'
>;
export type SortOrder = 'ascend' | 'descend';

export const isSortField = isOneOf(CONTACT_SORT_FIELDS);

export function parseSort(sort: string): { field: ContactSortField; order: SortOrder } {
  const descending = sort.startsWith('-');
  const field = descending ? sort.slice(1) : sort;
  return isSortField(field)
    ? { field, order: descending ? 'descend' : 'ascend' }
    : { field: DEFAULT_CONTACT_SORT, order: 'ascend' };
}

export function formatSort(field: ContactSortField, order: SortOrder): string {
  return order === 'descend' ? `-${field}` : field;
}

/** Tags are free text: kept as typed (trimmed), blank and over-long ones dropped. */
function readTags(params: URLSearchParams): string[] | undefined {
  const tags = params
    .getAll('tag')
    .map((t) => t.trim())
    .filter((t) => t.length > 0 && t.length <= TAG_MAX_LENGTH);
  return tags.length > 0 ? [...new Set(tags)] : undefined;
}

export function parseContactListQuery(params: URLSearchParams): ContactListQuery {
  const sort = parseSort(params.get('sort') ?? DEFAULT_CONTACT_SORT);
  return {
    page: readInt(params.get('page'), 1, 100_000),
    pageSize: readInt(params.get('pageSize'), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
    q: readText(params.get('q'), 200),
    language: readList(params, 'language', LANGUAGE_CODES),
    county: readList(params, 'county', COUNTIES),
    role: readList(params, 'role', AFFILIATION_ROLES),
    consent: readList(params, 'consent', CONSENT_CHANNELS),
    tag: readTags(params),
    sort: formatSort(sort.field, sort.order),
  };
}

export function toContactSearchParams(query: ContactListQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  const lists = ['language', 'county', 'role', 'consent', 'tag'] as const;
  for (const key of lists) for (const value of query[key] ?? []) params.append(key, value);
  if (query.sort !== DEFAULT_CONTACT_SORT) params.set('sort', query.sort);
  if (query.page !== 1) params.set('page', String(query.page));
  if (query.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(query.pageSize));
  return params;
}

export function hasFilters(filters: ContactFilters): boolean {
  return Boolean(
    filters.q ||
    filters.language?.length ||
    filters.county?.length ||
    filters.role?.length ||
    filters.consent?.length ||
    filters.tag?.length,
  );
}

const sameValues = (a: readonly string[] = [], b: readonly string[] = []): boolean =>
  a.length === b.length && a.every((v, i) => v === b[i]);

export function sameFilters(a: ContactFilters, b: ContactFilters): boolean {
  return (
    a.q === b.q &&
    sameValues(a.language, b.language) &&
    sameValues(a.county, b.county) &&
    sameValues(a.role, b.role) &&
    sameValues(a.consent, b.consent) &&
    sameValues(a.tag, b.tag)
  );
}
