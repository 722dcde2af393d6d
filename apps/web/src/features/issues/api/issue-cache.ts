import type { IssueDetail } from '@coalition/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { issueKeys } from './issue-keys';

/**
 * After a write the API answers with the whole issue: it becomes the cached detail as is, and
 * the lists are refetched, since a new tier or an archive moves issues around in them.
 */
export function storeSavedIssue(queryClient: QueryClient, issue: IssueDetail): void {
  queryClient.setQueryData(issueKeys.detail(issue.id), issue);
  void queryClient.invalidateQueries({ queryKey: issueKeys.lists() });
}
