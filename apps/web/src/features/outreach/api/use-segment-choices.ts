import type { SegmentDetail, SegmentListResponse } from '@coalition/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { outreachKeys } from './outreach-keys';

/** Enough to pick from while typing; a longer list means the search should be narrower. */
const CHOICES_PAGE_SIZE = 20;

/** Saved segments whose name matches what is typed. */
export function useSegmentChoices(q: string, enabled: boolean) {
  return useQuery(
    queryOptions({
      queryKey: outreachKeys.segmentChoices(q),
      queryFn: ({ signal }) =>
        apiGet<SegmentListResponse>(
          '/segments',
          { q: q || undefined, pageSize: CHOICES_PAGE_SIZE },
          signal,
        ),
      placeholderData: keepPreviousData,
      enabled,
    }),
  );
}

/** One segment by id: the name of a segment chosen before the list was opened (from a link). */
export function useSegmentChoice(id: string | undefined) {
  return useQuery(
    queryOptions({
      queryKey: outreachKeys.segment(id ?? ''),
      queryFn: ({ signal }) =>
        apiGet<SegmentDetail>(`/segments/${encodeURIComponent(id ?? '')}`, undefined, signal),
      enabled: Boolean(id),
    }),
  );
}
