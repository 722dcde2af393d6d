import type { OrganizationDetail, OrganizationListResponse } from '@coalition/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { contactKeys } from './contact-keys';

/** Enough to pick from while typing; a longer list means the search should be narrower. */
const CHOICES_PAGE_SIZE = 20;

export function getOrganizationChoices(
  q: string,
  signal?: AbortSignal,
): Promise<OrganizationListResponse> {
  return apiGet<OrganizationListResponse>(
    '/organizations',
    { q: q || undefined, pageSize: CHOICES_PAGE_SIZE, sort: 'name' },
    signal,
  );
}

export function getOrganizationChoice(id: string, signal?: AbortSignal) {
  return apiGet<OrganizationDetail>(`/organizations/${encodeURIComponent(id)}`, undefined, signal);
}

/** Member organizations whose name (or city) matches what is typed. */
export function useOrganizationChoices(q: string, enabled: boolean) {
  return useQuery(
    queryOptions({
      queryKey: contactKeys.organizationChoices(q),
      queryFn: ({ signal }) => getOrganizationChoices(q, signal),
      // Keep the options on screen while the next search answers.
      placeholderData: keepPreviousData,
      enabled,
    }),
  );
}

/** One organization already chosen (from a link), so the picker can show its name. */
export function useOrganizationChoice(id: string | undefined) {
  return useQuery(
    queryOptions({
      queryKey: contactKeys.organizationChoice(id ?? ''),
      queryFn: ({ signal }) => getOrganizationChoice(id ?? '', signal),
      enabled: Boolean(id),
    }),
  );
}
