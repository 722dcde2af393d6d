import type { CampaignDetail, CreateCampaignInput } from '@coalition/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { storeSavedCampaign } from './campaign-cache';

export function createCampaign(input: CreateCampaignInput): Promise<CampaignDetail> {
  return apiRequest<CampaignDetail>('/campaigns', { method: 'POST', body: input });
}

export function useCreateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCampaign,
    onSuccess: (campaign) => storeSavedCampaign(queryClient, campaign),
  });
}
