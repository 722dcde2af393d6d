import { DomainError } from '../../../common/domain-error';

/** The widest and longest file an import accepts. */
export const MAX_IMPORT_COLUMNS = 200;
export const MAX_IMPORT_ROWS = 1_000_000;

/** A 400 naming `file`, with the reason in plain words. */
export function unreadableFile(reason: string): DomainError {
  return new DomainError('invalid', 'import_file_unreadable', `The file could not be read: ${reason}`, [
    { path: 'file', message: reason },
  ]);
}

export function tooManyRows(): DomainError {
  return unreadableFile(`the file has more than ${MAX_IMPORT_ROWS.toLocaleString('en-US')} rows; split it into smaller files`);
}

/**
 * Headers trimmed, every row padded or truncated to the header length, rows with no text dropped,
 * trailing columns with neither a header nor data dropped; enforces the limits.
 */
export function shapeTable(records: string[][]): { headers: string[]; rows: string[][] } {
  const headerIndex = records.findIndex((r) => !isBlank(r));
  if (headerIndex === -1) throw unreadableFile('the file is empty');
  const rawHeaders = records[headerIndex].map((h) => h.trim());
  const data = records.slice(headerIndex + 1).filter((r) => !isBlank(r));
  if (data.length === 0) throw unreadableFile('the file has a header row but no rows below it');
  if (data.length > MAX_IMPORT_ROWS) throw tooManyRows();
  const width = usedWidth(rawHeaders, data);
  if (width > MAX_IMPORT_COLUMNS) throw unreadableFile(`the file has ${width} columns; at most ${MAX_IMPORT_COLUMNS} are accepted`);
  return { headers: fit(rawHeaders, width), rows: data.map((r) => fit(r, width)) };
}

function isBlank(record: string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}

/** The header's length, less trailing columns that are blank in the header and in every row. */
function usedWidth(headers: string[], rows: string[][]): number {
  let width = headers.length;
  while (width > 1 && headers[width - 1] === '' && rows.every((r) => (r[width - 1] ?? '').trim() === '')) width--;
  return width;
}

function fit(record: string[], width: number): string[] {
  if (record.length === width) return record;
  if (record.length > width) return record.slice(0, width);
  return [...record, ...Array<string>(width - record.length).fill('')];
}
