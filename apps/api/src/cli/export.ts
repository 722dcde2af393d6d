import 'reflect-metadata';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/app-config';
import { exportFileName } from '../common/csv-export';
import { openDatabase } from '../database/database-connection';
import { exportFromCommandLine } from '../modules/full-export/full-export.file';

const HELP = `Usage: npm run export -- [--out FILE.zip]

Writes a full export of the configured database: one CSV file per table of member data and a
manifest.json, in a zip (docs/full-export.md). The database is DATABASE_URL if set, otherwise
the embedded database in DATA_DIR (default .data; stop the server first, the folder is locked).
Migrations are applied first. The export is recorded in the audit trail.

The zip holds members' personal data: store it encrypted and delete it when no longer needed.
Restore it into an empty instance with npm run restore.

  --out FILE    where to write the zip (default: coalition-export-YYYY-MM-DD.zip in the
                current folder); an existing file is never overwritten
  --help        show this help

Example:
  npm run export -- --out /backups/coalition.zip
`;

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) return (process.stdout.write(HELP), 0);
  const out = resolve(values.out ?? exportFileName('coalition-export', new Date(), 'zip'));
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
  });
  try {
    await database.dataSource.runMigrations({ transaction: 'each' });
    const started = Date.now();
    const manifest = await exportFromCommandLine(database.dataSource, out);
    for (const file of manifest.files)
      process.stdout.write(`  ${file.file.padEnd(22)} ${String(file.rows).padStart(7)} rows\n`);
    const rows = manifest.files.reduce((sum, f) => sum + f.rows, 0);
    const megabytes = (statSync(out).size / 1_048_576).toFixed(1);
    process.stdout.write(
      `Exported ${manifest.files.length} tables (${rows} rows, schema ${manifest.schemaVersion}) to ${out} ` +
        `(${megabytes} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const usage =
      error instanceof TypeError &&
      'code' in error &&
      String(error.code).startsWith('ERR_PARSE_ARGS');
    process.stderr.write(
      `export: ${error instanceof Error ? error.message : String(error)}\n${usage ? `\n${HELP}` : ''}`,
    );
    process.exit(usage ? 2 : 1);
  },
);
