import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, ROLES, type UserListQuery } from '@coalition/contracts';
import { readInt, readList, readText } from '@/lib/search-params';

/**
 * The users list's state, written the same way in the dashboard URL and in the API request
 * (`?q=ana&role=admin&role=staff&page=2`); defaults are left out to keep links short.
 */
export type UserFilters = Pick<UserListQuery, 'q' | 'role'>;

export function parseUserListQuery(params: URLSearchParams): UserListQuery {
  return {
    page: readInt(params.get('page'), 1, 100_000),
    pageSize: readInt(params.get('pageSize'), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
    q: readText(params.get('q'), 200),
    role: readList(params, 'role', ROLES),
  };
}

export function toUserSearchParams(query: UserListQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const role of query.role ?? []) params.append('role', role);
  if (query.page !== 1) params.set('page', String(query.page));
  if (query.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(query.pageSize));
  return params;
}

export function hasUserFilters(filters: UserFilters): boolean {
  return Boolean(filters.q || filters.role?.length);
}
