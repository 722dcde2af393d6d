import type { ImportDetail, ImportRow, SavedMapping } from '@coalition/contracts';
import type { ImportJobRow, StoredRow } from './imports.repository';
import type { SavedMappingRow } from './import-mappings.repository';

export function toImportDetail(job: ImportJobRow, sample: string[][]): ImportDetail {
  return {
    id: job.id,
    kind: job.kind,
    fileName: job.fileName,
    format: job.format,
    encoding: job.encoding,
    delimiter: job.delimiter,
    headers: job.headers,
    sample,
    rowCount: job.rowCount,
    mapping: job.mapping,
    status: job.status,
    counts: job.counts,
    processed: job.processed,
    summary: job.summary,
    error: job.error,
    createdBy: job.createdByName ?? (job.createdBy ? null : 'command line'),
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

export function toImportSummary(job: ImportJobRow): Omit<ImportDetail, 'sample' | 'headers'> {
  const detail: Partial<ImportDetail> = toImportDetail(job, []);
  delete detail.sample;
  delete detail.headers;
  return detail as Omit<ImportDetail, 'sample' | 'headers'>;
}

export function toImportRow(row: StoredRow): ImportRow {
  return {
    rowNumber: row.rowNumber,
    cells: row.cells,
    // Rows of a file not yet previewed have no class; they read as new until the mapping is confirmed.
    class: row.class ?? 'new',
    problems: row.problems,
    match: row.match,
    nearMatches: row.nearMatches,
    duplicateOf: row.duplicateOf,
    outcome: row.outcome,
  };
}

export function toSavedMapping(row: SavedMappingRow): SavedMapping {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    headers: row.headers,
    mapping: row.mapping,
    createdAt: row.createdAt.toISOString(),
  };
}
