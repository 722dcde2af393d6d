import {
  COUNTIES,
  DEFAULT_PAGE_SIZE,
  idSchema,
  INTEREST_LEVELS,
  LANGUAGE_CODES,
  MAX_PAGE_SIZE,
  MEMBERSHIP_STATUSES,
  ORGANIZATION_KINDS,
  ORGANIZATION_SORT_FIELDS,
  type OrganizationListQuery,
  type OrganizationSortField,
} from '@coalition/contracts';

/**
 * The list's state, written the same way in the dashboard URL and in the API request
 * (`?q=…&kind=school&kind=labor_union&page=2&sort=-joinedOn`), so a shared link shows the
 * same view and the request is the URL's own query. Defaults are left out to keep links short.
 */
export const DEFAULT_ORGANIZATION_SORT: OrganizationSortField = 'name';
export const PAGE_SIZE_OPTIONS = [10, 25, 50, MAX_PAGE_SIZE] as const;

export type OrganizationFilters = Pick<
  OrganizationListQuery,
  'q' | 'kind' | 'status' | 'county' | 'issueId' | 'minLevel' | 'campaignId' | 'tag' | 'language'
>;
/** The level every interest meets; the API applies it when `minLevel` is left out. */
export const DEFAULT_MIN_LEVEL = 'interested';
/** The API refuses longer tags. */
const TAG_MAX_LENGTH = 40;
export type SortOrder = 'ascend' | 'descend';

function isOneOf<T extends string>(allowed: readonly T[]) {
  return (value: string): value is T => (allowed as readonly string[]).includes(value);
}

export const isSortField = isOneOf(ORGANIZATION_SORT_FIELDS);

/** Reads a repeatable parameter, accepting comma-separated values and keeping those `keep` accepts. */
function readValues<T extends string>(
  params: URLSearchParams,
  key: string,
  keep: (value: string) => value is T,
): T[] | undefined {
  const values = params
    .getAll(key)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(keep);
  return values.length > 0 ? [...new Set(values)] : undefined;
}

const readList = <T extends string>(params: URLSearchParams, key: string, allowed: readonly T[]) =>
  readValues(params, key, isOneOf(allowed));
const isId = (value: string): value is string => idSchema.safeParse(value).success;
const isTag = (value: string): value is string =>
  value.length > 0 && value.length <= TAG_MAX_LENGTH;

/** A level only means something with an issue (the API refuses it alone); the default is left out. */
function readMinLevel(params: URLSearchParams, issueId: string[] | undefined) {
  const level = params.get('minLevel');
  if (!issueId || level === DEFAULT_MIN_LEVEL) return undefined;
  return INTEREST_LEVELS.find((l) => l === level);
}

function readInt(raw: string | null, fallback: number, max: number): number {
  const n = Number(raw);
  return raw !== null && Number.isInteger(n) && n >= 1 && n <= max ? n : fallback;
}

export function parseSort(sort: string): { field: OrganizationSortField; order: SortOrder } {
  const descending = sort.startsWith('-');
  const field = descending ? sort.slice(1) : sort;
  return isSortField(field)
    ? { field, order: descending ? 'descend' : 'ascend' }
    : { field: DEFAULT_ORGANIZATION_SORT, order: 'ascend' };
}

export function formatSort(field: OrganizationSortField, order: SortOrder): string {
  return order === 'descend' ? `-${field}` : field;
}

/** A hand-edited or outdated URL still opens a working list: bad values fall back to defaults. */
export function parseOrganizationListQuery(params: URLSearchParams): OrganizationListQuery {
  const sort = parseSort(params.get('sort') ?? DEFAULT_ORGANIZATION_SORT);
  const q = params.get('q')?.trim().slice(0, 200);
  const issueId = readValues(params, 'issueId', isId);
  return {
    page: readInt(params.get('page'), 1, 100_000),
    pageSize: readInt(params.get('pageSize'), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
    q: q || undefined,
    kind: readList(params, 'kind', ORGANIZATION_KINDS),
    status: readList(params, 'status', MEMBERSHIP_STATUSES),
    county: readList(params, 'county', COUNTIES),
    issueId,
    minLevel: readMinLevel(params, issueId),
    campaignId: readValues(params, 'campaignId', isId),
    tag: readValues(params, 'tag', isTag),
    language: readList(params, 'language', LANGUAGE_CODES),
    sort: formatSort(sort.field, sort.order),
  };
}

export function toOrganizationSearchParams(query: OrganizationListQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const kind of query.kind ?? []) params.append('kind', kind);
  for (const status of query.status ?? []) params.append('status', status);
  for (const county of query.county ?? []) params.append('county', county);
  for (const id of query.issueId ?? []) params.append('issueId', id);
  if (query.issueId && query.minLevel && query.minLevel !== DEFAULT_MIN_LEVEL) {
    params.set('minLevel', query.minLevel);
  }
  for (const id of query.campaignId ?? []) params.append('campaignId', id);
  for (const tag of query.tag ?? []) params.append('tag', tag);
  for (const language of query.language ?? []) params.append('language', language);
  if (query.sort !== DEFAULT_ORGANIZATION_SORT) params.set('sort', query.sort);
  if (query.page !== 1) params.set('page', String(query.page));
  if (query.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(query.pageSize));
  return params;
}

export function hasFilters(filters: OrganizationFilters): boolean {
  return Boolean(
    filters.q ||
    filters.kind?.length ||
    filters.status?.length ||
    filters.county?.length ||
    filters.issueId?.length ||
    filters.campaignId?.length ||
    filters.tag?.length ||
    filters.language?.length,
  );
}

const sameValues = (a: readonly string[] = [], b: readonly string[] = []): boolean =>
  a.length === b.length && a.every((v, i) => v === b[i]);

export function sameFilters(a: OrganizationFilters, b: OrganizationFilters): boolean {
  return (
    a.q === b.q &&
    sameValues(a.kind, b.kind) &&
    sameValues(a.status, b.status) &&
    sameValues(a.county, b.county) &&
    sameValues(a.issueId, b.issueId) &&
    a.minLevel === b.minLevel &&
    sameValues(a.campaignId, b.campaignId) &&
    sameValues(a.tag, b.tag) &&
    sameValues(a.language, b.language)
  );
}
