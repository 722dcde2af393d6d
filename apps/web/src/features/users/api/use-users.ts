import type { ListResponse, User, UserListQuery } from '@coalition/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { toUserSearchParams } from './user-list-query';
import { userKeys } from './user-keys';

export function getUsers(query: UserListQuery, signal?: AbortSignal): Promise<ListResponse<User>> {
  return apiGet<ListResponse<User>>('/users', toUserSearchParams(query), signal);
}

export function usersQueryOptions(query: UserListQuery) {
  return queryOptions({
    queryKey: userKeys.list(query),
    queryFn: ({ signal }) => getUsers(query, signal),
    // Another page keeps the rows shown (under a spinner); a new search starts empty, since
    // rows that do not match it would mislead.
    placeholderData: (previous, previousQuery) => {
      const before = previousQuery?.queryKey[2];
      return before && before.q === query.q && String(before.role) === String(query.role)
        ? previous
        : undefined;
    },
  });
}

export function useUsers(query: UserListQuery) {
  return useQuery(usersQueryOptions(query));
}
