import { createWriteStream, existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { DataSource } from 'typeorm';
import { AuditRepository } from '../audit/audit.repository';
import { FullExportRefusal } from './full-export.errors';
import type { FullExportManifest } from './full-export.manifest';
import { FullExportRepository } from './full-export.repository';
import { writeFullExport } from './full-export.writer';

/**
 * Writes the full export to `path`, through `path.partial`, so an interrupted export never
 * leaves a zip that looks complete.
 */
export async function writeFullExportFile(
  dataSource: DataSource,
  path: string,
): Promise<FullExportManifest> {
  const partial = `${path}.partial`;
  try {
    const manifest = await writeFullExport(dataSource, createWriteStream(partial, { flags: 'wx' }));
    await rename(partial, path);
    return manifest;
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/** `npm run export`: audited like the dashboard's download, with no signed-in actor. */
export async function exportFromCommandLine(
  dataSource: DataSource,
  path: string,
): Promise<FullExportManifest> {
  if (existsSync(path))
    throw new FullExportRefusal(`${path} already exists: choose another name or remove it first.`);
  const rows = await new FullExportRepository(dataSource.manager).countRows();
  await dataSource.transaction((manager) =>
    new AuditRepository(dataSource).insert(manager, {
      actorUserId: null,
      actorEmail: null,
      ip: null,
      action: 'export',
      entityType: 'full-export',
      entityId: null,
      changes: [],
      details: { format: 'zip', via: 'command line', rows },
    }),
  );
  return writeFullExportFile(dataSource, path);
}
