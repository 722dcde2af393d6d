import { useNameListUrl } from '@/lib/name-list-query';

/** The segment list's search, archived switch and page, kept in the URL. */
export function useSegmentListUrl() {
  const { query, searchParams, setFilters, clearSearch, setPage } = useNameListUrl();
  return { query, search: searchParams.toString(), setFilters, clearSearch, setPage };
}
