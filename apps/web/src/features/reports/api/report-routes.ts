import type { BreakdownDimension } from '@coalition/contracts';
import { apiUrl, type QueryParams } from '@/lib/api-client';

/** The API route of each report (under /api); its CSV twin is the same route plus `/export`. */
export const reportRoutes = {
  kpis: '/reports/kpis',
  drifting: '/reports/drifting',
  coverage: '/reports/coverage',
  campaigns: '/reports/campaigns',
  breakdown: (dimension: BreakdownDimension): string => `/reports/breakdowns/${dimension}`,
  activity: '/reports/activity',
} as const;

/**
 * The CSV download of a report, with the parameters the page shows it with. A plain link, so
 * the browser saves the file with the session cookie; the API audits every download.
 */
export function reportCsvHref(route: string, query?: QueryParams): string {
  return apiUrl(`${route}/export`, query);
}
