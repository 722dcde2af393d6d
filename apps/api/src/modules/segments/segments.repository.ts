import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  AFFILIATION_ROLES,
  type AffiliationRole,
  type ConsentChannel,
  type SegmentCountHistoryItem,
  type SegmentCounts,
  type SegmentFilter,
  type SegmentListQuery,
} from '@coalition/contracts';
import { likeContains } from '../../common/sql-query';
import { compileFilter } from './filter-compiler';

/** A saved segment as stored, with its owner's name. */
export interface SegmentRow {
  id: string;
  name: string;
  description: string | null;
  filter: SegmentFilter;
  ownerUserId: string;
  ownerName: string;
  shared: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
}

export interface SegmentOrganizationRow {
  id: string;
  name: string;
  kind: string;
  membershipStatus: string;
  city: string;
  county: string;
  joinedOn: string | null;
  languages: string[];
  tags: string[];
}

export interface SegmentContactRow {
  id: string;
  firstName: string;
  lastName: string;
  preferredName: string | null;
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

export interface CurrentAffiliationRow {
  contactId: string;
  organizationId: string;
  organizationName: string;
  role: AffiliationRole;
}

export interface Page {
  page: number;
  pageSize: number;
}

/** A contact a filter selects, with the one organization (and role there) it was selected through. */
export interface ReachableContactRow {
  contactId: string;
  organizationId: string | null;
  role: AffiliationRole | null;
}

/** The pairs a filter selects, as the CTE `chosen` (organization_id, contact_id). */
function chosenFrom(pairs: string, materialized = false): string {
  return `chosen AS ${materialized ? 'MATERIALIZED ' : ''}(SELECT p.organization_id, p.contact_id FROM ${pairs})`;
}

/** A page ($1 rows from $2) of the organizations in `chosen`, in the organization list's default order. */
const ORGANIZATIONS_PAGE = `
  SELECT o.id, o.name, o.kind, o.membership_status AS "membershipStatus", o.city, m.county,
         o.joined_on AS "joinedOn", o.languages, o.tags
    FROM (SELECT DISTINCT organization_id AS id FROM chosen WHERE organization_id IS NOT NULL) x
    JOIN organization o ON o.id = x.id JOIN municipality m ON m.name = o.city
   ORDER BY lower(o.name), o.id
   LIMIT $1 OFFSET $2`;

/** A page ($1 rows from $2) of the contacts in `chosen`, by last name then first name, as the contact list. */
const CONTACTS_PAGE = `
  SELECT c.id, c.first_name AS "firstName", c.last_name AS "lastName", c.preferred_name AS "preferredName",
         (SELECT e.address FROM contact_email e WHERE e.contact_id = c.id AND e.is_primary) AS "primaryEmail",
         (SELECT ph.number FROM contact_phone ph WHERE ph.contact_id = c.id AND ph.is_primary) AS "primaryPhone",
         c.languages, c.city, m.county, c.tags, c.consent_email_granted AS "consentEmail",
         c.consent_sms_granted AS "consentSms", c.consent_phone_granted AS "consentPhone"
    FROM (SELECT DISTINCT contact_id AS id FROM chosen WHERE contact_id IS NOT NULL) x
    JOIN contact c ON c.id = x.id LEFT JOIN municipality m ON m.name = c.city
   ORDER BY c.search_last_name, c.search_first_name, c.id
   LIMIT $1 OFFSET $2`;

/** Reachable on a channel: consented to it, and holding a number (calls, texts) or an address (email). */
const REACHABLE_ON: Record<ConsentChannel, string> = {
  phone: 'c.consent_phone_granted AND EXISTS (SELECT 1 FROM contact_phone rp WHERE rp.contact_id = c.id)',
  sms: 'c.consent_sms_granted AND EXISTS (SELECT 1 FROM contact_phone rp WHERE rp.contact_id = c.id)',
  email: 'c.consent_email_granted AND EXISTS (SELECT 1 FROM contact_email re WHERE re.contact_id = c.id)',
};

export type SegmentColumns = Partial<{
  name: string;
  description: string | null;
  filter: SegmentFilter;
  shared: boolean;
}>;

const SELECT_SEGMENT = `
  SELECT s.id, s.name, s.description, s.filter, s.owner_user_id AS "ownerUserId", u.name AS "ownerName",
         s.shared, s.version, s.created_at AS "createdAt", s.updated_at AS "updatedAt", s.archived_at AS "archivedAt"
    FROM segment s JOIN app_user u ON u.id = s.owner_user_id`;

/** A segment is visible to its owner, and to everyone when shared. */
const VISIBLE = '(s.owner_user_id = $1 OR s.shared)';

const COLUMNS: Record<keyof SegmentColumns, string> = {
  name: 'name',
  description: 'description',
  filter: 'filter',
  shared: 'shared',
};

/**
 * Every query of segments. Evaluating a filter reads the member tables through the one
 * compiler (filter-compiler.ts), the read model's stated exception to domain boundaries.
 */
@Injectable()
export class SegmentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** How many distinct organizations and contacts the filter selects now. */
  async counts(filter: SegmentFilter, manager?: EntityManager): Promise<SegmentCounts> {
    const { pairs, params } = compileFilter(filter);
    const [row] = await this.run(manager).query<SegmentCounts[]>(
      `SELECT count(DISTINCT p.organization_id)::int AS organizations, count(DISTINCT p.contact_id)::int AS contacts
         FROM ${pairs}`,
      params,
    );
    return row;
  }

  /**
   * The counts of several filters in one statement (a list page of segments), in their order:
   * one round trip instead of one query per segment.
   */
  async countsOfMany(filters: SegmentFilter[]): Promise<SegmentCounts[]> {
    if (filters.length === 0) return [];
    const params: unknown[] = [];
    const selects = filters.map((filter, index) => {
      const compiled = compileFilter(filter, params.length + 1);
      params.push(...compiled.params);
      return `SELECT ${index} AS position, count(DISTINCT p.organization_id)::int AS organizations,
                     count(DISTINCT p.contact_id)::int AS contacts
                FROM ${compiled.pairs}`;
    });
    const rows = await this.dataSource.query<(SegmentCounts & { position: number })[]>(
      `${selects.join('\nUNION ALL\n')} ORDER BY position`,
      params,
    );
    return rows.map(({ organizations, contacts }) => ({ organizations, contacts }));
  }

  /** One page of the selected organizations, in the organization list's default order. */
  organizationsPage(filter: SegmentFilter, page: Page): Promise<SegmentOrganizationRow[]> {
    const { pairs, params } = compileFilter(filter, 3);
    return this.dataSource.query<SegmentOrganizationRow[]>(
      `WITH ${chosenFrom(pairs)} ${ORGANIZATIONS_PAGE}`,
      [page.pageSize, (page.page - 1) * page.pageSize, ...params],
    );
  }

  /** One page of the selected contacts, by last name then first name, as the contact list. */
  contactsPage(filter: SegmentFilter, page: Page): Promise<SegmentContactRow[]> {
    const { pairs, params } = compileFilter(filter, 3);
    return this.dataSource.query<SegmentContactRow[]>(
      `WITH ${chosenFrom(pairs)} ${CONTACTS_PAGE}`,
      [page.pageSize, (page.page - 1) * page.pageSize, ...params],
    );
  }

  /**
   * The counts and the same page of organizations and of contacts, in one statement: the pairs
   * are found once (MATERIALIZED) and counted and paged from there, where three statements
   * would each evaluate the filter again (seconds on a deep tree at a network's scale).
   */
  async preview(
    filter: SegmentFilter,
    page: Page,
  ): Promise<{ counts: SegmentCounts; organizations: SegmentOrganizationRow[]; contacts: SegmentContactRow[] }> {
    const { pairs, params } = compileFilter(filter, 3);
    const [row] = await this.dataSource.query<
      (SegmentCounts & { organizationRows: SegmentOrganizationRow[]; contactRows: SegmentContactRow[] })[]
    >(
      `WITH ${chosenFrom(pairs, true)},
            organization_page AS (${ORGANIZATIONS_PAGE}),
            contact_page AS (${CONTACTS_PAGE})
       SELECT (SELECT count(DISTINCT organization_id) FROM chosen)::int AS organizations,
              (SELECT count(DISTINCT contact_id) FROM chosen)::int AS contacts,
              (SELECT coalesce(json_agg(op ORDER BY lower(op.name), op.id), '[]') FROM organization_page op) AS "organizationRows",
              (SELECT coalesce(json_agg(cp ORDER BY search_key(cp."lastName"), search_key(cp."firstName"), cp.id), '[]')
                 FROM contact_page cp) AS "contactRows"`,
      [page.pageSize, (page.page - 1) * page.pageSize, ...params],
    );
    const { organizationRows, contactRows, ...counts } = row;
    return { counts, organizations: organizationRows, contacts: contactRows };
  }

  /**
   * Every contact the filter selects now who can be reached on `channel`, once each. A contact
   * selected through several organizations keeps the first by name (then id), and their
   * highest role there in AFFILIATION_ROLES order, so the same data always gives the same rows.
   */
  reachableContacts(filter: SegmentFilter, channel: ConsentChannel, manager?: EntityManager): Promise<ReachableContactRow[]> {
    const { pairs, params } = compileFilter(filter, 2);
    return this.run(manager).query<ReachableContactRow[]>(
      `WITH chosen AS (SELECT DISTINCT p.contact_id, p.organization_id FROM ${pairs}
                        WHERE p.contact_id IS NOT NULL)
       SELECT DISTINCT ON (c.id) c.id AS "contactId", o.id AS "organizationId", r.role
         FROM chosen JOIN contact c ON c.id = chosen.contact_id
         LEFT JOIN organization o ON o.id = chosen.organization_id
         LEFT JOIN LATERAL (SELECT a.role FROM affiliation a
                             WHERE a.contact_id = c.id AND a.organization_id = o.id AND a.ended_on IS NULL
                             ORDER BY array_position($1::text[], a.role) LIMIT 1) r ON true
        WHERE ${REACHABLE_ON[channel]}
        ORDER BY c.id, o.id IS NULL, lower(o.name), o.id`,
      [AFFILIATION_ROLES, ...params],
    );
  }

  /** The names of the listed segments that `userId` may see (a private one of someone else is left out). */
  async namesVisible(ids: string[], userId: string): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const rows = await this.dataSource.query<{ id: string; name: string }[]>(
      `SELECT s.id, s.name FROM segment s WHERE s.id = ANY($2::uuid[]) AND ${VISIBLE}`,
      [userId, ids],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** The current affiliations (with non-archived organizations) of the listed contacts. */
  currentAffiliations(contactIds: string[]): Promise<CurrentAffiliationRow[]> {
    if (!contactIds.length) return Promise.resolve([]);
    return this.dataSource.query<CurrentAffiliationRow[]>(
      `SELECT a.contact_id AS "contactId", a.organization_id AS "organizationId", o.name AS "organizationName", a.role
         FROM affiliation a JOIN organization o ON o.id = a.organization_id AND o.archived_at IS NULL
        WHERE a.contact_id = ANY($1::uuid[]) AND a.ended_on IS NULL
        ORDER BY lower(o.name), a.role`,
      [contactIds],
    );
  }

  /** The segments `userId` may see: theirs and the shared ones, by name. */
  async list(userId: string, query: SegmentListQuery): Promise<{ rows: SegmentRow[]; total: number }> {
    const conditions = [VISIBLE, query.archived ? 's.archived_at IS NOT NULL' : 's.archived_at IS NULL'];
    const params: unknown[] = [userId];
    if (query.q) {
      params.push(likeContains(query.q));
      conditions.push(`search_key(s.name) LIKE search_key($${params.length})`);
    }
    const where = conditions.join(' AND ');
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM segment s WHERE ${where}`,
      params,
    );
    const rows = await this.dataSource.query<SegmentRow[]>(
      `${SELECT_SEGMENT} WHERE ${where} ORDER BY search_key(s.name), s.id
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.pageSize, (query.page - 1) * query.pageSize],
    );
    return { rows, total };
  }

  /** The segment, if `userId` may see it (owner, or shared); archived ones included. */
  async findVisible(id: string, userId: string, manager?: EntityManager): Promise<SegmentRow | null> {
    const rows = await this.run(manager).query<SegmentRow[]>(`${SELECT_SEGMENT} WHERE s.id = $2 AND ${VISIBLE}`, [
      userId,
      id,
    ]);
    return rows[0] ?? null;
  }

  async insert(
    manager: EntityManager,
    segment: Required<SegmentColumns> & { ownerUserId: string },
  ): Promise<string> {
    const [row] = await manager.query<{ id: string }[]>(
      `INSERT INTO segment (name, description, filter, shared, owner_user_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [segment.name, segment.description, JSON.stringify(segment.filter), segment.shared, segment.ownerUserId],
    );
    return row.id;
  }

  /** Applies `changes` only if the row is still at `version`; false when it is not. */
  async updateIfVersion(
    manager: EntityManager,
    id: string,
    version: number,
    changes: SegmentColumns & { archived?: boolean },
  ): Promise<boolean> {
    const params: unknown[] = [id, version];
    const sets = ['version = version + 1', 'updated_at = now()'];
    for (const key of Object.keys(COLUMNS) as (keyof SegmentColumns)[]) {
      if (changes[key] === undefined) continue;
      params.push(key === 'filter' ? JSON.stringify(changes[key]) : changes[key]);
      sets.push(`${COLUMNS[key]} = $${params.length}`);
    }
    if (changes.archived !== undefined) sets.push(`archived_at = ${changes.archived ? 'now()' : 'NULL'}`);
    const result = await manager.query<[unknown[], number]>(
      `UPDATE segment SET ${sets.join(', ')} WHERE id = $1 AND version = $2 RETURNING id`,
      params,
    );
    return result[1] > 0;
  }

  /** Today's counts of a segment, replacing any recorded earlier today. */
  async recordCounts(segmentId: string, counts: SegmentCounts, manager?: EntityManager): Promise<void> {
    await this.run(manager).query(
      `INSERT INTO segment_count (segment_id, counted_on, organizations, contacts) VALUES ($1, current_date, $2, $3)
       ON CONFLICT (segment_id, counted_on) DO UPDATE SET organizations = EXCLUDED.organizations, contacts = EXCLUDED.contacts`,
      [segmentId, counts.organizations, counts.contacts],
    );
  }

  history(segmentId: string, manager?: EntityManager): Promise<SegmentCountHistoryItem[]> {
    return this.run(manager).query<SegmentCountHistoryItem[]>(
      `SELECT counted_on AS "countedOn", organizations, contacts FROM segment_count
        WHERE segment_id = $1 ORDER BY counted_on`,
      [segmentId],
    );
  }

  /** Every segment not archived, for the daily count. */
  current(): Promise<Pick<SegmentRow, 'id' | 'filter'>[]> {
    return this.dataSource.query(`SELECT id, filter FROM segment WHERE archived_at IS NULL ORDER BY id`);
  }

  private run(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }
}
