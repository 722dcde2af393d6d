import type {
  ActivityParams,
  ActivityReport,
  BreakdownDimension,
  BreakdownReport,
  CampaignReport,
  CoverageReport,
  DriftingQuery,
  DriftingReport,
  KpiQuery,
  KpiReport,
} from '@coalition/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '@/lib/api-client';
import { reportKeys } from './report-keys';
import { reportRoutes } from './report-routes';

export function useKpiReport(query: KpiQuery) {
  return useQuery(
    queryOptions({
      queryKey: reportKeys.kpis(query),
      queryFn: ({ signal }) => apiGet<KpiReport>(reportRoutes.kpis, query, signal),
    }),
  );
}

export function useDriftingReport(query: DriftingQuery) {
  return useQuery(
    queryOptions({
      queryKey: reportKeys.drifting(query),
      queryFn: ({ signal }) => apiGet<DriftingReport>(reportRoutes.drifting, query, signal),
    }),
  );
}

export function useCoverageReport() {
  return useQuery(
    queryOptions({
      queryKey: reportKeys.coverage(),
      queryFn: ({ signal }) => apiGet<CoverageReport>(reportRoutes.coverage, undefined, signal),
    }),
  );
}

export function useCampaignReport() {
  return useQuery(
    queryOptions({
      queryKey: reportKeys.campaigns(),
      queryFn: ({ signal }) => apiGet<CampaignReport>(reportRoutes.campaigns, undefined, signal),
    }),
  );
}

export function useBreakdownReport(dimension: BreakdownDimension) {
  return useQuery(
    queryOptions({
      queryKey: reportKeys.breakdown(dimension),
      queryFn: ({ signal }) =>
        apiGet<BreakdownReport>(reportRoutes.breakdown(dimension), undefined, signal),
    }),
  );
}

export function useActivityReport(query: ActivityParams) {
  return useQuery(
    queryOptions({
      queryKey: reportKeys.activity(query),
      queryFn: ({ signal }) => apiGet<ActivityReport>(reportRoutes.activity, query, signal),
    }),
  );
}
