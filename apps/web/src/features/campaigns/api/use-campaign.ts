import type { CampaignDetail } from '@coalition/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { campaignKeys } from './campaign-keys';

export function getCampaign(id: string, signal?: AbortSignal): Promise<CampaignDetail> {
  return apiGet<CampaignDetail>(`/campaigns/${encodeURIComponent(id)}`, undefined, signal);
}

export function campaignQueryOptions(id: string) {
  return queryOptions({
    queryKey: campaignKeys.detail(id),
    queryFn: ({ signal }) => getCampaign(id, signal),
  });
}

export function useCampaign(id: string) {
  return useQuery(campaignQueryOptions(id));
}
