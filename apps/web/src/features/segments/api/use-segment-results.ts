import type {
  SegmentContactList,
  SegmentOrganizationList,
  SegmentResultsQuery,
} from '@coalition/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { segmentKeys } from './segment-keys';
import { segmentPath } from './use-segment';

export type SegmentResultsView = Pick<SegmentResultsQuery, 'page' | 'pageSize'>;

function organizationsQueryOptions(id: string, query: SegmentResultsView) {
  return queryOptions({
    queryKey: segmentKeys.organizations(id, query),
    queryFn: ({ signal }) =>
      apiGet<SegmentOrganizationList>(`${segmentPath(id)}/organizations`, { ...query }, signal),
    placeholderData: keepPreviousData,
  });
}

function contactsQueryOptions(id: string, query: SegmentResultsView) {
  return queryOptions({
    queryKey: segmentKeys.contacts(id, query),
    queryFn: ({ signal }) =>
      apiGet<SegmentContactList>(`${segmentPath(id)}/contacts`, { ...query }, signal),
    placeholderData: keepPreviousData,
  });
}

/** One page of the saved segment's organizations, evaluated now. */
export function useSegmentOrganizations(id: string, query: SegmentResultsView, enabled = true) {
  return useQuery({ ...organizationsQueryOptions(id, query), enabled });
}

/** One page of the saved segment's contacts, evaluated now. */
export function useSegmentContacts(id: string, query: SegmentResultsView, enabled = true) {
  return useQuery({ ...contactsQueryOptions(id, query), enabled });
}
