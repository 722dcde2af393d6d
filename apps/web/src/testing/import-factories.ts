import type {
  ImportDetail,
  ImportList,
  ImportRow,
  ImportRowList,
  SavedMapping,
} from '@coalition/contracts';

function omit<T extends object, K extends keyof T>(value: T, keys: K[]): Omit<T, K> {
  const copy = { ...value };
  for (const key of keys) delete copy[key];
  return copy;
}

let sequence = 0;
const nextId = (): string => `70000000-0000-4000-8000-${String(++sequence).padStart(12, '0')}`;

/** A contacts file just uploaded: four columns, the third guessed wrong (ignored). */
export function buildImportDetail(overrides: Partial<ImportDetail> = {}): ImportDetail {
  return {
    id: nextId(),
    kind: 'contacts',
    fileName: 'members.csv',
    format: 'csv',
    encoding: 'utf-8',
    delimiter: ';',
    headers: ['First Name', 'Surname', 'E-mail', 'Employer'],
    sample: [
      ['Rosa', 'Lima', 'rosa@example.org', 'Casa Latina'],
      ['Ana', 'Souza', 'ana@example', 'MIRA'],
      ['José', 'Pérez', '', 'Casa Latina'],
    ],
    rowCount: 120,
    mapping: { columns: ['firstName', null, 'email', 'organizationName'] },
    status: 'uploaded',
    counts: null,
    processed: 0,
    summary: null,
    error: null,
    createdBy: 'Ana Organizer',
    createdAt: '2025-03-04T15:04:05.000Z',
    finishedAt: null,
    ...overrides,
  };
}

export function buildImportRow(overrides: Partial<ImportRow> = {}): ImportRow {
  return {
    rowNumber: 1,
    cells: ['Rosa', 'Lima', 'rosa@example.org', 'Casa Latina'],
    class: 'new',
    problems: [],
    match: null,
    nearMatches: [],
    duplicateOf: null,
    outcome: null,
    ...overrides,
  };
}

export function buildImportRowList(items: ImportRow[]): ImportRowList {
  return { items, total: items.length, page: 1, pageSize: 25 };
}

export function buildImportList(items: ImportDetail[]): ImportList {
  return {
    // The list leaves out what only the mapping step needs.
    items: items.map((detail) => omit(detail, ['sample', 'headers'])),
    total: items.length,
    page: 1,
    pageSize: 25,
  };
}

export function buildSavedMapping(overrides: Partial<SavedMapping> = {}): SavedMapping {
  return {
    id: nextId(),
    name: 'Action Network export',
    kind: 'contacts',
    headers: ['First Name', 'Surname', 'E-mail', 'Employer'],
    mapping: { columns: ['firstName', 'lastName', 'email', 'organizationName'] },
    createdAt: '2025-02-01T15:04:05.000Z',
    ...overrides,
  };
}
