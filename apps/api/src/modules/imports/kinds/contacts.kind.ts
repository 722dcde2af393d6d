import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  AFFILIATION_ROLES,
  type AffiliationRole,
  type RowMatch,
  type RowProblem,
} from '@coalition/contracts';
import { type ContactState, ImportLookupRepository } from '../import-lookup.repository';
import { ImportWriterRepository, type SqlRecord } from '../import-writer.repository';
import { emailKey, phoneKey } from '../parsing/match-keys';
import type {
  FileKey,
  ImportKindHandler,
  Resolution,
  RowValues,
  StagedRow,
  WriteContext,
  WriteItem,
  WriteResult,
} from './import-kind';
import { resolveOrganizations } from './organization-refs';
import { matchPeople, type PersonMatch, personFileKeys, personKeysOf } from './people';
import {
  booleanOf,
  changedColumns,
  choiceOf,
  distinctMatches,
  groupBy,
  listOf,
  textOf,
} from './row-values';

const EMAIL_FIELDS = ['email', 'secondEmail'];
const PHONE_FIELDS = ['phone', 'secondPhone'];
/** The role given to a person at the organization a row names when no column says which. */
export const DEFAULT_ROLE: AffiliationRole = 'staff';

type ContactColumns = Pick<
  ContactState,
  | 'firstName'
  | 'lastName'
  | 'preferredName'
  | 'pronouns'
  | 'city'
  | 'languages'
  | 'tags'
  | 'notes'
  | 'consentEmail'
  | 'consentSms'
  | 'consentPhone'
>;

export interface ContactPlan {
  /** The contact it updates; null for a new one. */
  id: string | null;
  columns: Partial<ContactColumns>;
  /** For an update: the given columns that differ from the record. */
  changes: Partial<ContactColumns>;
  /** Addresses and numbers the contact does not have yet. */
  emails: string[];
  phones: string[];
  /** A current affiliation to add (none when the person already holds it). */
  affiliation: { organizationId: string; role: AffiliationRole } | null;
}

function columnsOf(values: RowValues): Partial<ContactColumns> {
  const given: Partial<ContactColumns> = {
    languages: listOf(values, 'languages') ?? undefined,
    tags: listOf(values, 'tags') ?? undefined,
    consentEmail: booleanOf(values, 'consentEmail') ?? undefined,
    consentSms: booleanOf(values, 'consentSms') ?? undefined,
    consentPhone: booleanOf(values, 'consentPhone') ?? undefined,
  };
  for (const field of [
    'firstName',
    'lastName',
    'preferredName',
    'pronouns',
    'city',
    'notes',
  ] as const)
    given[field] = textOf(values, field) ?? undefined;
  return Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
}

/** The row's emails (or phones) the contact does not have, one per key. */
function missing(
  values: RowValues,
  fields: string[],
  keyOf: (v: string) => string,
  existing: string[],
): string[] {
  const have = new Set(existing.map(keyOf));
  const out: string[] = [];
  for (const field of fields) {
    const value = textOf(values, field);
    if (!value || have.has(keyOf(value))) continue;
    have.add(keyOf(value));
    out.push(value);
  }
  return out;
}

function sqlRecord(id: string, columns: Partial<ContactColumns>): SqlRecord {
  return {
    id,
    first_name: columns.firstName ?? null,
    last_name: columns.lastName ?? null,
    preferred_name: columns.preferredName ?? null,
    pronouns: columns.pronouns ?? null,
    city: columns.city ?? null,
    languages: columns.languages ?? null,
    tags: columns.tags ?? null,
    notes: columns.notes ?? null,
    consent_email: columns.consentEmail ?? null,
    consent_sms: columns.consentSms ?? null,
    consent_phone: columns.consentPhone ?? null,
  };
}

/**
 * Contacts, with their organization and role. A row is the contact with the same email, else the
 * same phone, else the same first + last name at the same organization (see people.ts); people
 * with the same name elsewhere are near matches. Organizations must exist already. An update
 * fills and replaces the given columns and adds the emails, phones and affiliation it lacks; it
 * never removes any.
 */
@Injectable()
export class ContactsImport implements ImportKindHandler<ContactPlan> {
  constructor(
    private readonly lookup: ImportLookupRepository,
    private readonly writer: ImportWriterRepository,
  ) {}

  fileKeys(values: RowValues): FileKey[] {
    return personFileKeys(values, EMAIL_FIELDS, PHONE_FIELDS, 'organizationName');
  }

  async resolve(
    manager: EntityManager,
    rows: StagedRow[],
    options: { preview: boolean },
  ): Promise<Resolution<ContactPlan>[]> {
    const problems = rows.map((): RowProblem[] => []);
    const roles = rows.map((row, i) =>
      choiceOf(row.values, 'role', AFFILIATION_ROLES, problems[i]),
    );
    const refs = rows.map((row) => {
      const name = textOf(row.values, 'organizationName');
      return name ? { name, city: textOf(row.values, 'organizationCity') } : null;
    });
    const organizations = await resolveOrganizations(this.lookup, manager, refs);
    const organizationIds = organizations.map((o, i) => {
      if (o && 'problem' in o) problems[i].push({ field: 'organizationName', message: o.problem });
      if (!o && roles[i])
        problems[i].push({
          field: 'role',
          message: 'needs an organization (map a column to Organization)',
        });
      return o && 'id' in o ? o.id : null;
    });
    const people = rows.map((row, i) =>
      personKeysOf(row.values, EMAIL_FIELDS, PHONE_FIELDS, organizationIds[i]),
    );
    const matches = await matchPeople(this.lookup, manager, people);
    // Only the run writes plans: the preview does not read the records it matched.
    const states = new Map(
      options.preview
        ? []
        : (
            await this.lookup.contactStates(
              manager,
              matches.flatMap((m) => m?.contactId ?? []),
            )
          ).map((s) => [s.id, s]),
    );
    // The run needs only the match itself; labels and look-alikes are for the preview.
    const near = options.preview
      ? await this.nearMatches(manager, rows, matches)
      : matches.map((m) => ({
          match: m && { id: m.contactId, label: '', reason: m.reason },
          near: [],
        }));
    return rows.map((row, i) => {
      const match = matches[i];
      const state = match ? states.get(match.contactId) : undefined;
      const organizationId = organizationIds[i];
      const plan = problems[i].length
        ? null
        : this.plan(row.values, state, organizationId ? { organizationId, role: roles[i] } : null);
      return { problems: problems[i], match: near[i].match, nearMatches: near[i].near, plan };
    });
  }

  private plan(
    values: RowValues,
    state: ContactState | undefined,
    organization: { organizationId: string; role: AffiliationRole | null } | null,
  ): ContactPlan {
    const columns = columnsOf(values);
    const held = state?.currentRoles ?? [];
    const heldThere =
      organization && held.some((r) => r.startsWith(`${organization.organizationId}:`));
    const role = organization ? (organization.role ?? (heldThere ? null : DEFAULT_ROLE)) : null;
    const affiliation =
      organization && role && !held.includes(`${organization.organizationId}:${role}`)
        ? { organizationId: organization.organizationId, role }
        : null;
    return {
      id: state?.id ?? null,
      columns,
      changes: state ? changedColumns(state, columns) : {},
      emails: missing(values, EMAIL_FIELDS, emailKey, state?.emailKeys ?? []),
      phones: missing(values, PHONE_FIELDS, phoneKey, state?.phones ?? []),
      affiliation,
    };
  }

  /** Labels of what was found, and people with the same name offered for review. */
  private async nearMatches(
    manager: EntityManager,
    rows: StagedRow[],
    matches: (PersonMatch | null)[],
  ): Promise<{ match: RowMatch | null; near: RowMatch[] }[]> {
    const named = rows.map((row) => ({
      first: textOf(row.values, 'firstName') ?? '',
      last: textOf(row.values, 'lastName') ?? '',
    }));
    const sameName = groupBy(
      await this.lookup.contactsNamed(
        manager,
        named.filter((n) => n.first && n.last),
      ),
      (c) => c.input,
    );
    const ids = matches.flatMap((m) =>
      m ? [m.contactId, ...m.others.map((o) => o.contactId)] : [],
    );
    const labels = new Map(
      (await this.lookup.contactLabels(manager, ids)).map((l) => [l.id, l.label]),
    );
    let asked = -1;
    return rows.map((_, i) => {
      const m = matches[i];
      const hasName = Boolean(named[i].first && named[i].last);
      if (hasName) asked += 1;
      const others = (m?.others ?? []).map((o) => ({
        id: o.contactId,
        label: labels.get(o.contactId) ?? '',
        reason: o.reason,
      }));
      const namesakes = hasName
        ? (sameName.get(String(asked)) ?? []).map((c) => ({
            id: c.id,
            label: c.label,
            reason: 'same name',
          }))
        : [];
      return {
        match: m
          ? { id: m.contactId, label: labels.get(m.contactId) ?? '', reason: m.reason }
          : null,
        near: distinctMatches([...others, ...namesakes], m?.contactId ?? null),
      };
    });
  }

  async write(
    manager: EntityManager,
    creates: WriteItem<ContactPlan>[],
    updates: WriteItem<ContactPlan>[],
    context: WriteContext,
  ): Promise<WriteResult[]> {
    const created = creates.map((c) => ({ ...c, id: randomUUID() }));
    const changed = updates
      .filter(
        (u) =>
          u.plan.id &&
          (Object.keys(u.plan.changes).length ||
            u.plan.emails.length ||
            u.plan.phones.length ||
            u.plan.affiliation),
      )
      .map((u) => ({ ...u, id: u.plan.id ?? '' }));
    await this.writer.insertContacts(
      manager,
      created.map((c) => sqlRecord(c.id, c.plan.columns)),
      context.source,
    );
    // The version moves when what the contact form shows changes (columns, emails, phones).
    const touched = changed.filter(
      (u) => Object.keys(u.plan.changes).length || u.plan.emails.length || u.plan.phones.length,
    );
    await this.writer.updateContacts(
      manager,
      touched.map((u) => sqlRecord(u.id, u.plan.changes)),
      context.source,
    );
    const all = [...created, ...changed];
    await this.writer.addEmails(
      manager,
      all.flatMap((c) =>
        c.plan.emails.map((address, ordinal) => ({ contact_id: c.id, address, ordinal })),
      ),
    );
    await this.writer.addPhones(
      manager,
      all.flatMap((c) =>
        c.plan.phones.map((number, ordinal) => ({ contact_id: c.id, number, ordinal })),
      ),
    );
    await this.writer.addAffiliations(
      manager,
      all.flatMap((c) =>
        c.plan.affiliation
          ? [
              {
                contact_id: c.id,
                organization_id: c.plan.affiliation.organizationId,
                role: c.plan.affiliation.role,
              },
            ]
          : [],
      ),
    );
    const changedRows = new Set(changed.map((u) => u.rowNumber));
    return [
      ...created.map((c): WriteResult => ({
        rowNumber: c.rowNumber,
        outcome: 'created',
        recordId: c.id,
      })),
      ...updates.map((u): WriteResult => ({
        rowNumber: u.rowNumber,
        outcome: changedRows.has(u.rowNumber) ? 'updated' : 'skipped',
        recordId: u.plan.id,
      })),
    ];
  }
}
