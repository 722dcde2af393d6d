import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AffiliationRole, SegmentExportPurpose, SegmentFilter } from '@coalition/contracts';
import { compileFilter } from './filter-compiler';

/** One contact of a segment as an export writes it. */
export interface SegmentExportContactRow {
  id: string;
  firstName: string;
  lastName: string;
  preferredName: string | null;
  pronouns: string | null;
  primaryEmail: string | null;
  primaryPhone: string | null;
  languages: string[];
  city: string | null;
  county: string | null;
  tags: string[];
  consentEmail: boolean;
  consentSms: boolean;
  consentPhone: boolean;
  /** Their current roles at the organizations through which they are in the segment. */
  memberships: { organizationName: string; role: AffiliationRole }[];
}

/** A contact an export lists, and the organizations through which the filter selects them. */
export interface SelectedContact {
  id: string;
  organizationIds: string[];
}

const HAS_PRIMARY_PHONE = 'EXISTS (SELECT 1 FROM contact_phone xp WHERE xp.contact_id = c.id AND xp.is_primary)';
const HAS_PRIMARY_EMAIL = 'EXISTS (SELECT 1 FROM contact_email xe WHERE xe.contact_id = c.id AND xe.is_primary)';

/**
 * Who a list for each purpose may hold, over the contact alias `c`: consent to the channel and
 * a primary number or address on it (the one the file carries). Constant SQL, never input.
 */
const PURPOSE_CONDITIONS: Record<SegmentExportPurpose, string> = {
  all: 'true',
  calling: `(c.consent_phone_granted AND ${HAS_PRIMARY_PHONE})`,
  texting: `(c.consent_sms_granted AND ${HAS_PRIMARY_PHONE})`,
  email: `(c.consent_email_granted AND ${HAS_PRIMARY_EMAIL})`,
};

/** The distinct contacts the filter selects, as in SegmentsRepository.contactsPage. */
function chosenContacts(pairs: string): string {
  return `WITH chosen AS (SELECT DISTINCT p.contact_id AS id FROM ${pairs} WHERE p.contact_id IS NOT NULL)`;
}

/**
 * The queries of segment exports. Like every segment query they read the member tables through
 * the one filter compiler (the read model's stated exception to domain boundaries,
 * docs/segments.md); they only read.
 */
@Injectable()
export class SegmentExportRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** How many contacts the filter selects, and how many of them suit `purpose`. */
  async count(filter: SegmentFilter, purpose: SegmentExportPurpose): Promise<{ contacts: number; suited: number }> {
    const { pairs, params } = compileFilter(filter);
    const [row] = await this.dataSource.query<{ contacts: number; suited: number }[]>(
      `${chosenContacts(pairs)}
       SELECT count(*)::int AS contacts, count(*) FILTER (WHERE ${PURPOSE_CONDITIONS[purpose]})::int AS suited
         FROM chosen JOIN contact c ON c.id = chosen.id`,
      params,
    );
    return row;
  }

  /**
   * The selected contacts suited to `purpose`, by last name then first name as the contact list
   * orders them, each with the organizations through which the filter selects them: found once,
   * however many batches the export then reads by id.
   */
  selected(filter: SegmentFilter, purpose: SegmentExportPurpose): Promise<SelectedContact[]> {
    const { pairs, params } = compileFilter(filter);
    return this.dataSource.query<SelectedContact[]>(
      `WITH chosen AS (SELECT DISTINCT p.contact_id, p.organization_id FROM ${pairs} WHERE p.contact_id IS NOT NULL)
       SELECT c.id, array_remove(array_agg(chosen.organization_id), NULL) AS "organizationIds"
         FROM chosen JOIN contact c ON c.id = chosen.contact_id
        WHERE ${PURPOSE_CONDITIONS[purpose]}
        GROUP BY c.id
        ORDER BY c.search_last_name, c.search_first_name, c.id`,
      params,
    );
  }

  /**
   * These contacts as the export writes them, in the order given (one gone since is left out),
   * each with their current roles at the organizations they were selected through, by name.
   */
  rows(selected: SelectedContact[]): Promise<SegmentExportContactRow[]> {
    if (!selected.length) return Promise.resolve([]);
    return this.dataSource.query<SegmentExportContactRow[]>(
      `SELECT c.id, c.first_name AS "firstName", c.last_name AS "lastName", c.preferred_name AS "preferredName",
              c.pronouns,
              (SELECT e.address FROM contact_email e WHERE e.contact_id = c.id AND e.is_primary) AS "primaryEmail",
              (SELECT ph.number FROM contact_phone ph WHERE ph.contact_id = c.id AND ph.is_primary) AS "primaryPhone",
              c.languages, c.city, m.county, c.tags, c.consent_email_granted AS "consentEmail",
              c.consent_sms_granted AS "consentSms", c.consent_phone_granted AS "consentPhone",
              (SELECT coalesce(json_agg(json_build_object('organizationName', o.name, 'role', a.role)
                                        ORDER BY lower(o.name), o.id, a.role), '[]')
                 FROM affiliation a JOIN organization o ON o.id = a.organization_id
                WHERE a.contact_id = c.id AND a.ended_on IS NULL AND a.organization_id = ANY(x.organizations)) AS memberships
         FROM jsonb_to_recordset($1::jsonb) AS x(n int, id uuid, organizations uuid[])
         JOIN contact c ON c.id = x.id LEFT JOIN municipality m ON m.name = c.city
        ORDER BY x.n`,
      [JSON.stringify(selected.map((contact, n) => ({ n, id: contact.id, organizations: contact.organizationIds })))],
    );
  }

  /**
   * The distinct primary addresses of the selected contacts who consented to email, sorted.
   * Two spellings of one address count once (the byte-wise first is kept, on any collation).
   */
  async emails(filter: SegmentFilter): Promise<string[]> {
    const { pairs, params } = compileFilter(filter);
    const rows = await this.dataSource.query<{ address: string }[]>(
      `${chosenContacts(pairs)}
       SELECT DISTINCT ON (e.address_key) e.address
         FROM chosen JOIN contact c ON c.id = chosen.id
         JOIN contact_email e ON e.contact_id = c.id AND e.is_primary
        WHERE c.consent_email_granted
        ORDER BY e.address_key, e.address COLLATE "C"`,
      params,
    );
    return rows.map((row) => row.address);
  }
}
