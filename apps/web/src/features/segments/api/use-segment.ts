import type { SegmentDetail } from '@coalition/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { segmentKeys } from './segment-keys';

export const segmentPath = (id: string): string => `/segments/${encodeURIComponent(id)}`;

export function getSegment(id: string, signal?: AbortSignal): Promise<SegmentDetail> {
  return apiGet<SegmentDetail>(segmentPath(id), undefined, signal);
}

export function segmentQueryOptions(id: string) {
  return queryOptions({
    queryKey: segmentKeys.detail(id),
    queryFn: ({ signal }) => getSegment(id, signal),
  });
}

/** The segment, counted live, with its daily counts. */
export function useSegment(id: string) {
  return useQuery(segmentQueryOptions(id));
}
