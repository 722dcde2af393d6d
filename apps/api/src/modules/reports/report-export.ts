import {
  type ActivityInterval,
  type ActivityPoint,
  BREAKDOWN_LABELS,
  type BreakdownDimension,
  type BreakdownRow,
  CAMPAIGN_KIND_LABELS,
  type CampaignProgress,
  type CoverageRow,
  type DriftingRow,
  ENGAGEMENT_BAND_LABELS,
  type GoalProgress,
  ISSUE_STATUS_LABELS,
  type Kpi,
  type ReportPeriod,
} from '@coalition/contracts';
import type { CsvColumn } from '../../common/csv-export';

/*
 * The columns of each report's CSV (docs/reports.md), headers in plain words. A report's rows
 * are few (tens), so each file is written in one batch.
 */

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
const periodText = (p: ReportPeriod) => `${p.label} (${p.start} to ${p.end})`;

export interface KpiExportRow extends Kpi {
  period: ReportPeriod;
  previousPeriod: ReportPeriod;
}

export const KPI_COLUMNS: CsvColumn<KpiExportRow>[] = [
  { header: 'Measure', value: (r) => r.label },
  { header: 'Period', value: (r) => periodText(r.period) },
  { header: 'Value', value: (r) => r.value },
  { header: 'Compared with', value: (r) => periodText(r.previousPeriod) },
  { header: 'Previous value', value: (r) => r.previous },
  { header: 'Change', value: (r) => r.change },
  { header: 'Change (%)', value: (r) => r.changePercent },
];

export interface DriftingExportRow extends DriftingRow {
  since: string;
}

export const DRIFTING_COLUMNS: CsvColumn<DriftingExportRow>[] = [
  { header: 'Organization', value: (r) => r.name },
  { header: 'City or town', value: (r) => r.city },
  { header: 'County', value: (r) => r.county },
  { header: 'Compared with', value: (r) => r.since },
  { header: 'Score then', value: (r) => r.scoreBefore },
  { header: 'Band then', value: (r) => ENGAGEMENT_BAND_LABELS[r.bandBefore] },
  { header: 'Score now', value: (r) => r.scoreNow },
  { header: 'Band now', value: (r) => ENGAGEMENT_BAND_LABELS[r.bandNow] },
  { header: 'Drop', value: (r) => r.drop },
  { header: 'Id', value: (r) => r.organizationId },
];

export const COVERAGE_COLUMNS: CsvColumn<CoverageRow>[] = [
  { header: 'Tier', value: (r) => r.tier },
  { header: 'Rank', value: (r) => r.rank },
  { header: 'Issue', value: (r) => r.title },
  { header: 'Status', value: (r) => ISSUE_STATUS_LABELS[r.status] },
  { header: 'Leading', value: (r) => r.leading },
  { header: 'Active', value: (r) => r.active },
  { header: 'Interested', value: (r) => r.interested },
  { header: 'Members (any level)', value: (r) => r.total },
  { header: 'Counties', value: (r) => r.counties },
];

/** One row per goal; a campaign without goals still has one row, its goal cells empty. */
export interface CampaignExportRow {
  campaign: Omit<CampaignProgress, 'goals' | 'series' | 'filter'>;
  goal: GoalProgress | null;
}

export function campaignExportRows(items: CampaignProgress[]): CampaignExportRow[] {
  return items.flatMap(({ goals, ...campaign }): CampaignExportRow[] =>
    goals.length ? goals.map((goal) => ({ campaign, goal })) : [{ campaign, goal: null }],
  );
}

export const CAMPAIGN_COLUMNS: CsvColumn<CampaignExportRow>[] = [
  { header: 'Campaign', value: (r) => r.campaign.name },
  { header: 'Kind', value: (r) => CAMPAIGN_KIND_LABELS[r.campaign.kind] },
  { header: 'Starts on', value: (r) => r.campaign.startsOn },
  { header: 'Ends on', value: (r) => r.campaign.endsOn },
  { header: 'Running now', value: (r) => yesNo(r.campaign.active) },
  { header: 'Members taking part', value: (r) => r.campaign.members },
  { header: 'Goal', value: (r) => r.goal?.label },
  { header: 'Unit', value: (r) => r.goal?.unit },
  { header: 'Target', value: (r) => r.goal?.target },
  { header: 'Achieved', value: (r) => r.goal?.achieved },
  { header: 'Percent of target', value: (r) => r.goal?.percent },
];

export type BreakdownExportRow = Omit<BreakdownRow, 'key' | 'filter'>;

/** The first column is named after the dimension ("County"); the last row is every member once. */
export function breakdownColumns(dimension: BreakdownDimension): CsvColumn<BreakdownExportRow>[] {
  return [
    { header: BREAKDOWN_LABELS[dimension], value: (r) => r.label },
    { header: 'Organizations', value: (r) => r.organizations },
    { header: 'Contacts', value: (r) => r.contacts },
    { header: 'Average score', value: (r) => r.averageScore },
    { header: 'Core', value: (r) => r.bands.core },
    { header: 'Active', value: (r) => r.bands.active },
    { header: 'Occasional', value: (r) => r.bands.occasional },
    { header: 'Dormant', value: (r) => r.bands.dormant },
  ];
}

export const BREAKDOWN_TOTAL_LABEL = 'All members (each once)';

export function activityColumns(by: ActivityInterval): CsvColumn<ActivityPoint>[] {
  return [
    { header: by === 'month' ? 'Month' : 'Quarter', value: (r) => r.period },
    { header: 'From', value: (r) => r.start },
    { header: 'To', value: (r) => r.end },
    { header: 'Meetings', value: (r) => r.meetings },
    { header: 'Attendance', value: (r) => r.attendance },
    { header: 'Members present', value: (r) => r.membersPresent },
    { header: 'Average score', value: (r) => r.averageScore },
  ];
}
