import { type CampaignDetail, campaignDetailSchema } from '@coalition/contracts';
import { isApiError } from '@/lib/api-client';

/**
 * The record as it is now, when a save was refused because someone else saved first
 * (409 `campaign_version_conflict` carries it as `current`); otherwise undefined.
 */
export function versionConflictCurrent(error: unknown): CampaignDetail | undefined {
  if (!isApiError(error) || error.code !== 'campaign_version_conflict') return undefined;
  const current: unknown = 'current' in error.body ? error.body.current : undefined;
  const parsed = campaignDetailSchema.safeParse(current);
  return parsed.success ? parsed.data : undefined;
}
