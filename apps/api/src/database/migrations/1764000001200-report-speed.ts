import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Archived contacts, for the reports' contact counts (docs/reports.md, breakdowns).
 *
 * A breakdown counts the people currently affiliated with its members, leaving out archived
 * ones. Joined with every contact, that check read and hashed all 200,000 contacts at a network's
 * scale; asked as "not among the archived", it reads this index, which holds only the archived
 * few. Partial, so it costs nothing when a contact is written and is not archived.
 */
export class ReportSpeed1764000001200 implements MigrationInterface {
  name = 'ReportSpeed1764000001200';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX contact_archived_idx ON contact (id) WHERE archived_at IS NOT NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX contact_archived_idx`);
  }
}
