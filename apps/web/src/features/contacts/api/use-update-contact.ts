import type { ContactDetail, UpdateContactInput } from '@coalition/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { storeSavedContact } from './contact-cache';
import { versionConflictCurrent } from './contact-version-conflict';
import { contactPath } from './use-contact';

export interface UpdateContactVariables {
  id: string;
  /** Only the changed fields, and the version they were read at. */
  changes: UpdateContactInput;
}

export function updateContact({ id, changes }: UpdateContactVariables): Promise<ContactDetail> {
  return apiRequest<ContactDetail>(contactPath(id), { method: 'PATCH', body: changes });
}

export function useUpdateContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateContact,
    onSuccess: (contact) => storeSavedContact(queryClient, contact),
    onError: (error) => {
      // A refused stale save still tells us the record as it is now: show that everywhere.
      const current = versionConflictCurrent(error);
      if (current) storeSavedContact(queryClient, current);
    },
  });
}
