import type {
  ActivityParams,
  BreakdownDimension,
  DriftingQuery,
  KpiQuery,
} from '@coalition/contracts';

/** Every query key of the reports; they only read, so nothing here is ever invalidated by hand. */
export const reportKeys = {
  all: ['reports'] as const,
  kpis: (query: KpiQuery) => [...reportKeys.all, 'kpis', query] as const,
  drifting: (query: DriftingQuery) => [...reportKeys.all, 'drifting', query] as const,
  coverage: () => [...reportKeys.all, 'coverage'] as const,
  campaigns: () => [...reportKeys.all, 'campaigns'] as const,
  breakdown: (dimension: BreakdownDimension) =>
    [...reportKeys.all, 'breakdowns', dimension] as const,
  activity: (query: ActivityParams) => [...reportKeys.all, 'activity', query] as const,
};
