import { once } from 'node:events';
import type { Response } from 'express';
import ExcelJS from 'exceljs';
import { type CsvColumn, neutralizeFormula } from './csv-export';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Cell = string | number | boolean | null;

/** Text stays text: exceljs writes a string as a string, and a leading = + - @ is defused too. */
function cellOf(value: ReturnType<CsvColumn<unknown>['value']>): Cell {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? neutralizeFormula(value) : value;
}

/**
 * Streams rows, batch by batch, as an Excel workbook download with one sheet, the header row
 * bold and frozen. Rows are committed as they are written and each batch waits for the client
 * to drain, so memory stays flat however large the export. Resolves with the rows written.
 */
export async function streamXlsx<T>(
  res: Response,
  fileName: string,
  sheetName: string,
  columns: CsvColumn<T>[],
  batches: AsyncIterable<T[]>,
): Promise<number> {
  res.status(200);
  res.setHeader('Content-Type', XLSX_CONTENT_TYPE);
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  res.setHeader('Cache-Control', 'no-store');
  // Two styles in all (plain and bold): cheap. Inline strings keep no table of every text in memory.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ width: Math.max(12, c.header.length + 2) }));
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.commit();
  // A client that goes away emits 'close' without 'finish': stop waiting then.
  const closed = once(res, 'close').catch(() => undefined);
  let written = 0;
  for await (const batch of batches) {
    if (res.destroyed) break;
    for (const row of batch) {
      sheet.addRow(columns.map((c) => cellOf(c.value(row)))).commit();
      written += 1;
    }
    if (res.writableNeedDrain) await Promise.race([once(res, 'drain'), closed]);
  }
  if (!res.destroyed) await Promise.race([workbook.commit(), closed]);
  return written;
}
