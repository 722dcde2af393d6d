import {
  Inject,
  Logger,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.token';
import { ImportLookupRepository } from './import-lookup.repository';
import { ImportMappingsController } from './import-mappings.controller';
import { ImportMappingsRepository } from './import-mappings.repository';
import { ImportMappingsService } from './import-mappings.service';
import { ImportPreviewService } from './import-preview.service';
import { ImportRunner } from './import-runner.service';
import { ImportWriterRepository } from './import-writer.repository';
import { ImportsController } from './imports.controller';
import { ImportsRepository } from './imports.repository';
import { ImportsService } from './imports.service';
import { IMPORT_KIND_HANDLERS, ImportKinds } from './kinds/import-kinds';

const POLL_MS = 1000;
const HOUR_MS = 60 * 60 * 1000;
/** Days an import's rows (the file's cells, people's data) are kept after it finished. */
export const IMPORT_ROWS_KEPT_DAYS = 30;

/**
 * Imports and their runner. Outside tests, the runner looks for queued jobs every second (an
 * unref'd timer: it never keeps the process alive) and deletes the rows of old imports hourly;
 * tests run jobs themselves through ImportRunner. On shutdown the batch in progress finishes.
 */
@Module({
  controllers: [ImportMappingsController, ImportsController],
  providers: [
    ImportsRepository,
    ImportMappingsRepository,
    ImportLookupRepository,
    ImportWriterRepository,
    ...IMPORT_KIND_HANDLERS,
    ImportKinds,
    ImportPreviewService,
    ImportRunner,
    ImportsService,
    ImportMappingsService,
  ],
  exports: [ImportsService, ImportRunner],
})
export class ImportsModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ImportsModule.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private lastPurge = 0;

  constructor(
    private readonly runner: ImportRunner,
    private readonly repository: ImportsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.env === 'test') return;
    this.timer = setInterval(() => {
      this.running ??= this.tick().finally(() => (this.running = undefined));
    }, POLL_MS).unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.runner.stop();
    await this.running;
  }

  /** Runs every waiting job, one after the other; purges old rows once an hour. */
  private async tick(): Promise<void> {
    try {
      while (await this.runner.runNext()) {
        // Until no job waits.
      }
      if (Date.now() - this.lastPurge > HOUR_MS) {
        this.lastPurge = Date.now();
        const purged = await this.repository.purgeRows(IMPORT_ROWS_KEPT_DAYS);
        if (purged)
          this.logger.log(
            `Deleted the rows of imports older than ${IMPORT_ROWS_KEPT_DAYS} days (${purged} rows)`,
          );
      }
    } catch (error) {
      this.logger.error(`The import runner stopped on an error: ${String(error)}`);
    }
  }
}
