import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@coalition/contracts';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { readInt, readText } from './search-params';

/**
 * The state of a list searched by name that can show its archived records instead (segments,
 * drives), written the same way in the dashboard URL and in the API request
 * (`?q=health&archived=true&page=2`), so a shared link shows the same view. Defaults are left
 * out to keep links short.
 */
export interface NameListView {
  q?: string;
  archived?: boolean;
  page: number;
  pageSize: number;
}
export type NameListFilters = Pick<NameListView, 'q' | 'archived'>;

/** A hand-edited or outdated URL still opens a working list: bad values fall back to defaults. */
export function parseNameListQuery(params: URLSearchParams): NameListView {
  return {
    q: readText(params.get('q'), 200),
    archived: params.get('archived') === 'true' ? true : undefined,
    page: readInt(params.get('page'), 1, 100_000),
    pageSize: readInt(params.get('pageSize'), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
  };
}

export function toNameListSearchParams(query: NameListView): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.archived) params.set('archived', 'true');
  if (query.page !== 1) params.set('page', String(query.page));
  if (query.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(query.pageSize));
  return params;
}

/** A search narrows the list; the archived switch shows another list, not a filtered one. */
export function hasNameSearch(filters: NameListFilters): boolean {
  return Boolean(filters.q);
}

/**
 * The list's search, archived switch and page, kept in the URL so a view can be shared and the
 * back button steps through it. Narrowing the list always returns to page 1.
 */
export function useNameListUrl() {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => parseNameListQuery(searchParams), [searchParams]);

  const update = useCallback(
    (patch: Partial<NameListView>) =>
      setSearchParams((current) =>
        toNameListSearchParams({ ...parseNameListQuery(current), ...patch }),
      ),
    [setSearchParams],
  );
  const setFilters = useCallback(
    (filters: Partial<NameListFilters>) => update({ ...filters, page: 1 }),
    [update],
  );
  const clearSearch = useCallback(() => update({ q: undefined, page: 1 }), [update]);
  const setPage = useCallback(
    (page: number, pageSize: number) => update({ page, pageSize }),
    [update],
  );

  return { query, searchParams, setSearchParams, setFilters, clearSearch, setPage };
}
