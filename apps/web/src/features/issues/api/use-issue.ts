import type { IssueDetail } from '@coalition/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { issueKeys } from './issue-keys';

export function getIssue(id: string, signal?: AbortSignal): Promise<IssueDetail> {
  return apiGet<IssueDetail>(`/issues/${encodeURIComponent(id)}`, undefined, signal);
}

export function issueQueryOptions(id: string) {
  return queryOptions({
    queryKey: issueKeys.detail(id),
    queryFn: ({ signal }) => getIssue(id, signal),
  });
}

export function useIssue(id: string) {
  return useQuery(issueQueryOptions(id));
}
