import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  type CampaignFilters,
  type CampaignListView,
  parseCampaignListQuery,
  toCampaignSearchParams,
} from '../api/campaign-list-query';

/**
 * The campaign list's search, kinds and page, kept in the URL so a view can be shared and the
 * back button steps through it. Narrowing the list always returns to page 1.
 */
export function useCampaignListUrl() {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => parseCampaignListQuery(searchParams), [searchParams]);

  const update = useCallback(
    (patch: Partial<CampaignListView>) =>
      setSearchParams((current) =>
        toCampaignSearchParams({ ...parseCampaignListQuery(current), ...patch }),
      ),
    [setSearchParams],
  );

  const setFilters = useCallback(
    (filters: Partial<CampaignFilters>) => update({ ...filters, page: 1 }),
    [update],
  );
  const clearFilters = useCallback(
    () => update({ q: undefined, kind: undefined, page: 1 }),
    [update],
  );
  const setPage = useCallback(
    (page: number, pageSize: number) => update({ page, pageSize }),
    [update],
  );

  return { query, search: searchParams.toString(), setFilters, clearFilters, setPage };
}
