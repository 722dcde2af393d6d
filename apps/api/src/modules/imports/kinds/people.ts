import type { EntityManager } from 'typeorm';
import type { ImportLookupRepository } from '../import-lookup.repository';
import { emailKey, organizationNameKey, personNameKey, phoneKey } from '../parsing/match-keys';
import { groupBy, textOf } from './row-values';
import type { FileKey, RowValues } from './import-kind';

/** What identifies a person in a row. */
export interface PersonKeys {
  /** Email keys (trimmed, lower-cased), strongest first. */
  emails: string[];
  /** Phone keys (digits, without a US leading 1). */
  phones: string[];
  first: string | null;
  last: string | null;
  /** The organization the row names, resolved; null when it names none. */
  organizationId: string | null;
}

export interface PersonMatch {
  contactId: string;
  reason: string;
  /** Other people the same key found (an email shared by two records): offered for review. */
  others: { contactId: string; reason: string }[];
}

export function personKeysOf(
  values: RowValues,
  emailFields: string[],
  phoneFields: string[],
  organizationId: string | null,
): PersonKeys {
  return {
    emails: [...new Set(emailFields.map((f) => emailKey(textOf(values, f))).filter(Boolean))],
    phones: [...new Set(phoneFields.map((f) => phoneKey(textOf(values, f))).filter(Boolean))],
    first: textOf(values, 'firstName'),
    last: textOf(values, 'lastName'),
    organizationId,
  };
}

/**
 * Keys of a person within a file, in the order records are matched: each email, each phone,
 * then the name with the organization (the name alone only when the row has neither email nor
 * phone: two "Maria Garcia" with different emails are two people).
 */
export function personFileKeys(
  values: RowValues,
  emailFields: string[],
  phoneFields: string[],
  organizationField: string | null,
): FileKey[] {
  const keys: FileKey[] = [];
  for (const field of emailFields) {
    const key = emailKey(textOf(values, field));
    if (key) keys.push({ key: `email:${key}`, field, label: 'email' });
  }
  for (const field of phoneFields) {
    const key = phoneKey(textOf(values, field));
    if (key) keys.push({ key: `phone:${key}`, field, label: 'phone' });
  }
  const name = personNameKey(textOf(values, 'firstName'), textOf(values, 'lastName'));
  const organization = organizationField ? (textOf(values, organizationField) ?? '') : '';
  if (name && (organization || !keys.length)) {
    keys.push({
      key: `name:${name}|${organizationNameKey(organization)}`,
      field: 'lastName',
      label: organization ? 'name and organization' : 'name',
    });
  }
  return keys;
}

const phoneForms = (key: string) => (key.length === 10 ? [key, `1${key}`] : [key]);

/**
 * Finds the contact each row is, in bulk (one query per step for all rows): by email, else by
 * phone, else by first + last name among the people currently at the row's organization (or,
 * for a row with no email, phone or organization, among the people at none).
 */
export async function matchPeople(
  lookup: ImportLookupRepository,
  manager: EntityManager,
  people: PersonKeys[],
): Promise<(PersonMatch | null)[]> {
  const matches: (PersonMatch | null)[] = people.map(() => null);
  const byEmail = groupBy(
    await lookup.contactsByEmail(manager, [...new Set(people.flatMap((p) => p.emails))]),
    (h) => h.key,
  );
  people.forEach((person, i) => {
    const hits = person.emails.flatMap((key) => byEmail.get(key) ?? []);
    if (hits.length)
      matches[i] = withOthers(
        hits.map((h) => h.contactId),
        'same email',
      );
  });
  const byPhone = groupBy(
    await lookup.contactsByPhone(manager, [
      ...new Set(people.flatMap((p, i) => (matches[i] ? [] : p.phones.flatMap(phoneForms)))),
    ]),
    (h) => phoneKey(h.key),
  );
  people.forEach((person, i) => {
    const hits = matches[i] ? [] : person.phones.flatMap((key) => byPhone.get(key) ?? []);
    if (hits.length)
      matches[i] = withOthers(
        hits.map((h) => h.contactId),
        'same phone',
      );
  });
  const byName = people.flatMap((p, i) =>
    !matches[i] && p.first && p.last && (p.organizationId || (!p.emails.length && !p.phones.length))
      ? [{ index: i, first: p.first, last: p.last, organizationId: p.organizationId }]
      : [],
  );
  const nameHits = groupBy(await lookup.contactsByNameAt(manager, byName), (h) => Number(h.key));
  byName.forEach((item, n) => {
    const hits = nameHits.get(n) ?? [];
    const reason = item.organizationId
      ? 'same name at the same organization'
      : 'same name, no organization';
    if (hits.length)
      matches[item.index] = withOthers(
        hits.map((h) => h.contactId),
        reason,
      );
  });
  return matches;
}

function withOthers(contactIds: string[], reason: string): PersonMatch {
  const [first, ...rest] = [...new Set(contactIds)];
  return { contactId: first, reason, others: rest.map((contactId) => ({ contactId, reason })) };
}
