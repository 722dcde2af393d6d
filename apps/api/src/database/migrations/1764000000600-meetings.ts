import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ATTENDANCE_STATUSES, MEETING_TYPES } from '@coalition/contracts';

const inList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * Meetings (docs/meetings.md): who came, each person counted for the organization they
 * represented that day (the organizations present are derived from attendance, never typed),
 * and the action items that came out of it.
 */
export class Meetings1764000000600 implements MigrationInterface {
  name = 'Meetings1764000000600';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE meeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        type text NOT NULL CHECK (type IN (${inList(MEETING_TYPES)})),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz,
        place text,
        online_url text,
        host_organization_id uuid REFERENCES organization (id) ON DELETE SET NULL,
        agenda text,
        notes text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz,
        CONSTRAINT meeting_times_check CHECK (ends_at IS NULL OR ends_at >= starts_at)
      )`);
    // The list and the calendar: by start, archived ones left out.
    await q.query(`CREATE INDEX meeting_starts_at_idx ON meeting (starts_at DESC, id) WHERE archived_at IS NULL`);
    await q.query(`CREATE INDEX meeting_type_idx ON meeting (type, starts_at)`);
    await q.query(`CREATE INDEX meeting_host_idx ON meeting (host_organization_id) WHERE host_organization_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE meeting_issue (
        meeting_id uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
        issue_id uuid NOT NULL REFERENCES issue (id),
        PRIMARY KEY (meeting_id, issue_id)
      )`);
    await q.query(`CREATE INDEX meeting_issue_issue_idx ON meeting_issue (issue_id)`);
    await q.query(`
      CREATE TABLE meeting_campaign (
        meeting_id uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
        campaign_id uuid NOT NULL REFERENCES campaign (id),
        PRIMARY KEY (meeting_id, campaign_id)
      )`);
    await q.query(`CREATE INDEX meeting_campaign_campaign_idx ON meeting_campaign (campaign_id)`);

    // One row per person and meeting: recording someone again changes their row (upsert).
    // Erasing a contact removes their attendance (ON DELETE CASCADE).
    await q.query(`
      CREATE TABLE attendance (
        meeting_id uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
        organization_id uuid REFERENCES organization (id) ON DELETE SET NULL,
        status text NOT NULL CHECK (status IN (${inList(ATTENDANCE_STATUSES)})),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT attendance_pkey PRIMARY KEY (meeting_id, contact_id)
      )`);
    // A person's and an organization's history.
    await q.query(`CREATE INDEX attendance_contact_idx ON attendance (contact_id)`);
    await q.query(`CREATE INDEX attendance_organization_idx ON attendance (organization_id, meeting_id) WHERE organization_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE action_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
        text text NOT NULL CHECK (length(btrim(text)) BETWEEN 1 AND 500),
        owner_user_id uuid REFERENCES app_user (id),
        owner_contact_id uuid REFERENCES contact (id) ON DELETE SET NULL,
        due_on date,
        done_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT action_item_one_owner_check CHECK (owner_user_id IS NULL OR owner_contact_id IS NULL)
      )`);
    await q.query(`CREATE INDEX action_item_meeting_idx ON action_item (meeting_id)`);
    // The staff home: open items by due date.
    await q.query(`CREATE INDEX action_item_open_idx ON action_item (due_on, id) WHERE done_at IS NULL`);
    await q.query(`CREATE INDEX action_item_owner_user_idx ON action_item (owner_user_id) WHERE owner_user_id IS NOT NULL`);
    await q.query(`CREATE INDEX action_item_owner_contact_idx ON action_item (owner_contact_id) WHERE owner_contact_id IS NOT NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE action_item`);
    await q.query(`DROP TABLE attendance`);
    await q.query(`DROP TABLE meeting_campaign`);
    await q.query(`DROP TABLE meeting_issue`);
    await q.query(`DROP TABLE meeting`);
  }
}
