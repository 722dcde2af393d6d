import type { ContactDetail, VersionedAction } from '@coalition/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { storeSavedContact } from './contact-cache';
import { versionConflictCurrent } from './contact-version-conflict';
import { contactPath } from './use-contact';

export interface SetContactArchivedVariables {
  id: string;
  version: number;
  /** true archives (hides the person from the list), false restores them. */
  archived: boolean;
}

export function setContactArchived({
  id,
  version,
  archived,
}: SetContactArchivedVariables): Promise<ContactDetail> {
  const body: VersionedAction = { version };
  return apiRequest<ContactDetail>(`${contactPath(id)}/${archived ? 'archive' : 'restore'}`, {
    method: 'POST',
    body,
  });
}

export function useSetContactArchived() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setContactArchived,
    onSuccess: (contact) => storeSavedContact(queryClient, contact),
    onError: (error) => {
      const current = versionConflictCurrent(error);
      if (current) storeSavedContact(queryClient, current);
    },
  });
}
