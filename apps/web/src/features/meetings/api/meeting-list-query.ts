import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  MEETING_TYPES,
  type MeetingListQuery,
  type MeetingType,
} from '@coalition/contracts';
import { readDate, readInt, readList } from '@/lib/search-params';

/**
 * The meetings list's state, written the same way in the dashboard URL and in the API request
 * (`?type=training&issueId=…&page=2`), so a shared link shows the same view. Defaults are left out.
 */
export type MeetingListView = Pick<
  MeetingListQuery,
  'type' | 'issueId' | 'campaignId' | 'from' | 'to' | 'page' | 'pageSize' | 'archived'
>;
/** `archived` shows the archived meetings instead of the current ones (a switch, not a filter). */
export type MeetingFilters = Pick<MeetingListView, 'type' | 'issueId' | 'campaignId' | 'archived'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from a repeatable parameter; anything that is not an id is dropped. */
function readIds(params: URLSearchParams, key: string): string[] | undefined {
  const ids = params
    .getAll(key)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => UUID.test(v));
  return ids.length > 0 ? [...new Set(ids)] : undefined;
}

/** A hand-edited or outdated URL still opens a working list: bad values fall back to defaults. */
export function parseMeetingListQuery(params: URLSearchParams): MeetingListView {
  return {
    type: readList<MeetingType>(params, 'type', MEETING_TYPES),
    issueId: readIds(params, 'issueId'),
    campaignId: readIds(params, 'campaignId'),
    from: readDate(params.get('from')),
    to: readDate(params.get('to')),
    archived: params.get('archived') === 'true' || undefined,
    page: readInt(params.get('page'), 1, 100_000),
    pageSize: readInt(params.get('pageSize'), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
  };
}

export function toMeetingSearchParams(query: MeetingListView): URLSearchParams {
  const params = new URLSearchParams();
  for (const type of query.type ?? []) params.append('type', type);
  for (const id of query.issueId ?? []) params.append('issueId', id);
  for (const id of query.campaignId ?? []) params.append('campaignId', id);
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  if (query.archived) params.set('archived', 'true');
  if (query.page !== 1) params.set('page', String(query.page));
  if (query.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(query.pageSize));
  return params;
}

export function hasFilters(filters: MeetingFilters): boolean {
  return Boolean(filters.type?.length || filters.issueId?.length || filters.campaignId?.length);
}
