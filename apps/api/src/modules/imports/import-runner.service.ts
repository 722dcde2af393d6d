import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import type { ImportSummary, RunImportInput } from '@coalition/contracts';
import { type RequestActor, runAs } from '../../common/request-context';
import { AuditService } from '../audit/audit.service';
import {
  type ImportJobRow,
  ImportsRepository,
  type RowOutcomeWrite,
  type StoredRow,
} from './imports.repository';
import type { WriteItem, WriteResult } from './kinds/import-kind';
import { ImportKinds } from './kinds/import-kinds';
import { CLI_ACTOR } from './import-audit';

/** A running job whose heartbeat is older than this lost its runner (a crash): another may take it. */
export const STALE_AFTER_SECONDS = 60;

export interface RunOptions {
  /** Stop after this many batches, leaving the job running as a crash would (tests). */
  maxBatches?: number;
  /** Called after each batch is committed. */
  onProgress?: (job: ImportJobRow, processed: number) => void;
}

const DEFAULT_DECISIONS: RunImportInput = { new: 'create', update: 'update' };

function summarize(results: WriteResult[]): ImportSummary {
  const count = (outcome: WriteResult['outcome']) =>
    results.filter((r) => r.outcome === outcome).length;
  return {
    created: count('created'),
    updated: count('updated'),
    skipped: count('skipped'),
    failed: count('failed'),
  };
}

/** A database refusal in words fit for the failures file (the constraint, never the SQL). */
function refusal(error: unknown): string {
  if (error instanceof QueryFailedError) {
    const { constraint, detail } = error.driverError as { constraint?: string; detail?: string };
    return `the database refused this row${constraint ? ` (${constraint})` : ''}${detail ? `: ${detail}` : ''}`;
  }
  return `could not be written: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * Runs queued imports: claims a job (SKIP LOCKED, so runners never share one), then writes its
 * rows in batches. Each batch is one transaction that writes the records (multi-row statements),
 * marks the rows' outcomes and adds to the job's progress, so a crash leaves no half batch and a
 * restart resumes at the first row without an outcome. A batch the database refuses is retried
 * row by row, so one bad row fails alone. The last transaction marks the job done and records
 * the one audit event of the run.
 */
@Injectable()
export class ImportRunner {
  private readonly logger = new Logger(ImportRunner.name);
  /**
   * Rows per batch (and per transaction). A batch costs about a dozen statements whatever its
   * size, so larger ones write faster; a batch the database refuses is retried row by row.
   */
  batchSize = 2000;
  private stopping = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ImportsRepository,
    private readonly kinds: ImportKinds,
    private readonly audit: AuditService,
  ) {}

  /** Asks the runner to stop after the batch in progress. */
  stop(): void {
    this.stopping = true;
  }

  /** Claims the oldest waiting (or abandoned) job and runs it; null when there is none. */
  async runNext(options: RunOptions = {}): Promise<ImportJobRow | null> {
    if (this.stopping) return null;
    const job = await this.dataSource.transaction((manager) =>
      this.repository.claimNext(manager, STALE_AFTER_SECONDS),
    );
    return job ? this.runClaimed(job, options) : null;
  }

  /** Runs one job, claimed by id (the command line runs the job it made); null when it cannot be claimed. */
  async runJob(id: string, options: RunOptions = {}): Promise<ImportJobRow | null> {
    const job = await this.dataSource.transaction((manager) =>
      this.repository.claim(manager, id, STALE_AFTER_SECONDS),
    );
    return job ? this.runClaimed(job, options) : null;
  }

  private async runClaimed(job: ImportJobRow, options: RunOptions): Promise<ImportJobRow> {
    try {
      for (let batches = 0; ; batches++) {
        if (this.stopping || (options.maxBatches !== undefined && batches >= options.maxBatches))
          return job;
        const done = await this.runBatch(job);
        if (!done) break;
        const progress = options.onProgress && (await this.repository.job(job.id));
        if (progress) options.onProgress?.(progress, progress.processed);
      }
      return (await this.finish(job)) ?? job;
    } catch (error) {
      this.logger.error(`Import ${job.id} (${job.fileName}) failed: ${String(error)}`);
      await this.repository.fail(job.id, error instanceof Error ? error.message : String(error));
      return (await this.repository.job(job.id)) ?? job;
    }
  }

  /** Writes the next batch; answers how many rows it settled (0: none left). */
  private async runBatch(job: ImportJobRow): Promise<number> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const rows = await this.repository.pendingRows(manager, job.id, this.batchSize);
        return rows.length ? this.settle(manager, job, rows) : 0;
      });
    } catch (error) {
      this.logger.warn(
        `Import ${job.id}: a batch was refused (${String(error)}); retrying its rows one by one`,
      );
      return this.runRowByRow(job);
    }
  }

  /** The fallback: each row of the next batch in its own transaction; a refused row fails alone. */
  private async runRowByRow(job: ImportJobRow): Promise<number> {
    const rows = await this.dataSource.transaction((manager) =>
      this.repository.pendingRows(manager, job.id, this.batchSize),
    );
    for (const { rowNumber } of rows) {
      try {
        await this.dataSource.transaction(async (manager) => {
          const row = await this.repository.pendingRow(manager, job.id, rowNumber);
          if (row) await this.settle(manager, job, [row]);
        });
      } catch (error) {
        await this.dataSource.transaction(async (manager) => {
          if (!(await this.repository.pendingRow(manager, job.id, rowNumber))) return;
          const failed: RowOutcomeWrite = {
            rowNumber,
            outcome: 'failed',
            recordId: null,
            problems: [{ field: 'row', message: refusal(error) }],
          };
          await this.repository.recordOutcomes(manager, job.id, [failed]);
          await this.repository.addProgress(manager, job.id, 1, {
            created: 0,
            updated: 0,
            skipped: 0,
            failed: 1,
          });
        });
      }
    }
    return rows.length;
  }

  /** Writes the rows' records, marks their outcomes and adds them to the progress, in the caller's transaction. */
  private async settle(
    manager: EntityManager,
    job: ImportJobRow,
    rows: StoredRow[],
  ): Promise<number> {
    const results = await this.write(manager, job, rows);
    await this.repository.recordOutcomes(manager, job.id, results);
    await this.repository.addProgress(manager, job.id, rows.length, summarize(results));
    return rows.length;
  }

  /**
   * Invalid rows fail and duplicates are skipped without a write. The others meet the database
   * again (it may have changed since the preview): a row with a match is an update, else new;
   * the person's decisions then create, update or skip them.
   */
  private async write(
    manager: EntityManager,
    job: ImportJobRow,
    rows: StoredRow[],
  ): Promise<WriteResult[]> {
    const decisions = job.decisions ?? DEFAULT_DECISIONS;
    const results: WriteResult[] = [];
    const candidates = rows.filter((row) => {
      if (row.class === 'invalid')
        results.push({ rowNumber: row.rowNumber, outcome: 'failed', recordId: null });
      else if (row.class === 'duplicate' || !row.values)
        results.push({ rowNumber: row.rowNumber, outcome: 'skipped', recordId: null });
      else return true;
      return false;
    });
    const handler = this.kinds.of(job.kind);
    const resolutions = await handler.resolve(
      manager,
      candidates.map((row) => ({ rowNumber: row.rowNumber, values: row.values ?? {} })),
      { preview: false },
    );
    const creates: WriteItem<unknown>[] = [];
    const updates: WriteItem<unknown>[] = [];
    candidates.forEach((row, i) => {
      const { problems, match, plan } = resolutions[i];
      if (problems.length || plan === null)
        results.push({ rowNumber: row.rowNumber, outcome: 'failed', recordId: null, problems });
      else if (match ? decisions.update === 'skip' : decisions.new === 'skip')
        results.push({ rowNumber: row.rowNumber, outcome: 'skipped', recordId: match?.id ?? null });
      else (match ? updates : creates).push({ rowNumber: row.rowNumber, plan });
    });
    results.push(
      ...(await handler.write(manager, creates, updates, { source: `Import of ${job.fileName}` })),
    );
    return results;
  }

  /** Marks the job done and records the run's audit event, once, in one transaction. */
  private finish(job: ImportJobRow): Promise<ImportJobRow | null> {
    return this.dataSource.transaction(async (manager) => {
      const done = await this.repository.finish(manager, job.id);
      if (!done) return null;
      await runAs({ ip: null, userAgent: 'import runner', actor: actorOf(job) }, () =>
        this.audit.record(manager, {
          action: 'import',
          entityType: 'import',
          entityId: job.id,
          actorEmail: CLI_ACTOR,
          details: {
            fileName: done.fileName,
            kind: done.kind,
            mapping: done.mapping,
            counts: done.counts,
            decisions: done.decisions,
            summary: done.summary,
          },
        }),
      );
      return done;
    });
  }
}

/** The run is recorded as the person who started the import ("cli" when it came from the command line). */
function actorOf(job: ImportJobRow): RequestActor | undefined {
  if (!job.createdBy || !job.createdByEmail || !job.createdByRole) return undefined;
  return {
    id: job.createdBy,
    email: job.createdByEmail,
    role: job.createdByRole,
    name: job.createdByName ?? job.createdByEmail,
    sessionId: '',
    csrfToken: '',
    sessionExpiresAt: new Date(0),
  };
}
