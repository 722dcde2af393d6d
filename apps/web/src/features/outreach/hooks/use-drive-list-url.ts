import { useCallback } from 'react';
import { parseNameListQuery, toNameListSearchParams, useNameListUrl } from '@/lib/name-list-query';

/** `?new=1&segmentId=…` opens the new-drive drawer on that segment: Segments links here. */
const NEW_PARAM = 'new';
const SEGMENT_PARAM = 'segmentId';

/**
 * The drives list's search, archived view and page, kept in the URL; and whether the new-drive
 * drawer is open, so a link can open it.
 */
export function useDriveListUrl() {
  const { query, searchParams, setSearchParams, setFilters, clearSearch, setPage } =
    useNameListUrl();

  const setCreating = useCallback(
    (open: boolean) =>
      setSearchParams((current) => {
        const next = toNameListSearchParams(parseNameListQuery(current));
        if (open) next.set(NEW_PARAM, '1');
        return next;
      }),
    [setSearchParams],
  );

  return {
    query,
    /** The list's own query string (without the drawer's), for the drive pages' breadcrumb. */
    search: toNameListSearchParams(query).toString(),
    creating: searchParams.get(NEW_PARAM) === '1',
    segmentId: searchParams.get(SEGMENT_PARAM) ?? undefined,
    setFilters,
    clearFilters: clearSearch,
    setPage,
    setCreating,
  };
}
