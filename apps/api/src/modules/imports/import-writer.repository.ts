import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

type SqlType = 'uuid' | 'text' | 'text[]' | 'boolean' | 'date' | 'integer' | 'smallint';

/** Rows for a statement, keyed by the recordset's column names (snake_case). */
export type SqlRecord = Record<string, string | number | boolean | string[] | null>;

/**
 * `jsonb_to_recordset($1) AS v(...)`: many rows travel as one JSON parameter, so each statement
 * below writes a whole batch (no placeholder limit, arrays such as languages included).
 */
function recordset(columns: Record<string, SqlType>): string {
  return `jsonb_to_recordset($1::jsonb) AS v(${Object.entries(columns)
    .map(([name, type]) => `${name} ${type}`)
    .join(', ')})`;
}

const ORGANIZATION_COLUMNS: Record<string, SqlType> = {
  id: 'uuid',
  name: 'text',
  kind: 'text',
  description: 'text',
  city: 'text',
  street_address: 'text',
  zip: 'text',
  website: 'text',
  email: 'text',
  phone: 'text',
  membership_status: 'text',
  joined_on: 'date',
  annual_dues_cents: 'integer',
  dues_paid_through: 'date',
  languages: 'text[]',
  tags: 'text[]',
  notes: 'text',
};

const CONTACT_COLUMNS: Record<string, SqlType> = {
  id: 'uuid',
  first_name: 'text',
  last_name: 'text',
  preferred_name: 'text',
  pronouns: 'text',
  city: 'text',
  languages: 'text[]',
  tags: 'text[]',
  notes: 'text',
  consent_email: 'boolean',
  consent_sms: 'boolean',
  consent_phone: 'boolean',
};

const CHANNELS = ['email', 'sms', 'phone'] as const;

/** A consent given in the file is recorded today, with the file as its source ($2). */
const consentInsert = (channel: string) =>
  `coalesce(v.consent_${channel}, false), CASE WHEN v.consent_${channel} IS NULL THEN NULL ELSE current_date END,
   CASE WHEN v.consent_${channel} IS NULL THEN NULL ELSE $2 END`;
const consentUpdate = (channel: string) =>
  `consent_${channel}_granted = coalesce(v.consent_${channel}, c.consent_${channel}_granted),
   consent_${channel}_recorded_on = CASE WHEN v.consent_${channel} IS NULL THEN c.consent_${channel}_recorded_on ELSE current_date END,
   consent_${channel}_source = CASE WHEN v.consent_${channel} IS NULL THEN c.consent_${channel}_source ELSE $2 END`;

/** `col = coalesce(v.col, t.col)`: a value left out (null) keeps what the record has. */
const keepUnlessGiven = (alias: string, columns: string[]) =>
  columns.map((c) => `${c} = coalesce(v.${c}, ${alias}.${c})`).join(',\n       ');

/**
 * The writes of an import, each a single statement for a whole batch. Stated exception: like the
 * demo seed, the importer is a bulk loader and writes the member tables directly, through their
 * columns exactly as the migrations define them (generated keys such as `address_key` and
 * `number_digits` are left to the database; versions are bumped on update) and under all of
 * their constraints: a refused row fails its batch, which is then retried row by row.
 */
@Injectable()
export class ImportWriterRepository {
  /** Inserts organizations; answers the ids written (a name + city taken meanwhile is left out). */
  async insertOrganizations(manager: EntityManager, rows: SqlRecord[]): Promise<Set<string>> {
    if (!rows.length) return new Set();
    const inserted = await manager.query<{ id: string }[]>(
      `INSERT INTO organization (${Object.keys(ORGANIZATION_COLUMNS).join(', ')})
       SELECT v.id, v.name, coalesce(v.kind, 'other'), v.description, v.city, v.street_address, v.zip, v.website,
              v.email, v.phone, coalesce(v.membership_status, 'prospective'), v.joined_on, v.annual_dues_cents,
              v.dues_paid_through, coalesce(v.languages, '{}'), coalesce(v.tags, '{}'), v.notes
         FROM ${recordset(ORGANIZATION_COLUMNS)}
       ON CONFLICT ((organization_name_key(name)), city) DO NOTHING
       RETURNING id`,
      [JSON.stringify(rows)],
    );
    return new Set(inserted.map((r) => r.id));
  }

  /** Applies the given columns (null = keep) to existing organizations; name and city never change. */
  async updateOrganizations(manager: EntityManager, rows: SqlRecord[]): Promise<void> {
    if (!rows.length) return;
    const columns = Object.keys(ORGANIZATION_COLUMNS).filter(
      (c) => !['id', 'name', 'city'].includes(c),
    );
    await manager.query(
      `UPDATE organization o
          SET ${keepUnlessGiven('o', columns)},
              version = o.version + 1, updated_at = now()
         FROM ${recordset(ORGANIZATION_COLUMNS)}
        WHERE o.id = v.id`,
      [JSON.stringify(rows)],
    );
  }

  async insertContacts(manager: EntityManager, rows: SqlRecord[], source: string): Promise<void> {
    if (!rows.length) return;
    const consentColumns = CHANNELS.map(
      (c) => `consent_${c}_granted, consent_${c}_recorded_on, consent_${c}_source`,
    ).join(', ');
    await manager.query(
      `INSERT INTO contact (id, first_name, last_name, preferred_name, pronouns, city, languages, tags, notes, ${consentColumns})
       SELECT v.id, v.first_name, v.last_name, v.preferred_name, v.pronouns, v.city, coalesce(v.languages, '{}'),
              coalesce(v.tags, '{}'), v.notes, ${CHANNELS.map(consentInsert).join(', ')}
         FROM ${recordset(CONTACT_COLUMNS)}`,
      [JSON.stringify(rows), source],
    );
  }

  async updateContacts(manager: EntityManager, rows: SqlRecord[], source: string): Promise<void> {
    if (!rows.length) return;
    const columns = [
      'first_name',
      'last_name',
      'preferred_name',
      'pronouns',
      'city',
      'languages',
      'tags',
      'notes',
    ];
    await manager.query(
      `UPDATE contact c
          SET ${keepUnlessGiven('c', columns)},
              ${CHANNELS.map(consentUpdate).join(',\n')},
              version = c.version + 1, updated_at = now()
         FROM ${recordset(CONTACT_COLUMNS)}
        WHERE c.id = v.id`,
      [JSON.stringify(rows), source],
    );
  }

  /**
   * Adds email addresses after a contact's existing ones (`ordinal` orders those added in one
   * go); the first becomes primary when the contact had none. An address already there is left.
   * What the contact has is read once per row through a lateral join (an index probe): as a
   * `NOT EXISTS` PostgreSQL hashed the whole of contact_email for every batch.
   */
  async addEmails(
    manager: EntityManager,
    rows: { contact_id: string; address: string; ordinal: number }[],
  ): Promise<void> {
    if (!rows.length) return;
    await manager.query(
      `INSERT INTO contact_email (contact_id, address, label, is_primary, position)
       SELECT v.contact_id, v.address, 'other', v.ordinal = 0 AND had.top IS NULL, coalesce(had.top + 1, 0) + v.ordinal
         FROM ${recordset({ contact_id: 'uuid', address: 'text', ordinal: 'smallint' })}
         CROSS JOIN LATERAL (SELECT max(e.position) AS top FROM contact_email e WHERE e.contact_id = v.contact_id) had
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(rows)],
    );
  }

  /** Adds phone numbers the same way as emails. */
  async addPhones(
    manager: EntityManager,
    rows: { contact_id: string; number: string; ordinal: number }[],
  ): Promise<void> {
    if (!rows.length) return;
    await manager.query(
      `INSERT INTO contact_phone (contact_id, number, label, is_primary, position)
       SELECT v.contact_id, v.number, 'other', v.ordinal = 0 AND had.top IS NULL, coalesce(had.top + 1, 0) + v.ordinal
         FROM ${recordset({ contact_id: 'uuid', number: 'text', ordinal: 'smallint' })}
         CROSS JOIN LATERAL (SELECT max(p.position) AS top FROM contact_phone p WHERE p.contact_id = v.contact_id) had
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(rows)],
    );
  }

  /** Current affiliations; one the person already holds (same organization and role) is left as it is. */
  async addAffiliations(
    manager: EntityManager,
    rows: { contact_id: string; organization_id: string; role: string }[],
  ): Promise<void> {
    if (!rows.length) return;
    await manager.query(
      `INSERT INTO affiliation (contact_id, organization_id, role)
       SELECT v.contact_id, v.organization_id, v.role
         FROM ${recordset({ contact_id: 'uuid', organization_id: 'uuid', role: 'text' })}
       ON CONFLICT (contact_id, organization_id, role) WHERE ended_on IS NULL DO NOTHING`,
      [JSON.stringify(rows)],
    );
  }

  /** Inserts interests confirmed today; answers the `organization:issue` pairs written. */
  async insertInterests(manager: EntityManager, rows: SqlRecord[]): Promise<Set<string>> {
    if (!rows.length) return new Set();
    const inserted = await manager.query<{ key: string }[]>(
      `INSERT INTO interest (organization_id, issue_id, level, note, confirmed_on)
       SELECT v.organization_id, v.issue_id, v.level, v.note, current_date
         FROM ${recordset({ organization_id: 'uuid', issue_id: 'uuid', level: 'text', note: 'text' })}
       ON CONFLICT DO NOTHING
       RETURNING organization_id || ':' || issue_id AS key`,
      [JSON.stringify(rows)],
    );
    return new Set(inserted.map((r) => r.key));
  }

  async updateInterests(manager: EntityManager, rows: SqlRecord[]): Promise<void> {
    if (!rows.length) return;
    await manager.query(
      `UPDATE interest i
          SET level = coalesce(v.level, i.level), note = coalesce(v.note, i.note),
              confirmed_on = current_date, updated_at = now()
         FROM ${recordset({ organization_id: 'uuid', issue_id: 'uuid', level: 'text', note: 'text' })}
        WHERE i.organization_id = v.organization_id AND i.issue_id = v.issue_id`,
      [JSON.stringify(rows)],
    );
  }

  /** Inserts participations (the date they joined left unknown); answers the ids written. */
  async insertParticipations(manager: EntityManager, rows: SqlRecord[]): Promise<Set<string>> {
    if (!rows.length) return new Set();
    const inserted = await manager.query<{ id: string }[]>(
      `INSERT INTO participation (id, campaign_id, organization_id, contact_id, role)
       SELECT v.id, v.campaign_id, v.organization_id, v.contact_id, v.role
         FROM ${recordset({ id: 'uuid', campaign_id: 'uuid', organization_id: 'uuid', contact_id: 'uuid', role: 'text' })}
       ON CONFLICT DO NOTHING
       RETURNING id`,
      [JSON.stringify(rows)],
    );
    return new Set(inserted.map((r) => r.id));
  }

  /** Inserts attendance; answers the `meeting:contact` pairs written. */
  async insertAttendance(manager: EntityManager, rows: SqlRecord[]): Promise<Set<string>> {
    if (!rows.length) return new Set();
    const inserted = await manager.query<{ key: string }[]>(
      `INSERT INTO attendance (meeting_id, contact_id, organization_id, status)
       SELECT v.meeting_id, v.contact_id, v.organization_id, v.status
         FROM ${recordset({ meeting_id: 'uuid', contact_id: 'uuid', organization_id: 'uuid', status: 'text' })}
       ON CONFLICT DO NOTHING
       RETURNING meeting_id || ':' || contact_id AS key`,
      [JSON.stringify(rows)],
    );
    return new Set(inserted.map((r) => r.key));
  }

  async updateAttendance(manager: EntityManager, rows: SqlRecord[]): Promise<void> {
    if (!rows.length) return;
    await manager.query(
      `UPDATE attendance a
          SET status = coalesce(v.status, a.status), organization_id = coalesce(v.organization_id, a.organization_id)
         FROM ${recordset({ meeting_id: 'uuid', contact_id: 'uuid', organization_id: 'uuid', status: 'text' })}
        WHERE a.meeting_id = v.meeting_id AND a.contact_id = v.contact_id`,
      [JSON.stringify(rows)],
    );
  }
}
