import type { MigrationInterface, QueryRunner } from 'typeorm';
import { IMPORT_KINDS, IMPORT_STATUSES, ROW_CLASSES } from '@coalition/contracts';

const inList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * Imports (docs/imports.md): one job per uploaded file, its rows as text cells (the file itself
 * is never stored) with what the preview and the run made of each, and mappings saved by name.
 */
export class Imports1764000000900 implements MigrationInterface {
  name = 'Imports1764000000900';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE import_job (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN (${inList(IMPORT_KINDS)})),
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
        format text NOT NULL CHECK (format IN ('csv', 'xlsx')),
        encoding text,
        delimiter text,
        headers jsonb NOT NULL,
        row_count integer NOT NULL CHECK (row_count >= 0),
        mapping jsonb NOT NULL,
        status text NOT NULL DEFAULT 'uploaded' CHECK (status IN (${inList(IMPORT_STATUSES)})),
        counts jsonb,
        decisions jsonb,
        processed integer NOT NULL DEFAULT 0 CHECK (processed >= 0),
        summary jsonb,
        error text,
        -- Null when started from the command line.
        created_by uuid REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        finished_at timestamptz,
        heartbeat_at timestamptz
      )`);
    await q.query(`CREATE INDEX import_job_created_at_idx ON import_job (created_at DESC, id)`);
    // The runner's claim: the oldest waiting job, or a running one whose runner went silent.
    await q.query(
      `CREATE INDEX import_job_pending_idx ON import_job (created_at) WHERE status IN ('queued', 'running')`,
    );

    await q.query(`
      CREATE TABLE import_row (
        job_id uuid NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
        row_number integer NOT NULL CHECK (row_number >= 1),
        cells jsonb NOT NULL,
        class text CHECK (class IN (${inList(ROW_CLASSES)})),
        "values" jsonb,
        problems jsonb NOT NULL DEFAULT '[]',
        match jsonb,
        near_matches jsonb NOT NULL DEFAULT '[]',
        duplicate_of integer,
        outcome text CHECK (outcome IN ('created', 'updated', 'skipped', 'failed')),
        -- The record the run created or updated, so erasing a person can find their rows.
        record_id uuid,
        PRIMARY KEY (job_id, row_number)
      )`);
    await q.query(`CREATE INDEX import_row_class_idx ON import_row (job_id, class, row_number)`);
    // The run resumes from the first row without an outcome.
    await q.query(
      `CREATE INDEX import_row_pending_idx ON import_row (job_id, row_number) WHERE outcome IS NULL`,
    );
    await q.query(
      `CREATE INDEX import_row_record_idx ON import_row (record_id) WHERE record_id IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE import_mapping (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 120),
        kind text NOT NULL CHECK (kind IN (${inList(IMPORT_KINDS)})),
        headers jsonb NOT NULL,
        mapping jsonb NOT NULL,
        created_by uuid REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX import_mapping_kind_name_key ON import_mapping (kind, lower(name))`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE import_mapping`);
    await q.query(`DROP TABLE import_row`);
    await q.query(`DROP TABLE import_job`);
  }
}
