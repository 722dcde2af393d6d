import { type IssueListQuery, type IssueListResponse, MAX_PAGE_SIZE } from '@coalition/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { issueKeys } from './issue-keys';

/**
 * The coalition works on a dozen or two priorities at a time, so one page holds them all. All
 * statuses are fetched and filtered on screen: re-ranking a tier needs every issue in it.
 */
export const ISSUE_AGENDA_QUERY: Pick<IssueListQuery, 'sort' | 'page' | 'pageSize'> = {
  sort: 'tier',
  page: 1,
  pageSize: MAX_PAGE_SIZE,
};

export function getIssueAgenda(signal?: AbortSignal): Promise<IssueListResponse> {
  return apiGet<IssueListResponse>('/issues', { ...ISSUE_AGENDA_QUERY }, signal);
}

export function issueAgendaQueryOptions() {
  return queryOptions({
    queryKey: issueKeys.agenda(),
    queryFn: ({ signal }) => getIssueAgenda(signal),
  });
}

export function useIssueAgenda() {
  return useQuery(issueAgendaQueryOptions());
}
