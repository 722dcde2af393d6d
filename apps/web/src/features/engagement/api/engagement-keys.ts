import type { EngagementSubjectType } from '@coalition/contracts';

/** Every query key of this feature. */
export const engagementKeys = {
  all: ['engagement'] as const,
  breakdown: (type: EngagementSubjectType, id: string) =>
    [...engagementKeys.all, 'breakdown', type, id] as const,
  settings: () => [...engagementKeys.all, 'settings'] as const,
};
