import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ENGAGEMENT_BANDS, ENGAGEMENT_SUBJECT_TYPES } from '@coalition/contracts';

const inList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * Reports (docs/engagement.md): the settings table, the engagement score of every organization
 * and contact (recomputed in SQL, one statement per subject type) with one history row per
 * subject and day, and the indexes the scoring reads lean on.
 */
export class Reports1764000000700 implements MigrationInterface {
  name = 'Reports1764000000700';

  public async up(q: QueryRunner): Promise<void> {
    // Application settings, one JSON value per key; an absent key means the contract's default.
    await q.query(`
      CREATE TABLE settings (
        key text PRIMARY KEY CHECK (key ~ '^[a-z][a-z0-9_.]{0,99}$'),
        value jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    // Subjects are organizations or contacts, so there is no foreign key: a recompute deletes the
    // rows of subjects that are gone or archived (an erased person leaves no score behind).
    await q.query(`
      CREATE TABLE engagement_score (
        subject_type text NOT NULL CHECK (subject_type IN (${inList(ENGAGEMENT_SUBJECT_TYPES)})),
        subject_id uuid NOT NULL,
        score numeric(10, 2) NOT NULL CHECK (score >= 0),
        band text NOT NULL CHECK (band IN (${inList(ENGAGEMENT_BANDS)})),
        components jsonb NOT NULL,
        computed_at timestamptz NOT NULL,
        PRIMARY KEY (subject_type, subject_id)
      )`);
    await q.query(`CREATE INDEX engagement_score_band_idx ON engagement_score (subject_type, band, score DESC)`);

    // The score as it stood at the end of each day it was computed ("fell most in 90 days").
    await q.query(`
      CREATE TABLE engagement_score_daily (
        subject_type text NOT NULL CHECK (subject_type IN (${inList(ENGAGEMENT_SUBJECT_TYPES)})),
        subject_id uuid NOT NULL,
        day date NOT NULL,
        score numeric(10, 2) NOT NULL CHECK (score >= 0),
        band text NOT NULL CHECK (band IN (${inList(ENGAGEMENT_BANDS)})),
        PRIMARY KEY (subject_type, subject_id, day)
      )`);
    await q.query(`CREATE INDEX engagement_score_daily_day_idx ON engagement_score_daily (subject_type, day)`);

    // The scoring reads: attendance by meeting (join to the meeting's date) for people who
    // attended, a contact's attended rows, outreach targets by their latest attempt, and
    // participation in campaigns by participant. Interests use their primary key.
    await q.query(`CREATE INDEX meeting_scoring_idx ON meeting (starts_at) INCLUDE (id) WHERE archived_at IS NULL`);
    await q.query(
      `CREATE INDEX attendance_attended_idx ON attendance (meeting_id) INCLUDE (organization_id, contact_id) WHERE status = 'attended'`,
    );
    await q.query(
      `CREATE INDEX outreach_target_latest_idx ON outreach_target (last_attempt_at) INCLUDE (organization_id, contact_id, last_outcome) WHERE last_outcome IN ('committed', 'reached')`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX outreach_target_latest_idx`);
    await q.query(`DROP INDEX attendance_attended_idx`);
    await q.query(`DROP INDEX meeting_scoring_idx`);
    await q.query(`DROP TABLE engagement_score_daily`);
    await q.query(`DROP TABLE engagement_score`);
    await q.query(`DROP TABLE settings`);
  }
}
