import { findMunicipalityLoose } from './municipalities';
import { unaccent } from './text-keys';

/*
 * Keys that decide whether two rows (or a row and a record) are the same organization or person.
 * Used for duplicates within a file; existing rows are matched by the database's own keys, which
 * these agree with (see each function).
 */

const LEGAL_SUFFIX = /\s+(inc|incorporated|llc|corp|corporation|co|ltd)\s*$/;

/**
 * Organization name for matching: "The Casa Azul, Inc." and "casa azul" share "casa azul".
 * Same steps as the database's `organization_name_key()` (migration 1764000000000), which backs
 * the unique (name, city) index: unaccent + lower, anything but a-z 0-9 and space → space, one
 * leading "the" dropped, one trailing legal suffix (inc, incorporated, llc, corp, corporation,
 * co, ltd) dropped, spaces collapsed. "of" and every other word are kept. A name in another
 * script (no a-z or 0-9 at all) has the key '' there and here alike.
 */
export function organizationNameKey(name: string): string {
  return unaccent(name)
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/^\s*the\s+/, '')
    .replace(LEGAL_SUFFIX, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Organization identity: name key + city, the city as the municipality's official name when
 * recognized ("boston, ma" → "Boston", as the database stores it), else lower-cased as typed.
 */
export function organizationKey(name: string, city: string | null | undefined): string {
  const cityText = (city ?? '').trim();
  const cityName = findMunicipalityLoose(cityText)?.name ?? cityText.toLowerCase();
  return `${organizationNameKey(name)}|${cityName}`;
}

/** Email for matching: trimmed, lower-cased, as the database's `contact_email.address_key`; '' when blank. */
export function emailKey(email: string | null | undefined): string {
  return (email ?? '').trim().toLowerCase();
}

/**
 * Phone for matching: digits only, and an 11-digit number starting with 1 (US country code)
 * without that 1, so "+1 617 555 0100" and "(617) 555-0100" share "6175550100"; '' when blank.
 * The database's `contact_phone.number_digits` keeps the 1: compare existing rows on both forms.
 */
export function phoneKey(phone: string | null | undefined): string {
  const digits = (phone ?? '').replace(/\D/g, '');
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}

function nameKeyPart(part: string | null | undefined): string {
  return unaccent(part ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Person name for matching: first and last name each lower-cased, unaccented, with punctuation
 * and spaces removed ("José O'Brien-Díaz" ≈ "jose obrien diaz"); '' when both are blank.
 */
export function personNameKey(first: string | null | undefined, last: string | null | undefined): string {
  const key = `${nameKeyPart(first)}|${nameKeyPart(last)}`;
  return key === '|' ? '' : key;
}
