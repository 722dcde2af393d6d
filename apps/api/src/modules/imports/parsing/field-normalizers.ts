import {
  emailField,
  phoneField,
  websiteField,
  zipField,
  type DateOrder,
  type ImportFieldSpec,
  type ImportKind,
} from '@coalition/contracts';
import {
  AFFILIATION_ROLE_CHOICES,
  ATTENDANCE_STATUS_CHOICES,
  booleanOf,
  choiceList,
  INTEREST_LEVEL_CHOICES,
  LANGUAGE_CHOICES,
  matchChoice,
  MEMBERSHIP_STATUS_CHOICES,
  ORGANIZATION_KIND_CHOICES,
  PARTICIPATION_ROLE_CHOICES,
  type Choices,
} from './field-choices';
import { findMunicipalityLoose } from './municipalities';
import { parseDate } from './parse-date';
import { cleanLine, cleanLines } from './text-keys';

/** One cell made a value, or what is wrong with it. Cells arrive non-blank and trimmed to one line. */
export type Normalized = { value: unknown } | { problem: string };
export type Normalizer = (cell: string, dateOrder: DateOrder | undefined) => Normalized;

/** Longest text per field, as the records' own schemas allow; 200 otherwise. */
const MAX_LENGTH: Record<string, number> = {
  firstName: 100, lastName: 100, preferredName: 100, pronouns: 40,
  description: 2000, notes: 5000, note: 1000,
};
/** Fields whose line breaks are meaningful. */
const MULTILINE = new Set(['description', 'notes', 'note']);
const LIST_SEPARATORS = /[;,|\n]+/;
const LANGUAGE_SEPARATORS = /[;,|/\n]+|\s+(?:and|&)\s+/i;

const cache = new Map<string, Normalizer>();

/** How a field's cells are read: by what the field means first, then by its type. */
export function normalizerFor(kind: ImportKind, field: string, spec: ImportFieldSpec): Normalizer {
  const key = `${kind}.${field}`;
  let normalizer = cache.get(key);
  if (!normalizer) cache.set(key, (normalizer = buildNormalizer(kind, field, spec)));
  return normalizer;
}

function buildNormalizer(kind: ImportKind, field: string, spec: ImportFieldSpec): Normalizer {
  const byMeaning = MEANINGS[field];
  if (field === 'role') {
    return kind === 'participation' ? choice(PARTICIPATION_ROLE_CHOICES, 'role') : choice(AFFILIATION_ROLE_CHOICES, 'role');
  }
  if (byMeaning) return byMeaning;
  return BY_TYPE[spec.type](MAX_LENGTH[field] ?? 200);
}

/** Cells as stored: one line, or (notes) several, trimmed. */
export function cleanCell(field: string, cell: string): string {
  return MULTILINE.has(field) ? cleanLines(cell) : cleanLine(cell);
}

const MEANINGS: Record<string, Normalizer> = {
  city: municipality,
  organizationCity: municipality,
  kind: choice(ORGANIZATION_KIND_CHOICES, 'kind'),
  membershipStatus: choice(MEMBERSHIP_STATUS_CHOICES, 'membership status'),
  level: choice(INTEREST_LEVEL_CHOICES, 'level'),
  status: choice(ATTENDANCE_STATUS_CHOICES, 'status'),
  languages: languages,
  tags: tags,
  annualDues: dollarsToCents,
  zip: zip,
  website: website,
};

const BY_TYPE: Record<ImportFieldSpec['type'], (max: number) => Normalizer> = {
  text: (max) => (cell) => (cell.length > max ? { problem: `is longer than ${max} characters` } : { value: cell }),
  email: () => email,
  phone: () => phone,
  date: () => date,
  boolean: () => boolean,
  list: () => tags,
  number: () => plainNumber,
};

function municipality(cell: string): Normalized {
  const found = findMunicipalityLoose(cell);
  return found ? { value: found.name } : { problem: `unknown city: "${cell}" is not a Massachusetts city or town` };
}

function choice<T extends string>(choices: Choices<T>, what: string): Normalizer {
  return (cell) => {
    const value = matchChoice(cell, choices);
    return value ? { value } : { problem: `unknown ${what}: "${cell}"; use one of: ${choiceList(choices)}` };
  };
}

function email(cell: string): Normalized {
  const address = cell.replace(/^mailto:/i, '').replace(/^<(.*)>$/, '$1').trim().toLowerCase();
  if (/[\s,;]/.test(address) && address.split(/[\s,;]+/).filter((a) => a.includes('@')).length > 1) {
    return { problem: `holds more than one email address: "${cell}"` };
  }
  return emailField.safeParse(address).success ? { value: address } : { problem: `not an email address: "${cell}"` };
}

/** Kept as written (as contacts store phones), once checked like the contact form checks it. */
function phone(cell: string): Normalized {
  const number = cell.replace(/^tel:/i, '').trim();
  const checked = phoneField.safeParse(number);
  return checked.success ? { value: checked.data } : { problem: `not a phone number: "${cell}"` };
}

function date(cell: string, dateOrder: DateOrder | undefined): Normalized {
  const reading = parseDate(cell, dateOrder);
  return 'date' in reading ? { value: reading.date } : reading;
}

function boolean(cell: string): Normalized {
  const value = booleanOf(cell);
  return value === undefined ? { problem: `must be yes or no, not "${cell}"` } : { value };
}

function tags(cell: string): Normalized {
  const list = [...new Set(cell.split(LIST_SEPARATORS).map(cleanLine).filter(Boolean))];
  const tooLong = list.find((tag) => tag.length > 40);
  if (tooLong) return { problem: `tag "${tooLong}" is longer than 40 characters` };
  return list.length > 30 ? { problem: 'has more than 30 tags' } : { value: list };
}

function languages(cell: string): Normalized {
  const codes = new Set<string>();
  for (const part of cell.split(LANGUAGE_SEPARATORS).map(cleanLine).filter(Boolean)) {
    const code = matchChoice(part, LANGUAGE_CHOICES);
    if (!code) return { problem: `unknown language: "${part}"; use a name such as Spanish or a code such as es` };
    codes.add(code);
  }
  return { value: [...codes] };
}

/** "$1,250.50" → 125050 (cents, as organizations store dues). */
function dollarsToCents(cell: string): Normalized {
  const amount = cell.replace(/^\$|^USD|USD$|\$$/gi, '').replace(/[,\s]/g, '');
  const match = /^(\d*)(?:\.(\d{1,2}))?$/.exec(amount);
  if (!match || (match[1] === '' && match[2] === undefined)) return { problem: `not an amount in dollars: "${cell}"` };
  const cents = Number(match[1] || '0') * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
  return cents > 100_000_000 ? { problem: 'must be at most $1,000,000' } : { value: cents };
}

function plainNumber(cell: string): Normalized {
  const value = Number(cell.replace(/[,\s]/g, ''));
  return Number.isFinite(value) ? { value } : { problem: `not a number: "${cell}"` };
}

/** Spreadsheets drop the leading 0 of Massachusetts ZIP codes (02108 → 2108): put it back. */
function zip(cell: string): Normalized {
  const digits = cell.replace(/\s/g, '');
  const fixed = /^\d{4}(-\d{4})?$/.test(digits) ? `0${digits}` : /^\d{9}$/.test(digits) ? `${digits.slice(0, 5)}-${digits.slice(5)}` : digits;
  return zipField.safeParse(fixed).success ? { value: fixed } : { problem: `not a ZIP code: "${cell}"; write it as 02108 or 02108-1234` };
}

/** "www.example.org" → "https://www.example.org". */
function website(cell: string): Normalized {
  const url = /^https?:\/\//i.test(cell) ? cell : `https://${cell}`;
  const checked = websiteField.safeParse(url);
  return checked.success && /\.[a-z]{2,}/i.test(url) ? { value: checked.data } : { problem: `not a web address: "${cell}"` };
}
