import type { AuditEvent, AuditQuery, ListResponse } from '@coalition/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { auditKeys } from './audit-keys';
import { toAuditSearchParams } from './audit-query';

export function getAuditEvents(
  query: AuditQuery,
  signal?: AbortSignal,
): Promise<ListResponse<AuditEvent>> {
  return apiGet<ListResponse<AuditEvent>>('/audit', toAuditSearchParams(query), signal);
}

/** The same filters, maybe another page: what is shown may stay until the next page loads. */
function sameFilters(a: AuditQuery, b: AuditQuery): boolean {
  const filters = (q: AuditQuery) => JSON.stringify({ ...q, page: undefined, pageSize: undefined });
  return filters(a) === filters(b);
}

export function auditEventsQueryOptions(query: AuditQuery) {
  return queryOptions({
    queryKey: auditKeys.list(query),
    queryFn: ({ signal }) => getAuditEvents(query, signal),
    // Another page keeps the rows shown (under a spinner); other filters start empty, since
    // events that do not match what was asked for would mislead.
    placeholderData: (previous, previousQuery) => {
      const previousList = previousQuery?.queryKey[2];
      return previousList && sameFilters(previousList, query) ? previous : undefined;
    },
  });
}

/** `enabled: false` for a role without the trail: nothing to ask that the API would refuse. */
export function useAuditEvents(query: AuditQuery, { enabled = true } = {}) {
  return useQuery({ ...auditEventsQueryOptions(query), enabled });
}
