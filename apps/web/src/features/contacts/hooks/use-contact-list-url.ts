import type { ContactListQuery } from '@coalition/contracts';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  type ContactFilters,
  parseContactListQuery,
  toContactSearchParams,
} from '../api/contact-list-query';

const NO_FILTERS: ContactFilters = {
  q: undefined,
  language: undefined,
  county: undefined,
  role: undefined,
  consent: undefined,
  tag: undefined,
};

/**
 * The contact list's filters, sort and page, kept in the URL so a view can be shared and the
 * back button steps through it. Narrowing the list always returns to page 1.
 */
export function useContactListUrl() {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => parseContactListQuery(searchParams), [searchParams]);

  const update = useCallback(
    (patch: Partial<ContactListQuery>, flushSync = false) =>
      setSearchParams(
        (current) => toContactSearchParams({ ...parseContactListQuery(current), ...patch }),
        { flushSync },
      ),
    [setSearchParams],
  );

  // A new filter renders in the same task as the URL change, so rows of the previous search
  // never sit under the new URL, even for a moment.
  const setFilters = useCallback(
    (filters: Partial<ContactFilters>) => update({ ...filters, page: 1 }, true),
    [update],
  );
  const clearFilters = useCallback(() => update({ ...NO_FILTERS, page: 1 }, true), [update]);
  const setSort = useCallback((sort: string) => update({ sort, page: 1 }), [update]);
  const setPage = useCallback(
    (page: number, pageSize: number) => update({ page, pageSize }),
    [update],
  );

  // The list's own parameters only: the create drawer's (`new`, `organizationId`) stay out.
  const search = toContactSearchParams(query).toString();
  return { query, search, setFilters, clearFilters, setSort, setPage };
}
