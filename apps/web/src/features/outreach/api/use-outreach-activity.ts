import type { OutreachActivityQuery, OutreachActivityResponse } from '@coalition/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { outreachKeys } from './outreach-keys';

/** The part of the API's query the activity panel uses: one record, one page. */
export type OutreachActivityView = Pick<
  OutreachActivityQuery,
  'contactId' | 'organizationId' | 'page' | 'pageSize'
>;

export function getOutreachActivity(
  query: OutreachActivityView,
  signal?: AbortSignal,
): Promise<OutreachActivityResponse> {
  return apiGet<OutreachActivityResponse>('/outreach/activity', { ...query }, signal);
}

/** The outcomes logged for a person, or for the people of an organization, newest first. */
export function useOutreachActivity(query: OutreachActivityView) {
  return useQuery(
    queryOptions({
      queryKey: outreachKeys.activity(query),
      queryFn: ({ signal }) => getOutreachActivity(query, signal),
      placeholderData: keepPreviousData,
    }),
  );
}
