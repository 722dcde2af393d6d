import type { CampaignDetail, UpdateCampaignInput } from '@coalition/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { storeSavedCampaign } from './campaign-cache';
import { versionConflictCurrent } from './campaign-version-conflict';

export interface UpdateCampaignVariables {
  id: string;
  /** Only the changed fields, and the version they were read at. */
  changes: UpdateCampaignInput;
}

export function updateCampaign({ id, changes }: UpdateCampaignVariables): Promise<CampaignDetail> {
  return apiRequest<CampaignDetail>(`/campaigns/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: changes,
  });
}

export function useUpdateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCampaign,
    onSuccess: (campaign) => storeSavedCampaign(queryClient, campaign),
    onError: (error) => {
      // A refused stale save still tells us the record as it is now: show that everywhere.
      const current = versionConflictCurrent(error);
      if (current) storeSavedCampaign(queryClient, current);
    },
  });
}
