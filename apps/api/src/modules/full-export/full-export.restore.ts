import { createHash } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import type { DataSource } from 'typeorm';
import { FullExportRefusal } from './full-export.errors';
import {
  FORMAT_VERSION,
  type FullExportManifest,
  type ManifestFile,
  manifestSchema,
} from './full-export.manifest';
import { FullExportRepository } from './full-export.repository';
import { EXPORT_TABLES, type ExportTable, MANIFEST_FILE } from './full-export.tables';
import { type CellValue, nullUnlessQuoted, parameterOf } from './full-export.values';
import { ZipReader } from './zip-reader';

type Log = (line: string) => void;

/** Parameters per INSERT, well under PostgreSQL's 65,535. */
const PARAMETERS_PER_INSERT = 30_000;

/**
 * Loads a full export into an empty, migrated database (docs/full-export.md, "Restoring").
 * Everything is checked before the first row is written: the manifest, the schema version,
 * that the database is empty and every file's checksum. Then all tables load in one
 * transaction, in foreign-key order: a failure leaves the database empty.
 */
export async function restoreFullExport(
  dataSource: DataSource,
  path: string,
  log: Log,
): Promise<FullExportManifest> {
  const zip = await openZip(path);
  try {
    const manifest = await readManifest(zip);
    const files = filesInOrder(manifest);
    const repository = new FullExportRepository(dataSource.manager);
    const schemaVersion = await repository.schemaVersion();
    if (manifest.schemaVersion !== schemaVersion) {
      throw new FullExportRefusal(
        `This export was taken at schema version ${manifest.schemaVersion} (Coalition CRM ${manifest.appVersion}), ` +
          `but this database is at ${schemaVersion}. Restore it with the version of Coalition CRM that took it.`,
      );
    }
    refuseUnlessEmpty(await repository.tablesWithRows());
    for (const { file } of files) await verifyChecksum(zip, file);
    log(`Checked ${files.length} files against the checksums in ${MANIFEST_FILE}.`);
    await dataSource.transaction(async (manager) => {
      const writer = new FullExportRepository(manager);
      refuseUnlessEmpty(await writer.tablesWithRows());
      for (const { table, file } of files) await restoreTable(zip, writer, table, file, log);
    });
    return manifest;
  } finally {
    zip.close();
  }
}

async function openZip(path: string): Promise<ZipReader> {
  try {
    return await ZipReader.open(path);
  } catch (error) {
    throw new FullExportRefusal(
      `${path} cannot be read as a zip file: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

async function readManifest(zip: ZipReader): Promise<FullExportManifest> {
  if (!zip.has(MANIFEST_FILE))
    throw new FullExportRefusal(
      `The zip holds no ${MANIFEST_FILE}: it is not a Coalition CRM full export.`,
    );
  let parsed: ReturnType<typeof manifestSchema.safeParse>;
  try {
    parsed = manifestSchema.safeParse(JSON.parse(await zip.text(MANIFEST_FILE)));
  } catch {
    throw new FullExportRefusal(`${MANIFEST_FILE} is not valid JSON: the export is damaged.`);
  }
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new FullExportRefusal(
      `${MANIFEST_FILE} is not a Coalition CRM manifest (${issue?.path.join('.')}: ${issue?.message}).`,
    );
  }
  if (parsed.data.formatVersion !== FORMAT_VERSION) {
    throw new FullExportRefusal(
      `This export is in format version ${parsed.data.formatVersion}; this version of Coalition CRM reads version ${FORMAT_VERSION}.`,
    );
  }
  return parsed.data;
}

/**
 * The manifest must list exactly the exported tables, each with the columns this version
 * writes. Returned in foreign-key order; SQL only ever names tables and columns of EXPORT_TABLES.
 */
function filesInOrder(manifest: FullExportManifest): { table: ExportTable; file: ManifestFile }[] {
  const files = new Map(manifest.files.map((f) => [f.table, f]));
  const unknown = manifest.files.filter((f) => !EXPORT_TABLES.some((t) => t.table === f.table));
  if (unknown.length)
    throw new FullExportRefusal(
      `${MANIFEST_FILE} lists tables this version does not know: ${unknown.map((f) => f.table).join(', ')}.`,
    );
  return EXPORT_TABLES.map((table) => {
    const file = files.get(table.table);
    if (!file)
      throw new FullExportRefusal(`${MANIFEST_FILE} lists no file for the ${table.table} table.`);
    const expected = table.columns.map((c) => c.name).join(',');
    if (file.file !== table.file || file.columns.join(',') !== expected) {
      throw new FullExportRefusal(
        `${MANIFEST_FILE} describes ${table.table} as ${file.file} (${file.columns.join(', ')}); expected ${table.file} (${expected}).`,
      );
    }
    return { table, file };
  });
}

function refuseUnlessEmpty(tablesWithRows: string[]): void {
  if (!tablesWithRows.length) return;
  const more = tablesWithRows.length - 5;
  const where =
    tablesWithRows.slice(0, 5).join(', ') + (more > 0 ? ` and ${more} more tables` : '');
  throw new FullExportRefusal(
    `This database already holds data (in ${where}). A restore only goes into an empty instance: ` +
      'point DATABASE_URL at a new database (or DATA_DIR at a new folder) and run it again.',
  );
}

async function verifyChecksum(zip: ZipReader, file: ManifestFile): Promise<void> {
  if (!zip.has(file.file))
    throw new FullExportRefusal(`The zip holds no ${file.file}, which ${MANIFEST_FILE} lists.`);
  const hash = createHash('sha256');
  await pipeline(await zip.stream(file.file), hash);
  if (hash.digest('hex') !== file.sha256) {
    throw new FullExportRefusal(
      `${file.file} does not match its checksum in ${MANIFEST_FILE}: it was changed or damaged after the export. Nothing was restored.`,
    );
  }
}

async function restoreTable(
  zip: ZipReader,
  repository: FullExportRepository,
  table: ExportTable,
  file: ManifestFile,
  log: Log,
): Promise<void> {
  const started = Date.now();
  let rows: number;
  try {
    rows = await insertRows(zip, repository, table, file);
  } catch (error) {
    throw new FullExportRefusal(
      `${file.file} could not be restored: ${error instanceof Error ? error.message : String(error)}. Nothing was restored.`,
    );
  }
  if (rows !== file.rows)
    throw new FullExportRefusal(
      `${file.file} holds ${rows} rows, but ${MANIFEST_FILE} says ${file.rows}. Nothing was restored.`,
    );
  await repository.continueSequence(table);
  log(
    `  ${table.table.padEnd(18)} ${String(rows).padStart(7)} rows  ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

/** Streams the CSV through the parser into multi-row INSERTs; returns how many rows went in. */
async function insertRows(
  zip: ZipReader,
  repository: FullExportRepository,
  table: ExportTable,
  file: ManifestFile,
): Promise<number> {
  const batchSize = Math.min(1000, Math.floor(PARAMETERS_PER_INSERT / table.columns.length));
  const source = await zip.stream(file.file);
  const parser = parse({ bom: true, cast: nullUnlessQuoted });
  source.on('error', (error) => parser.destroy(error));
  source.pipe(parser);
  let header: string[] | undefined;
  let batch: CellValue[][] = [];
  let rows = 0;
  for await (const record of parser as AsyncIterable<(string | null)[]>) {
    if (!header) {
      header = record.map(String);
      if (header.join(',') !== file.columns.join(','))
        throw new Error(`its header (${header.join(', ')}) is not the manifest's columns`);
      continue;
    }
    batch.push(record.map((cell, i) => parameterOf(table.columns[i], cell)));
    if (batch.length === batchSize) {
      await repository.insert(table, batch);
      rows += batch.length;
      batch = [];
    }
  }
  if (batch.length) await repository.insert(table, batch);
  return rows + batch.length;
}
