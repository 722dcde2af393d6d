import type { OrganizationListQuery } from '@coalition/contracts';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  type OrganizationFilters,
  parseOrganizationListQuery,
  toOrganizationSearchParams,
} from '../api/organization-list-query';

const NO_FILTERS: OrganizationFilters = {
  q: undefined,
  kind: undefined,
  status: undefined,
  county: undefined,
  issueId: undefined,
  minLevel: undefined,
  campaignId: undefined,
  tag: undefined,
  language: undefined,
};

/**
 * The organization list's filters, sort and page, kept in the URL so a view can be shared
 * and the back button steps through it. Narrowing the list always returns to page 1.
 */
export function useOrganizationListUrl() {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => parseOrganizationListQuery(searchParams), [searchParams]);

  const update = useCallback(
    (patch: Partial<OrganizationListQuery>, flushSync = false) =>
      setSearchParams(
        (current) =>
          toOrganizationSearchParams({ ...parseOrganizationListQuery(current), ...patch }),
        { flushSync },
      ),
    [setSearchParams],
  );

  // A new search or filter renders in the same task as the URL change (not in a transition),
  // so rows of the previous search never sit under the new URL, even for a moment.
  const setFilters = useCallback(
    (filters: Partial<OrganizationFilters>) => update({ ...filters, page: 1 }, true),
    [update],
  );
  const clearFilters = useCallback(() => update({ ...NO_FILTERS, page: 1 }, true), [update]);
  const setSort = useCallback((sort: string) => update({ sort, page: 1 }), [update]);
  const setPage = useCallback(
    (page: number, pageSize: number) => update({ page, pageSize }),
    [update],
  );

  return { query, search: searchParams.toString(), setFilters, clearFilters, setSort, setPage };
}
