import type { OrganizationListQuery, OrganizationListResponse } from '@coalition/contracts';
import { type Query, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { organizationKeys } from './organization-keys';
import { sameFilters, toOrganizationSearchParams } from './organization-list-query';

export function getOrganizations(
  query: OrganizationListQuery,
  signal?: AbortSignal,
): Promise<OrganizationListResponse> {
  return apiGet<OrganizationListResponse>(
    '/organizations',
    toOrganizationSearchParams(query),
    signal,
  );
}

type ListKey = ReturnType<typeof organizationKeys.list>;

/**
 * While another page or order of the same list loads, keep showing the current rows (the table
 * shows a spinner over them). A new search or filter starts from an empty, loading table
 * instead: rows that do not match what was asked for would mislead.
 */
function previousPageOfSameList(
  previous: OrganizationListResponse | undefined,
  previousQuery:
    Query<OrganizationListResponse, Error, OrganizationListResponse, ListKey> | undefined,
  query: OrganizationListQuery,
): OrganizationListResponse | undefined {
  const previousListQuery = previousQuery?.queryKey[2];
  return previousListQuery && sameFilters(previousListQuery, query) ? previous : undefined;
}

export function organizationsQueryOptions(query: OrganizationListQuery) {
  return queryOptions({
    queryKey: organizationKeys.list(query),
    queryFn: ({ signal }) => getOrganizations(query, signal),
    placeholderData: (previous, previousQuery) =>
      previousPageOfSameList(previous, previousQuery, query),
  });
}

export function useOrganizations(query: OrganizationListQuery) {
  return useQuery(organizationsQueryOptions(query));
}
