import type { FileKey } from './import-kind';

export interface FileDuplicate {
  /** The earlier row it repeats. */
  of: number;
  key: FileKey;
}

/**
 * Rows that repeat an earlier row of the file: any of their keys (an email, a phone, a name at
 * an organization…) was already seen. The first row keeps the record; the later ones are
 * duplicates, never written.
 */
export function findDuplicates(
  rows: { rowNumber: number; keys: FileKey[] }[],
): Map<number, FileDuplicate> {
  const firstRowOf = new Map<string, number>();
  const duplicates = new Map<number, FileDuplicate>();
  for (const row of rows) {
    const repeated = row.keys.find((k) => firstRowOf.has(k.key));
    // A repeat's other keys (a phone beside the shared email) lead to the row it repeats.
    const owner = repeated ? (firstRowOf.get(repeated.key) ?? row.rowNumber) : row.rowNumber;
    if (repeated) duplicates.set(row.rowNumber, { of: owner, key: repeated });
    for (const k of row.keys) if (!firstRowOf.has(k.key)) firstRowOf.set(k.key, owner);
  }
  return duplicates;
}
