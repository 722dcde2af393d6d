import type { SegmentListResponse } from '@coalition/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { segmentKeys } from './segment-keys';
import { type NameListView, toNameListSearchParams } from '@/lib/name-list-query';

export function getSegments(
  query: NameListView,
  signal?: AbortSignal,
): Promise<SegmentListResponse> {
  return apiGet<SegmentListResponse>('/segments', toNameListSearchParams(query), signal);
}

export function segmentsQueryOptions(query: NameListView) {
  return queryOptions({
    queryKey: segmentKeys.list(query),
    queryFn: ({ signal }) => getSegments(query, signal),
    // Keep the rows while the next search loads (the table spins over them).
    placeholderData: keepPreviousData,
  });
}

/** Mine and the shared ones, each counted live by the API. */
export function useSegments(query: NameListView) {
  return useQuery(segmentsQueryOptions(query));
}
