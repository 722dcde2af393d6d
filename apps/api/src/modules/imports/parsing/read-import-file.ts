import { shapeTable, unreadableFile } from './import-file-limits';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';

/** A file's table: trimmed headers and rows of text cells, each padded/truncated to the header length. */
export interface ImportTable {
  format: 'csv' | 'xlsx';
  /** As detected for CSV: utf-8, utf-16le, utf-16be, windows-1252; null for XLSX. */
  encoding: string | null;
  /** As detected for CSV: ',', ';', '\t' or '|'; null for XLSX. */
  delimiter: string | null;
  headers: string[];
  rows: string[][];
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/**
 * Reads an uploaded CSV or XLSX into text cells. XLSX when the bytes are a zip (whatever the
 * name says); CSV otherwise. The header row is the first non-blank row; rows with no text are
 * dropped. Throws DomainError('invalid', 'import_file_unreadable', …, [{ path: 'file', … }]) for
 * an unreadable or empty file, an old .xls, or one over 200 columns or 1,000,000 rows.
 */
export async function readImportFile(bytes: Buffer, fileName: string): Promise<ImportTable> {
  if (bytes.length === 0) throw unreadableFile('the file is empty');
  if (bytes.subarray(0, 4).equals(OLE_MAGIC) || /\.xls$/i.test(fileName)) {
    throw unreadableFile('old Excel (.xls) files are not read; save it as .xlsx or CSV');
  }
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) {
    return { format: 'xlsx', encoding: null, delimiter: null, ...shapeTable(await readXlsx(bytes)) };
  }
  if (/\.xlsx$/i.test(fileName)) throw unreadableFile('it is not a valid Excel (.xlsx) workbook');
  const { encoding, delimiter, records } = readCsv(bytes);
  return { format: 'csv', encoding, delimiter, ...shapeTable(records) };
}
