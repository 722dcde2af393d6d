import type { ContactDetail } from '@coalition/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { contactKeys } from './contact-keys';

/**
 * After a write the API answers with the whole record: it becomes the cached detail as is,
 * and every list is refetched, since the person may have moved in, out of or within any.
 */
export function storeSavedContact(queryClient: QueryClient, contact: ContactDetail): void {
  queryClient.setQueryData(contactKeys.detail(contact.id), contact);
  void queryClient.invalidateQueries({ queryKey: contactKeys.lists() });
}

/**
 * A change to an affiliation changes the person's record (its affiliations, the list's
 * "organizations" column) without answering the record: refetch both.
 */
export function refreshContact(queryClient: QueryClient, contactId: string): Promise<void> {
  void queryClient.invalidateQueries({ queryKey: contactKeys.lists() });
  return queryClient.invalidateQueries({ queryKey: contactKeys.detail(contactId) });
}
