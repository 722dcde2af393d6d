/** Every query key of this feature, so lists and details can be invalidated together or alone. */
export const issueKeys = {
  all: ['issues'] as const,
  lists: () => [...issueKeys.all, 'list'] as const,
  /** The whole agenda: every issue not archived, in one page (see `ISSUE_AGENDA_QUERY`). */
  agenda: () => [...issueKeys.lists(), 'agenda'] as const,
  details: () => [...issueKeys.all, 'detail'] as const,
  detail: (id: string) => [...issueKeys.details(), id] as const,
};
