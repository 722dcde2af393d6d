import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AFFILIATION_ROLES, OUTREACH_CHANNELS, OUTREACH_OUTCOMES } from '@coalition/contracts';

const inList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * Outreach drives (docs/outreach.md): a drive's targets are snapshotted from a segment when it
 * is created; attempts are appended, never changed. A target carries its latest outcome
 * (written in the same transaction as the attempt, under a row lock) so progress and the
 * caller's queue are plain indexed reads.
 */
export class Outreach1764000000500 implements MigrationInterface {
  name = 'Outreach1764000000500';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outreach_drive (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 120),
        segment_id uuid REFERENCES segment (id) ON DELETE SET NULL,
        goal text,
        channel text NOT NULL CHECK (channel IN (${inList(OUTREACH_CHANNELS)})),
        starts_on date NOT NULL,
        ends_on date,
        script text,
        created_by uuid NOT NULL REFERENCES app_user (id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz,
        CONSTRAINT outreach_drive_dates_check CHECK (ends_on IS NULL OR ends_on >= starts_on)
      )`);
    await q.query(`CREATE INDEX outreach_drive_segment_idx ON outreach_drive (segment_id)`);
    await q.query(`CREATE INDEX outreach_drive_list_idx ON outreach_drive (starts_on DESC, id) WHERE archived_at IS NULL`);

    // Erasing a contact removes their targets and attempts (ON DELETE CASCADE): nothing of the
    // person is left behind; an organization that disappears only loses the link.
    await q.query(`
      CREATE TABLE outreach_target (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        drive_id uuid NOT NULL REFERENCES outreach_drive (id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
        organization_id uuid REFERENCES organization (id) ON DELETE SET NULL,
        organization_role text CHECK (organization_role IN (${inList(AFFILIATION_ROLES)})),
        assignee_id uuid REFERENCES app_user (id),
        last_outcome text CHECK (last_outcome IN (${inList(OUTREACH_OUTCOMES)})),
        last_attempt_at timestamptz,
        follow_up_on date,
        done boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT outreach_target_contact_key UNIQUE (drive_id, contact_id),
        CONSTRAINT outreach_target_done_check CHECK (NOT done OR last_outcome IS NOT NULL)
      )`);
    // The caller's queue: one drive, one assignee (or none), open targets, oldest attempt first.
    await q.query(
      `CREATE INDEX outreach_target_queue_idx ON outreach_target (drive_id, assignee_id, last_attempt_at) WHERE NOT done`,
    );
    // Progress by organizer and by outcome: GROUP BY over one drive's rows, from the index alone.
    await q.query(
      `CREATE INDEX outreach_target_progress_idx ON outreach_target (drive_id, assignee_id, last_outcome) INCLUDE (done)`,
    );
    await q.query(`CREATE INDEX outreach_target_contact_idx ON outreach_target (contact_id)`);
    await q.query(
      `CREATE INDEX outreach_target_organization_idx ON outreach_target (organization_id) WHERE organization_id IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE outreach_attempt (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        target_id uuid NOT NULL REFERENCES outreach_target (id) ON DELETE CASCADE,
        outcome text NOT NULL CHECK (outcome IN (${inList(OUTREACH_OUTCOMES)})),
        note text CHECK (length(note) <= 2000),
        follow_up_on date,
        logged_by uuid NOT NULL REFERENCES app_user (id),
        logged_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX outreach_attempt_target_idx ON outreach_attempt (target_id, logged_at DESC, id DESC)`);
    // Append-only: an attempt is never rewritten (deletes stay possible, for erasure's cascade).
    await q.query(`
      CREATE FUNCTION outreach_attempt_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'outreach attempts are append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER outreach_attempt_append_only BEFORE UPDATE ON outreach_attempt
      FOR EACH ROW EXECUTE FUNCTION outreach_attempt_append_only()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outreach_attempt`);
    await q.query(`DROP FUNCTION outreach_attempt_append_only()`);
    await q.query(`DROP TABLE outreach_target`);
    await q.query(`DROP TABLE outreach_drive`);
  }
}
