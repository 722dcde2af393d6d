import 'reflect-metadata';
import { createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify';
import type { DataSource } from 'typeorm';
import {
  DATE_ORDERS,
  type DateOrder,
  IMPORT_FIELDS,
  IMPORT_KINDS,
  type ImportDetail,
  type ImportFieldSpec,
  type ImportKind,
  ROW_CLASSES,
} from '@coalition/contracts';
import { neutralizeFormula } from '../common/csv-export';
import { DomainError } from '../common/domain-error';
import { loadConfig } from '../config/app-config';
import { openDatabase } from '../database/database-connection';
import { AuditRepository } from '../modules/audit/audit.repository';
import { AuditService } from '../modules/audit/audit.service';
import { ImportLookupRepository } from '../modules/imports/import-lookup.repository';
import { ImportMappingsRepository } from '../modules/imports/import-mappings.repository';
import { fieldLabel, ImportPreviewService } from '../modules/imports/import-preview.service';
import { ImportRunner } from '../modules/imports/import-runner.service';
import { ImportWriterRepository } from '../modules/imports/import-writer.repository';
import { ImportsRepository } from '../modules/imports/imports.repository';
import { ImportsService } from '../modules/imports/imports.service';
import { AttendanceImport } from '../modules/imports/kinds/attendance.kind';
import { ContactsImport } from '../modules/imports/kinds/contacts.kind';
import { ImportKinds } from '../modules/imports/kinds/import-kinds';
import { InterestsImport } from '../modules/imports/kinds/interests.kind';
import { OrganizationsImport } from '../modules/imports/kinds/organizations.kind';
import { ParticipationImport } from '../modules/imports/kinds/participation.kind';

const HELP = `Usage: npm run import -- --kind KIND --file FILE [options]

Imports member organizations, contacts (with their organization and role), interests,
campaign participation or meeting attendance from a CSV (any delimiter; UTF-8, UTF-16 or
Windows-1252) or XLSX file, with the same steps as the dashboard (docs/imports.md): the columns
are guessed, every row is classified (new, update, duplicate, invalid), then the rows are
written in batches of 500. Importing the same file again creates nothing.

The database is DATABASE_URL if set, otherwise the embedded database in DATA_DIR (default
.data; stop the server first, the folder is locked). Migrations are applied first. The import
is recorded in the audit trail as "cli".

  --kind KIND          organizations, contacts, interests, participation or attendance (required)
  --file FILE          the CSV or XLSX file (required)
  --mapping NAME       use the mapping saved under NAME (Imports in the dashboard) instead of the
                       guess; without it, a mapping saved for these exact headers is used if any
  --date-order ORDER   mdy or dmy: how to read dates such as 03/04/2024; without it a date that
                       reads both ways is a problem on its row, never guessed
  --dry-run            print the mapping and the counts per class, write nothing
  --update skip        leave existing records as they are (only create new ones)
  --help               show this help

Rows that are not written (invalid, duplicates, failed) are listed, with their problems, in
FILE-failures.csv next to the file. Organizations must exist before contacts, interests or
participation name them: import organizations first.

Examples:
  npm run import -- --kind organizations --file members.xlsx --dry-run
  npm run import -- --kind organizations --file members.xlsx
  npm run import -- --kind contacts --file civicrm-contacts.csv --date-order dmy
  npm run import -- --kind contacts --file an-export.csv --mapping "Action Network" --update skip
`;

class UsageError extends Error {}

interface Options {
  kind: ImportKind;
  file: string;
  mapping?: string;
  dateOrder?: DateOrder;
  dryRun: boolean;
  update: 'update' | 'skip';
}

function options(): Options | null {
  const { values } = parseArgs({
    options: {
      kind: { type: 'string' },
      file: { type: 'string' },
      mapping: { type: 'string' },
      'date-order': { type: 'string' },
      'dry-run': { type: 'boolean' },
      update: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return null;
  const kind = IMPORT_KINDS.find((k) => k === values.kind);
  if (!kind) throw new UsageError(`--kind must be one of: ${IMPORT_KINDS.join(', ')}`);
  if (!values.file) throw new UsageError('--file is required');
  const dateOrder = values['date-order'];
  if (dateOrder !== undefined && !DATE_ORDERS.some((o) => o === dateOrder))
    throw new UsageError(`--date-order must be one of: ${DATE_ORDERS.join(', ')}`);
  if (values.update !== undefined && values.update !== 'skip' && values.update !== 'update')
    throw new UsageError('--update must be skip (or update, the default)');
  return {
    kind,
    file: resolve(values.file),
    mapping: values.mapping,
    dateOrder: dateOrder as DateOrder | undefined,
    dryRun: values['dry-run'] ?? false,
    update: values.update === 'skip' ? 'skip' : 'update',
  };
}

/** The import services, wired as ImportsModule wires them, on the command line's database. */
function services(dataSource: DataSource) {
  const audit = new AuditService(new AuditRepository(dataSource), dataSource);
  const lookup = new ImportLookupRepository();
  const writer = new ImportWriterRepository();
  const kinds = new ImportKinds(
    new OrganizationsImport(lookup, writer),
    new ContactsImport(lookup, writer),
    new InterestsImport(lookup, writer),
    new ParticipationImport(lookup, writer),
    new AttendanceImport(lookup, writer),
  );
  const repository = new ImportsRepository(dataSource);
  const mappings = new ImportMappingsRepository(dataSource);
  const imports = new ImportsService(
    dataSource,
    repository,
    mappings,
    new ImportPreviewService(dataSource, repository, kinds, audit),
    audit,
  );
  return { imports, mappings, runner: new ImportRunner(dataSource, repository, kinds, audit) };
}

const say = (line = '') => process.stdout.write(`${line}\n`);

function printMapping(job: ImportDetail): void {
  const fields = IMPORT_FIELDS[job.kind] as Record<string, ImportFieldSpec>;
  const width = Math.min(40, Math.max(...job.headers.map((h) => h.length), 6));
  say('Columns:');
  job.headers.forEach((header, i) => {
    const field = job.mapping.columns[i];
    say(
      `  ${(header || `(column ${i + 1})`).padEnd(width)}  → ${field ? (fields[field]?.label ?? field) : '(ignored)'}`,
    );
  });
}

/** A few rows that would not be written, with why, so a dry run shows what to fix. */
async function printProblems(imports: ImportsService, kind: ImportKind, id: string): Promise<void> {
  for (const rowClass of ['invalid', 'duplicate'] as const) {
    const { items, total } = await imports.rows(id, { class: rowClass, page: 1, pageSize: 10 });
    if (!total) continue;
    say(
      `${rowClass === 'invalid' ? 'Invalid' : 'Duplicate'} rows${total > items.length ? ` (the first ${items.length} of ${total})` : ''}:`,
    );
    for (const row of items)
      say(
        `  row ${row.rowNumber}: ${row.problems.map((p) => `${fieldLabel(kind, p.field)}: ${p.message}`).join('; ')}`,
      );
  }
}

async function writeFailures(
  imports: ImportsService,
  id: string,
  file: string,
): Promise<string | null> {
  const failures = await imports.failuresFile(id);
  if (!failures.rows) return null;
  const out = join(dirname(file), `${basename(file, extname(file))}-failures.csv`);
  const csv = stringify({
    bom: true,
    header: true,
    columns: failures.columns.map((c) => c.header),
  });
  const stream = createWriteStream(out);
  csv.pipe(stream);
  for await (const batch of failures.batches) {
    for (const row of batch) {
      const cells = failures.columns.map((c) => {
        const value = c.value(row);
        return typeof value === 'string'
          ? neutralizeFormula(value)
          : value === null || value === undefined
            ? ''
            : String(value);
      });
      if (!csv.write(cells)) await once(csv, 'drain');
    }
  }
  csv.end();
  await once(stream, 'finish');
  return out;
}

async function run(opts: Options, dataSource: DataSource): Promise<number> {
  const { imports, mappings, runner } = services(dataSource);
  const uploaded = await imports.upload(
    { originalname: basename(opts.file), buffer: readFileSync(opts.file), size: 0 },
    { kind: opts.kind },
  );
  say(
    `Read ${uploaded.rowCount} rows from ${uploaded.fileName} (${uploaded.format}${uploaded.encoding ? `, ${uploaded.encoding}` : ''}${uploaded.delimiter ? `, delimiter ${JSON.stringify(uploaded.delimiter)}` : ''}).`,
  );
  let mapping = uploaded.mapping;
  if (opts.mapping) {
    const saved = await mappings.byName(opts.kind, opts.mapping);
    if (!saved) throw new UsageError(`no ${opts.kind} mapping is saved as "${opts.mapping}"`);
    mapping = saved.mapping;
  }
  if (opts.dateOrder) mapping = { ...mapping, dateOrder: opts.dateOrder };
  printMapping({ ...uploaded, mapping });
  const previewed = await imports.setMapping(uploaded.id, mapping);
  say(`Preview: ${ROW_CLASSES.map((c) => `${previewed.counts?.[c] ?? 0} ${c}`).join(', ')}.`);
  if (opts.dryRun) {
    await printProblems(imports, opts.kind, uploaded.id);
    say('Dry run: nothing was written.');
    return 0;
  }
  await imports.run(uploaded.id, { new: 'create', update: opts.update });
  const done = await runner.runJob(uploaded.id, {
    onProgress: (job) => say(`  ${job.processed}/${job.rowCount} rows`),
  });
  if (!done) throw new Error('another process took this import over; follow it in the dashboard');
  if (done.status === 'failed') {
    process.stderr.write(`import: the import stopped: ${done.error ?? 'unknown error'}\n`);
    return 1;
  }
  const s = done.summary;
  say(
    `Done: ${s?.created ?? 0} created, ${s?.updated ?? 0} updated, ${s?.skipped ?? 0} skipped, ${s?.failed ?? 0} failed.`,
  );
  const failures = await writeFailures(imports, uploaded.id, opts.file);
  if (failures) say(`The rows not written, with their problems: ${failures}`);
  return 0;
}

async function main(): Promise<number> {
  const opts = options();
  if (!opts) return (process.stdout.write(HELP), 0);
  const config = loadConfig();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
  });
  try {
    await database.dataSource.runMigrations({ transaction: 'each' });
    return await run(opts, database.dataSource);
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (
      error instanceof UsageError ||
      (error instanceof TypeError &&
        'code' in error &&
        String(error.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      process.stderr.write(`import: ${error.message}\n\n${HELP}`);
      process.exit(2);
    }
    if (error instanceof DomainError) {
      const fields = error.fields?.map((f) => `  ${f.path}: ${f.message}`).join('\n');
      process.stderr.write(`import: ${error.message}\n${fields ? `${fields}\n` : ''}`);
      process.exit(1);
    }
    const missing = error instanceof Error && 'code' in error && error.code === 'ENOENT';
    process.stderr.write(
      `import: ${missing ? `no such file: ${(error as NodeJS.ErrnoException).path ?? ''}` : error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exit(1);
  },
);
