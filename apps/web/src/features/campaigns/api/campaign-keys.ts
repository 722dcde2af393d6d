import type { CampaignListView } from './campaign-list-query';
import type { ContributionsView } from './use-contributions';

/** Every query key of this feature, so lists and details can be invalidated together or alone. */
export const campaignKeys = {
  all: ['campaigns'] as const,
  lists: () => [...campaignKeys.all, 'list'] as const,
  list: (query: CampaignListView) => [...campaignKeys.lists(), query] as const,
  details: () => [...campaignKeys.all, 'detail'] as const,
  detail: (id: string) => [...campaignKeys.details(), id] as const,
  // Beside the details, not under them: `details()` holds records only.
  contributions: (id: string, query?: ContributionsView) =>
    [...campaignKeys.all, 'contributions', id, ...(query ? [query] : [])] as const,
  /** What the forms pick from: issues, organizations and contacts matching what is typed. */
  issueChoices: () => [...campaignKeys.all, 'issue-choices'] as const,
  organizationChoices: (q: string) => [...campaignKeys.all, 'organization-choices', q] as const,
  contactChoices: (q: string) => [...campaignKeys.all, 'contact-choices', q] as const,
};
