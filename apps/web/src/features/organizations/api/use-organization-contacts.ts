import type {
  ListResponse,
  OrganizationContact,
  OrganizationContactsQuery,
} from '@coalition/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { organizationKeys } from './organization-keys';

export type OrganizationContactList = ListResponse<OrganizationContact>;

/** The part of the API's query the Contacts tab uses. */
export type OrganizationContactsView = Pick<
  OrganizationContactsQuery,
  'page' | 'pageSize' | 'sort' | 'includePast'
>;

export function getOrganizationContacts(
  id: string,
  query: OrganizationContactsView,
  signal?: AbortSignal,
): Promise<OrganizationContactList> {
  return apiGet<OrganizationContactList>(
    `/organizations/${encodeURIComponent(id)}/contacts`,
    { ...query },
    signal,
  );
}

export function organizationContactsQueryOptions(id: string, query: OrganizationContactsView) {
  return queryOptions({
    queryKey: organizationKeys.contacts(id, query),
    queryFn: ({ signal }) => getOrganizationContacts(id, query, signal),
    // Paging through one organization's people keeps the rows on screen while the next loads.
    placeholderData: keepPreviousData,
  });
}

export function useOrganizationContacts(id: string, query: OrganizationContactsView) {
  return useQuery(organizationContactsQueryOptions(id, query));
}
