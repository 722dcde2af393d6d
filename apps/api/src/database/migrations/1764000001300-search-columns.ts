import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The search keys of organizations and contacts, stored: search_key() (unaccent and lower) costs
 * microseconds a call, and a search as you type that computes it for every row it looks at
 * (5,000 organizations, 200,000 contacts) spends most of its time there. Stored, a scan in name
 * order compares plain text and stops at the page's last row; the trigram indexes move onto the
 * columns (same names, same values: the expression indexes they replace become redundant).
 * Generated columns: no write path sets them, and no entity needs to know them.
 */
export class SearchColumns1764000001300 implements MigrationInterface {
  name = 'SearchColumns1764000001300';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE organization
        ADD COLUMN search_name text GENERATED ALWAYS AS (search_key(name)) STORED,
        ADD COLUMN search_city text GENERATED ALWAYS AS (search_key(city)) STORED`);
    await q.query(`DROP INDEX organization_name_search_idx`);
    await q.query(`CREATE INDEX organization_name_search_idx ON organization USING gin (search_name gin_trgm_ops)`);
    await q.query(`CREATE INDEX organization_city_search_idx ON organization USING gin (search_city gin_trgm_ops)`);

    await q.query(`
      ALTER TABLE contact
        ADD COLUMN search_name text GENERATED ALWAYS AS (search_key(first_name || ' ' || last_name)) STORED,
        ADD COLUMN search_preferred_name text GENERATED ALWAYS AS (search_key(preferred_name)) STORED,
        ADD COLUMN search_last_name text GENERATED ALWAYS AS (search_key(last_name)) STORED,
        ADD COLUMN search_first_name text GENERATED ALWAYS AS (search_key(first_name)) STORED`);
    // The name order on plain columns: the type-ahead sorts every match it finds by it, and
    // reads the first contacts in that order without computing a key (contact_sort_name_idx,
    // on the expressions, serves the lists that still sort by them).
    await q.query(`CREATE INDEX contact_search_order_idx ON contact (search_last_name, search_first_name, id)`);
    await q.query(`DROP INDEX contact_name_search_idx`);
    await q.query(`DROP INDEX contact_preferred_name_search_idx`);
    await q.query(`CREATE INDEX contact_name_search_idx ON contact USING gin (search_name gin_trgm_ops)`);
    await q.query(
      `CREATE INDEX contact_preferred_name_search_idx ON contact USING gin (search_preferred_name gin_trgm_ops)`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE contact DROP COLUMN search_name, DROP COLUMN search_preferred_name, DROP COLUMN search_last_name, DROP COLUMN search_first_name`,
    );
    await q.query(
      `CREATE INDEX contact_name_search_idx ON contact USING gin (search_key(first_name || ' ' || last_name) gin_trgm_ops)`,
    );
    await q.query(
      `CREATE INDEX contact_preferred_name_search_idx ON contact USING gin (search_key(preferred_name) gin_trgm_ops)`,
    );
    await q.query(`ALTER TABLE organization DROP COLUMN search_name, DROP COLUMN search_city`);
    await q.query(
      `CREATE INDEX organization_name_search_idx ON organization USING gin (search_key(name) gin_trgm_ops)`,
    );
  }
}
