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
}

/** A role a contact holds at one of their organizations in the segment. */
export interface SegmentMembershipRow {
  contactId: string;
  organizationName: string;
  role: AffiliationRole;
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
   * orders them: ids only, so the filter runs once however many batches the export then reads.
   */
  async orderedIds(filter: SegmentFilter, purpose: SegmentExportPurpose): Promise<string[]> {
    const { pairs, params } = compileFilter(filter);
    const rows = await this.dataSource.query<{ id: string }[]>(
      `${chosenContacts(pairs)}
       SELECT c.id FROM chosen JOIN contact c ON c.id = chosen.id
        WHERE ${PURPOSE_CONDITIONS[purpose]}
        ORDER BY search_key(c.last_name), search_key(c.first_name), c.id`,
      params,
    );
    return rows.map((row) => row.id);
  }

  /** These contacts as the export writes them, in the order given (one gone since is left out). */
  rows(ids: string[]): Promise<SegmentExportContactRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.dataSource.query<SegmentExportContactRow[]>(
      `SELECT c.id, c.first_name AS "firstName", c.last_name AS "lastName", c.preferred_name AS "preferredName",
              c.pronouns,
              (SELECT e.address FROM contact_email e WHERE e.contact_id = c.id AND e.is_primary) AS "primaryEmail",
              (SELECT ph.number FROM contact_phone ph WHERE ph.contact_id = c.id AND ph.is_primary) AS "primaryPhone",
              c.languages, c.city, m.county, c.tags, c.consent_email_granted AS "consentEmail",
              c.consent_sms_granted AS "consentSms", c.consent_phone_granted AS "consentPhone"
         FROM unnest($1::uuid[]) WITH ORDINALITY AS x(id, n)
         JOIN contact c ON c.id = x.id LEFT JOIN municipality m ON m.name = c.city
        ORDER BY x.n`,
      [ids],
    );
  }

  /**
   * The listed contacts' roles at the organizations through which they are in the segment (the
   * pairs that satisfy the filter), by organization name.
   */
  memberships(filter: SegmentFilter, contactIds: string[]): Promise<SegmentMembershipRow[]> {
    if (!contactIds.length) return Promise.resolve([]);
    const { pairs, params } = compileFilter(filter, 2);
    return this.dataSource.query<SegmentMembershipRow[]>(
      `SELECT p.contact_id AS "contactId", o.name AS "organizationName", xa.role
         FROM ${pairs}
         JOIN affiliation xa ON xa.contact_id = p.contact_id AND xa.organization_id = p.organization_id
                            AND xa.ended_on IS NULL
        WHERE p.contact_id = ANY($1::uuid[]) AND p.organization_id IS NOT NULL
        ORDER BY lower(o.name), o.id, xa.role`,
      [contactIds, ...params],
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
