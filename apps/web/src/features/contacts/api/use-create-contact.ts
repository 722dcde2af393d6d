import type { ContactDetail, CreateContactInput } from '@coalition/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '@/lib/api-client';
import { storeSavedContact } from './contact-cache';

export function createContact(input: CreateContactInput): Promise<ContactDetail> {
  return apiRequest<ContactDetail>('/contacts', { method: 'POST', body: input });
}

export function useCreateContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createContact,
    onSuccess: (contact) => storeSavedContact(queryClient, contact),
  });
}
