import {
  type CampaignListQuery,
  type CampaignListResponse,
  MAX_PAGE_SIZE,
} from '@coalition/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { organizationKeys } from './organization-keys';
import { type IssueChoicesQuery, issueChoicesQueryOptions } from './use-organization-interests';

/**
 * The issues and campaigns the organization list can be filtered by. A coalition has a few
 * dozen of each, so one page holds them all. Past ones are offered too: "who led on the bill
 * we won last session" is a fair question.
 */
const ISSUE_FILTER_QUERY: IssueChoicesQuery = { sort: 'tier', page: 1, pageSize: MAX_PAGE_SIZE };

export type CampaignChoicesQuery = Pick<CampaignListQuery, 'sort' | 'page' | 'pageSize'>;
const CAMPAIGN_FILTER_QUERY: CampaignChoicesQuery = {
  sort: 'name',
  page: 1,
  pageSize: MAX_PAGE_SIZE,
};

export function getCampaignChoices(
  query: CampaignChoicesQuery,
  signal?: AbortSignal,
): Promise<CampaignListResponse> {
  return apiGet<CampaignListResponse>('/campaigns', { ...query }, signal);
}

/** `enabled` is false until the choices are needed (see useChoicesWhenNeeded). */
export function useIssueFilterChoices(enabled: boolean) {
  return useQuery({ ...issueChoicesQueryOptions(ISSUE_FILTER_QUERY), enabled });
}

export function useCampaignFilterChoices(enabled: boolean) {
  return useQuery({
    ...queryOptions({
      queryKey: organizationKeys.campaignChoices(CAMPAIGN_FILTER_QUERY),
      queryFn: ({ signal }) => getCampaignChoices(CAMPAIGN_FILTER_QUERY, signal),
    }),
    enabled,
  });
}
