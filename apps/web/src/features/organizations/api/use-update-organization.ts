import type { OrganizationDetail, UpdateOrganizationInput } from '@coalition/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { storeSavedOrganization } from './organization-cache';
import { versionConflictCurrent } from './organization-version-conflict';

export interface UpdateOrganizationVariables {
  id: string;
  /** Only the changed fields, and the version they were read at. */
  changes: UpdateOrganizationInput;
}

export function updateOrganization({
  id,
  changes,
}: UpdateOrganizationVariables): Promise<OrganizationDetail> {
  return apiRequest<OrganizationDetail>(`/organizations/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: changes,
  });
}

export function useUpdateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOrganization,
    onSuccess: (org) => storeSavedOrganization(queryClient, org),
    onError: (error) => {
      // A refused stale save still tells us the record as it is now: show that everywhere.
      const current = versionConflictCurrent(error);
      if (current) storeSavedOrganization(queryClient, current);
    },
  });
}
