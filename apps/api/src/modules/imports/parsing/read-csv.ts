// CsvError from the same entry as parse: each entry bundles its own copy of the class.
import { CsvError, parse } from 'csv-parse/sync';
import { decodeCsv, type CsvEncoding } from './decode-csv';
import { detectDelimiter, type CsvDelimiter } from './detect-delimiter';
import { MAX_IMPORT_ROWS, tooManyRows, unreadableFile } from './import-file-limits';

export interface CsvRecords {
  encoding: CsvEncoding;
  delimiter: CsvDelimiter;
  /** Every record as parsed, the header included, blank lines skipped. */
  records: string[][];
}

/**
 * Decodes and parses a CSV: CRLF, LF or CR line ends, quoted line breaks, "" inside quotes, stray
 * quotes inside unquoted cells tolerated, rows of any length. Parsing stops one row past the
 * limit, enough to refuse the file without holding all of an oversized one. (The synchronous
 * parser is several times faster than the stream on 100,000 rows; the text is in memory anyway.)
 */
export function readCsv(bytes: Buffer): CsvRecords {
  const { text, encoding } = decodeCsv(bytes);
  if (text.trim() === '') throw unreadableFile('the file is empty');
  // Text never holds NULs; a PDF, image or other binary file renamed .csv does.
  if (text.slice(0, 8192).includes('\u0000')) throw unreadableFile('it is not a CSV or Excel file');
  const delimiter = detectDelimiter(text);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      // The header, the row limit, and one more to know the limit is passed.
      to: MAX_IMPORT_ROWS + 2,
    });
  } catch (error) {
    throw unreadableFile(csvProblem(error));
  }
  // Refused here, not after blank rows are dropped: the rows past the stop were never read.
  if (records.length > MAX_IMPORT_ROWS + 1) throw tooManyRows();
  return { encoding, delimiter, records };
}

function csvProblem(error: unknown): string {
  if (!(error instanceof CsvError)) throw error;
  const line = typeof error.lines === 'number' ? ` (line ${error.lines})` : '';
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') return `a quoted cell is never closed${line}`;
  return `it is not a valid CSV file${line}: ${error.message}`;
}
