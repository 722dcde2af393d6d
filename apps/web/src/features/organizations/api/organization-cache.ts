import type { OrganizationDetail } from '@coalition/contracts';
import type { QueryClient } from '@tanstack/react-query';
import { organizationKeys } from './organization-keys';

/**
 * After a write the API answers with the whole record: it becomes the cached detail as is
 * (no second request for the same data), and every list is refetched, since the record may
 * have moved in, out of or within any of them.
 */
export function storeSavedOrganization(queryClient: QueryClient, org: OrganizationDetail): void {
  queryClient.setQueryData(organizationKeys.detail(org.id), org);
  void queryClient.invalidateQueries({ queryKey: organizationKeys.lists() });
}
