import type { IssueDetail, VersionedAction } from '@coalition/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { storeSavedIssue } from './issue-cache';
import { issueVersionConflictCurrent } from './issue-version-conflict';

export interface SetIssueArchivedVariables {
  id: string;
  version: number;
  /** true archives (takes it out of its tier), false restores it (last in its tier). */
  archived: boolean;
}

export function setIssueArchived({
  id,
  version,
  archived,
}: SetIssueArchivedVariables): Promise<IssueDetail> {
  const body: VersionedAction = { version };
  const action = archived ? 'archive' : 'restore';
  return apiRequest<IssueDetail>(`/issues/${encodeURIComponent(id)}/${action}`, {
    method: 'POST',
    body,
  });
}

export function useSetIssueArchived() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setIssueArchived,
    onSuccess: (issue) => storeSavedIssue(queryClient, issue),
    onError: (error) => {
      const current = issueVersionConflictCurrent(error);
      if (current) storeSavedIssue(queryClient, current);
    },
  });
}
