import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { exportFileName } from '../../common/csv-export';
import type { DatabaseConnection } from '../../database/database-connection';
import { DATABASE } from '../../database/database.module';
import { AuditService } from '../audit/audit.service';
import { writeFullExportFile } from './full-export.file';
import { FullExportRepository } from './full-export.repository';
import { writeFullExport } from './full-export.writer';

function startDownload(res: Response, fileName: string, size?: number): void {
  res.status(200);
  res.setHeader('Content-Type', 'application/zip');
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  res.setHeader('Cache-Control', 'no-store');
  if (size !== undefined) res.setHeader('Content-Length', String(size));
}

/** The dashboard's "Export all": every table of member data as one zip download. */
@Injectable()
export class FullExportService {
  private readonly logger = new Logger(FullExportService.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(DATABASE) private readonly database: DatabaseConnection,
    private readonly audit: AuditService,
  ) {}

  /** Audited, with the row count of every table, before the first byte leaves. */
  async download(res: Response): Promise<void> {
    const rows = await new FullExportRepository(this.dataSource.manager).countRows();
    await this.audit.recordAlone({
      action: 'export',
      entityType: 'full-export',
      details: { format: 'zip', rows },
    });
    const fileName = exportFileName('coalition-export', new Date(), 'zip');
    if (this.database.kind === 'embedded') await this.sendSpooled(res, fileName);
    else await this.stream(res, fileName);
  }

  /** PostgreSQL: straight into the response; the snapshot holds one pooled connection meanwhile. */
  private async stream(res: Response, fileName: string): Promise<void> {
    startDownload(res, fileName);
    await this.sending(res, writeFullExport(this.dataSource, res));
  }

  /**
   * The embedded database is one connection: holding its snapshot open while a slow client
   * downloads would stall every other request. The zip goes to a temporary file first (seconds),
   * then that file is sent.
   */
  private async sendSpooled(res: Response, fileName: string): Promise<void> {
    const folder = await mkdtemp(join(tmpdir(), 'coalition-export-'));
    try {
      const path = join(folder, fileName);
      await writeFullExportFile(this.dataSource, path);
      startDownload(res, fileName, (await stat(path)).size);
      await this.sending(res, pipeline(createReadStream(path), res));
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }

  /** Once bytes are on their way no error answer can follow them: the download is cut instead. */
  private async sending(res: Response, sent: Promise<unknown>): Promise<void> {
    try {
      await sent;
    } catch (error) {
      this.logger.warn(
        `Full export download stopped: ${error instanceof Error ? error.message : String(error)}`,
      );
      res.destroy();
    }
  }
}
