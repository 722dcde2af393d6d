import type { OrganizationCampaign } from '@coalition/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { organizationKeys } from './organization-keys';

export function getOrganizationCampaigns(
  id: string,
  signal?: AbortSignal,
): Promise<OrganizationCampaign[]> {
  return apiGet<OrganizationCampaign[]>(
    `/organizations/${encodeURIComponent(id)}/campaigns`,
    undefined,
    signal,
  );
}

export function organizationCampaignsQueryOptions(id: string) {
  return queryOptions({
    // Beside the organization's other tabs' data, under the feature's key so it is cleared with it.
    queryKey: [...organizationKeys.all, 'campaigns', id] as const,
    queryFn: ({ signal }) => getOrganizationCampaigns(id, signal),
  });
}

/** The campaigns the organization takes part in, with its role and contributions total. */
export function useOrganizationCampaigns(id: string) {
  return useQuery(organizationCampaignsQueryOptions(id));
}
