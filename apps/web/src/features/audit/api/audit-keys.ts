import type { AuditQuery } from '@coalition/contracts';

/** Every query key of this feature: the trail and one record's history share the list shape. */
export const auditKeys = {
  all: ['audit'] as const,
  lists: () => [...auditKeys.all, 'list'] as const,
  list: (query: AuditQuery) => [...auditKeys.lists(), query] as const,
};
