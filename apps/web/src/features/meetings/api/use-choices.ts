import type { OrganizationListResponse } from '@coalition/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { meetingKeys } from './meeting-keys';

/** Organizations by name, for the host: asked as the person types. */
export function useOrganizationChoices(q: string, enabled: boolean) {
  return useQuery({
    ...queryOptions({
      queryKey: meetingKeys.organizationChoices(q),
      queryFn: ({ signal }) =>
        apiGet<OrganizationListResponse>(
          '/organizations',
          { q: q || undefined, page: 1, pageSize: 20 },
          signal,
        ),
    }),
    enabled,
    placeholderData: keepPreviousData,
  });
}
