import type { CommitmentListQuery, CommitmentListResponse } from '@coalition/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { outreachKeys } from './outreach-keys';
import { drivePath } from './use-drive';

export function getCommitments(
  driveId: string,
  query: CommitmentListQuery,
  signal?: AbortSignal,
): Promise<CommitmentListResponse> {
  return apiGet<CommitmentListResponse>(`${drivePath(driveId)}/commitments`, { ...query }, signal);
}

/** The commitments made during a drive, newest first, one page at a time. */
export function useCommitments(driveId: string, query: CommitmentListQuery) {
  return useQuery(
    queryOptions({
      queryKey: outreachKeys.commitments(driveId, query),
      queryFn: ({ signal }) => getCommitments(driveId, query, signal),
      placeholderData: keepPreviousData,
    }),
  );
}
