import type { MigrationInterface, QueryRunner } from 'typeorm';
import { MA_MUNICIPALITIES, MEMBERSHIP_STATUSES, ORGANIZATION_KINDS } from '@coalition/contracts';

const inList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * Extensions, text-normalizing functions, the municipality reference table and the
 * organization directory. Hand-written; runs the same on PGlite and PostgreSQL.
 */
export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);

    // unaccent() is only STABLE (it looks its dictionary up by name), so it cannot back an
    // index. Naming the dictionary explicitly makes the result fixed, hence IMMUTABLE.
    await q.query(`
      CREATE FUNCTION search_key(value text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$`);

    // Two spellings of one organization ("The Casa Azul, Inc." / "casa azul") share a key.
    await q.query(`
      CREATE FUNCTION organization_name_key(value text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT btrim(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
        public.search_key(value),
        '[^a-z0-9 ]+', ' ', 'g'),
        '^\\s*the\\s+', ''),
        '\\s+(inc|incorporated|llc|corp|corporation|co|ltd)\\s*$', ''),
        '\\s+', ' ', 'g')) $$`);

    await q.query(`
      CREATE TABLE municipality (
        name text PRIMARY KEY,
        county text NOT NULL,
        county_fips char(5) NOT NULL,
        kind text NOT NULL CHECK (kind IN ('city', 'town'))
      )`);
    await q.query(`CREATE INDEX municipality_county_idx ON municipality (county)`);
    // Reference data: the 351 municipalities shipped in libs/contracts (source in tools/data).
    const rows = MA_MUNICIPALITIES.map((m) => [m.name, m.county, m.countyFips, m.kind]);
    const placeholders = rows.map((_, i) => `($${i * 4 + 1}, $${i * 4 + 2}, $${i * 4 + 3}, $${i * 4 + 4})`);
    await q.query(
      `INSERT INTO municipality (name, county, county_fips, kind) VALUES ${placeholders.join(', ')}`,
      rows.flat(),
    );

    await q.query(`
      CREATE TABLE organization (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
        kind text NOT NULL CHECK (kind IN (${inList(ORGANIZATION_KINDS)})),
        description text,
        city text NOT NULL REFERENCES municipality (name),
        street_address text,
        zip text,
        website text,
        email text,
        phone text,
        membership_status text NOT NULL DEFAULT 'prospective'
          CHECK (membership_status IN (${inList(MEMBERSHIP_STATUSES)})),
        joined_on date,
        annual_dues_cents integer CHECK (annual_dues_cents >= 0),
        dues_paid_through date,
        languages text[] NOT NULL DEFAULT '{}',
        tags text[] NOT NULL DEFAULT '{}',
        notes text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz
      )`);
    await q.query(
      `CREATE UNIQUE INDEX organization_name_city_key ON organization (organization_name_key(name), city)`,
    );
    await q.query(
      `CREATE INDEX organization_name_search_idx ON organization USING gin (search_key(name) gin_trgm_ops)`,
    );
    await q.query(`CREATE INDEX organization_city_idx ON organization (city)`);
    await q.query(`CREATE INDEX organization_kind_idx ON organization (kind)`);
    await q.query(`CREATE INDEX organization_status_idx ON organization (membership_status)`);
    await q.query(`CREATE INDEX organization_sort_name_idx ON organization (lower(name), id)`);
    await q.query(`CREATE INDEX organization_languages_idx ON organization USING gin (languages)`);
    await q.query(`CREATE INDEX organization_tags_idx ON organization USING gin (tags)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE organization`);
    await q.query(`DROP TABLE municipality`);
    await q.query(`DROP FUNCTION organization_name_key(text)`);
    await q.query(`DROP FUNCTION search_key(text)`);
  }
}
