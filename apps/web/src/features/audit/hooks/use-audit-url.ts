import type { AuditQuery } from '@coalition/contracts';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  type AuditFilters,
  NO_AUDIT_FILTERS,
  parseAuditQuery,
  toAuditSearchParams,
} from '../api/audit-query';

/** The trail's filters and page, in the URL. Narrowing returns to page 1. */
export function useAuditUrl() {
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => parseAuditQuery(searchParams), [searchParams]);

  const update = useCallback(
    (patch: Partial<AuditQuery>) =>
      setSearchParams((current) => toAuditSearchParams({ ...parseAuditQuery(current), ...patch })),
    [setSearchParams],
  );

  const setFilters = useCallback(
    (filters: Partial<AuditFilters>) => update({ ...filters, page: 1 }),
    [update],
  );
  const clearFilters = useCallback(() => update({ ...NO_AUDIT_FILTERS, page: 1 }), [update]);
  const setPage = useCallback(
    (page: number, pageSize: number) => update({ page, pageSize }),
    [update],
  );

  return { query, setFilters, clearFilters, setPage };
}
