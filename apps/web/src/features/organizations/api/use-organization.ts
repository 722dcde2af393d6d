import type { OrganizationDetail } from '@coalition/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { organizationKeys } from './organization-keys';

export function getOrganization(id: string, signal?: AbortSignal): Promise<OrganizationDetail> {
  return apiGet<OrganizationDetail>(`/organizations/${encodeURIComponent(id)}`, undefined, signal);
}

export function organizationQueryOptions(id: string) {
  return queryOptions({
    queryKey: organizationKeys.detail(id),
    queryFn: ({ signal }) => getOrganization(id, signal),
  });
}

export function useOrganization(id: string) {
  return useQuery(organizationQueryOptions(id));
}
