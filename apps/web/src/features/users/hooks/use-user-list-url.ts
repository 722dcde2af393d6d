import type { UserListQuery } from '@coalition/contracts';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseUserListQuery, toUserSearchParams, type UserFilters } from '../api/user-list-query';

/** The users list's search, role filter and page, in the URL. Narrowing returns to page 1. */
export function useUserListUrl() {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => parseUserListQuery(searchParams), [searchParams]);

  const update = useCallback(
    (patch: Partial<UserListQuery>) =>
      setSearchParams((current) =>
        toUserSearchParams({ ...parseUserListQuery(current), ...patch }),
      ),
    [setSearchParams],
  );

  const setFilters = useCallback(
    (filters: Partial<UserFilters>) => update({ ...filters, page: 1 }),
    [update],
  );
  const clearFilters = useCallback(
    () => update({ q: undefined, role: undefined, page: 1 }),
    [update],
  );
  const setPage = useCallback(
    (page: number, pageSize: number) => update({ page, pageSize }),
    [update],
  );

  return { query, setFilters, clearFilters, setPage };
}
