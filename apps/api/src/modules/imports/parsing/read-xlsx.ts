import ExcelJS, { type CellValue } from 'exceljs';
import { MAX_IMPORT_ROWS, tooManyRows, unreadableFile } from './import-file-limits';

/**
 * Every non-empty row of the first worksheet as text cells (the pipeline takes the first as the
 * header). Cells read as a person sees them: dates as YYYY-MM-DD, numbers as plain digits,
 * formulas as their cached result (never evaluated), rich text and links as their text.
 */
export async function readXlsx(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw unreadableFile('it is not a valid Excel (.xlsx) workbook');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadableFile('the workbook has no worksheet');
  if (sheet.actualRowCount > MAX_IMPORT_ROWS + 1) {
    throw tooManyRows();
  }
  const records: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as CellValue[];
    records.push(Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) => cellText(values[i + 1])));
  });
  return records;
}

/** A cell's value as text. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  // A link's text may itself be rich text in files Excel wrote; cellText reads either.
  if ('hyperlink' in value) return cellText(value.text);
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result ?? null);
  return ''; // an error value such as #N/A holds no data
}

/** 15 significant digits, as Excel shows them, without exponent or grouping: 6175550100, 1250.5. */
function numberText(n: number): string {
  if (!Number.isFinite(n)) return '';
  const rounded = Number(n.toPrecision(15));
  return rounded.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/** Excel dates carry no zone: exceljs gives them as UTC. A time of day, if any, is kept after the date. */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  const time = iso.slice(11, 16);
  return time === '00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}
