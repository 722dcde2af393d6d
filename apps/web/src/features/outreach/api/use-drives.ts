import type { DriveListResponse } from '@coalition/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { type NameListView, toNameListSearchParams } from '@/lib/name-list-query';
import { outreachKeys } from './outreach-keys';

export function getDrives(query: NameListView, signal?: AbortSignal): Promise<DriveListResponse> {
  return apiGet<DriveListResponse>('/outreach/drives', toNameListSearchParams(query), signal);
}

export function drivesQueryOptions(query: NameListView) {
  return queryOptions({
    queryKey: outreachKeys.list(query),
    queryFn: ({ signal }) => getDrives(query, signal),
    // Keeping the rows while the next view loads (with a spinner) reads better than a blank list.
    placeholderData: keepPreviousData,
  });
}

export function useDrives(query: NameListView) {
  return useQuery(drivesQueryOptions(query));
}
