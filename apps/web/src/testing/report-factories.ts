import {
  type ActivityPoint,
  type ActivityReport,
  type BreakdownDimension,
  type BreakdownReport,
  type BreakdownRow,
  type CampaignProgress,
  type CampaignReport,
  type CoverageReport,
  type CoverageRow,
  type DriftingReport,
  type DriftingRow,
  type FilterConditionInput,
  type InterestLevel,
  KPI_KEYS,
  KPI_LABELS,
  type Kpi,
  type KpiReport,
  memberFilter,
  type SegmentFilter,
  segmentFilterSchema,
} from '@coalition/contracts';

let sequence = 0;
const nextId = (): string => `70000000-0000-4000-8000-${String(++sequence).padStart(12, '0')}`;

/** Members meeting the conditions, as the API sends a filter (defaults filled in). */
export function buildMemberFilter(...conditions: FilterConditionInput[]): SegmentFilter {
  return segmentFilterSchema.parse(memberFilter(...conditions));
}

function interestFilter(issueId: string, minLevel: InterestLevel): SegmentFilter {
  return buildMemberFilter({
    type: 'condition',
    field: 'organization.interest',
    issueIds: [issueId],
    match: 'any',
    minLevel,
  });
}

/** A KPI; `change` and `changePercent` follow `value` and `previous` as the API computes them. */
export function buildKpi(overrides: Partial<Kpi> & Pick<Kpi, 'key'>): Kpi {
  const value = overrides.value ?? 10;
  const previous = overrides.previous ?? 10;
  return {
    label: KPI_LABELS[overrides.key],
    value,
    previous,
    change: value - previous,
    changePercent: previous === 0 ? null : Math.round(((value - previous) * 100) / previous),
    ...overrides,
  };
}

export function buildKpiReport(kpis: Partial<Kpi>[] = []): KpiReport {
  return {
    period: { start: '2026-10-01', end: '2026-11-24', label: 'Q4 2026 to date' },
    previousPeriod: { start: '2026-07-01', end: '2026-08-24', label: 'Q3 2026, same days' },
    kpis: KPI_KEYS.map((key) => buildKpi({ key, ...kpis.find((k) => k.key === key) })),
  };
}

export function buildDriftingRow(overrides: Partial<DriftingRow> = {}): DriftingRow {
  return {
    organizationId: nextId(),
    name: `Organization ${sequence}`,
    city: 'Worcester',
    county: 'Worcester',
    scoreBefore: 55,
    scoreNow: 18,
    drop: 37,
    bandBefore: 'core',
    bandNow: 'occasional',
    ...overrides,
  };
}

export function buildDriftingReport(items: DriftingRow[] = []): DriftingReport {
  return { since: '2026-08-26', items };
}

export function buildCoverageRow(overrides: Partial<CoverageRow> = {}): CoverageRow {
  const issueId = overrides.issueId ?? nextId();
  const leading = overrides.leading ?? 2;
  const active = overrides.active ?? 3;
  const interested = overrides.interested ?? 4;
  return {
    issueId,
    title: `Issue ${sequence}`,
    tier: 1,
    rank: 1,
    status: 'active',
    leading,
    active,
    interested,
    total: leading + active + interested,
    counties: 3,
    filters: {
      any: interestFilter(issueId, 'interested'),
      activeOrLeading: interestFilter(issueId, 'active'),
      leading: interestFilter(issueId, 'leading'),
    },
    ...overrides,
  };
}

export function buildCoverageReport(items: CoverageRow[] = []): CoverageReport {
  return { items };
}

export function buildCampaignProgress(overrides: Partial<CampaignProgress> = {}): CampaignProgress {
  const id = overrides.id ?? nextId();
  return {
    id,
    name: `Campaign ${sequence}`,
    kind: 'voter_engagement',
    startsOn: '2026-06-01',
    endsOn: null,
    active: true,
    goals: [],
    series: [],
    members: 0,
    filter: buildMemberFilter({
      type: 'condition',
      field: 'organization.campaign',
      campaignIds: [id],
    }),
    ...overrides,
  };
}

export function buildCampaignReport(items: CampaignProgress[] = []): CampaignReport {
  return { items };
}

/** The filter the API gives a county, kind or language row. */
function rowFilter(dimension: BreakdownDimension, key: string): SegmentFilter {
  switch (dimension) {
    case 'issue':
      return interestFilter(key, 'interested');
    case 'campaign':
      return buildMemberFilter({
        type: 'condition',
        field: 'organization.campaign',
        campaignIds: [key],
      });
    case 'kind':
    case 'county':
    case 'language':
      return buildMemberFilter({
        type: 'condition',
        field: `organization.${dimension}`,
        values: [key],
      } as FilterConditionInput);
  }
}

export function buildBreakdownRow(
  dimension: BreakdownDimension,
  overrides: Partial<BreakdownRow> & Pick<BreakdownRow, 'key'>,
): BreakdownRow {
  return {
    label: overrides.key,
    organizations: 6,
    contacts: 15,
    averageScore: 24.5,
    bands: { core: 1, active: 2, occasional: 2, dormant: 1 },
    filter: rowFilter(dimension, overrides.key),
    ...overrides,
  };
}

export function buildBreakdownReport(
  dimension: BreakdownDimension,
  rows: BreakdownRow[] = [],
): BreakdownReport {
  const sum = (pick: (row: BreakdownRow) => number) => rows.reduce((n, row) => n + pick(row), 0);
  return {
    dimension,
    rows,
    total: {
      organizations: sum((r) => r.organizations),
      contacts: sum((r) => r.contacts),
      averageScore: rows.length === 0 ? null : 24.5,
      bands: {
        core: sum((r) => r.bands.core),
        active: sum((r) => r.bands.active),
        occasional: sum((r) => r.bands.occasional),
        dormant: sum((r) => r.bands.dormant),
      },
    },
  };
}

export function buildActivityPoint(overrides: Partial<ActivityPoint> = {}): ActivityPoint {
  return {
    period: '2026-10',
    start: '2026-10-01',
    end: '2026-10-31',
    meetings: 4,
    attendance: 38,
    membersPresent: 12,
    averageScore: 21.4,
    ...overrides,
  };
}

export function buildActivityReport(
  by: ActivityReport['by'] = 'month',
  points: ActivityPoint[] = [],
): ActivityReport {
  return { by, points };
}

export interface ReportAnswers {
  kpis: KpiReport;
  drifting: DriftingReport;
  coverage: CoverageReport;
  campaigns: CampaignReport;
  breakdowns: Partial<Record<BreakdownDimension, BreakdownReport>>;
  activity: ActivityReport;
}

/**
 * The body the reports API answers `pathname` with (an empty report unless given), or
 * undefined for any other route.
 */
export function reportAnswer(pathname: string, answers: Partial<ReportAnswers> = {}): unknown {
  const breakdown = /^\/api\/reports\/breakdowns\/(\w+)$/.exec(pathname)?.[1];
  if (breakdown) {
    const dimension = breakdown as BreakdownDimension;
    return answers.breakdowns?.[dimension] ?? buildBreakdownReport(dimension);
  }
  switch (pathname) {
    case '/api/reports/kpis':
      return answers.kpis ?? buildKpiReport();
    case '/api/reports/drifting':
      return answers.drifting ?? buildDriftingReport();
    case '/api/reports/coverage':
      return answers.coverage ?? buildCoverageReport();
    case '/api/reports/campaigns':
      return answers.campaigns ?? buildCampaignReport();
    case '/api/reports/activity':
      return answers.activity ?? buildActivityReport();
    default:
      return undefined;
  }
}
