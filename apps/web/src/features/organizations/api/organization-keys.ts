import type { OrganizationListQuery } from '@coalition/contracts';
import type { CampaignChoicesQuery } from './use-filter-choices';
import type { IssueChoicesQuery } from './use-organization-interests';
import type { OrganizationContactsView } from './use-organization-contacts';

/** Every query key of this feature, so lists and details can be invalidated together or alone. */
export const organizationKeys = {
  all: ['organizations'] as const,
  lists: () => [...organizationKeys.all, 'list'] as const,
  list: (query: OrganizationListQuery) => [...organizationKeys.lists(), query] as const,
  details: () => [...organizationKeys.all, 'detail'] as const,
  detail: (id: string) => [...organizationKeys.details(), id] as const,
  // The tabs' data sits beside the details, not under them: `details()` holds records only.
  contacts: (id: string, query: OrganizationContactsView) =>
    [...organizationKeys.all, 'contacts', id, query] as const,
  interests: (id: string) => [...organizationKeys.all, 'interests', id] as const,
  /** The issues an organization can declare an interest in (the Issues tab's rows). */
  issueChoices: (query: IssueChoicesQuery) =>
    [...organizationKeys.all, 'issue-choices', query] as const,
  /** The campaigns the list can be filtered by. */
  campaignChoices: (query: CampaignChoicesQuery) =>
    [...organizationKeys.all, 'campaign-choices', query] as const,
};
