import type { OrganizationDetail, VersionedAction } from '@coalition/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { storeSavedOrganization } from './organization-cache';
import { versionConflictCurrent } from './organization-version-conflict';

export interface SetOrganizationArchivedVariables {
  id: string;
  version: number;
  /** true archives (hides it from lists), false restores it. */
  archived: boolean;
}

export function setOrganizationArchived({
  id,
  version,
  archived,
}: SetOrganizationArchivedVariables): Promise<OrganizationDetail> {
  const body: VersionedAction = { version };
  const action = archived ? 'archive' : 'restore';
  return apiRequest<OrganizationDetail>(`/organizations/${encodeURIComponent(id)}/${action}`, {
    method: 'POST',
    body,
  });
}

export function useSetOrganizationArchived() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setOrganizationArchived,
    onSuccess: (org) => storeSavedOrganization(queryClient, org),
    onError: (error) => {
      const current = versionConflictCurrent(error);
      if (current) storeSavedOrganization(queryClient, current);
    },
  });
}
