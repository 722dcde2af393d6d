import type { CampaignDetail, VersionedAction } from '@coalition/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { storeSavedCampaign } from './campaign-cache';
import { versionConflictCurrent } from './campaign-version-conflict';

export interface SetCampaignArchivedVariables {
  id: string;
  version: number;
  /** true archives (hides it from the list), false restores it. */
  archived: boolean;
}

export function setCampaignArchived({
  id,
  version,
  archived,
}: SetCampaignArchivedVariables): Promise<CampaignDetail> {
  const body: VersionedAction = { version };
  const action = archived ? 'archive' : 'restore';
  return apiRequest<CampaignDetail>(`/campaigns/${encodeURIComponent(id)}/${action}`, {
    method: 'POST',
    body,
  });
}

export function useSetCampaignArchived() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setCampaignArchived,
    onSuccess: (campaign) => storeSavedCampaign(queryClient, campaign),
    onError: (error) => {
      const current = versionConflictCurrent(error);
      if (current) storeSavedCampaign(queryClient, current);
    },
  });
}
