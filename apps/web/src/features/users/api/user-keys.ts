import type { UserListQuery } from '@coalition/contracts';

/** Every query key of this feature, so all lists can be refreshed after a change. */
export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
  list: (query: UserListQuery) => [...userKeys.lists(), query] as const,
};
