import type { ContactDetail } from '@coalition/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { contactKeys } from './contact-keys';

export function contactPath(id: string): string {
  return `/contacts/${encodeURIComponent(id)}`;
}

export function getContact(id: string, signal?: AbortSignal): Promise<ContactDetail> {
  return apiGet<ContactDetail>(contactPath(id), undefined, signal);
}

export function contactQueryOptions(id: string) {
  return queryOptions({
    queryKey: contactKeys.detail(id),
    queryFn: ({ signal }) => getContact(id, signal),
  });
}

export function useContact(id: string) {
  return useQuery(contactQueryOptions(id));
}
