import { z } from 'zod';
import { CAMPAIGN_KINDS, goalProgressSchema, goalSeriesSchema } from '../campaigns/campaign.schemas';
import { enumOf } from '../common/enums';
import { dateField } from '../common/fields';
import { idSchema } from '../common/ids';
import { ISSUE_STATUSES } from '../issues/issue.schemas';
import { type FilterConditionInput, type SegmentFilterInput, segmentFilterSchema } from '../segments/filter.schemas';
import { ENGAGEMENT_BANDS, type EngagementBand } from './engagement.schemas';

/*
 * The leadership reports (docs/reports.md): one route per report under /api/reports, each with
 * a CSV twin at `<route>/export`. "Members" are the current (not archived) organizations whose
 * membership status is active. Every row that counts members carries the segment filter that
 * selects exactly those members, so a report cell opens as a member list and can be saved as a
 * segment.
 */

/** A period, both ends included. */
export const reportPeriodSchema = z.object({ start: dateField, end: dateField, label: z.string() });
export type ReportPeriod = z.infer<typeof reportPeriodSchema>;

/** Organizations per band; members not scored yet (new since the last recompute) are in none. */
export const bandCountsSchema = z.object(
  Object.fromEntries(ENGAGEMENT_BANDS.map((band) => [band, z.number().int()])) as Record<
    EngagementBand,
    z.ZodNumber
  >,
);
export type BandCounts = z.infer<typeof bandCountsSchema>;

// --- The segment filters behind report cells ------------------------------------------------

/** Members (current organizations with an active membership) meeting every condition. */
export function memberFilter(...conditions: FilterConditionInput[]): SegmentFilterInput {
  return {
    type: 'group',
    op: 'and',
    children: [{ type: 'condition', field: 'organization.status', values: ['active'] }, ...conditions],
  };
}

/** A row's filter narrowed to the members in one engagement band: a band cell's list. */
export function withBand(filter: SegmentFilterInput, band: EngagementBand): SegmentFilterInput {
  return {
    ...filter,
    children: [...filter.children, { type: 'condition', field: 'organization.engagementBand', values: [band] }],
  };
}

// --- KPIs: GET /reports/kpis ------------------------------------------------------------------

export const KPI_KEYS = [
  'activeMembers',
  'meetingsHeld',
  'attendance',
  'newMembers',
  'lapsedMembers',
  'newlyDormant',
] as const;
export type KpiKey = (typeof KPI_KEYS)[number];
export const KPI_LABELS: Record<KpiKey, string> = {
  activeMembers: 'Active members',
  meetingsHeld: 'Meetings held',
  attendance: 'Attendance',
  newMembers: 'New members',
  lapsedMembers: 'Lapsed members',
  newlyDormant: 'Newly dormant organizations',
};
/** What each KPI counts, as the overview's tooltips and docs/reports.md say it. */
export const KPI_DESCRIPTIONS: Record<KpiKey, string> = {
  activeMembers: 'Members with at least one person attending a meeting for them in the period',
  meetingsHeld: 'Meetings (not archived) that started in the period',
  attendance: 'People marked attended at those meetings',
  newMembers: 'Organizations whose joined-on date falls in the period',
  lapsedMembers: 'Organizations whose dues ran out in the period and were not renewed',
  newlyDormant: 'Organizations not dormant at the start of the period and dormant at its end',
};

/** A quarter as `2026-Q3`. */
export const quarterField = z
  .string({ error: 'must be a quarter as YYYY-Qn' })
  .regex(/^\d{4}-Q[1-4]$/, { error: 'must be a quarter as YYYY-Qn, e.g. 2026-Q3' });

/**
 * Without `quarter`: the current quarter to date against the same number of days at the start
 * of the previous quarter. With a quarter that has ended: the whole quarter against the whole
 * previous one. A quarter that has not started is refused.
 */
export const kpiQuerySchema = z.strictObject({ quarter: quarterField.optional() });
export type KpiQuery = z.infer<typeof kpiQuerySchema>;

export const kpiSchema = z.object({
  key: enumOf(KPI_KEYS),
  label: z.string(),
  value: z.number().int(),
  previous: z.number().int(),
  /** value - previous. */
  change: z.number().int(),
  /** Whole percent of `previous`, rounded; null when previous is 0. */
  changePercent: z.number().int().nullable(),
});
export type Kpi = z.infer<typeof kpiSchema>;

export const kpiReportSchema = z.object({
  period: reportPeriodSchema,
  previousPeriod: reportPeriodSchema,
  kpis: z.array(kpiSchema),
});
export type KpiReport = z.infer<typeof kpiReportSchema>;

// --- Drifting: GET /reports/drifting ------------------------------------------------------

export const driftingQuerySchema = z.strictObject({
  /** Compare today's score with the score this many days ago. */
  days: z.coerce.number({ error: 'must be a number' }).int({ error: 'must be a whole number' }).min(7).max(365).default(90),
  limit: z.coerce.number({ error: 'must be a number' }).int({ error: 'must be a whole number' }).min(1).max(100).default(10),
});
export type DriftingQuery = z.infer<typeof driftingQuerySchema>;
export type DriftingParams = z.input<typeof driftingQuerySchema>;

/** A member whose score fell: the score then (the last one recorded on or before that day) and now. */
export const driftingRowSchema = z.object({
  organizationId: idSchema,
  name: z.string(),
  city: z.string(),
  county: z.string(),
  scoreBefore: z.number(),
  scoreNow: z.number(),
  /** scoreBefore - scoreNow, above 0. */
  drop: z.number(),
  bandBefore: enumOf(ENGAGEMENT_BANDS),
  bandNow: enumOf(ENGAGEMENT_BANDS),
});
export type DriftingRow = z.infer<typeof driftingRowSchema>;

export const driftingReportSchema = z.object({
  /** The day compared with: today minus `days`. */
  since: dateField,
  items: z.array(driftingRowSchema),
});
export type DriftingReport = z.infer<typeof driftingReportSchema>;

// --- Priority coverage: GET /reports/coverage ---------------------------------------------

/** Members per interest level on one issue (not archived), and how many counties they are in. */
export const coverageRowSchema = z.object({
  issueId: idSchema,
  title: z.string(),
  tier: z.number().int(),
  rank: z.number().int(),
  status: enumOf(ISSUE_STATUSES),
  leading: z.number().int(),
  active: z.number().int(),
  interested: z.number().int(),
  /** Members at any level. */
  total: z.number().int(),
  counties: z.number().int(),
  /** Members with any interest in the issue; `leading` and `activeOrLeading` narrow it. */
  filters: z.object({ any: segmentFilterSchema, activeOrLeading: segmentFilterSchema, leading: segmentFilterSchema }),
});
export type CoverageRow = z.infer<typeof coverageRowSchema>;

export const coverageReportSchema = z.object({ items: z.array(coverageRowSchema) });
export type CoverageReport = z.infer<typeof coverageReportSchema>;

// --- Campaign progress: GET /reports/campaigns --------------------------------------------

export const campaignProgressSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: enumOf(CAMPAIGN_KINDS),
  startsOn: dateField,
  endsOn: dateField.nullable(),
  active: z.boolean(),
  goals: z.array(goalProgressSchema),
  /** Cumulative total by month against each goal's target. */
  series: z.array(goalSeriesSchema),
  /** Members taking part in any role. */
  members: z.number().int(),
  filter: segmentFilterSchema,
});
export type CampaignProgress = z.infer<typeof campaignProgressSchema>;

export const campaignReportSchema = z.object({ items: z.array(campaignProgressSchema) });
export type CampaignReport = z.infer<typeof campaignReportSchema>;

// --- Breakdowns: GET /reports/breakdowns/:dimension ---------------------------------------

export const BREAKDOWN_DIMENSIONS = ['kind', 'county', 'issue', 'campaign', 'language'] as const;
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];
export const BREAKDOWN_LABELS: Record<BreakdownDimension, string> = {
  kind: 'Organization kind',
  county: 'County',
  issue: 'Issue',
  campaign: 'Campaign',
  language: 'Language community',
};

export const breakdownParamsSchema = z.strictObject({ dimension: enumOf(BREAKDOWN_DIMENSIONS) });
export type BreakdownParams = z.infer<typeof breakdownParamsSchema>;

/**
 * One value of the dimension (a kind, a county, an issue, a campaign, a language served). A
 * member is in every row it qualifies for, so issue, campaign and language rows overlap.
 */
export const breakdownRowSchema = z.object({
  key: z.string(),
  label: z.string(),
  /** Members in the row: the count the row's filter gives as a segment. */
  organizations: z.number().int(),
  /** People currently affiliated with those members: the segment's contact count. */
  contacts: z.number().int(),
  /** Mean score of the row's scored members, to hundredths; null when none is scored. */
  averageScore: z.number().nullable(),
  bands: bandCountsSchema,
  filter: segmentFilterSchema,
});
export type BreakdownRow = z.infer<typeof breakdownRowSchema>;

export const breakdownReportSchema = z.object({
  dimension: enumOf(BREAKDOWN_DIMENSIONS),
  /** Every value of the dimension, also those with no member (all 14 counties, every kind). */
  rows: z.array(breakdownRowSchema),
  /** All members once each (not the sum of overlapping rows). */
  total: breakdownRowSchema.omit({ key: true, label: true, filter: true }),
});
export type BreakdownReport = z.infer<typeof breakdownReportSchema>;

// --- Activity over time: GET /reports/activity --------------------------------------------

export const ACTIVITY_INTERVALS = ['month', 'quarter'] as const;
export type ActivityInterval = (typeof ACTIVITY_INTERVALS)[number];

export const activityQuerySchema = z.strictObject({ by: enumOf(ACTIVITY_INTERVALS).default('month') });
export type ActivityQuery = z.infer<typeof activityQuerySchema>;
export type ActivityParams = z.input<typeof activityQuerySchema>;

/** One month (`2026-10`) or quarter (`2026-Q4`) of the last two years, the current one to date. */
export const activityPointSchema = z.object({
  period: z.string(),
  start: dateField,
  end: dateField,
  meetings: z.number().int(),
  /** People marked attended. */
  attendance: z.number().int(),
  /** Members with at least one person attending for them. */
  membersPresent: z.number().int(),
  /**
   * Mean of the members' scores as last recorded in the period (engagement_score_daily), to
   * hundredths; null when no score was recorded in it.
   */
  averageScore: z.number().nullable(),
});
export type ActivityPoint = z.infer<typeof activityPointSchema>;

export const activityReportSchema = z.object({
  by: enumOf(ACTIVITY_INTERVALS),
  points: z.array(activityPointSchema),
});
export type ActivityReport = z.infer<typeof activityReportSchema>;
