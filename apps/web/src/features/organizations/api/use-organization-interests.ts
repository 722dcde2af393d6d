import {
  type IssueListQuery,
  type IssueListResponse,
  MAX_PAGE_SIZE,
  type OrganizationInterest,
} from '@coalition/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { organizationKeys } from './organization-keys';

/** The part of the API's issue query the Issues tab uses. */
export type IssueChoicesQuery = Pick<IssueListQuery, 'status' | 'sort' | 'page' | 'pageSize'>;

/**
 * The issues the coalition is working on now, for the Issues tab. A coalition works on a dozen
 * or two at a time, so one page holds them all.
 */
export const ISSUE_CHOICES_QUERY: IssueChoicesQuery = {
  status: ['active'],
  sort: 'tier',
  page: 1,
  pageSize: MAX_PAGE_SIZE,
};

export function getOrganizationInterests(
  id: string,
  signal?: AbortSignal,
): Promise<OrganizationInterest[]> {
  return apiGet<OrganizationInterest[]>(
    `/organizations/${encodeURIComponent(id)}/interests`,
    undefined,
    signal,
  );
}

export function getIssueChoices(
  query: IssueChoicesQuery,
  signal?: AbortSignal,
): Promise<IssueListResponse> {
  return apiGet<IssueListResponse>('/issues', { ...query }, signal);
}

export function organizationInterestsQueryOptions(id: string) {
  return queryOptions({
    queryKey: organizationKeys.interests(id),
    queryFn: ({ signal }) => getOrganizationInterests(id, signal),
  });
}

export function issueChoicesQueryOptions(query: IssueChoicesQuery = ISSUE_CHOICES_QUERY) {
  return queryOptions({
    queryKey: organizationKeys.issueChoices(query),
    queryFn: ({ signal }) => getIssueChoices(query, signal),
  });
}

export function useOrganizationInterests(id: string) {
  return useQuery(organizationInterestsQueryOptions(id));
}

export function useIssueChoices() {
  return useQuery(issueChoicesQueryOptions());
}
