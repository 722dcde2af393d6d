import { Inject, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.token';
import { SegmentEvaluationService } from './segment-evaluation.service';
import { SegmentExportController } from './segment-export.controller';
import { SegmentExportRepository } from './segment-export.repository';
import { SegmentExportService } from './segment-export.service';
import { SegmentsController } from './segments.controller';
import { SegmentsRepository } from './segments.repository';
import { SegmentsService } from './segments.service';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Segments and their daily counts. Counts are recorded at start and then every 24 hours, so a
 * segment's size over time can be shown; tests call recordDailyCounts() themselves.
 */
@Module({
  controllers: [SegmentsController, SegmentExportController],
  providers: [SegmentsRepository, SegmentEvaluationService, SegmentsService, SegmentExportRepository, SegmentExportService],
  exports: [SegmentEvaluationService, SegmentsService],
})
export class SegmentsModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SegmentsModule.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly segments: SegmentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.env === 'test') return;
    void this.countAll();
    // unref(): the timer alone never keeps the process alive.
    this.timer = setInterval(() => void this.countAll(), DAY_MS).unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private async countAll(): Promise<void> {
    try {
      const counted = await this.segments.recordDailyCounts();
      this.logger.log(`Recorded today's counts of ${counted} segments`);
    } catch (error) {
      this.logger.error(`Could not record the daily segment counts: ${String(error)}`);
    }
  }
}
