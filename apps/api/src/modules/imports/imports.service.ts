import { basename } from 'node:path';
import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource, type EntityManager } from 'typeorm';
import {
  type CreateImportInput,
  type FieldError,
  type ImportDetail,
  type ImportList,
  type ImportMapping,
  type ImportRowList,
  type ImportRowQuery,
  mappingProblems,
  type RunImportInput,
} from '@coalition/contracts';
import { type CsvColumn, exportFileName, streamCsv } from '../../common/csv-export';
import { currentContext } from '../../common/request-context';
import { AuditService } from '../audit/audit.service';
import { CLI_ACTOR } from './import-audit';
import { ImportMappingsRepository } from './import-mappings.repository';
import { fieldLabel, ImportPreviewService } from './import-preview.service';
import {
  importFileMissing,
  importMappingInvalid,
  importNotFound,
  importWrongStatus,
} from './imports.errors';
import { toImportDetail, toImportRow, toImportSummary } from './imports.mapper';
import { type ImportJobRow, ImportsRepository, type StoredRow } from './imports.repository';
import { guessMapping } from './parsing/guess-mapping';
import { readImportFile } from './parsing/read-import-file';

/** What an upload hands over (multer's memory storage). */
export interface UploadedImportFile {
  originalname: string;
  buffer: Buffer;
  size: number;
}

/** Rows stored per statement at upload. */
const INSERT_CHUNK = 1000;
/** Rows shown with the mapping step. */
const SAMPLE_ROWS = 10;
/** Failed rows read per query while streaming the failures file. */
const FAILURES_BATCH = 1000;

/** "Members (2024).csv" → "members-2024": for the failures file's name. */
function slugOf(fileName: string): string {
  return fileName
    .replace(/\.[^.]+$/, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/**
 * Imports, step by step (docs/imports.md): upload (rows stored, mapping guessed or taken from a
 * mapping saved for the same headers) → mapping confirmed (every row classified) → run queued
 * (the runner writes it) → progress, rows and the failures file.
 */
@Injectable()
export class ImportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ImportsRepository,
    private readonly mappings: ImportMappingsRepository,
    private readonly preview: ImportPreviewService,
    private readonly audit: AuditService,
  ) {}

  /** An erased person leaves nothing in the stored rows of imports, in the erasure's transaction. */
  forgetPerson(manager: EntityManager, contactId: string): Promise<void> {
    return this.repository.forgetRecord(manager, contactId);
  }

  /** Reads the file and stores its rows (never the file itself); answers the import with its guessed mapping. */
  async upload(
    file: UploadedImportFile | undefined,
    input: CreateImportInput,
  ): Promise<ImportDetail> {
    if (!file) throw importFileMissing();
    const fileName = basename(file.originalname.replace(/\\/g, '/')).slice(0, 255) || 'upload';
    const table = await readImportFile(file.buffer, fileName);
    const id = await this.dataSource.transaction(async (manager) => {
      const saved = await this.mappings.forHeaders(manager, input.kind, table.headers);
      const mapping =
        saved?.mapping.columns.length === table.headers.length
          ? saved.mapping
          : guessMapping(input.kind, table.headers, table.rows);
      const jobId = await this.repository.createJob(manager, {
        kind: input.kind,
        fileName,
        format: table.format,
        encoding: table.encoding,
        delimiter: table.delimiter,
        headers: table.headers,
        rowCount: table.rows.length,
        mapping,
        createdBy: currentContext()?.actor?.id ?? null,
      });
      for (let i = 0; i < table.rows.length; i += INSERT_CHUNK) {
        await this.repository.insertRows(
          manager,
          jobId,
          i + 1,
          table.rows.slice(i, i + INSERT_CHUNK),
        );
      }
      await this.audit.record(manager, {
        action: 'create',
        entityType: 'import',
        entityId: jobId,
        actorEmail: CLI_ACTOR,
        details: {
          fileName,
          kind: input.kind,
          format: table.format,
          rows: table.rows.length,
          savedMapping: saved?.name ?? null,
        },
      });
      return jobId;
    });
    return this.get(id);
  }

  async get(id: string): Promise<ImportDetail> {
    const job = await this.found(id);
    const sample = await this.repository.cells(this.dataSource.manager, id, 0, SAMPLE_ROWS);
    return toImportDetail(
      job,
      sample.map((r) => r.cells),
    );
  }

  async list(page: number, pageSize: number): Promise<ImportList> {
    const { rows, total } = await this.repository.list(page, pageSize);
    return { items: rows.map(toImportSummary), total, page, pageSize };
  }

  /** Confirms the mapping and classifies every row (the preview); nothing is written to the members. */
  async setMapping(id: string, mapping: ImportMapping): Promise<ImportDetail> {
    const job = await this.found(id);
    if (job.status !== 'uploaded' && job.status !== 'previewed')
      throw importWrongStatus(job.status, 'its mapping can no longer change');
    const problems: FieldError[] = mappingProblems(job.kind, mapping);
    if (mapping.columns.length !== job.headers.length) {
      problems.unshift({
        path: 'columns',
        message: `must have one entry per column of the file (${job.headers.length})`,
      });
    }
    if (problems.length) throw importMappingInvalid(problems);
    await this.preview.classify(job, mapping);
    return this.get(id);
  }

  async rows(id: string, query: ImportRowQuery): Promise<ImportRowList> {
    await this.found(id);
    const { rows, total } = await this.repository.rows(id, query.class, query.page, query.pageSize);
    return { items: rows.map(toImportRow), total, page: query.page, pageSize: query.pageSize };
  }

  /** Queues a previewed import with the person's decisions; the runner takes it from there. */
  async run(id: string, decisions: RunImportInput): Promise<ImportDetail> {
    const job = await this.found(id);
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.queue(manager, id, decisions)))
        throw importWrongStatus(job.status, 'only a previewed import can run');
      await this.audit.record(manager, {
        action: 'update',
        entityType: 'import',
        entityId: id,
        actorEmail: CLI_ACTOR,
        changes: [{ field: 'status', before: 'previewed', after: 'queued' }],
        details: { fileName: job.fileName, kind: job.kind, decisions, counts: job.counts },
      });
    });
    return this.get(id);
  }

  /**
   * The rows not written (invalid, duplicates, failed in the run) as a CSV: the file's own
   * columns as read, then "Row" (its number in the file) and "Problems". An export of member
   * data, audited before any row leaves.
   */
  async failures(id: string, res: Response): Promise<void> {
    const file = await this.failuresFile(id);
    await streamCsv(
      res,
      exportFileName(`import-failures-${slugOf(file.job.fileName) || 'file'}`),
      file.columns,
      file.batches,
    );
  }

  /** The failures file's columns and rows, once its export is recorded (the dashboard's download, the command line's file). */
  async failuresFile(id: string): Promise<{
    job: ImportJobRow;
    rows: number;
    columns: CsvColumn<StoredRow>[];
    batches: AsyncIterable<StoredRow[]>;
  }> {
    const job = await this.found(id);
    const rows = await this.repository.countFailures(id);
    await this.audit.recordAlone({
      action: 'export',
      entityType: 'import',
      entityId: id,
      actorEmail: CLI_ACTOR,
      details: { format: 'csv', what: 'failed rows', fileName: job.fileName, rows },
    });
    return { job, rows, columns: this.failureColumns(job), batches: this.failureBatches(id) };
  }

  private failureColumns(job: ImportJobRow): CsvColumn<StoredRow>[] {
    return [
      ...job.headers.map((header, i): CsvColumn<StoredRow> => ({
        header: header || `Column ${i + 1}`,
        value: (row) => row.cells[i] ?? '',
      })),
      { header: 'Row', value: (row) => row.rowNumber },
      {
        header: 'Problems',
        value: (row) =>
          row.problems.map((p) => `${fieldLabel(job.kind, p.field)}: ${p.message}`).join('; '),
      },
    ];
  }

  private async *failureBatches(id: string): AsyncGenerator<StoredRow[]> {
    for (let after = 0; ;) {
      const rows = await this.repository.failures(id, after, FAILURES_BATCH);
      if (rows.length) yield rows;
      if (rows.length < FAILURES_BATCH) return;
      after = rows[rows.length - 1].rowNumber;
    }
  }

  async found(id: string): Promise<ImportJobRow> {
    const job = await this.repository.job(id);
    if (!job) throw importNotFound(id);
    return job;
  }
}
