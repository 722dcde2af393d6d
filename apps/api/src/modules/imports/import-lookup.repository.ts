import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AttendanceStatus, InterestLevel, ParticipationRole } from '@coalition/contracts';

export interface OrganizationCandidate {
  /** The name as the file gave it. */
  input: string;
  id: string;
  name: string;
  city: string;
  archived: boolean;
}

export interface OrganizationState {
  id: string;
  kind: string;
  description: string | null;
  streetAddress: string | null;
  zip: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  membershipStatus: string;
  joinedOn: string | null;
  annualDuesCents: number | null;
  duesPaidThrough: string | null;
  languages: string[];
  tags: string[];
  notes: string | null;
}

/** A contact found for one of the keys asked about. */
export interface ContactHit {
  key: string;
  contactId: string;
}

export interface ContactState {
  id: string;
  firstName: string;
  lastName: string;
  preferredName: string | null;
  pronouns: string | null;
  city: string | null;
  languages: string[];
  tags: string[];
  notes: string | null;
  consentEmail: boolean;
  consentSms: boolean;
  consentPhone: boolean;
  archived: boolean;
  /** Primary email, for labels. */
  email: string | null;
  emailKeys: string[];
  phones: string[];
  /** `organizationId:role` of each current affiliation. */
  currentRoles: string[];
  /** Organizations the person is or was affiliated with. */
  everOrganizations: string[];
}

export interface NamedCandidate {
  input: string;
  id: string;
  label: string;
}

export interface ExistingInterest {
  organizationId: string;
  issueId: string;
  level: InterestLevel;
  note: string | null;
}

export interface ExistingParticipation {
  campaignId: string;
  organizationId: string | null;
  contactId: string | null;
  role: ParticipationRole;
}

export interface MeetingCandidate {
  title: string;
  date: string;
  id: string;
  label: string;
}

export interface ExistingAttendance {
  meetingId: string;
  contactId: string;
  organizationId: string | null;
  status: AttendanceStatus;
}

const CONTACT_LABEL = `concat_ws(' ', coalesce(c.preferred_name, c.first_name), c.last_name)
  || coalesce(' <' || (SELECT e.address FROM contact_email e WHERE e.contact_id = c.id AND e.is_primary) || '>', '')
  || CASE WHEN c.archived_at IS NOT NULL THEN ' (archived)' ELSE '' END`;

/**
 * The lookups an import makes in the member tables, each for many rows at once (one query per
 * batch of keys, never one per row). Keys are normalized in SQL with the same expressions that
 * back the tables' indexes and unique keys: `organization_name_key(name)` + city for
 * organizations, `address_key` for emails, `number_digits` for phones, `search_key()` for
 * titles and names. Like the demo seed, this bulk loader reads other domains' tables directly:
 * a stated exception to the one-domain-per-repository rule.
 */
@Injectable()
export class ImportLookupRepository {
  /** Organizations whose name has the same key as one of `names` (any city, archived included). */
  organizationsByName(manager: EntityManager, names: string[]): Promise<OrganizationCandidate[]> {
    if (!names.length) return Promise.resolve([]);
    return manager.query(
      `SELECT x.name AS input, o.id, o.name, o.city, o.archived_at IS NOT NULL AS archived
         FROM unnest($1::text[]) AS x(name)
         JOIN organization o ON organization_name_key(o.name) = organization_name_key(x.name)
        ORDER BY o.archived_at IS NOT NULL, o.created_at`,
      [names],
    );
  }

  organizationStates(manager: EntityManager, ids: string[]): Promise<OrganizationState[]> {
    if (!ids.length) return Promise.resolve([]);
    return manager.query(
      `SELECT id, kind, description, street_address AS "streetAddress", zip, website, email, phone,
              membership_status AS "membershipStatus", joined_on AS "joinedOn", annual_dues_cents AS "annualDuesCents",
              dues_paid_through AS "duesPaidThrough", languages, tags, notes
         FROM organization WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /**
   * Contacts with one of these email keys (lower-cased, trimmed, as `address_key`). The keys are
   * joined from `unnest`, not compared with `= ANY($1)`: given a list of literals, PostgreSQL
   * prices the type-ahead's trigram index below the btree and scans it for every trigram of
   * every address (seconds per batch); a join probes the btree once per key.
   */
  contactsByEmail(manager: EntityManager, keys: string[]): Promise<ContactHit[]> {
    if (!keys.length) return Promise.resolve([]);
    return manager.query(
      `SELECT e.address_key AS key, e.contact_id AS "contactId"
         FROM unnest($1::text[]) AS x(key)
         JOIN contact_email e ON e.address_key = x.key
         JOIN contact c ON c.id = e.contact_id
        ORDER BY c.archived_at IS NOT NULL, c.created_at`,
      [keys],
    );
  }

  /**
   * Contacts with one of these numbers, as `number_digits` keeps them (callers ask with and
   * without the leading 1); joined from `unnest` for the same reason as emails.
   */
  contactsByPhone(manager: EntityManager, digits: string[]): Promise<ContactHit[]> {
    if (!digits.length) return Promise.resolve([]);
    return manager.query(
      `SELECT p.number_digits AS key, p.contact_id AS "contactId"
         FROM unnest($1::text[]) AS x(key)
         JOIN contact_phone p ON p.number_digits = x.key
         JOIN contact c ON c.id = p.contact_id
        ORDER BY c.archived_at IS NOT NULL, c.created_at`,
      [digits],
    );
  }

  /**
   * People with this first and last name holding a current affiliation at the organization
   * (`organizationId` given), or holding none at all (`organizationId` null). `key` is the
   * index of the item asked about. The names are compared only through `contact_sort_name_idx`'s
   * expressions: a second, punctuation-blind comparison of the same names added nothing but a
   * row estimate of 1, which led PostgreSQL to merge-join the whole name index for every batch.
   */
  contactsByNameAt(
    manager: EntityManager,
    items: { first: string; last: string; organizationId: string | null }[],
  ): Promise<ContactHit[]> {
    if (!items.length) return Promise.resolve([]);
    return manager.query(
      `SELECT (x.n - 1)::text AS key, c.id AS "contactId"
         FROM unnest($1::text[], $2::text[], $3::uuid[]) WITH ORDINALITY AS x(first, last, organization_id, n)
         JOIN contact c ON search_key(c.last_name) = search_key(x.last) AND search_key(c.first_name) = search_key(x.first)
        WHERE CASE WHEN x.organization_id IS NULL
                   THEN NOT EXISTS (SELECT 1 FROM affiliation a WHERE a.contact_id = c.id AND a.ended_on IS NULL)
                   ELSE EXISTS (SELECT 1 FROM affiliation a WHERE a.contact_id = c.id AND a.ended_on IS NULL
                                   AND a.organization_id = x.organization_id) END
        ORDER BY c.archived_at IS NOT NULL, c.created_at`,
      [items.map((i) => i.first), items.map((i) => i.last), items.map((i) => i.organizationId)],
    );
  }

  /** People with the same first and last name (case and accents aside), for review; `input` is the item's index. */
  contactsNamed(
    manager: EntityManager,
    items: { first: string; last: string }[],
  ): Promise<NamedCandidate[]> {
    if (!items.length) return Promise.resolve([]);
    return manager.query(
      `SELECT (x.n - 1)::text AS input, c.id, ${CONTACT_LABEL} AS label
         FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS x(first, last, n)
         JOIN contact c ON search_key(c.last_name) = search_key(x.last) AND search_key(c.first_name) = search_key(x.first)
        ORDER BY c.archived_at IS NOT NULL, c.created_at`,
      [items.map((i) => i.first), items.map((i) => i.last)],
    );
  }

  contactStates(manager: EntityManager, ids: string[]): Promise<ContactState[]> {
    if (!ids.length) return Promise.resolve([]);
    return manager.query(
      `SELECT c.id, c.first_name AS "firstName", c.last_name AS "lastName", c.preferred_name AS "preferredName",
              c.pronouns, c.city, c.languages, c.tags, c.notes,
              c.consent_email_granted AS "consentEmail", c.consent_sms_granted AS "consentSms",
              c.consent_phone_granted AS "consentPhone", c.archived_at IS NOT NULL AS archived,
              (SELECT e.address FROM contact_email e WHERE e.contact_id = c.id ORDER BY NOT e.is_primary, e.position LIMIT 1) AS email,
              array(SELECT e.address_key FROM contact_email e WHERE e.contact_id = c.id) AS "emailKeys",
              array(SELECT p.number_digits FROM contact_phone p WHERE p.contact_id = c.id) AS phones,
              array(SELECT a.organization_id || ':' || a.role FROM affiliation a
                     WHERE a.contact_id = c.id AND a.ended_on IS NULL) AS "currentRoles",
              array(SELECT DISTINCT a.organization_id::text FROM affiliation a WHERE a.contact_id = c.id) AS "everOrganizations"
         FROM contact c WHERE c.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /** Issues whose title reads the same (case and accents aside), the current session's first. */
  issuesByTitle(manager: EntityManager, titles: string[]): Promise<NamedCandidate[]> {
    if (!titles.length) return Promise.resolve([]);
    return manager.query(
      `SELECT x.title AS input, i.id, i.title || ' (' || i.session || CASE WHEN i.archived_at IS NOT NULL THEN ', archived' ELSE '' END || ')' AS label
         FROM unnest($1::text[]) AS x(title)
         JOIN issue i ON search_key(i.title) = search_key(btrim(x.title))
        ORDER BY i.archived_at IS NOT NULL, i.session DESC`,
      [titles],
    );
  }

  interests(
    manager: EntityManager,
    pairs: { organizationId: string; issueId: string }[],
  ): Promise<ExistingInterest[]> {
    if (!pairs.length) return Promise.resolve([]);
    return manager.query(
      `SELECT i.organization_id AS "organizationId", i.issue_id AS "issueId", i.level, i.note
         FROM unnest($1::uuid[], $2::uuid[]) AS x(organization_id, issue_id)
         JOIN interest i ON i.organization_id = x.organization_id AND i.issue_id = x.issue_id`,
      [pairs.map((p) => p.organizationId), pairs.map((p) => p.issueId)],
    );
  }

  /** Campaigns by name, as their unique key compares names (case and accents aside). */
  campaignsByName(manager: EntityManager, names: string[]): Promise<NamedCandidate[]> {
    if (!names.length) return Promise.resolve([]);
    return manager.query(
      `SELECT x.name AS input, c.id, c.name || CASE WHEN c.archived_at IS NOT NULL THEN ' (archived)' ELSE '' END AS label
         FROM unnest($1::text[]) AS x(name)
         JOIN campaign c ON search_key(c.name) = search_key(btrim(x.name))`,
      [names],
    );
  }

  /** Every participation of these organizations or people in these campaigns, whatever the role. */
  participations(
    manager: EntityManager,
    items: { campaignId: string; organizationId: string | null; contactId: string | null }[],
  ): Promise<ExistingParticipation[]> {
    if (!items.length) return Promise.resolve([]);
    return manager.query(
      `SELECT DISTINCT p.campaign_id AS "campaignId", p.organization_id AS "organizationId", p.contact_id AS "contactId", p.role
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[]) AS x(campaign_id, organization_id, contact_id)
         JOIN participation p ON p.campaign_id = x.campaign_id
          AND (p.organization_id = x.organization_id OR p.contact_id = x.contact_id)`,
      [
        items.map((i) => i.campaignId),
        items.map((i) => i.organizationId),
        items.map((i) => i.contactId),
      ],
    );
  }

  /** Meetings by title (case and accents aside) on a start date, as the meeting list reads dates. */
  meetingsByTitleAndDate(
    manager: EntityManager,
    items: { title: string; date: string }[],
  ): Promise<MeetingCandidate[]> {
    if (!items.length) return Promise.resolve([]);
    return manager.query(
      `SELECT x.title, x.date::text AS date, m.id,
              m.title || ' (' || to_char(m.starts_at, 'YYYY-MM-DD') || CASE WHEN m.archived_at IS NOT NULL THEN ', archived' ELSE '' END || ')' AS label
         FROM unnest($1::text[], $2::date[]) AS x(title, date)
         JOIN meeting m ON m.starts_at::date = x.date AND search_key(m.title) = search_key(btrim(x.title))
        ORDER BY m.archived_at IS NOT NULL, m.starts_at`,
      [items.map((i) => i.title), items.map((i) => i.date)],
    );
  }

  attendance(
    manager: EntityManager,
    pairs: { meetingId: string; contactId: string }[],
  ): Promise<ExistingAttendance[]> {
    if (!pairs.length) return Promise.resolve([]);
    return manager.query(
      `SELECT a.meeting_id AS "meetingId", a.contact_id AS "contactId", a.organization_id AS "organizationId", a.status
         FROM unnest($1::uuid[], $2::uuid[]) AS x(meeting_id, contact_id)
         JOIN attendance a ON a.meeting_id = x.meeting_id AND a.contact_id = x.contact_id`,
      [pairs.map((p) => p.meetingId), pairs.map((p) => p.contactId)],
    );
  }

  /** Labels of contacts for matches: "Ana Pérez <ana@example.org>". */
  contactLabels(manager: EntityManager, ids: string[]): Promise<{ id: string; label: string }[]> {
    if (!ids.length) return Promise.resolve([]);
    return manager.query(
      `SELECT c.id, ${CONTACT_LABEL} AS label FROM contact c WHERE c.id = ANY($1::uuid[])`,
      [ids],
    );
  }
}
