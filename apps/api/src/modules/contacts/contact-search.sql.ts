/**
 * The SQL of "contacts matching a search": any part of the name or the preferred name,
 * ignoring case and accents, and optionally any email address or phone number's digits.
 * Parameters: `:q` (a LIKE pattern, see likeContains) and, with phones, `:digits`.
 */

/**
 * Whether the trigram indexes can serve a search: pg_trgm needs three letters or digits in a
 * row. Without (one or two letters), any plan must look at rows in name order or all of them.
 */
export const hasTrigram = (q: string): boolean => /[\p{L}\p{N}]{3}/u.test(q);

/** By name: the stored keys (migration SearchColumns), each with its trigram index. */
export const nameMatches = (alias: string) =>
  `(${alias}.search_name LIKE search_key(:q) OR ${alias}.search_preferred_name LIKE search_key(:q))`;

const EMAIL_MATCHES = `SELECT e.contact_id FROM contact_email e WHERE e.address_key LIKE lower(:q)`;
const PHONE_MATCHES = `SELECT p.contact_id FROM contact_phone p WHERE p.number_digits LIKE :digits`;

/** The channels a search also looks in: none for roles that may not see them. */
export function channelMatches(namesOnly: boolean, digits: string | undefined): string[] {
  if (namesOnly) return [];
  return digits ? [EMAIL_MATCHES, PHONE_MATCHES] : [EMAIL_MATCHES];
}

/**
 * Whether contact `alias` is among `found` (a channel's matches), checked for that contact
 * alone: an index probe per row, for a scan that stops early. OFFSET 0 stops PostgreSQL from
 * finding all matches first, to hash them (a scan of every email for the first few rows).
 */
export const isAmong = (found: string, alias: string) =>
  `EXISTS (SELECT 1 FROM (${found}) f WHERE f.contact_id = ${alias}.id OFFSET 0)`;

/**
 * A condition on contact `c` for a list that also counts its matches. With a trigram, a union
 * of what each index finds (an OR across tables would make PostgreSQL scan every contact);
 * without, one pass over the contacts with the channels' matches hashed once.
 */
export function contactSearchCondition(q: string, channels: string[]): string {
  if (hasTrigram(q)) {
    return `c.id IN (SELECT n.id FROM contact n WHERE ${nameMatches('n')}${channels.map((s) => ` UNION ${s}`).join('')})`;
  }
  return `(${[nameMatches('c'), ...channels.map((s) => `c.id IN (${s})`)].join(' OR ')})`;
}
