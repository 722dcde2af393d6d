import {
  type DateOrder,
  type FieldError,
  IMPORT_FIELDS,
  type ImportFieldSpec,
  type ImportKind,
  type SavedMapping,
} from '@coalition/contracts';

/** A column's field, or null when the column is ignored. */
export type ColumnField = string | null;

function fieldsOf(kind: ImportKind): Record<string, ImportFieldSpec> {
  return IMPORT_FIELDS[kind];
}

/** The field's name in the person's words ("First name"); an unknown key as it is. */
export function fieldLabel(kind: ImportKind, field: string): string {
  return fieldsOf(kind)[field]?.label ?? field;
}

export function fieldOptions(kind: ImportKind): { value: string; label: string }[] {
  return Object.entries(fieldsOf(kind)).map(([value, spec]) => ({ value, label: spec.label }));
}

/**
 * How a column is named on screen and for screen readers: its header, made unique with its
 * position when the file repeats it or leaves it blank.
 */
export function columnName(headers: readonly string[], index: number): string {
  const header = headers[index]?.trim() ?? '';
  if (!header) return `Column ${index + 1}`;
  const repeated = headers.filter((h) => h.trim() === header).length > 1;
  return repeated ? `${header} (column ${index + 1})` : header;
}

/** The required fields that no column fills yet. */
export function missingRequired(kind: ImportKind, columns: readonly ColumnField[]): string[] {
  return Object.entries(fieldsOf(kind))
    .filter(([field, spec]) => spec.required && !columns.includes(field))
    .map(([, spec]) => spec.label);
}

/** Whether a date column is mapped: only then does the order of day and month matter. */
export function mapsADate(kind: ImportKind, columns: readonly ColumnField[]): boolean {
  return columns.some((field) => field !== null && fieldsOf(kind)[field]?.type === 'date');
}

/** A saved mapping applied by header, so it fits a file whose columns come in another order. */
export function applySavedMapping(
  headers: readonly string[],
  saved: SavedMapping,
): { columns: ColumnField[]; dateOrder?: DateOrder } {
  const key = (h: string) => h.trim().toLowerCase();
  const savedIndex = new Map(saved.headers.map((h, i) => [key(h), i]));
  const columns = headers.map((h) => {
    const i = savedIndex.get(key(h));
    return i === undefined ? null : (saved.mapping.columns[i] ?? null);
  });
  return { columns, dateOrder: saved.mapping.dateOrder };
}

export interface MappingErrors {
  /** Messages per column position (`columns.3`). */
  byColumn: Map<number, string[]>;
  /** Messages about the mapping as a whole (a required field not mapped, the date order...). */
  general: string[];
}

// The API's messages name no subject ("needs a column for First name"): give them one.
const GENERAL_SUBJECTS: Record<string, string> = {
  columns: 'The mapping',
  dateOrder: 'The order of day and month',
};

/** Places the API's field errors: `columns.N` on column N, anything else above the table. */
export function mappingErrors(fields: readonly FieldError[] | undefined): MappingErrors {
  const byColumn = new Map<number, string[]>();
  const general: string[] = [];
  for (const { path, message } of fields ?? []) {
    const match = /^columns\.(\d+)$/.exec(path);
    if (match) {
      const index = Number(match[1]);
      byColumn.set(index, [...(byColumn.get(index) ?? []), message]);
    } else {
      general.push(`${GENERAL_SUBJECTS[path] ?? path} ${message}`);
    }
  }
  return { byColumn, general };
}
