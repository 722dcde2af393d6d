import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import type { ActivityQuery, BreakdownDimension, DriftingQuery, KpiQuery } from '@coalition/contracts';
import { type CsvColumn, exportFileName, streamCsv } from '../../common/csv-export';
import { AuditService } from '../audit/audit.service';
import {
  activityColumns,
  BREAKDOWN_TOTAL_LABEL,
  breakdownColumns,
  CAMPAIGN_COLUMNS,
  campaignExportRows,
  COVERAGE_COLUMNS,
  DRIFTING_COLUMNS,
  KPI_COLUMNS,
} from './report-export';
import { ReportService } from './report.service';

/** The report names of the audit trail and of the files. */
type ReportName = 'kpis' | 'drifting' | 'coverage' | 'campaigns' | 'breakdowns' | 'activity';

/** A report is a few dozen rows, already in memory: the whole file is one batch. */
const oneBatch = <T>(rows: T[]): AsyncIterable<T[]> => Readable.from([rows]);

/**
 * Each report as CSV. Reports count members rather than list them, but the drifting list names
 * organizations, so every report export is audited alike (report, parameters, rows) before the
 * first row is sent, as the organization and segment exports are.
 */
@Injectable()
export class ReportExportService {
  constructor(
    private readonly reports: ReportService,
    private readonly audit: AuditService,
  ) {}

  async kpis(query: KpiQuery, res: Response): Promise<void> {
    const { period, previousPeriod, kpis } = await this.reports.kpis(query);
    const rows = kpis.map((kpi) => ({ ...kpi, period, previousPeriod }));
    await this.send(res, { report: 'kpis', params: query, file: 'report-kpis' }, KPI_COLUMNS, rows);
  }

  async drifting(query: DriftingQuery, res: Response): Promise<void> {
    const { since, items } = await this.reports.drifting(query);
    const rows = items.map((item) => ({ ...item, since }));
    await this.send(res, { report: 'drifting', params: query, file: 'report-drifting' }, DRIFTING_COLUMNS, rows);
  }

  async coverage(res: Response): Promise<void> {
    const { items } = await this.reports.coverage();
    await this.send(res, { report: 'coverage', params: {}, file: 'report-coverage' }, COVERAGE_COLUMNS, items);
  }

  async campaigns(res: Response): Promise<void> {
    const { items } = await this.reports.campaigns();
    const file = 'report-campaigns';
    await this.send(res, { report: 'campaigns', params: {}, file }, CAMPAIGN_COLUMNS, campaignExportRows(items));
  }

  async breakdown(dimension: BreakdownDimension, res: Response): Promise<void> {
    const { rows, total } = await this.reports.breakdown(dimension);
    const lines = [...rows, { label: BREAKDOWN_TOTAL_LABEL, ...total }];
    const file = `report-breakdown-${dimension}`;
    await this.send(res, { report: 'breakdowns', params: { dimension }, file }, breakdownColumns(dimension), lines);
  }

  async activity(query: ActivityQuery, res: Response): Promise<void> {
    const { points } = await this.reports.activity(query);
    const file = `report-activity-by-${query.by}`;
    await this.send(res, { report: 'activity', params: query, file }, activityColumns(query.by), points);
  }

  private async send<T>(
    res: Response,
    what: { report: ReportName; params: object; file: string },
    columns: CsvColumn<T>[],
    rows: T[],
  ): Promise<void> {
    await this.audit.recordAlone({
      action: 'export',
      entityType: 'report',
      entityId: what.report,
      details: { report: what.report, format: 'csv', params: what.params, rows: rows.length },
    });
    await streamCsv(res, exportFileName(what.file), columns, oneBatch(rows));
  }
}
