import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ROLES } from '@coalition/contracts';

/** Users, sessions, invitations and the append-only audit trail. */
export class AuthAudit1764000000300 implements MigrationInterface {
  name = 'AuthAudit1764000000300';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
        name text NOT NULL,
        role text NOT NULL CHECK (role IN (${ROLES.map((r) => `'${r}'`).join(', ')})),
        password_hash text,
        disabled_at timestamptz,
        last_sign_in_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email))`);

    await q.query(`
      CREATE TABLE user_session (
        id text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user (id),
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        ip text,
        user_agent text
      )`);
    await q.query(`CREATE INDEX user_session_user_idx ON user_session (user_id)`);

    await q.query(`
      CREATE TABLE user_invitation (
        id text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES app_user (id),
        created_by uuid REFERENCES app_user (id),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE audit_event (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_user_id uuid,
        actor_email text,
        ip text,
        action text NOT NULL,
        entity_type text,
        entity_id text,
        changes jsonb NOT NULL DEFAULT '[]',
        details jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX audit_event_at_idx ON audit_event (at DESC, id DESC)`);
    await q.query(`CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id, at DESC)`);
    await q.query(`CREATE INDEX audit_event_actor_idx ON audit_event (actor_user_id, at DESC)`);
    await q.query(`CREATE INDEX audit_event_failed_sign_in_idx ON audit_event (at) WHERE action = 'sign_in_failed'`);

    // Append-only. The one exception is erasure, which blanks a person's values in earlier rows
    // inside its own transaction after `SET LOCAL coalition.audit_redaction = 'on'`.
    await q.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND current_setting('coalition.audit_redaction', true) = 'on' THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_event is append-only (% refused)', TG_OP;
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_event`);
    await q.query(`DROP FUNCTION audit_event_append_only()`);
    await q.query(`DROP TABLE user_invitation`);
    await q.query(`DROP TABLE user_session`);
    await q.query(`DROP TABLE app_user`);
  }
}
