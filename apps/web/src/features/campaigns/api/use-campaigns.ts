import type { CampaignListResponse } from '@coalition/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { campaignKeys } from './campaign-keys';
import { type CampaignListView, toCampaignSearchParams } from './campaign-list-query';

export function getCampaigns(
  query: CampaignListView,
  signal?: AbortSignal,
): Promise<CampaignListResponse> {
  return apiGet<CampaignListResponse>('/campaigns', toCampaignSearchParams(query), signal);
}

export function campaignsQueryOptions(query: CampaignListView) {
  return queryOptions({
    queryKey: campaignKeys.list(query),
    queryFn: ({ signal }) => getCampaigns(query, signal),
    // A coalition runs a handful of campaigns: keeping the cards while the next view loads
    // (the list shows a spinner over them) reads better than a blank page.
    placeholderData: keepPreviousData,
  });
}

export function useCampaigns(query: CampaignListView) {
  return useQuery(campaignsQueryOptions(query));
}
