import {
  type ContactListResponse,
  type IssueListResponse,
  MAX_PAGE_SIZE,
  type OrganizationListResponse,
} from '@coalition/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { campaignKeys } from './campaign-keys';

/** Enough to pick from while typing; a longer list means the search should be narrower. */
const CHOICES_PAGE_SIZE = 20;

/**
 * The issues a campaign can be linked to. A coalition works on a dozen or two priorities per
 * session, so one page holds them all.
 */
export function useIssueChoices() {
  return useQuery(
    queryOptions({
      queryKey: campaignKeys.issueChoices(),
      queryFn: ({ signal }) =>
        apiGet<IssueListResponse>(
          '/issues',
          { sort: 'tier', page: 1, pageSize: MAX_PAGE_SIZE },
          signal,
        ),
    }),
  );
}

/** Member organizations whose name (or city) matches what is typed. */
export function useOrganizationChoices(q: string, enabled: boolean) {
  return useQuery(
    queryOptions({
      queryKey: campaignKeys.organizationChoices(q),
      queryFn: ({ signal }) =>
        apiGet<OrganizationListResponse>(
          '/organizations',
          { q: q || undefined, pageSize: CHOICES_PAGE_SIZE, sort: 'name' },
          signal,
        ),
      placeholderData: keepPreviousData,
      enabled,
    }),
  );
}

/** People whose name matches what is typed. */
export function useContactChoices(q: string, enabled: boolean) {
  return useQuery(
    queryOptions({
      queryKey: campaignKeys.contactChoices(q),
      queryFn: ({ signal }) =>
        apiGet<ContactListResponse>(
          '/contacts',
          { q: q || undefined, pageSize: CHOICES_PAGE_SIZE, sort: 'name' },
          signal,
        ),
      placeholderData: keepPreviousData,
      enabled,
    }),
  );
}
