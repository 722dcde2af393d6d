import type { MigrationInterface, QueryRunner } from 'typeorm';
import { AFFILIATION_ROLES, EMAIL_LABELS, PHONE_LABELS } from '@coalition/contracts';

const inList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** The consent columns of one channel: whether, when and how it was given (or withdrawn). */
const consentColumns = (channel: string) => `
        consent_${channel}_granted boolean NOT NULL DEFAULT false,
        consent_${channel}_recorded_on date,
        consent_${channel}_source text`;

/**
 * Contacts (people), their email addresses and phone numbers, and their affiliations with
 * member organizations. By design there is no column for immigration or citizenship status,
 * country of birth or document numbers (DOMAIN.md).
 */
export class Contacts1764000000100 implements MigrationInterface {
  name = 'Contacts1764000000100';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE contact (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        first_name text NOT NULL CHECK (length(btrim(first_name)) BETWEEN 1 AND 100),
        last_name text NOT NULL CHECK (length(btrim(last_name)) BETWEEN 1 AND 100),
        preferred_name text,
        pronouns text,
        city text REFERENCES municipality (name),
        languages text[] NOT NULL DEFAULT '{}',${consentColumns('email')},${consentColumns('sms')},${consentColumns('phone')},
        tags text[] NOT NULL DEFAULT '{}',
        notes text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        archived_at timestamptz
      )`);
    // The same expressions as the list's `q` search, so the trigram indexes serve LIKE '%…%'.
    await q.query(
      `CREATE INDEX contact_name_search_idx ON contact USING gin (search_key(first_name || ' ' || last_name) gin_trgm_ops)`,
    );
    await q.query(
      `CREATE INDEX contact_preferred_name_search_idx ON contact USING gin (search_key(preferred_name) gin_trgm_ops)`,
    );
    await q.query(
      `CREATE INDEX contact_sort_name_idx ON contact (search_key(last_name), search_key(first_name), id)`,
    );
    await q.query(`CREATE INDEX contact_city_idx ON contact (city)`);
    await q.query(`CREATE INDEX contact_created_at_idx ON contact (created_at)`);
    await q.query(`CREATE INDEX contact_languages_idx ON contact USING gin (languages)`);
    await q.query(`CREATE INDEX contact_tags_idx ON contact USING gin (tags)`);

    await this.createChannels(q);
    await this.createAffiliations(q);
  }

  /** Emails and phones, each with a normalized key for type-ahead search and import de-duplication. */
  private async createChannels(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE contact_email (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contact_id uuid NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
        address text NOT NULL,
        address_key text GENERATED ALWAYS AS (lower(btrim(address))) STORED,
        label text NOT NULL CHECK (label IN (${inList(EMAIL_LABELS)})),
        is_primary boolean NOT NULL DEFAULT false,
        position smallint NOT NULL DEFAULT 0,
        CONSTRAINT contact_email_contact_address_key UNIQUE (contact_id, address_key)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX contact_email_one_primary_key ON contact_email (contact_id) WHERE is_primary`,
    );
    await q.query(`CREATE INDEX contact_email_address_key_idx ON contact_email (address_key)`);
    await q.query(
      `CREATE INDEX contact_email_address_search_idx ON contact_email USING gin (address_key gin_trgm_ops)`,
    );

    await q.query(`
      CREATE TABLE contact_phone (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contact_id uuid NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
        number text NOT NULL,
        number_digits text GENERATED ALWAYS AS (regexp_replace(number, '[^0-9]', '', 'g')) STORED,
        label text NOT NULL CHECK (label IN (${inList(PHONE_LABELS)})),
        is_primary boolean NOT NULL DEFAULT false,
        position smallint NOT NULL DEFAULT 0,
        CONSTRAINT contact_phone_contact_digits_key UNIQUE (contact_id, number_digits)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX contact_phone_one_primary_key ON contact_phone (contact_id) WHERE is_primary`,
    );
    await q.query(`CREATE INDEX contact_phone_digits_idx ON contact_phone (number_digits)`);
    await q.query(
      `CREATE INDEX contact_phone_digits_search_idx ON contact_phone USING gin (number_digits gin_trgm_ops)`,
    );
  }

  private async createAffiliations(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE affiliation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contact_id uuid NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL,
        role text NOT NULL CHECK (role IN (${inList(AFFILIATION_ROLES)})),
        started_on date,
        ended_on date,
        note text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT affiliation_organization_fkey FOREIGN KEY (organization_id) REFERENCES organization (id),
        CONSTRAINT affiliation_dates_check CHECK (ended_on IS NULL OR started_on IS NULL OR ended_on >= started_on)
      )`);
    // One current affiliation per contact, organization and role; ended ones may repeat.
    await q.query(
      `CREATE UNIQUE INDEX affiliation_current_key ON affiliation (contact_id, organization_id, role) WHERE ended_on IS NULL`,
    );
    await q.query(`CREATE INDEX affiliation_contact_idx ON affiliation (contact_id)`);
    await q.query(
      `CREATE INDEX affiliation_organization_idx ON affiliation (organization_id, role)`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE affiliation`);
    await q.query(`DROP TABLE contact_phone`);
    await q.query(`DROP TABLE contact_email`);
    await q.query(`DROP TABLE contact`);
  }
}
