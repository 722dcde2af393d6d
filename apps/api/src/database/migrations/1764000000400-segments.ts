import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Saved segments (a filter over members, owned by a user, shared or private) and their daily
 * counts, so a segment's size over time can be shown.
 */
export class Segments1764000000400 implements MigrationInterface {
  name = 'Segments1764000000400';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE segment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 120),
        description text,
        filter jsonb NOT NULL,
        owner_user_id uuid NOT NULL REFERENCES app_user (id),
        shared boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz
      )`);
    // Archived segments keep their name, so an archived "Cover All Kids callers" may be remade.
    await q.query(
      `CREATE UNIQUE INDEX segment_owner_name_key ON segment (owner_user_id, search_key(name)) WHERE archived_at IS NULL`,
    );
    await q.query(`CREATE INDEX segment_shared_idx ON segment (shared) WHERE archived_at IS NULL`);

    await q.query(`
      CREATE TABLE segment_count (
        segment_id uuid NOT NULL REFERENCES segment (id) ON DELETE CASCADE,
        counted_on date NOT NULL,
        organizations integer NOT NULL CHECK (organizations >= 0),
        contacts integer NOT NULL CHECK (contacts >= 0),
        PRIMARY KEY (segment_id, counted_on)
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE segment_count`);
    await q.query(`DROP TABLE segment`);
  }
}
