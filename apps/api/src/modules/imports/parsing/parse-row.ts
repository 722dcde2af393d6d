import { IMPORT_FIELDS, IMPORT_KINDS, type ImportFieldSpec, type ImportKind, type ImportMapping, type RowProblem } from '@coalition/contracts';
import { cleanCell, normalizerFor } from './field-normalizers';

/**
 * One row's values keyed by IMPORT_FIELDS key, normalized; blank and unmapped cells are absent.
 * Value types: text as typed (trimmed, whitespace collapsed; accents and case kept); emails
 * lower-cased; phones as written; dates 'YYYY-MM-DD'; booleans; `languages` language codes;
 * `tags` strings; `city`/`organizationCity` the municipality's official name; `kind`,
 * `membershipStatus`, `role`, `level`, `status` their contract keys. One exception to the keys:
 * annualDues is given as `annualDuesCents` (an integer, as organizations store it).
 * `problems` name the field (its IMPORT_FIELDS key) and say what is wrong; any problem makes the
 * row invalid.
 */
export interface ParsedRow {
  values: Record<string, unknown>;
  problems: RowProblem[];
}

const REQUIRED = Object.fromEntries(
  IMPORT_KINDS.map((kind) => [kind, Object.entries(IMPORT_FIELDS[kind] as Record<string, ImportFieldSpec>).flatMap(([f, s]) => (s.required ? [f] : []))]),
) as Record<ImportKind, string[]>;

/** Where a field's value goes in `values` when its key is not the field's own. */
const VALUE_KEYS: Record<string, string> = { annualDues: 'annualDuesCents' };

/**
 * Normalizes the mapped cells of one row by each field's type and meaning. Never throws for bad
 * data: it becomes a problem. A cell starting with = + - @ is kept as literal text, never
 * evaluated. Fields the kind does not have are ignored (mappingProblems reports them).
 */
export function parseRow(kind: ImportKind, mapping: ImportMapping, cells: string[]): ParsedRow {
  const specs = IMPORT_FIELDS[kind] as Record<string, ImportFieldSpec>;
  const values: Record<string, unknown> = {};
  const problems: RowProblem[] = [];
  mapping.columns.forEach((field, i) => {
    if (field === null || !(field in specs)) return;
    const cell = cleanCell(field, cells[i] ?? '');
    if (cell === '') return;
    const result = normalizerFor(kind, field, specs[field])(cell, mapping.dateOrder);
    if ('problem' in result) problems.push({ field, message: result.problem });
    else values[VALUE_KEYS[field] ?? field] = result.value;
  });
  const troubled = new Set(problems.map((p) => p.field));
  for (const field of REQUIRED[kind]) {
    if (!troubled.has(field) && values[VALUE_KEYS[field] ?? field] === undefined) problems.push({ field, message: 'is required' });
  }
  problems.push(...RULES[kind](values, troubled));
  return { values, problems };
}

type RowRule = (values: Record<string, unknown>, troubled: Set<string>) => RowProblem[];

/** What a row of each kind needs beyond single fields. Fields with a problem already are not judged again. */
const RULES: Record<ImportKind, RowRule> = {
  organizations: () => [],
  contacts: (v) => (v.role !== undefined && v.organizationName === undefined ? [{ field: 'role', message: 'a role needs an organization' }] : []),
  interests: () => [],
  participation: (v, troubled) => {
    if (troubled.has('organizationName') || troubled.has('contactEmail')) return [];
    if (v.organizationName === undefined && v.contactEmail === undefined) {
      return [{ field: 'organizationName', message: "needs an organization or a person's email" }];
    }
    if (v.organizationName !== undefined && v.contactEmail !== undefined) {
      return [{ field: 'contactEmail', message: "give an organization or a person's email, not both" }];
    }
    return [];
  },
  attendance: (v, troubled) => {
    const named = v.firstName !== undefined && v.lastName !== undefined;
    if (named || v.email !== undefined || v.phone !== undefined) return [];
    if (['firstName', 'lastName', 'email', 'phone'].some((f) => troubled.has(f))) return [];
    return [{ field: 'email', message: 'needs an email, a phone or a first and last name to know who it was' }];
  },
};
