import { createHash } from 'node:crypto';
import type { Writable } from 'node:stream';
import type { DataSource } from 'typeorm';
import {
  appVersion,
  FORMAT,
  FORMAT_VERSION,
  type FullExportManifest,
  type ManifestFile,
} from './full-export.manifest';
import { FullExportRepository } from './full-export.repository';
import { EXPORT_TABLES, type ExportTable, MANIFEST_FILE } from './full-export.tables';
import { csvLines } from './full-export.values';
import { ZipWriter } from './zip-writer';

/** Rows per query: large enough to be quick, small enough that memory stays flat. */
const BATCH_SIZE = 1000;

/**
 * Writes the full export (a zip of one CSV per table plus manifest.json) into `output`.
 * One read-only REPEATABLE READ transaction: every file sees the same instant, so the
 * references between files hold even while others keep working. Auditing is the caller's.
 */
export async function writeFullExport(
  dataSource: DataSource,
  output: Writable,
  now = new Date(),
): Promise<FullExportManifest> {
  const zip = new ZipWriter(output, now);
  try {
    return await dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      const repository = new FullExportRepository(manager);
      const files: ManifestFile[] = [];
      for (const table of EXPORT_TABLES) files.push(await writeTable(zip, repository, table));
      const manifest: FullExportManifest = {
        format: FORMAT,
        formatVersion: FORMAT_VERSION,
        schemaVersion: await repository.schemaVersion(),
        createdAt: now.toISOString(),
        appVersion: appVersion(),
        files,
      };
      await zip.finish(MANIFEST_FILE, `${JSON.stringify(manifest, null, 2)}\n`);
      return manifest;
    });
  } catch (error) {
    zip.abort(error);
    throw error;
  }
}

async function writeTable(
  zip: ZipWriter,
  repository: FullExportRepository,
  table: ExportTable,
): Promise<ManifestFile> {
  const hash = createHash('sha256');
  const columns = table.columns.map((c) => c.name);
  let rows = 0;
  async function* chunks(): AsyncGenerator<string> {
    let chunk = csvLines([], columns);
    for await (const batch of repository.batches(table, BATCH_SIZE)) {
      chunk += csvLines(batch);
      hash.update(chunk);
      yield chunk;
      rows += batch.length;
      chunk = '';
    }
    if (chunk) {
      hash.update(chunk);
      yield chunk;
    }
  }
  await zip.entry(table.file, chunks());
  return { file: table.file, table: table.table, columns, rows, sha256: hash.digest('hex') };
}
