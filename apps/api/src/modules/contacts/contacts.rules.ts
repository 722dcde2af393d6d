import type { FieldError } from '@coalition/contracts';

/** The digits of a phone number, as the database's `number_digits` column keeps them. */
export function phoneDigits(number: string): string {
  return number.replace(/\D/g, '');
}

/** An email address as the database's `address_key` column keeps it. */
export function emailKey(address: string): string {
  return address.trim().toLowerCase();
}

// Characters people type in a phone number; anything else means the search is not a number.
const PHONE_LIKE = /^[\d\s+().-]+$/;

/**
 * The digits to look for among phone numbers when a search looks like (part of) one:
 * "617-555" → "617555". Fewer than three digits would match nearly everyone, so no.
 */
export function phoneSearchDigits(q: string): string | undefined {
  if (!PHONE_LIKE.test(q)) return undefined;
  const digits = phoneDigits(q);
  return digits.length >= 3 ? digits : undefined;
}

interface Channel {
  primary: boolean;
}

/**
 * Problems in a list of emails or phones: the same one twice (by normalized key), or more than
 * one marked primary. Paths name the offending item, e.g. `emails.1.address`.
 */
export function channelProblems<T extends Channel>(
  items: readonly T[],
  field: 'emails' | 'phones',
  valueKey: 'address' | 'number',
  keyOf: (item: T) => string,
): FieldError[] {
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  let primaries = 0;
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (seen.has(key))
      problems.push({ path: `${field}.${index}.${valueKey}`, message: 'is listed twice' });
    seen.add(key);
    if (item.primary && ++primaries > 1) {
      problems.push({ path: `${field}.${index}.primary`, message: 'only one can be primary' });
    }
  });
  return problems;
}

/** Exactly one primary when there are any: the one marked, else the first. */
export function withOnePrimary<T extends Channel>(items: readonly T[]): T[] {
  const marked = items.findIndex((item) => item.primary);
  const primaryIndex = marked === -1 ? 0 : marked;
  return items.map((item, index) => ({ ...item, primary: index === primaryIndex }));
}

/** How a person is addressed: their preferred name if they gave one, with their last name. */
export function displayNameOf(person: {
  firstName: string;
  lastName: string;
  preferredName: string | null;
}): string {
  return `${person.preferredName ?? person.firstName} ${person.lastName}`;
}
