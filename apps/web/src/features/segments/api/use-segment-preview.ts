import type {
  SegmentFilter,
  SegmentPreview,
  SegmentPreviewRequestInput,
} from '@coalition/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { segmentKeys } from './segment-keys';

/** The builder shows the first rows of each list: enough to check the filter picks the right ones. */
export const PREVIEW_PAGE_SIZE = 10;

/** A read sent as POST (a tree does not fit a query string); the API records nothing. */
export function previewSegment(
  request: SegmentPreviewRequestInput,
  signal?: AbortSignal,
): Promise<SegmentPreview> {
  return apiRequest<SegmentPreview>('/segments/preview', { method: 'POST', body: request, signal });
}

function previewQueryOptions(filter: SegmentFilter | undefined) {
  return queryOptions({
    queryKey: segmentKeys.preview(filter),
    queryFn: ({ signal }) =>
      // `enabled` keeps an undefined filter from getting here.
      previewSegment({ filter: filter as SegmentFilter, pageSize: PREVIEW_PAGE_SIZE }, signal),
    // The last counts stay on screen while the next ones are counted.
    placeholderData: keepPreviousData,
    enabled: filter !== undefined,
  });
}

/** Counts and first rows of what `filter` selects; nothing is asked for while it is undefined. */
export function useSegmentPreview(filter: SegmentFilter | undefined) {
  return useQuery(previewQueryOptions(filter));
}
