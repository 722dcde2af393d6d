import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@coalition/contracts';
import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import type { OrganizationContactsView } from '../api/use-organization-contacts';

function readInt(raw: string | null, fallback: number, max: number): number {
  const n = Number(raw);
  return raw !== null && Number.isInteger(n) && n >= 1 && n <= max ? n : fallback;
}

export interface ContactsView {
  page: number;
  pageSize: number;
  includePast: boolean;
}

/**
 * The Contacts tab's page and "past roles too" switch, in the URL beside `?tab=contacts`, named
 * as the API names them (`page`, `pageSize`, `includePast`). Defaults are left out.
 */
export function useOrganizationContactsUrl() {
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const state: unknown = location.state;
  const navigate = useNavigate();

  const view = useMemo<ContactsView>(
    () => ({
      page: readInt(searchParams.get('page'), 1, 100_000),
      pageSize: readInt(searchParams.get('pageSize'), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
      includePast: searchParams.get('includePast') === 'true',
    }),
    [searchParams],
  );

  const setView = useCallback(
    (patch: Partial<ContactsView>) => {
      const next = { ...view, ...patch };
      const params = new URLSearchParams(searchParams);
      const set = (key: string, value: string | undefined) =>
        value === undefined ? params.delete(key) : params.set(key, value);
      set('page', next.page === 1 ? undefined : String(next.page));
      set('pageSize', next.pageSize === DEFAULT_PAGE_SIZE ? undefined : String(next.pageSize));
      set('includePast', next.includePast ? 'true' : undefined);
      // Keep the navigation state: it holds the list the breadcrumb returns to.
      void navigate({ pathname: location.pathname, search: `?${params.toString()}` }, { state });
    },
    [view, searchParams, navigate, location.pathname, state],
  );

  const query: OrganizationContactsView = useMemo(
    () => ({
      page: view.page,
      pageSize: view.pageSize,
      sort: 'name',
      includePast: view.includePast || undefined,
    }),
    [view],
  );

  return { view, query, setView };
}
