import { stringify } from 'csv-stringify/sync';
import type { ColumnKind, ExportColumn } from './full-export.tables';

/**
 * How values travel (docs/full-export.md, "Values"). PostgreSQL itself writes every value as
 * text, so both databases produce the same bytes and nothing passes through a JavaScript Date
 * or number (microseconds and large ids survive):
 * - timestamps: ISO 8601 in UTC with the offset and microseconds, 2026-03-05T14:30:00.123456+00:00
 * - dates: 2026-03-05; booleans: true / false; numbers: digits
 * - jsonb: its JSON text; text arrays: a JSON array of strings, ["es","pt"]
 * - null: an empty cell; an empty string: a quoted empty cell ("")
 * Cells are raw values: unlike the spreadsheet exports, a leading = is not neutralized,
 * since the restore must give back exactly what was stored.
 */

const quote = (name: string) => `"${name}"`;

/** The SQL that reads one column as the text written to the CSV. */
export function selectExpression(column: ExportColumn): string {
  const name = quote(column.name);
  switch (column.kind) {
    case 'timestamptz':
      return `to_char(${name} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"+00:00"')`;
    case 'date':
      return `to_char(${name}, 'YYYY-MM-DD')`;
    case 'text[]':
      return `array_to_json(${name})::text`;
    case 'text':
      return name;
    case 'uuid':
    case 'smallint':
    case 'integer':
    case 'bigint':
    case 'boolean':
    case 'jsonb':
      return `${name}::text`;
  }
}

/** The placeholder of one value in an INSERT, cast back to the column's type. */
export function insertPlaceholder(kind: ColumnKind, index: number): string {
  return `$${index}::${kind}`;
}

export type CellValue = string | string[] | null;

/** A CSV cell (null for an empty unquoted cell) as the parameter its placeholder expects. */
export function parameterOf(column: ExportColumn, cell: string | null): CellValue {
  if (cell === null || column.kind !== 'text[]') return cell;
  const parsed: unknown = JSON.parse(cell);
  if (!Array.isArray(parsed) || !parsed.every((item): item is string => typeof item === 'string')) {
    throw new Error(`column ${column.name} holds ${cell}, not a JSON array of strings`);
  }
  return parsed;
}

/** CSV lines of `rows` (a header first when given): empty strings quoted, nulls left empty. */
export function csvLines(rows: (string | null)[][], header?: string[]): string {
  return stringify(header ? [header, ...rows] : rows, { quoted_match: /^$/, bom: Boolean(header) });
}

/** csv-parse's cast: an empty cell that was not quoted is null. */
export function nullUnlessQuoted(value: string, context: { quoting: boolean }): string | null {
  return value === '' && !context.quoting ? null : value;
}
