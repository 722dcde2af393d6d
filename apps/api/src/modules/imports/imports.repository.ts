import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  ImportCounts,
  ImportKind,
  ImportMapping,
  ImportStatus,
  ImportSummary,
  Role,
  RowClass,
  RowMatch,
  RowProblem,
  RunImportInput,
} from '@coalition/contracts';
import type { RowOutcome } from './import-row.entity';

/** An import job as stored, with the name of who started it. */
export interface ImportJobRow {
  id: string;
  kind: ImportKind;
  fileName: string;
  format: 'csv' | 'xlsx';
  encoding: string | null;
  delimiter: string | null;
  headers: string[];
  rowCount: number;
  mapping: ImportMapping;
  status: ImportStatus;
  counts: ImportCounts | null;
  decisions: RunImportInput | null;
  processed: number;
  summary: ImportSummary | null;
  error: string | null;
  createdBy: string | null;
  createdByName: string | null;
  createdByEmail: string | null;
  createdByRole: Role | null;
  createdAt: Date;
  finishedAt: Date | null;
}

export type NewImportJob = Pick<
  ImportJobRow,
  | 'kind'
  | 'fileName'
  | 'format'
  | 'encoding'
  | 'delimiter'
  | 'headers'
  | 'rowCount'
  | 'mapping'
  | 'createdBy'
>;

/** What the preview made of a row. */
export interface ClassifiedRow {
  rowNumber: number;
  class: RowClass;
  values: Record<string, unknown> | null;
  problems: RowProblem[];
  match: RowMatch | null;
  nearMatches: RowMatch[];
  duplicateOf: number | null;
}

export interface StoredRow extends ClassifiedRow {
  cells: string[];
  outcome: RowOutcome | null;
}

export interface RowOutcomeWrite {
  rowNumber: number;
  outcome: RowOutcome;
  recordId: string | null;
  /** Replaces the row's problems when the run found some. */
  problems?: RowProblem[];
}

/** TypeORM answers an UPDATE or DELETE with [rows, count]: the rows its RETURNING gave. */
export async function returning<T>(
  manager: EntityManager,
  sql: string,
  params: unknown[],
): Promise<T[]> {
  const [rows] = await manager.query<[T[], number]>(sql, params);
  return rows;
}

const SELECT_JOB = `
  SELECT j.id, j.kind, j.file_name AS "fileName", j.format, j.encoding, j.delimiter, j.headers, j.row_count AS "rowCount",
         j.mapping, j.status, j.counts, j.decisions, j.processed, j.summary, j.error, j.created_by AS "createdBy",
         u.name AS "createdByName", u.email AS "createdByEmail", u.role AS "createdByRole", j.created_at AS "createdAt", j.finished_at AS "finishedAt"
    FROM import_job j LEFT JOIN app_user u ON u.id = j.created_by`;

const SELECT_ROW = `
  SELECT r.row_number AS "rowNumber", r.cells, r.class, r."values", r.problems, r.match, r.near_matches AS "nearMatches",
         r.duplicate_of AS "duplicateOf", r.outcome
    FROM import_row r`;

/** Every query of import jobs and their rows. */
@Injectable()
export class ImportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private run(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  async createJob(manager: EntityManager, job: NewImportJob): Promise<string> {
    const [{ id }] = await manager.query<{ id: string }[]>(
      `INSERT INTO import_job (kind, file_name, format, encoding, delimiter, headers, row_count, mapping, created_by)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8::jsonb, $9) RETURNING id`,
      [
        job.kind,
        job.fileName,
        job.format,
        job.encoding,
        job.delimiter,
        JSON.stringify(job.headers),
        job.rowCount,
        JSON.stringify(job.mapping),
        job.createdBy,
      ],
    );
    return id;
  }

  /** Stores rows numbered from `first`, all in one statement (callers pass a chunk at a time). */
  async insertRows(
    manager: EntityManager,
    jobId: string,
    first: number,
    rows: string[][],
  ): Promise<void> {
    if (!rows.length) return;
    await manager.query(
      `INSERT INTO import_row (job_id, row_number, cells)
       SELECT $1, $2 + x.n - 1, x.cells FROM jsonb_array_elements($3::jsonb) WITH ORDINALITY AS x(cells, n)`,
      [jobId, first, JSON.stringify(rows)],
    );
  }

  async job(id: string, manager?: EntityManager): Promise<ImportJobRow | null> {
    const [row] = await this.run(manager).query<ImportJobRow[]>(`${SELECT_JOB} WHERE j.id = $1`, [
      id,
    ]);
    return row ?? null;
  }

  async list(page: number, pageSize: number): Promise<{ rows: ImportJobRow[]; total: number }> {
    const rows = await this.dataSource.query<ImportJobRow[]>(
      `${SELECT_JOB} ORDER BY j.created_at DESC, j.id DESC LIMIT $1 OFFSET $2`,
      [pageSize, (page - 1) * pageSize],
    );
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM import_job`,
    );
    return { rows, total };
  }

  /** The cells of rows after `after`, in order. */
  cells(
    manager: EntityManager,
    jobId: string,
    after: number,
    limit: number,
  ): Promise<{ rowNumber: number; cells: string[] }[]> {
    return manager.query(
      `SELECT row_number AS "rowNumber", cells FROM import_row WHERE job_id = $1 AND row_number > $2 ORDER BY row_number LIMIT $3`,
      [jobId, after, limit],
    );
  }

  async saveClassification(
    manager: EntityManager,
    jobId: string,
    rows: ClassifiedRow[],
  ): Promise<void> {
    if (!rows.length) return;
    await manager.query(
      `UPDATE import_row r
          SET class = v.class, "values" = v.parsed, problems = v.problems, match = v.match,
              near_matches = v.near_matches, duplicate_of = v.duplicate_of, outcome = NULL, record_id = NULL
         FROM jsonb_to_recordset($2::jsonb)
              AS v(row_number integer, class text, parsed jsonb, problems jsonb, match jsonb, near_matches jsonb, duplicate_of integer)
        WHERE r.job_id = $1 AND r.row_number = v.row_number`,
      [
        jobId,
        JSON.stringify(
          rows.map((r) => ({
            row_number: r.rowNumber,
            class: r.class,
            parsed: r.values,
            problems: r.problems,
            match: r.match,
            near_matches: r.nearMatches,
            duplicate_of: r.duplicateOf,
          })),
        ),
      ],
    );
  }

  /** Locks the job for a change of its rows; answers its status (null when there is no such job). */
  async lockStatus(manager: EntityManager, jobId: string): Promise<ImportStatus | null> {
    const [row] = await manager.query<{ status: ImportStatus }[]>(
      `SELECT status FROM import_job WHERE id = $1 FOR UPDATE`,
      [jobId],
    );
    return row?.status ?? null;
  }

  async setPreview(
    manager: EntityManager,
    jobId: string,
    mapping: ImportMapping,
    counts: ImportCounts,
  ): Promise<void> {
    await manager.query(
      `UPDATE import_job SET mapping = $2::jsonb, counts = $3::jsonb, status = 'previewed' WHERE id = $1`,
      [jobId, JSON.stringify(mapping), JSON.stringify(counts)],
    );
  }

  /** Previewed → queued with the decisions; false when the job was not previewed (any more). */
  async queue(manager: EntityManager, jobId: string, decisions: RunImportInput): Promise<boolean> {
    const rows = await returning<{ id: string }>(
      manager,
      `UPDATE import_job SET status = 'queued', decisions = $2::jsonb, processed = 0,
              summary = '{"created": 0, "updated": 0, "skipped": 0, "failed": 0}'::jsonb
        WHERE id = $1 AND status = 'previewed' RETURNING id`,
      [jobId, JSON.stringify(decisions)],
    );
    return rows.length > 0;
  }

  /**
   * Claims the oldest queued job, or a running one whose heartbeat is older than
   * `staleSeconds` (its runner died); SKIP LOCKED lets several runners claim side by side.
   */
  async claimNext(manager: EntityManager, staleSeconds: number): Promise<ImportJobRow | null> {
    const claimed = await returning<{ id: string }>(
      manager,
      `UPDATE import_job SET status = 'running', started_at = coalesce(started_at, now()), heartbeat_at = now()
        WHERE id = (SELECT id FROM import_job
                     WHERE status = 'queued' OR (status = 'running' AND heartbeat_at < now() - make_interval(secs => $1))
                     ORDER BY created_at FOR UPDATE SKIP LOCKED LIMIT 1)
        RETURNING id`,
      [staleSeconds],
    );
    return claimed.length ? this.job(claimed[0].id, manager) : null;
  }

  /** Claims one job by id, if it is queued or abandoned. */
  async claim(
    manager: EntityManager,
    jobId: string,
    staleSeconds: number,
  ): Promise<ImportJobRow | null> {
    const claimed = await returning<{ id: string }>(
      manager,
      `UPDATE import_job SET status = 'running', started_at = coalesce(started_at, now()), heartbeat_at = now()
        WHERE id = $1 AND (status = 'queued' OR (status = 'running' AND heartbeat_at < now() - make_interval(secs => $2)))
        RETURNING id`,
      [jobId, staleSeconds],
    );
    return claimed.length ? this.job(jobId, manager) : null;
  }

  /** One row, if it still has no outcome, locked for the caller's transaction. */
  async pendingRow(
    manager: EntityManager,
    jobId: string,
    rowNumber: number,
  ): Promise<StoredRow | null> {
    const [row] = await manager.query<StoredRow[]>(
      `${SELECT_ROW} WHERE r.job_id = $1 AND r.row_number = $2 AND r.outcome IS NULL FOR UPDATE SKIP LOCKED`,
      [jobId, rowNumber],
    );
    return row ?? null;
  }

  /** The next rows without an outcome, locked for this batch's transaction (another runner skips them). */
  pendingRows(manager: EntityManager, jobId: string, limit: number): Promise<StoredRow[]> {
    return manager.query(
      `${SELECT_ROW} WHERE r.job_id = $1 AND r.outcome IS NULL ORDER BY r.row_number LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [jobId, limit],
    );
  }

  async recordOutcomes(
    manager: EntityManager,
    jobId: string,
    outcomes: RowOutcomeWrite[],
  ): Promise<void> {
    if (!outcomes.length) return;
    await manager.query(
      `UPDATE import_row r SET outcome = v.outcome, record_id = v.record_id, problems = coalesce(v.problems, r.problems)
         FROM jsonb_to_recordset($2::jsonb) AS v(row_number integer, outcome text, record_id uuid, problems jsonb)
        WHERE r.job_id = $1 AND r.row_number = v.row_number`,
      [
        jobId,
        JSON.stringify(
          outcomes.map((o) => ({
            row_number: o.rowNumber,
            outcome: o.outcome,
            record_id: o.recordId,
            problems: o.problems ?? null,
          })),
        ),
      ],
    );
  }

  /** Adds a batch to the progress and the summary, and shows the runner is alive. */
  async addProgress(
    manager: EntityManager,
    jobId: string,
    done: number,
    summary: ImportSummary,
  ): Promise<void> {
    await manager.query(
      `UPDATE import_job
          SET processed = processed + $2, heartbeat_at = now(),
              summary = jsonb_build_object(
                'created', coalesce((summary->>'created')::int, 0) + $3,
                'updated', coalesce((summary->>'updated')::int, 0) + $4,
                'skipped', coalesce((summary->>'skipped')::int, 0) + $5,
                'failed', coalesce((summary->>'failed')::int, 0) + $6)
        WHERE id = $1`,
      [jobId, done, summary.created, summary.updated, summary.skipped, summary.failed],
    );
  }

  /**
   * Removes the stored rows that were, updated or matched a person being erased: their cells
   * hold the person's details. Rows that only named them as a near match go too.
   */
  async forgetRecord(manager: EntityManager, recordId: string): Promise<void> {
    await manager.query(
      `DELETE FROM import_row
        WHERE record_id = $1 OR match->>'id' = $1::text
           OR near_matches @> jsonb_build_array(jsonb_build_object('id', $1::text))`,
      [recordId],
    );
  }

  async heartbeat(manager: EntityManager, jobId: string): Promise<void> {
    await manager.query(`UPDATE import_job SET heartbeat_at = now() WHERE id = $1`, [jobId]);
  }

  /** Running → done, once: false when another runner finished it first. */
  async finish(manager: EntityManager, jobId: string): Promise<ImportJobRow | null> {
    const rows = await returning<{ id: string }>(
      manager,
      `UPDATE import_job SET status = 'done', finished_at = now(), heartbeat_at = now()
        WHERE id = $1 AND status = 'running'
          AND NOT EXISTS (SELECT 1 FROM import_row r WHERE r.job_id = $1 AND r.outcome IS NULL)
        RETURNING id`,
      [jobId],
    );
    return rows.length ? this.job(jobId, manager) : null;
  }

  async fail(jobId: string, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE import_job SET status = 'failed', error = $2, finished_at = now() WHERE id = $1 AND status = 'running'`,
      [jobId, error.slice(0, 2000)],
    );
  }

  async rows(
    jobId: string,
    rowClass: RowClass | undefined,
    page: number,
    pageSize: number,
  ): Promise<{ rows: StoredRow[]; total: number }> {
    const where = `r.job_id = $1 AND ($2::text IS NULL OR r.class = $2)`;
    const rows = await this.dataSource.query<StoredRow[]>(
      `${SELECT_ROW} WHERE ${where} ORDER BY r.row_number LIMIT $3 OFFSET $4`,
      [jobId, rowClass ?? null, pageSize, (page - 1) * pageSize],
    );
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM import_row r WHERE ${where}`,
      [jobId, rowClass ?? null],
    );
    return { rows, total };
  }

  /** Rows that were not written (invalid, duplicate, failed in the run), after `after`. */
  failures(jobId: string, after: number, limit: number): Promise<StoredRow[]> {
    return this.dataSource.query(
      `${SELECT_ROW} WHERE r.job_id = $1 AND r.row_number > $2
          AND (r.class IN ('invalid', 'duplicate') OR r.outcome = 'failed')
        ORDER BY r.row_number LIMIT $3`,
      [jobId, after, limit],
    );
  }

  countFailures(jobId: string): Promise<number> {
    return this.dataSource
      .query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM import_row r WHERE r.job_id = $1 AND (r.class IN ('invalid', 'duplicate') OR r.outcome = 'failed')`,
        [jobId],
      )
      .then(([row]) => row.n);
  }

  /**
   * The rows (people's data, as the file had it) of imports finished, or abandoned, more than
   * `days` ago: the job's counts and summary stay, the cells go.
   */
  async purgeRows(days: number): Promise<number> {
    const result: unknown = await this.dataSource.query(
      `DELETE FROM import_row r USING import_job j
        WHERE r.job_id = j.id AND j.status NOT IN ('queued', 'running')
          AND coalesce(j.finished_at, j.created_at) < now() - make_interval(days => $1)`,
      [days],
    );
    return Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0;
  }
}
