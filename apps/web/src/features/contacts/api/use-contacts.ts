import type { ContactListQuery, ContactListResponse } from '@coalition/contracts';
import { type Query, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { contactKeys } from './contact-keys';
import { sameFilters, toContactSearchParams } from './contact-list-query';

export function getContacts(
  query: ContactListQuery,
  signal?: AbortSignal,
): Promise<ContactListResponse> {
  return apiGet<ContactListResponse>('/contacts', toContactSearchParams(query), signal);
}

type ListKey = ReturnType<typeof contactKeys.list>;

/**
 * While another page or order of the same list loads, keep showing the current rows. A new
 * search or filter starts from an empty, loading table: rows that do not match would mislead.
 */
function previousPageOfSameList(
  previous: ContactListResponse | undefined,
  previousQuery: Query<ContactListResponse, Error, ContactListResponse, ListKey> | undefined,
  query: ContactListQuery,
): ContactListResponse | undefined {
  const previousListQuery = previousQuery?.queryKey[2];
  return previousListQuery && sameFilters(previousListQuery, query) ? previous : undefined;
}

export function contactsQueryOptions(query: ContactListQuery) {
  return queryOptions({
    queryKey: contactKeys.list(query),
    queryFn: ({ signal }) => getContacts(query, signal),
    placeholderData: (previous, previousQuery) =>
      previousPageOfSameList(previous, previousQuery, query),
  });
}

export function useContacts(query: ContactListQuery) {
  return useQuery(contactsQueryOptions(query));
}
