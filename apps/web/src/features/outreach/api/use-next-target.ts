import type { NextTargetResponse } from '@coalition/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { outreachKeys } from './outreach-keys';
import { drivePath } from './use-drive';

export function getNextTarget(
  driveId: string,
  skip: readonly string[],
  signal?: AbortSignal,
): Promise<NextTargetResponse> {
  return apiGet<NextTargetResponse>(`${drivePath(driveId)}/next`, { skip }, signal);
}

export function nextTargetQueryOptions(driveId: string, skip: readonly string[]) {
  return queryOptions({
    queryKey: outreachKeys.next(driveId, skip),
    queryFn: ({ signal }) => getNextTarget(driveId, skip, signal),
    // The queue moves as others call: always ask, never show a remembered person.
    staleTime: 0,
    gcTime: 0,
  });
}

/** The caller's next target, passing over `skip` (the ones set aside this session). */
export function useNextTarget(driveId: string, skip: readonly string[]) {
  return useQuery(nextTargetQueryOptions(driveId, skip));
}
