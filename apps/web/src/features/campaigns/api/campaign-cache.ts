import type { CampaignDetail } from '@coalition/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { campaignKeys } from './campaign-keys';

/**
 * After a write of the campaign itself the API answers with the whole record: it becomes the
 * cached detail as is, and every list is refetched (names, dates and goals show there too).
 */
export function storeSavedCampaign(queryClient: QueryClient, campaign: CampaignDetail): void {
  queryClient.setQueryData(campaignKeys.detail(campaign.id), campaign);
  void queryClient.invalidateQueries({ queryKey: campaignKeys.lists() });
}

/**
 * After a participant or contribution write the answer is only that row, while the detail's
 * groups, totals, progress and series all move: refetch the campaign, its contributions and
 * the lists (their progress bars).
 */
export function refreshCampaign(queryClient: QueryClient, campaignId: string): Promise<void> {
  void queryClient.invalidateQueries({ queryKey: campaignKeys.lists() });
  void queryClient.invalidateQueries({ queryKey: campaignKeys.contributions(campaignId) });
  return queryClient.invalidateQueries({ queryKey: campaignKeys.detail(campaignId) });
}
