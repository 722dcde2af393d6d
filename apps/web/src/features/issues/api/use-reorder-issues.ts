import type {
  IssueListResponse,
  IssueSummary,
  ReorderIssuesInput,
  ReorderIssuesResponse,
} from '@coalition/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { issueKeys } from './issue-keys';

export function reorderIssues(input: ReorderIssuesInput): Promise<ReorderIssuesResponse> {
  return apiRequest<ReorderIssuesResponse>('/issues/reorder', { method: 'POST', body: input });
}

/** The agenda with one tier replaced by its new order. */
function withTier(
  agenda: IssueListResponse,
  { tier, items }: ReorderIssuesResponse,
): IssueListResponse {
  const others = agenda.items.filter((issue) => issue.tier !== tier);
  const byTierThenRank = (a: IssueSummary, b: IssueSummary) => a.tier - b.tier || a.rank - b.rank;
  return { ...agenda, items: [...others, ...items].sort(byTierThenRank) };
}

export function useReorderIssues() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reorderIssues,
    onSuccess: (reordered) => {
      // The answer is the whole tier in its new order: show it without another request.
      queryClient.setQueryData<IssueListResponse>(issueKeys.agenda(), (agenda) =>
        agenda ? withTier(agenda, reordered) : agenda,
      );
      void queryClient.invalidateQueries({ queryKey: issueKeys.details() });
    },
    // Refused (someone changed the tier meanwhile): show the tier as it is now.
    onError: () => void queryClient.invalidateQueries({ queryKey: issueKeys.lists() }),
  });
}
