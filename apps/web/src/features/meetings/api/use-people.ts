import type {
  AttendeeSearchResponse,
  ContactDetail,
  CreateContactInput,
  WalkInCheckInput,
  WalkInCheckResponse,
} from '@coalition/contracts';
import { keepPreviousData, queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { apiGet, apiRequest } from '@/lib/api-client';
import { meetingKeys } from './meeting-keys';

/**
 * A person's current organizations, read from their contact record when a select asks for them
 * (the people search matches by text, so it cannot name one person for sure).
 */
export function useCurrentAffiliations(contactId: string, enabled: boolean) {
  return useQuery({
    ...queryOptions({
      queryKey: meetingKeys.affiliations(contactId),
      queryFn: ({ signal }) =>
        apiGet<ContactDetail>(`/contacts/${encodeURIComponent(contactId)}`, undefined, signal),
    }),
    enabled,
    select: (contact) =>
      contact.affiliations
        .filter((a) => a.current)
        .map((a) => ({ id: a.organizationId, name: a.organizationName })),
  });
}

/** People (and organizations with their people) matching what was typed at the door. */
export function usePeopleSearch(q: string) {
  const term = q.trim();
  return useQuery({
    ...queryOptions({
      queryKey: meetingKeys.people(term),
      queryFn: ({ signal }) =>
        apiGet<AttendeeSearchResponse>('/meetings/people', { q: term }, signal),
    }),
    enabled: term.length > 0,
    placeholderData: keepPreviousData,
  });
}

export function useWalkInCheck() {
  return useMutation({
    mutationFn: (body: WalkInCheckInput) =>
      apiRequest<WalkInCheckResponse>('/meetings/walk-in-check', { method: 'POST', body }),
  });
}

/** A walk-in becomes a contact the way the contacts feature creates one (consent left unset). */
export function useCreateWalkIn() {
  return useMutation({
    mutationFn: (body: CreateContactInput) =>
      apiRequest<ContactDetail>('/contacts', { method: 'POST', body }),
  });
}
