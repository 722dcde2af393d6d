import {
  CAMPAIGN_KINDS,
  type CampaignListQuery,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
} from '@coalition/contracts';
import { readInt, readList, readText } from '@/lib/search-params';

/**
 * The list's state, written the same way in the dashboard URL and in the API request
 * (`?q=vote&kind=voter_engagement&page=2`), so a shared link shows the same view and the
 * request is the URL's own query. Defaults are left out to keep links short.
 */
export type CampaignListView = Pick<CampaignListQuery, 'q' | 'kind' | 'page' | 'pageSize'>;
export type CampaignFilters = Pick<CampaignListView, 'q' | 'kind'>;

/** A hand-edited or outdated URL still opens a working list: bad values fall back to defaults. */
export function parseCampaignListQuery(params: URLSearchParams): CampaignListView {
  return {
    q: readText(params.get('q'), 200),
    kind: readList(params, 'kind', CAMPAIGN_KINDS),
    page: readInt(params.get('page'), 1, 100_000),
    pageSize: readInt(params.get('pageSize'), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
  };
}

export function toCampaignSearchParams(query: CampaignListView): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const kind of query.kind ?? []) params.append('kind', kind);
  if (query.page !== 1) params.set('page', String(query.page));
  if (query.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(query.pageSize));
  return params;
}

export function hasFilters(filters: CampaignFilters): boolean {
  return Boolean(filters.q || filters.kind?.length);
}
