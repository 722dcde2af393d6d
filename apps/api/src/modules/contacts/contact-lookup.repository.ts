import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { likeContains, namedQuery } from '../../common/sql-query';
import { channelMatches, hasTrigram, isAmong, nameMatches } from './contact-search.sql';

/** A person as shown to pick from: primary email and phone, current organizations. */
export interface PersonRow {
  id: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  organizations: { id: string; name: string }[];
}

/** A contact found for a key (an email, a name) with how close it is. */
export interface KeyMatchRow {
  key: number;
  contactId: string;
  score: number;
}

const DISPLAY_NAME = `concat_ws(' ', coalesce(c.preferred_name, c.first_name), c.last_name)`;
const NAME_ORDER = 'search_key(c.last_name), search_key(c.first_name), c.id';
/** The same order on the stored keys (contact_search_order_idx): nothing to compute per row. */
const KEY_ORDER = 'search_last_name, search_first_name, id';
/**
 * How many contacts the type-ahead reads in name order before looking for every match. With
 * one or two letters there is no trigram index to look with: finding every match means reading
 * every contact, so it pays to read much further in order first.
 */
const FIRST_ROWS = { short: 10_000, trigram: 300 };
/** Two spellings of a name compare equal once accents, case and extra spaces are gone. */
const nameKey = (sql: string) => `regexp_replace(btrim(search_key(${sql})), '\\s+', ' ', 'g')`;
/** Names below this trigram similarity are not offered as a likely match. */
export const FUZZY_NAME_THRESHOLD = 0.45;

/** The first `:limit` matches among the first `:firstRows` contacts in name order. */
function firstInNameOrder(channels: string[]): string {
  return `SELECT c.id, c.search_last_name, c.search_first_name
            FROM (SELECT c.id, c.search_last_name, c.search_first_name, c.search_name, c.search_preferred_name
                    FROM contact c WHERE c.archived_at IS NULL ORDER BY ${KEY_ORDER} LIMIT :firstRows) c
           WHERE ${[nameMatches('c'), ...channels.map((found) => isAmong(found, 'c'))].join(' OR ')}
           ORDER BY ${KEY_ORDER} LIMIT :limit`;
}

/**
 * Every match with its name keys: one query per place searched, each served by its trigram
 * index (an OR across tables would make every contact a candidate). Email and phone matches
 * are mostly people already found by name (addresses are made of names): only the others are
 * read again for their keys.
 */
function allMatches(channels: string[]): string {
  const byName = `SELECT c.id, c.search_last_name, c.search_first_name FROM contact c
                   WHERE c.archived_at IS NULL AND ${nameMatches('c')}`;
  if (!channels.length) return byName;
  return `WITH by_name AS MATERIALIZED (${byName})
          SELECT * FROM by_name
          UNION ALL
          SELECT c.id, c.search_last_name, c.search_first_name
            FROM ((${channels.join(' UNION ')}) EXCEPT SELECT id FROM by_name) f
            JOIN contact c ON c.id = f.contact_id
           WHERE c.archived_at IS NULL`;
}

/**
 * Queries other domains need to find people (meetings: at the door, on a sign-in sheet):
 * accent- and case-insensitive, the same expressions as the contact list's indexes.
 */
@Injectable()
export class ContactLookupRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The listed contacts as people to pick from, in the order of `ids`. */
  async people(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<PersonRow[]> {
    if (!ids.length) return [];
    return namedQuery<PersonRow>(
      manager,
      `SELECT c.id, ${DISPLAY_NAME} AS "displayName",
              (SELECT e.address FROM contact_email e WHERE e.contact_id = c.id AND e.is_primary) AS email,
              (SELECT p.number FROM contact_phone p WHERE p.contact_id = c.id AND p.is_primary) AS phone,
              coalesce((SELECT json_agg(json_build_object('id', o.id, 'name', o.name) ORDER BY search_key(o.name))
                          FROM (SELECT DISTINCT o.id, o.name FROM affiliation a JOIN organization o ON o.id = a.organization_id
                                 WHERE a.contact_id = c.id AND a.ended_on IS NULL AND o.archived_at IS NULL) o), '[]') AS organizations
         FROM unnest(CAST(:ids AS uuid[])) WITH ORDINALITY AS x(id, position)
         JOIN contact c ON c.id = x.id
        ORDER BY x.position`,
      { ids },
    );
  }

  /** Which of the ids are contacts, and whether each is archived. */
  async states(ids: string[], manager: EntityManager): Promise<Map<string, { archived: boolean }>> {
    if (!ids.length) return new Map();
    const rows = await manager.query<{ id: string; archived: boolean }[]>(
      `SELECT id, archived_at IS NOT NULL AS archived FROM contact WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, { archived: r.archived }]));
  }

  /** The (contact, organization) pairs among those given where the person ever had an affiliation. */
  async everAffiliated(pairs: { contactId: string; organizationId: string }[], manager: EntityManager): Promise<Set<string>> {
    if (!pairs.length) return new Set();
    const rows = await manager.query<{ contactId: string; organizationId: string }[]>(
      `SELECT DISTINCT a.contact_id AS "contactId", a.organization_id AS "organizationId"
         FROM unnest($1::uuid[], $2::uuid[]) AS x(contact_id, organization_id)
         JOIN affiliation a ON a.contact_id = x.contact_id AND a.organization_id = x.organization_id`,
      [pairs.map((p) => p.contactId), pairs.map((p) => p.organizationId)],
    );
    return new Set(rows.map((r) => `${r.contactId}:${r.organizationId}`));
  }

  /**
   * Contacts not archived whose name (any part, preferred name included) contains `q`, or,
   * unless `namesOnly`, any email address or phone number's digits; the first `limit` by name.
   *
   * A few letters match thousands of people, clustered by name ("lee", "silv"), so neither
   * plan alone is fast: reading in name order until `limit` match may cross most of the table,
   * and sorting every match costs a row read per match. So the first contacts in name order
   * are read (a bounded number: enough when matches are common), and only if fewer than
   * `limit` of them match are all matches found, each place through its trigram index.
   */
  async search(q: string, digits: string | undefined, namesOnly: boolean, limit: number): Promise<string[]> {
    const channels = channelMatches(namesOnly, digits);
    const rows = await namedQuery<{ id: string }>(
      this.dataSource.manager,
      `WITH head AS MATERIALIZED (${firstInNameOrder(channels)})
       SELECT id FROM (
         SELECT * FROM head
         UNION
         (SELECT * FROM (${allMatches(channels)}) matched
           WHERE (SELECT count(*) FROM head) < :limit
           ORDER BY ${KEY_ORDER} LIMIT :limit)) found
        ORDER BY ${KEY_ORDER} LIMIT :limit`,
      {
        q: likeContains(q),
        digits: digits && likeContains(digits),
        limit,
        firstRows: hasTrigram(q) ? FIRST_ROWS.trigram : FIRST_ROWS.short,
      },
    );
    return rows.map((r) => r.id);
  }

  /** Current people of each organization (not archived), by name; at most `limit` each. */
  async currentPeople(organizationIds: string[], limit: number): Promise<{ organizationId: string; contactId: string }[]> {
    if (!organizationIds.length) return [];
    return namedQuery(
      this.dataSource.manager,
      `SELECT o.id AS "organizationId", p.id AS "contactId"
         FROM unnest(CAST(:ids AS uuid[])) AS o(id)
         CROSS JOIN LATERAL (
           SELECT c.id FROM contact c
            WHERE c.archived_at IS NULL
              AND EXISTS (SELECT 1 FROM affiliation a WHERE a.contact_id = c.id AND a.organization_id = o.id AND a.ended_on IS NULL)
            ORDER BY c.search_last_name, c.search_first_name, c.id LIMIT :limit) p`,
      { ids: organizationIds, limit },
    );
  }

  /** Contacts not archived with this email address (normalized as address_key is). */
  async byEmail(email: string): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT DISTINCT e.contact_id AS id FROM contact_email e JOIN contact c ON c.id = e.contact_id
        WHERE e.address_key = lower(btrim($1)) AND c.archived_at IS NULL`,
      [email],
    );
    return rows.map((r) => r.id);
  }

  /** Contacts not archived with a phone number of exactly these digits. */
  async byPhoneDigits(digits: string): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT DISTINCT p.contact_id AS id FROM contact_phone p JOIN contact c ON c.id = p.contact_id
        WHERE p.number_digits = $1 AND c.archived_at IS NULL`,
      [digits],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Contacts with a name like this one: trigram-similar full name, or the same last name and
   * first initial (accents and case ignored). With an organization, only its current people;
   * without, only an exact (unaccented) full-name match, since a name alone says little.
   */
  async similarNames(firstName: string, lastName: string, organizationId: string | null): Promise<string[]> {
    const full = `${firstName} ${lastName}`;
    const atOrganization = `EXISTS (SELECT 1 FROM affiliation a WHERE a.contact_id = c.id AND a.organization_id = :organizationId AND a.ended_on IS NULL)`;
    const similar = organizationId
      ? `(similarity(search_key(c.first_name || ' ' || c.last_name), search_key(:full)) >= :threshold
          OR (search_key(c.last_name) = search_key(:lastName) AND left(search_key(c.first_name), 1) = left(search_key(:firstName), 1)))
         AND ${atOrganization}`
      : `${nameKey(`c.first_name || ' ' || c.last_name`)} = ${nameKey(':full')}`;
    const rows = await namedQuery<{ id: string }>(
      this.dataSource.manager,
      `SELECT c.id FROM contact c WHERE c.archived_at IS NULL AND ${similar}
        ORDER BY similarity(search_key(c.first_name || ' ' || c.last_name), search_key(:full)) DESC, ${NAME_ORDER} LIMIT 10`,
      { full, firstName, lastName, organizationId, threshold: FUZZY_NAME_THRESHOLD },
    );
    return rows.map((r) => r.id);
  }

  /** For each email (by its index), the contacts not archived that have it. */
  emailMatches(emails: string[]): Promise<KeyMatchRow[]> {
    if (!emails.length) return Promise.resolve([]);
    return namedQuery<KeyMatchRow>(
      this.dataSource.manager,
      `SELECT DISTINCT k.position::int AS key, e.contact_id AS "contactId", 1::float8 AS score
         FROM unnest(CAST(:emails AS text[])) WITH ORDINALITY AS k(email, position)
         JOIN contact_email e ON e.address_key = lower(btrim(k.email))
         JOIN contact c ON c.id = e.contact_id AND c.archived_at IS NULL`,
      { emails },
    );
  }

  /**
   * For each full name (by its index), contacts not archived whose name is the same once
   * accents, case and spaces are ignored, in either order, or with the preferred name.
   */
  exactNameMatches(names: string[]): Promise<KeyMatchRow[]> {
    if (!names.length) return Promise.resolve([]);
    return namedQuery<KeyMatchRow>(
      this.dataSource.manager,
      `SELECT k.position::int AS key, c.id AS "contactId", 1::float8 AS score
         FROM unnest(CAST(:names AS text[])) WITH ORDINALITY AS k(name, position)
         JOIN contact c ON c.archived_at IS NULL AND ${nameKey('k.name')} IN (
           ${nameKey(`c.first_name || ' ' || c.last_name`)},
           ${nameKey(`c.last_name || ' ' || c.first_name`)},
           ${nameKey(`coalesce(c.preferred_name, c.first_name) || ' ' || c.last_name`)})
        ORDER BY key, ${NAME_ORDER}`,
      { names },
    );
  }

  /** For each full name (by its index), up to five contacts with a trigram-similar name, closest first. */
  fuzzyNameMatches(names: string[]): Promise<KeyMatchRow[]> {
    if (!names.length) return Promise.resolve([]);
    return namedQuery<KeyMatchRow>(
      this.dataSource.manager,
      `SELECT k.position::int AS key, m.id AS "contactId", m.score
         FROM unnest(CAST(:names AS text[])) WITH ORDINALITY AS k(name, position)
         CROSS JOIN LATERAL (
           SELECT c.id, similarity(search_key(c.first_name || ' ' || c.last_name), search_key(k.name))::float8 AS score
             FROM contact c
            WHERE c.archived_at IS NULL
              AND similarity(search_key(c.first_name || ' ' || c.last_name), search_key(k.name)) >= :threshold
            ORDER BY score DESC, ${NAME_ORDER} LIMIT 5) m
        ORDER BY key, m.score DESC`,
      { names, threshold: FUZZY_NAME_THRESHOLD },
    );
  }
}
