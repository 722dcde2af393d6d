import type { TargetListQuery, TargetListResponse } from '@coalition/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { outreachKeys } from './outreach-keys';
import { drivePath } from './use-drive';

/** The part of the API's query the targets table uses. */
export type TargetListView = Pick<
  TargetListQuery,
  'assignee' | 'state' | 'outcome' | 'q' | 'page' | 'pageSize'
>;

export function getTargets(
  driveId: string,
  query: TargetListView,
  signal?: AbortSignal,
): Promise<TargetListResponse> {
  return apiGet<TargetListResponse>(`${drivePath(driveId)}/targets`, { ...query }, signal);
}

export function targetsQueryOptions(driveId: string, query: TargetListView) {
  return queryOptions({
    queryKey: outreachKeys.targets(driveId, query),
    queryFn: ({ signal }) => getTargets(driveId, query, signal),
    placeholderData: keepPreviousData,
  });
}

/** A drive's targets, filtered and one page at a time (for organizers, who assign them). */
export function useTargets(driveId: string, query: TargetListView) {
  return useQuery(targetsQueryOptions(driveId, query));
}
