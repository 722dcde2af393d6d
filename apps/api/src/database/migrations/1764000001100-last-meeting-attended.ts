import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The date of the last meeting each organization and each person attended, kept by triggers.
 *
 * Segments filter on it ("stopped coming since June", "never came"): computed from attendance it
 * is a max() over a million rows for every pair a segment looks at, seconds at a network's
 * scale. Kept here it is one indexed row per member. Triggers keep it exact within the
 * transaction that changes attendance or a meeting (its date, its archiving, its deletion,
 * which cascades to attendance): there is no job to run and nothing to fall behind.
 *
 * Statement-level triggers with transition tables, so an import of 10,000 rows recomputes each
 * member once, not once per row. PostgreSQL allows transition tables only on one-event triggers,
 * hence one trigger per event. The statements that read the big tables run through EXECUTE, so
 * they are planned for the tables as they are: PL/pgSQL otherwise keeps a connection's first
 * plan, and one made while a table was small (a fresh database filling up) became a scan of a
 * whole table per row once it was large.
 */
export class LastMeetingAttended1764000001100 implements MigrationInterface {
  name = 'LastMeetingAttended1764000001100';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE last_meeting_attended (
        subject_type text NOT NULL CHECK (subject_type IN ('organization', 'contact')),
        subject_id uuid NOT NULL,
        attended_on date NOT NULL,
        PRIMARY KEY (subject_type, subject_id)
      )`);
    await q.query(`CREATE INDEX last_meeting_attended_on_idx ON last_meeting_attended (subject_type, attended_on)`);
    // Recomputed from attendance, member by member through the attendance indexes (joined from
    // unnest: an `= ANY(array)` here was planned as a scan of the whole table on every statement).
    await q.query(`
      CREATE FUNCTION refresh_last_meeting_attended(organization_ids uuid[], contact_ids uuid[]) RETURNS void
      LANGUAGE plpgsql AS $$
      BEGIN
        EXECUTE $q$
          DELETE FROM last_meeting_attended la USING unnest($1::uuid[]) AS x(id)
           WHERE la.subject_type = 'organization' AND la.subject_id = x.id$q$ USING organization_ids;
        EXECUTE $q$
          DELETE FROM last_meeting_attended la USING unnest($1::uuid[]) AS x(id)
           WHERE la.subject_type = 'contact' AND la.subject_id = x.id$q$ USING contact_ids;
        EXECUTE $q$
          INSERT INTO last_meeting_attended (subject_type, subject_id, attended_on)
          SELECT 'organization', x.id, max(mt.starts_at::date)
            FROM unnest($1::uuid[]) AS x(id)
            JOIN attendance am ON am.organization_id = x.id AND am.status = 'attended'
            JOIN meeting mt ON mt.id = am.meeting_id AND mt.archived_at IS NULL
           GROUP BY x.id
          UNION ALL
          SELECT 'contact', x.id, max(mt.starts_at::date)
            FROM unnest($2::uuid[]) AS x(id)
            JOIN attendance am ON am.contact_id = x.id AND am.status = 'attended'
            JOIN meeting mt ON mt.id = am.meeting_id AND mt.archived_at IS NULL
           GROUP BY x.id
          ON CONFLICT (subject_type, subject_id) DO UPDATE SET attended_on = EXCLUDED.attended_on$q$
          USING organization_ids, contact_ids;
      END $$`);
    // New rows can only move a last meeting later: their own dates are enough (a bulk import or
    // a seed reads nothing else). Changed and removed rows need the members' dates recomputed.
    await q.query(`
      CREATE FUNCTION attendance_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        EXECUTE $q$
          INSERT INTO last_meeting_attended (subject_type, subject_id, attended_on)
          SELECT 'organization', n.organization_id, max(mt.starts_at::date)
            FROM new_rows n JOIN meeting mt ON mt.id = n.meeting_id AND mt.archived_at IS NULL
           WHERE n.status = 'attended' AND n.organization_id IS NOT NULL
           GROUP BY n.organization_id
          UNION ALL
          SELECT 'contact', n.contact_id, max(mt.starts_at::date)
            FROM new_rows n JOIN meeting mt ON mt.id = n.meeting_id AND mt.archived_at IS NULL
           WHERE n.status = 'attended'
           GROUP BY n.contact_id
          ON CONFLICT (subject_type, subject_id)
            DO UPDATE SET attended_on = greatest(last_meeting_attended.attended_on, EXCLUDED.attended_on)$q$;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION attendance_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        organization_ids uuid[];
        contact_ids uuid[];
      BEGIN
        IF TG_OP = 'DELETE' THEN
          SELECT array_agg(DISTINCT organization_id) FILTER (WHERE organization_id IS NOT NULL), array_agg(DISTINCT contact_id)
            INTO organization_ids, contact_ids FROM old_rows;
        ELSE
          SELECT array_agg(DISTINCT organization_id) FILTER (WHERE organization_id IS NOT NULL), array_agg(DISTINCT contact_id)
            INTO organization_ids, contact_ids
            FROM (SELECT organization_id, contact_id FROM new_rows UNION ALL SELECT organization_id, contact_id FROM old_rows) changed;
        END IF;
        IF contact_ids IS NOT NULL THEN
          PERFORM refresh_last_meeting_attended(coalesce(organization_ids, '{}'), contact_ids);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER attendance_inserted AFTER INSERT ON attendance REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION attendance_inserted()`);
    await q.query(`
      CREATE TRIGGER attendance_updated AFTER UPDATE ON attendance REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION attendance_changed()`);
    await q.query(`
      CREATE TRIGGER attendance_deleted AFTER DELETE ON attendance REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION attendance_changed()`);
    // A meeting moved to another day, archived or restored changes its attendees' last meeting.
    await q.query(`
      CREATE FUNCTION meeting_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        organization_ids uuid[];
        contact_ids uuid[];
      BEGIN
        EXECUTE $q$
          SELECT array_agg(DISTINCT am.organization_id) FILTER (WHERE am.organization_id IS NOT NULL), array_agg(DISTINCT am.contact_id)
            FROM new_rows n JOIN old_rows o ON o.id = n.id
            JOIN attendance am ON am.meeting_id = n.id AND am.status = 'attended'
           WHERE n.starts_at::date IS DISTINCT FROM o.starts_at::date
              OR (n.archived_at IS NULL) <> (o.archived_at IS NULL)$q$
          INTO organization_ids, contact_ids;
        IF contact_ids IS NOT NULL THEN
          PERFORM refresh_last_meeting_attended(coalesce(organization_ids, '{}'), contact_ids);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER meeting_updated AFTER UPDATE ON meeting REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION meeting_changed()`);
    // The members who attended before this migration, as the refresh computes them.
    await q.query(`
      SELECT refresh_last_meeting_attended(
        ARRAY(SELECT DISTINCT organization_id FROM attendance WHERE organization_id IS NOT NULL),
        ARRAY(SELECT DISTINCT contact_id FROM attendance))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER meeting_updated ON meeting`);
    await q.query(`DROP TRIGGER attendance_deleted ON attendance`);
    await q.query(`DROP TRIGGER attendance_updated ON attendance`);
    await q.query(`DROP TRIGGER attendance_inserted ON attendance`);
    await q.query(`DROP FUNCTION meeting_changed()`);
    await q.query(`DROP FUNCTION attendance_changed()`);
    await q.query(`DROP FUNCTION attendance_inserted()`);
    await q.query(`DROP FUNCTION refresh_last_meeting_attended(uuid[], uuid[])`);
    await q.query(`DROP TABLE last_meeting_attended`);
  }
}
