import type { CreateIssueInput, IssueDetail } from '@coalition/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { storeSavedIssue } from './issue-cache';

export function createIssue(input: CreateIssueInput): Promise<IssueDetail> {
  return apiRequest<IssueDetail>('/issues', { method: 'POST', body: input });
}

export function useCreateIssue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createIssue,
    onSuccess: (issue) => storeSavedIssue(queryClient, issue),
  });
}
