import {
  AUDIT_ACTIONS,
  type AuditQuery,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
} from '@coalition/contracts';
import { readDate, readInt, readList, readText } from '@/lib/search-params';

/**
 * The trail's filters, written the same way in the dashboard URL and in the API request
 * (`?action=update&entityType=organization&from=2025-01-01&to=2025-01-31`), so a link
 * reproduces the view; defaults are left out.
 */
export type AuditFilters = Omit<AuditQuery, 'page' | 'pageSize'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseAuditQuery(params: URLSearchParams): AuditQuery {
  const userId = params.get('userId') ?? '';
  const from = readDate(params.get('from'));
  const to = readDate(params.get('to'));
  // A range typed backwards is read the right way round.
  const [start, end] = from && to && from > to ? [to, from] : [from, to];
  return {
    page: readInt(params.get('page'), 1, 100_000),
    pageSize: readInt(params.get('pageSize'), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
    userId: UUID.test(userId) ? userId : undefined,
    entityType: readText(params.get('entityType'), 40),
    entityId: readText(params.get('entityId'), 60),
    action: readList(params, 'action', AUDIT_ACTIONS),
    from: start,
    to: end,
  };
}

export function toAuditSearchParams(query: AuditQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const action of query.action ?? []) params.append('action', action);
  if (query.entityType) params.set('entityType', query.entityType);
  if (query.entityId) params.set('entityId', query.entityId);
  if (query.userId) params.set('userId', query.userId);
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  if (query.page !== 1) params.set('page', String(query.page));
  if (query.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(query.pageSize));
  return params;
}

export const NO_AUDIT_FILTERS: AuditFilters = {
  userId: undefined,
  entityType: undefined,
  entityId: undefined,
  action: undefined,
  from: undefined,
  to: undefined,
};

export function hasAuditFilters(filters: AuditFilters): boolean {
  return Object.values(filters).some((value) => value !== undefined);
}
