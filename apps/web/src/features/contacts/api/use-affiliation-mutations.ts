import type {
  AffiliationDetail,
  CreateAffiliationInput,
  UpdateAffiliationInput,
} from '@coalition/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { refreshContact } from './contact-cache';
import { contactPath } from './use-contact';

function affiliationsPath(contactId: string, affiliationId?: string): string {
  const base = `${contactPath(contactId)}/affiliations`;
  return affiliationId ? `${base}/${encodeURIComponent(affiliationId)}` : base;
}

export interface AddAffiliationVariables {
  contactId: string;
  affiliation: CreateAffiliationInput;
}

export interface UpdateAffiliationVariables {
  contactId: string;
  affiliationId: string;
  /** The changed fields, with the version read so a stale change is refused (409). */
  changes: UpdateAffiliationInput;
}

export interface RemoveAffiliationVariables {
  contactId: string;
  affiliationId: string;
}

export function addAffiliation({
  contactId,
  affiliation,
}: AddAffiliationVariables): Promise<AffiliationDetail> {
  return apiRequest<AffiliationDetail>(affiliationsPath(contactId), {
    method: 'POST',
    body: affiliation,
  });
}

export function updateAffiliation({
  contactId,
  affiliationId,
  changes,
}: UpdateAffiliationVariables): Promise<AffiliationDetail> {
  return apiRequest<AffiliationDetail>(affiliationsPath(contactId, affiliationId), {
    method: 'PATCH',
    body: changes,
  });
}

export function removeAffiliation({
  contactId,
  affiliationId,
}: RemoveAffiliationVariables): Promise<void> {
  return apiRequest<void>(affiliationsPath(contactId, affiliationId), { method: 'DELETE' });
}

export function useAddAffiliation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addAffiliation,
    onSuccess: (_saved, { contactId }) => refreshContact(queryClient, contactId),
  });
}

export function useUpdateAffiliation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAffiliation,
    // Refreshed on failure too: a 409 means the affiliation changed meanwhile.
    onSettled: (_saved, _error, { contactId }) => refreshContact(queryClient, contactId),
  });
}

export function useRemoveAffiliation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeAffiliation,
    onSettled: (_saved, _error, { contactId }) => refreshContact(queryClient, contactId),
  });
}
