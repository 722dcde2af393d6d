import { Inject, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.token';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { SettingsModule } from '../settings/settings.module';
import { ReportExportController } from './report-export.controller';
import { ReportExportService } from './report-export.service';
import { ReportController } from './report.controller';
import { ReportRepository } from './report.repository';
import { ReportService } from './report.service';
import { ReportsController } from './reports.controller';
import { ReportsRepository } from './reports.repository';
import { ReportsService } from './reports.service';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Reports: engagement scores and the leadership reports (docs/reports.md). Engagement scores
 * are computed at start (after migrations and the demo seed, which run before the app is
 * built) and then every 24 hours, so decay and windows move with the calendar; tests call the
 * recompute route or ReportsService.recompute() themselves.
 */
@Module({
  imports: [SettingsModule, CampaignsModule],
  controllers: [ReportsController, ReportController, ReportExportController],
  providers: [ReportsRepository, ReportsService, ReportRepository, ReportService, ReportExportService],
  exports: [ReportsService],
})
export class ReportsModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReportsModule.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly reports: ReportsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.env === 'test') return;
    void this.recompute();
    // unref(): the timer alone never keeps the process alive.
    this.timer = setInterval(() => void this.recompute(), DAY_MS).unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async recompute(): Promise<void> {
    try {
      const started = Date.now();
      const { organizations, contacts } = await this.reports.recompute();
      this.logger.log(`Scored ${organizations} organizations and ${contacts} contacts in ${Date.now() - started} ms`);
    } catch (error) {
      this.logger.error(`Could not recompute engagement scores: ${String(error)}`);
    }
  }
}
