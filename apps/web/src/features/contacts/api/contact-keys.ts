import type { ContactListQuery } from '@coalition/contracts';

/** Every query key of this feature, so lists and details can be invalidated together or alone. */
export const contactKeys = {
  all: ['contacts'] as const,
  lists: () => [...contactKeys.all, 'list'] as const,
  list: (query: ContactListQuery) => [...contactKeys.lists(), query] as const,
  details: () => [...contactKeys.all, 'detail'] as const,
  detail: (id: string) => [...contactKeys.details(), id] as const,
  /** Organizations offered when linking a person to one (searched by name). */
  organizationChoices: (q: string) => [...contactKeys.all, 'organization-choices', q] as const,
  organizationChoice: (id: string) => [...contactKeys.all, 'organization-choice', id] as const,
};
