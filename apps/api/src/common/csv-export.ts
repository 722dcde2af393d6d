import { once } from 'node:events';
import type { Response } from 'express';
import { stringify } from 'csv-stringify';

/** One column of an export: its header and how a row fills it. */
export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | boolean | null | undefined;
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab / carriage return) as a formula:
 * "=HYPERLINK(...)" typed into a contact's name must reach the file as text, not as code.
 */
export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function cellOf(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? neutralizeFormula(value) : String(value);
}

/** `organizations-2026-11-24.csv`: what the export holds, when it was taken, and its format. */
export function exportFileName(what: string, at = new Date(), extension = 'csv'): string {
  return `${what}-${at.toISOString().slice(0, 10)}.${extension}`;
}

/**
 * Streams rows, batch by batch, as a UTF-8 CSV download (with a byte-order mark so Excel reads
 * accents right). Batches come from the caller's keyset-paginated queries, so memory stays flat
 * however large the export; a slow client slows the reading instead of filling memory.
 * Resolves with the number of rows written.
 */
export async function streamCsv<T>(
  res: Response,
  fileName: string,
  columns: CsvColumn<T>[],
  batches: AsyncIterable<T[]>,
): Promise<number> {
  res.status(200);
  res.setHeader('Content-Type', 'text/csv; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  res.setHeader('Cache-Control', 'no-store');
  const csv = stringify({ bom: true, header: true, columns: columns.map((c) => c.header) });
  csv.pipe(res);
  let written = 0;
  for await (const batch of batches) {
    if (res.destroyed) break;
    for (const row of batch) {
      if (!csv.write(columns.map((c) => cellOf(c.value(row))))) await once(csv, 'drain');
      written += 1;
    }
  }
  csv.end();
  await once(res, 'finish').catch(() => undefined);
  return written;
}
