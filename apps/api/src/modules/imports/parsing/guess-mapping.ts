import {
  emailField,
  IMPORT_FIELDS,
  type DateOrder,
  type ImportFieldSpec,
  type ImportKind,
  type ImportMapping,
} from '@coalition/contracts';
import { HEADER_ALIASES, TELLING_WORDS } from './header-aliases';
import { booleanOf } from './field-choices';
import { numericDateParts, parseDate } from './parse-date';
import { cleanLine, compactKey } from './text-keys';

const SAMPLE_ROWS = 200;
/** Share of a column's non-blank sample values that must look like a type to count as that type. */
const MOSTLY = 0.8;
/** Headers whose dates are not any field's (a form's timestamp, a birth date). */
const NOT_A_FIELD_DATE = /timestamp|birth|dob|created|modified|updated|submitted/;

/** Headers that mention a field without holding it: "Organization ID", "Do Not Email", "SMS Opt-out". */
const NOT_THE_FIELD = /id$|^donot|optout|unsubscribe/;

interface Candidate {
  column: number;
  field: string;
  /** Lower is better. */
  rank: number;
}

/**
 * Guesses which field each column fills: first by header (the field's key or label, then known
 * aliases, compared lower-case without accents, spaces or punctuation), then by words inside a
 * longer header when the values fit, then, for columns still unmapped, by values alone (mostly
 * emails, phones or dates). Each field fills once: the best-ranked match, then the leftmost
 * column. `dateOrder` is 'dmy' when a date cell reads like 13/04/2024, 'mdy' like 04/13/2024,
 * and left undefined when none settles it (or they disagree): such dates are then flagged per row.
 */
export function guessMapping(kind: ImportKind, headers: string[], rows: string[][]): ImportMapping {
  const specs = IMPORT_FIELDS[kind] as Record<string, ImportFieldSpec>;
  const samples = headers.map((_, i) => columnSample(rows, i));
  const columns: (string | null)[] = headers.map(() => null);
  const taken = new Set<string>();
  const assign = (candidates: Candidate[]) => {
    for (const { column, field } of [...candidates].sort((a, b) => a.rank - b.rank || a.column - b.column)) {
      if (columns[column] !== null || taken.has(field)) continue;
      columns[column] = field;
      taken.add(field);
    }
  };
  assign(headerCandidates(kind, headers));
  assign(tellingWordCandidates(specs, headers, samples));
  assign(valueCandidates(specs, headers, samples, columns));
  const dateOrder = guessDateOrder(specs, columns, rows);
  return dateOrder ? { columns, dateOrder } : { columns };
}

function columnSample(rows: string[][], column: number): string[] {
  const sample: string[] = [];
  for (const row of rows) {
    const cell = cleanLine(row[column] ?? '');
    if (cell !== '') sample.push(cell);
    if (sample.length >= SAMPLE_ROWS) break;
  }
  return sample;
}

function headerCandidates(kind: ImportKind, headers: string[]): Candidate[] {
  const specs = IMPORT_FIELDS[kind] as Record<string, ImportFieldSpec>;
  const candidates: Candidate[] = [];
  for (const [field, spec] of Object.entries(specs)) {
    const aliases = [field, spec.label, ...(HEADER_ALIASES[kind][field] ?? [])].map(compactKey);
    headers.forEach((header, column) => {
      const rank = aliases.indexOf(compactKey(header));
      if (rank !== -1) candidates.push({ column, field, rank: Math.max(rank - 1, 0) });
    });
  }
  return candidates;
}

/** "What is your email?" → email, if the column's values could be emails; longer words rank better. */
function tellingWordCandidates(specs: Record<string, ImportFieldSpec>, headers: string[], samples: string[][]): Candidate[] {
  const candidates: Candidate[] = [];
  for (const [field, spec] of Object.entries(specs)) {
    for (const word of TELLING_WORDS[field] ?? []) {
      headers.forEach((header, column) => {
        const key = compactKey(header);
        if (!key.includes(word) || NOT_THE_FIELD.test(key) || !valuesFit(spec.type, samples[column])) return;
        const typed = spec.type !== 'text' && samples[column].length > 0;
        candidates.push({ column, field, rank: 1000 - word.length - (typed ? 100 : 0) });
      });
    }
  }
  return candidates;
}

/** Unmapped columns whose values are mostly emails, phones or dates → the first free field of that type. */
function valueCandidates(
  specs: Record<string, ImportFieldSpec>,
  headers: string[],
  samples: string[][],
  columns: (string | null)[],
): Candidate[] {
  const candidates: Candidate[] = [];
  const fields = Object.entries(specs);
  samples.forEach((sample, column) => {
    if (columns[column] !== null || sample.length === 0) return;
    const type = (['email', 'phone', 'date'] as const).find((t) => mostly(sample, LOOKS_LIKE[t]));
    if (!type || (type === 'date' && NOT_A_FIELD_DATE.test(compactKey(headers[column])))) return;
    fields.forEach(([field, spec], order) => {
      if (spec.type === type) candidates.push({ column, field, rank: 2000 + order });
    });
  });
  return candidates;
}

const LOOKS_LIKE: Record<'email' | 'phone' | 'date' | 'boolean', (cell: string) => boolean> = {
  email: (cell) => emailField.safeParse(cell.toLowerCase()).success,
  // Ten or eleven digits in phone punctuation: not a ZIP code, an amount or an id.
  phone: (cell) => {
    const number = cell.replace(/\s*(?:x|ext\.?)\s*\d+$/i, '');
    return /^\+?[\d\s().-]+$/.test(number) && /^1?\d{10}$/.test(number.replace(/\D/g, ''));
  },
  date: (cell) => !/^\d+$/.test(cell) && !('problem' in parseDate(cell, 'mdy') && 'problem' in parseDate(cell, 'dmy')),
  boolean: (cell) => booleanOf(cell) !== undefined,
};

function mostly(sample: string[], test: (cell: string) => boolean): boolean {
  return sample.length > 0 && sample.filter(test).length >= sample.length * MOSTLY;
}

/** A typed field wants values of its type; a text field refuses a column of emails or phones. */
function valuesFit(type: ImportFieldSpec['type'], sample: string[]): boolean {
  if (sample.length === 0) return true;
  if (type === 'email' || type === 'phone' || type === 'date' || type === 'boolean') return mostly(sample, LOOKS_LIKE[type]);
  return !mostly(sample, LOOKS_LIKE.email) && !mostly(sample, LOOKS_LIKE.phone);
}

/** Settled by any date cell that reads one way only; undefined when none does or they disagree. */
function guessDateOrder(specs: Record<string, ImportFieldSpec>, columns: (string | null)[], rows: string[][]): DateOrder | undefined {
  const dateColumns = columns.flatMap((field, i) => (field !== null && specs[field]?.type === 'date' ? [i] : []));
  const seen = new Set<DateOrder>();
  for (const row of rows) {
    for (const column of dateColumns) {
      const parts = numericDateParts(row[column] ?? '');
      if (!parts) continue;
      if (parts[0] > 12) seen.add('dmy');
      else if (parts[1] > 12) seen.add('mdy');
    }
    if (seen.size === 2) return undefined;
  }
  return seen.size === 1 ? [...seen][0] : undefined;
}
