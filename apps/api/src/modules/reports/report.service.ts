import { Injectable } from '@nestjs/common';
import {
  type ActivityQuery,
  type ActivityReport,
  type BreakdownDimension,
  type BreakdownReport,
  type CampaignReport,
  COUNTIES,
  type CoverageReport,
  type DriftingQuery,
  type DriftingReport,
  KPI_KEYS,
  type KpiQuery,
  type KpiReport,
  LANGUAGES,
  ORGANIZATION_KIND_LABELS,
  ORGANIZATION_KINDS,
} from '@coalition/contracts';
import { CampaignsService } from '../campaigns/campaigns.service';
import { kpiPeriods } from './report-periods';
import { breakdownFilter, campaignFilter, coverageFilters } from './report-filters';
import { toBreakdownRow, toBreakdownTotal, toKpi } from './report.mapper';
import { type BreakdownValue, ReportRepository } from './report.repository';

/**
 * The leadership reports (docs/reports.md): each a few queries in ReportRepository, except
 * campaign progress, which the campaigns domain computes. Reads only; nothing is audited here
 * (the CSV exports are, in ReportExportService).
 */
@Injectable()
export class ReportService {
  constructor(
    private readonly repository: ReportRepository,
    private readonly campaignsService: CampaignsService,
  ) {}

  async kpis(query: KpiQuery): Promise<KpiReport> {
    const today = await this.repository.today();
    const { period, previousPeriod } = kpiPeriods(today, query.quarter);
    const [now, before] = await this.repository.kpiCounts([period, previousPeriod], today);
    return { period, previousPeriod, kpis: KPI_KEYS.map((key) => toKpi(key, now[key], before[key])) };
  }

  async drifting(query: DriftingQuery): Promise<DriftingReport> {
    const since = await this.repository.daysAgo(query.days);
    return { since, items: await this.repository.drifting(since, query.limit) };
  }

  async coverage(): Promise<CoverageReport> {
    const rows = await this.repository.coverage();
    return { items: rows.map((row) => ({ ...row, filters: coverageFilters(row.issueId) })) };
  }

  async campaigns(): Promise<CampaignReport> {
    const items = await this.campaignsService.progressReport();
    return { items: items.map((item) => ({ ...item, filter: campaignFilter(item.id) })) };
  }

  /**
   * Every value of the dimension, in a fixed order (kinds and languages as the contract lists
   * them, counties alphabetically, issues by tier and rank, campaigns as the campaign report),
   * also those without members, except languages no member serves.
   */
  async breakdown(dimension: BreakdownDimension): Promise<BreakdownReport> {
    const values = await this.valuesOf(dimension);
    const counts = await this.repository.breakdownCounts(dimension, values.map((v) => v.key));
    const [total] = await this.repository.breakdownCounts('all', ['']);
    const rows = values
      .map((value, index) => toBreakdownRow(value, counts[index], breakdownFilter(dimension, value.key)))
      .filter((row) => dimension !== 'language' || row.organizations > 0);
    return { dimension, rows, total: toBreakdownTotal(total) };
  }

  async activity(query: ActivityQuery): Promise<ActivityReport> {
    return { by: query.by, points: await this.repository.activity(query.by) };
  }

  private async valuesOf(dimension: BreakdownDimension): Promise<BreakdownValue[]> {
    switch (dimension) {
      case 'kind':
        return ORGANIZATION_KINDS.map((kind) => ({ key: kind, label: ORGANIZATION_KIND_LABELS[kind] }));
      case 'county':
        return COUNTIES.map((county) => ({ key: county, label: county }));
      case 'language':
        return LANGUAGES.map((language) => ({ key: language.code, label: language.label }));
      case 'issue':
        return this.repository.issueValues();
      case 'campaign':
        return this.repository.campaignValues();
    }
  }
}
