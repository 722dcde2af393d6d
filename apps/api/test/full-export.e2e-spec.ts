import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type request from 'supertest';
import type { DataSource } from 'typeorm';
import type { DatabaseConnection } from '../src/database/database-connection';
import { MIGRATIONS } from '../src/database/migrations';
import { seedDemoCoalition } from '../src/database/seed/demo-seed';
import { writeFullExportFile } from '../src/modules/full-export/full-export.file';
import type { FullExportManifest } from '../src/modules/full-export/full-export.manifest';
import { restoreFullExport } from '../src/modules/full-export/full-export.restore';
import {
  type ColumnKind,
  EXPORT_TABLES,
  LEFT_OUT_COLUMNS,
  LEFT_OUT_TABLE_PREFIX,
  LEFT_OUT_TABLES,
} from '../src/modules/full-export/full-export.tables';
import { ZipReader } from '../src/modules/full-export/zip-reader';
import { ZipWriter } from '../src/modules/full-export/zip-writer';
import { insertContacts } from './factories/contact.factory';
import { insertOrganizations } from './factories/organization.factory';
import { startTestApp, type TestApp } from './test-app';
import { openTestDatabase } from './test-database';

/** A zip download arrives as bytes: collect them whole. */
function binary(res: request.Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

async function manifestOf(path: string): Promise<FullExportManifest> {
  const zip = await ZipReader.open(path);
  try {
    return JSON.parse(await zip.text('manifest.json')) as FullExportManifest;
  } finally {
    zip.close();
  }
}

/** Every entry of a zip, as text. */
async function entriesOf(path: string): Promise<Map<string, string>> {
  const zip = await ZipReader.open(path);
  try {
    const manifest = JSON.parse(await zip.text('manifest.json')) as FullExportManifest;
    const entries = new Map<string, string>([['manifest.json', await zip.text('manifest.json')]]);
    for (const file of manifest.files) entries.set(file.file, await zip.text(file.file));
    return entries;
  } finally {
    zip.close();
  }
}

/** A copy of the zip at `from` with one entry changed, as someone editing the export would make. */
async function alteredCopy(
  from: string,
  to: string,
  name: string,
  change: (content: string) => string,
): Promise<string> {
  const zip = new ZipWriter(createWriteStream(to), new Date());
  const entries = await entriesOf(from);
  const manifest = entries.get('manifest.json')!;
  entries.delete('manifest.json');
  for (const [entry, content] of entries)
    await zip.entry(entry, Readable.from([entry === name ? change(content) : content]));
  await zip.finish('manifest.json', name === 'manifest.json' ? change(manifest) : manifest);
  return to;
}

async function rowCount(dataSource: DataSource, table: string): Promise<number> {
  const [row] = await dataSource.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM "${table}"`,
  );
  return row.n;
}

const TRICKY_NOTES =
  'Line one\r\nLine two, with "quotes", a tab\there, São Tomé, 東京 and =HYPERLINK("http://x.example")';

/** Values a careless encoding would lose: an empty string next to nulls, quotes, newlines, a formula, odd array items. */
async function addTrickyValues(t: TestApp): Promise<string> {
  const [organization] = await insertOrganizations(t.dataSource, {
    name: 'Casa "Azul", Inc.',
    description: '',
    website: null,
    notes: TRICKY_NOTES,
    languages: ['es', 'a "quoted", item', '{braces}', 'back\\slash'],
    tags: [],
  });
  await insertContacts(t.dataSource, {
    firstName: '=Ana',
    lastName: 'Nuñez',
    preferredName: '',
    pronouns: null,
    affiliations: [{ organizationId: organization.id, role: 'staff' }],
  });
  await t.dataSource.query(
    `INSERT INTO settings (key, value) VALUES ('full_export.test', $1::jsonb)`,
    [JSON.stringify({ list: [1, 2.5, 'x"y'], empty: '', none: null, accents: 'Ação' })],
  );
  await t.dataSource.query(
    `INSERT INTO segment_count (segment_id, counted_on, organizations, contacts)
       SELECT id, DATE '2026-01-31', 3, 14 FROM segment ORDER BY id LIMIT 1 ON CONFLICT DO NOTHING`,
  );
  // The demo links no meeting to a campaign; one link makes the round trip cover that table too.
  await t.dataSource.query(
    `INSERT INTO meeting_campaign (meeting_id, campaign_id)
       SELECT (SELECT id FROM meeting ORDER BY id LIMIT 1), (SELECT id FROM campaign ORDER BY id LIMIT 1) ON CONFLICT DO NOTHING`,
  );
  return organization.id;
}

describe('full export and restore', () => {
  let t: TestApp;
  let target: DatabaseConnection;
  let folder: string;
  let exported: string;
  let download: request.Response;
  let trickyId: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'coalition-full-export-'));
    t = await startTestApp();
    await seedDemoCoalition(t.dataSource, () => undefined);
    trickyId = await addTrickyValues(t);
    download = await t.http().get('/api/full-export').buffer(true).parse(binary);
    exported = join(folder, 'exported.zip');
    await writeFile(exported, download.body as Buffer);
    target = await openTestDatabase();
  }, 600_000);
  afterAll(async () => {
    await t?.close();
    await target?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it.each(['organizer', 'leadership', 'staff', 'viewer'] as const)(
    'answers 403 to %s',
    async (role) => {
      const client = await t.as(role);
      await client.get('/api/full-export').expect(403);
    },
  );

  it('downloads every table as a zip for an admin, with a manifest of checksums and row counts', async () => {
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/zip');
    expect(download.headers['content-disposition']).toMatch(
      /^attachment; filename="coalition-export-\d{4}-\d{2}-\d{2}\.zip"$/,
    );
    const manifest = await manifestOf(exported);
    const { version } = JSON.parse(
      await readFile(join(__dirname, '../../../package.json'), 'utf8'),
    ) as { version: string };
    expect(manifest).toMatchObject({
      format: 'coalition-crm-full-export',
      formatVersion: 1,
      appVersion: version,
    });
    expect(manifest.schemaVersion).toBe(new MIGRATIONS[MIGRATIONS.length - 1]().name);
    expect(manifest.files.map((f) => f.table)).toEqual(EXPORT_TABLES.map((table) => table.table));
    const entries = await entriesOf(exported);
    for (const file of manifest.files) {
      expect(
        `${file.file} ${createHash('sha256').update(entries.get(file.file)!).digest('hex')}`,
      ).toBe(`${file.file} ${file.sha256}`);
      // The demo coalition and the values above fill every table, so the round trip below covers each one.
      expect(`${file.file} ${file.rows > 0}`).toBe(`${file.file} true`);
    }
    expect(entries.get('app_user.csv')).not.toMatch(/argon2|password/);
  });

  it('records the export in the audit trail, with the row count of every table, before streaming it', async () => {
    const manifest = await manifestOf(exported);
    const [event] = await t.dataSource.query<
      { actor_email: string; details: { rows: Record<string, number> } }[]
    >(
      `SELECT actor_email, details FROM audit_event WHERE action = 'export' AND entity_type = 'full-export' ORDER BY id DESC LIMIT 1`,
    );
    expect(event.actor_email).toBe('admin@test.example.org');
    const expected = Object.fromEntries(manifest.files.map((f) => [f.table, f.rows]));
    // Counted before its own entry was written; that entry is in the export it describes.
    expected.audit_event -= 1;
    expect(event.details.rows).toEqual(expected);
    expect((await entriesOf(exported)).get('audit_event.csv')).toContain('full-export');
  });

  it('refuses an export whose schema version is not the newest migration, and writes nothing', async () => {
    const older = await alteredCopy(exported, join(folder, 'older.zip'), 'manifest.json', (m) =>
      m.replace(/"schemaVersion": "[^"]+"/, '"schemaVersion": "Meetings1764000000600"'),
    );
    await expect(restoreFullExport(target.dataSource, older, () => undefined)).rejects.toThrow(
      /taken at schema version Meetings1764000000600 .* but this database is at /,
    );
    expect(await rowCount(target.dataSource, 'organization')).toBe(0);
  });

  it('refuses a file changed after the export (its checksum), and writes nothing', async () => {
    const tampered = await alteredCopy(
      exported,
      join(folder, 'tampered.zip'),
      'contact.csv',
      (csv) => csv.replace('Nuñez', 'Nunez'),
    );
    await expect(restoreFullExport(target.dataSource, tampered, () => undefined)).rejects.toThrow(
      'contact.csv does not match its checksum in manifest.json',
    );
    expect(await rowCount(target.dataSource, 'contact')).toBe(0);
  });

  it('refuses a database that already holds members', async () => {
    await expect(restoreFullExport(t.dataSource, exported, () => undefined)).rejects.toThrow(
      /already holds data \(in organization, contact, contact_email, contact_phone, affiliation and \d+ more tables\)\. A restore only goes into an empty instance/,
    );
  });

  it('restores into an empty database, and exporting that again gives the same files byte for byte', async () => {
    const progress: string[] = [];
    const restoredFrom = await restoreFullExport(target.dataSource, exported, (line) =>
      progress.push(line),
    );
    for (const file of restoredFrom.files) {
      expect(progress).toContainEqual(
        expect.stringMatching(new RegExp(`^\\s+${file.table}\\s+${file.rows} rows`)),
      );
    }
    const again = join(folder, 'again.zip');
    const second = await writeFullExportFile(target.dataSource, again);
    expect(second.files.map((f) => [f.file, f.rows, f.sha256])).toEqual(
      restoredFrom.files.map((f) => [f.file, f.rows, f.sha256]),
    );
    const [before, after] = await Promise.all([entriesOf(exported), entriesOf(again)]);
    for (const file of restoredFrom.files)
      expect(`${file.file}: ${after.get(file.file) === before.get(file.file)}`).toBe(
        `${file.file}: true`,
      );
  });

  it('gives back the very values stored: empty strings, nulls, microseconds, arrays and JSON', async () => {
    const read = (dataSource: DataSource) =>
      dataSource.query<Record<string, unknown>[]>(
        `SELECT o.description, o.website, o.notes, o.languages, o.tags, o.created_at::text AS created, s.value AS setting,
                c.preferred_name, c.pronouns, c.first_name
           FROM organization o, settings s, contact c
          WHERE o.id = $1 AND s.key = 'full_export.test' AND c.last_name = 'Nuñez'`,
        [trickyId],
      );
    const [restored] = await read(target.dataSource);
    expect(restored).toEqual((await read(t.dataSource))[0]);
    expect(restored).toMatchObject({
      description: '',
      website: null,
      notes: TRICKY_NOTES,
      preferred_name: '',
      pronouns: null,
      first_name: '=Ana',
    });
  });

  it('keeps ids, continues the audit sequence and restores users without passwords', async () => {
    const [{ max }] = await target.dataSource.query<{ max: number }[]>(
      'SELECT max(id)::int AS max FROM audit_event',
    );
    const [{ id }] = await target.dataSource.query<{ id: number }[]>(
      `INSERT INTO audit_event (action) VALUES ('sign_out') RETURNING id::int`,
    );
    expect(id).toBe(max + 1);
    const [users] = await target.dataSource.query<{ total: number; with_password: number }[]>(
      'SELECT count(*)::int AS total, count(password_hash)::int AS with_password FROM app_user',
    );
    const exportedUsers = (await manifestOf(exported)).files.find(
      (f) => f.table === 'app_user',
    )?.rows;
    expect(users).toEqual({ total: exportedUsers, with_password: 0 });
    const [generated] = await target.dataSource.query<{ missing: number }[]>(
      'SELECT (SELECT count(*) FROM contact_email WHERE address_key IS NULL) + (SELECT count(*) FROM contact_phone WHERE number_digits IS NULL) AS missing',
    );
    expect(Number(generated.missing)).toBe(0);
  });

  it('exports every column of every table, or leaves it out for a stated reason', async () => {
    const columns = await t.dataSource.query<
      { table_name: string; column_name: string; udt_name: string; serial: boolean }[]
    >(`
      SELECT c.table_name, c.column_name, c.udt_name, (c.column_default LIKE 'nextval(%' OR c.is_identity = 'YES') AS serial
        FROM information_schema.columns c
        JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
       WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
       ORDER BY c.table_name, c.ordinal_position`);
    const kinds: Record<string, ColumnKind> = {
      uuid: 'uuid',
      text: 'text',
      int2: 'smallint',
      int4: 'integer',
      int8: 'bigint',
      bool: 'boolean',
      date: 'date',
      timestamptz: 'timestamptz',
      jsonb: 'jsonb',
      _text: 'text[]',
    };
    const inDatabase = new Map<string, string[]>();
    for (const c of columns) {
      if (c.table_name in LEFT_OUT_TABLES || c.table_name.startsWith(LEFT_OUT_TABLE_PREFIX))
        continue;
      if (`${c.table_name}.${c.column_name}` in LEFT_OUT_COLUMNS) continue;
      const described = `${c.column_name} ${kinds[c.udt_name] ?? c.udt_name}${c.serial ? ' (sequence)' : ''}`;
      inDatabase.set(c.table_name, [...(inDatabase.get(c.table_name) ?? []), described]);
    }
    const exported = new Map(
      EXPORT_TABLES.map((table) => [
        table.table,
        table.columns.map(
          (c) => `${c.name} ${c.kind}${table.sequence === c.name ? ' (sequence)' : ''}`,
        ),
      ]),
    );
    expect(Object.fromEntries(exported)).toEqual(Object.fromEntries(inDatabase));
  });

  it('lists the tables in foreign-key order, referring outside the export only to reference data', async () => {
    const keys = await t.dataSource.query<{ child: string; parent: string }[]>(
      `SELECT conrelid::regclass::text AS child, confrelid::regclass::text AS parent FROM pg_constraint WHERE contype = 'f'`,
    );
    const position = new Map(EXPORT_TABLES.map((table, i) => [table.table, i]));
    for (const { child, parent } of keys.filter((k) => position.has(k.child))) {
      const order = position.has(parent)
        ? position.get(parent)! <= position.get(child)!
          ? 'in order'
          : 'out of order'
        : parent;
      expect(`${child} -> ${parent}: ${order}`).toMatch(
        new RegExp(`^${child} -> ${parent}: (in order|municipality)$`),
      );
    }
  });
});
