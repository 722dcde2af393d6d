import type { SegmentDetail } from '@coalition/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { segmentKeys } from './segment-keys';

/**
 * After a write the API answers with the whole segment: it becomes the cached detail as is;
 * the lists (names, counts) and the segment's result pages (its filter may have changed) are
 * read again.
 */
export function storeSavedSegment(queryClient: QueryClient, segment: SegmentDetail): void {
  queryClient.setQueryData(segmentKeys.detail(segment.id), segment);
  void queryClient.invalidateQueries({ queryKey: segmentKeys.lists() });
  void queryClient.invalidateQueries({ queryKey: segmentKeys.results(segment.id) });
}
