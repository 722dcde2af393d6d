import type { CallerList } from '@coalition/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { outreachKeys } from './outreach-keys';

/**
 * The people targets can be given to (active users allowed to run outreach). A coalition has a
 * handful of organizers, so one answer holds them all.
 */
export function useCallers(enabled = true) {
  return useQuery(
    queryOptions({
      queryKey: outreachKeys.callers(),
      queryFn: ({ signal }) => apiGet<CallerList>('/outreach/callers', undefined, signal),
      staleTime: 5 * 60_000,
      enabled,
    }),
  );
}
