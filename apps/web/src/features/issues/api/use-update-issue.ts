import type { IssueDetail, UpdateIssueInput } from '@coalition/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { storeSavedIssue } from './issue-cache';
import { issueVersionConflictCurrent } from './issue-version-conflict';

export interface UpdateIssueVariables {
  id: string;
  /** Only the changed fields, and the version they were read at. */
  changes: UpdateIssueInput;
}

export function updateIssue({ id, changes }: UpdateIssueVariables): Promise<IssueDetail> {
  return apiRequest<IssueDetail>(`/issues/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: changes,
  });
}

export function useUpdateIssue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateIssue,
    onSuccess: (issue) => storeSavedIssue(queryClient, issue),
    onError: (error) => {
      // A refused stale save still tells us the issue as it is now: show that everywhere.
      const current = issueVersionConflictCurrent(error);
      if (current) storeSavedIssue(queryClient, current);
    },
  });
}
