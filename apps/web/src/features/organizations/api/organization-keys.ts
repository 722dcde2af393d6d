import type { OrganizationListQuery } from '@coalition/contracts';

/** Every query key of this feature, so lists and details can be invalidated together or alone. */
export const organizationKeys = {
  all: ['organizations'] as const,
  lists: () => [...organizationKeys.all, 'list'] as const,
  list: (query: OrganizationListQuery) => [...organizationKeys.lists(), query] as const,
  details: () => [...organizationKeys.all, 'detail'] as const,
  detail: (id: string) => [...organizationKeys.details(), id] as const,
};
