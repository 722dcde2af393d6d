import { parse } from 'csv-parse/sync';
import type { ImportDetail, ImportRow } from '@coalition/contracts';
import { insertContacts } from './factories/contact.factory';
import { csvOf, runImport, upload } from './factories/import-file.factory';
import { insertOrganizations } from './factories/organization.factory';
import { startTestApp, type TestApp } from './test-app';

const HEADERS = [
  'Given name',
  'SURNAME',
  'E-mail',
  'Mobile',
  'Employer',
  'Job title',
  'Town',
  'Comments',
];

/** A contacts export as they come: BOM, semicolons, CRLF, odd cases, a name with a comma and quotes. */
const MESSY_CONTACTS = csvOf(
  [
    HEADERS,
    [
      'Ana',
      'Pérez',
      ' ANA.PEREZ@Example.org ',
      '(978) 555-0101',
      'Casa del Pueblo',
      'Executive Director',
      'Lawrence',
      '',
    ],
    [
      'Luis',
      'Gómez, "Jr."',
      'luis@example.org',
      '',
      'casa del pueblo inc.',
      'Organizer',
      'Lawrence',
      'Met at the "Lobby Day"',
    ],
    ['Marie', 'Joseph', 'marie@@example', '', '', '', 'Brockton', ''],
    ['Tran', 'Nguyen', 'tran@example.org', '', '', '', 'Springfeld', ''],
    ['', 'Silva', 'silva@example.org', '', '', '', 'Boston', ''],
    ['Luis', 'Gomez', 'LUIS@EXAMPLE.ORG', '', '', '', '', ''],
    ['Fatima', 'Hassan', 'fatima@example.org', '', 'Nowhere Collective', 'Staff', 'Boston', ''],
    [
      'Sok',
      'Kim',
      'sok@example.org',
      '617 555 0199',
      'Centro Presente',
      '',
      'Somerville',
      '=HYPERLINK("http://x.example")',
    ],
    ['Jean', 'Baptiste', '', '', '', '', 'Brockton', 'Walk-in at the ESOL fair'],
  ],
  { delimiter: ';' },
);
const FIXED_COLUMNS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'organizationName',
  'role',
  'city',
  'notes',
];

/** supertest buffers a text/csv body into `text`. */
function rowsOf(text: string): Record<string, string>[] {
  return parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { columns: true });
}

describe('importing contacts from a messy spreadsheet', () => {
  let t: TestApp;
  let importId: string;
  let anaId: string;
  let casaId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [{ id: casaId }] = await insertOrganizations(
      t.dataSource,
      { name: 'Casa del Pueblo', city: 'Lawrence' },
      { name: 'Centro Presente', city: 'Somerville' },
    );
    [{ id: anaId }] = await insertContacts(t.dataSource, {
      firstName: 'Ana',
      lastName: 'Pérez',
      city: 'Lawrence',
      emails: [{ address: 'ana.perez@example.org' }],
    });
  });
  afterAll(() => t.close());

  const rowsOfClass = async (rowClass: string): Promise<ImportRow[]> =>
    (await t.http().get(`/api/imports/${importId}/rows?class=${rowClass}&pageSize=100`).expect(200))
      .body.items as ImportRow[];

  it('reads the file and guesses the columns from their headers', async () => {
    const organizer = await t.as('organizer');
    const res = await upload(
      organizer,
      'contacts',
      'members (export).csv',
      `\uFEFF${MESSY_CONTACTS}`,
    ).expect(201);
    importId = res.body.id;
    expect(res.body).toMatchObject({
      kind: 'contacts',
      fileName: 'members (export).csv',
      format: 'csv',
      encoding: 'utf-8',
      delimiter: ';',
      headers: HEADERS,
      rowCount: 9,
      status: 'uploaded',
      counts: null,
      createdBy: 'Test organizer',
    });
    expect(res.body.sample[1]).toEqual([
      'Luis',
      'Gómez, "Jr."',
      'luis@example.org',
      '',
      'casa del pueblo inc.',
      'Organizer',
      'Lawrence',
      'Met at the "Lobby Day"',
    ]);
    // "Job title" is no alias of a field: the person fixes that one column below.
    expect(res.body.mapping.columns).toEqual(FIXED_COLUMNS.map((f) => (f === 'role' ? null : f)));
  });

  it('classifies every row on the confirmed mapping, with the reasons, writing nothing', async () => {
    const res = await t
      .http()
      .put(`/api/imports/${importId}/mapping`)
      .send({ columns: FIXED_COLUMNS })
      .expect(200);
    expect(res.body).toMatchObject({
      status: 'previewed',
      counts: { new: 3, update: 1, duplicate: 1, invalid: 4 },
    });

    const invalid = await rowsOfClass('invalid');
    expect(invalid.map((r) => [r.rowNumber, r.problems.map((p) => p.field)])).toEqual([
      [3, ['email']],
      [4, ['city']],
      [5, ['firstName']],
      [7, ['organizationName']],
    ]);
    expect(invalid[3].problems[0].message).toMatch(/not a member organization/);

    const [duplicate] = await rowsOfClass('duplicate');
    expect(duplicate).toMatchObject({
      rowNumber: 6,
      duplicateOf: 2,
      problems: [{ field: 'email', message: 'same email as row 2' }],
    });

    const [update] = await rowsOfClass('update');
    expect(update).toMatchObject({
      rowNumber: 1,
      match: { id: anaId, label: 'Ana Pérez <ana.perez@example.org>', reason: 'same email' },
    });

    const news = await rowsOfClass('new');
    expect(news.map((r) => r.rowNumber)).toEqual([2, 8, 9]);
    const [{ count }] = await t.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM contact`,
    );
    expect(count).toBe(1);
  });

  it('writes the rows in a background job and reports what it did', async () => {
    const done = await runImport(t, t.http(), importId);
    expect(done).toMatchObject({
      status: 'done',
      processed: 9,
      summary: { created: 3, updated: 1, skipped: 1, failed: 4 },
      error: null,
    });
    expect(done.finishedAt).not.toBeNull();

    const people = await t.dataSource.query<
      { name: string; emails: string[]; phones: string[]; roles: string[] }[]
    >(
      `SELECT c.first_name || ' ' || c.last_name AS name,
              array(SELECT e.address FROM contact_email e WHERE e.contact_id = c.id ORDER BY e.position) AS emails,
              array(SELECT p.number FROM contact_phone p WHERE p.contact_id = c.id ORDER BY p.position) AS phones,
              array(SELECT o.name || ':' || a.role FROM affiliation a JOIN organization o ON o.id = a.organization_id WHERE a.contact_id = c.id) AS roles
         FROM contact c ORDER BY c.last_name`,
    );
    expect(people).toEqual([
      { name: 'Jean Baptiste', emails: [], phones: [], roles: [] },
      {
        name: 'Luis Gómez, "Jr."',
        emails: ['luis@example.org'],
        phones: [],
        roles: ['Casa del Pueblo:staff'],
      },
      {
        name: 'Sok Kim',
        emails: ['sok@example.org'],
        phones: ['617 555 0199'],
        roles: ['Centro Presente:staff'],
      },
      {
        name: 'Ana Pérez',
        emails: ['ana.perez@example.org'],
        phones: ['(978) 555-0101'],
        roles: ['Casa del Pueblo:executive_director'],
      },
    ]);
    const [kim] = await t.dataSource.query<{ notes: string }[]>(
      `SELECT notes FROM contact WHERE last_name = 'Kim'`,
    );
    expect(kim.notes).toBe('=HYPERLINK("http://x.example")');
    const [ana] = await t.dataSource.query<{ version: number }[]>(
      `SELECT version FROM contact WHERE id = $1`,
      [anaId],
    );
    expect(ana.version).toBe(2);
  });

  it('gives the rows that were not written as a CSV with their problems, and audits the download', async () => {
    const res = await t.http().get(`/api/imports/${importId}/failures`).expect(200);
    expect(res.headers['content-disposition']).toMatch(
      /filename="import-failures-members-export-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const rows = rowsOf(res.text);
    expect(rows.map((r) => [r.Row, r.Problems])).toEqual([
      ['3', 'Email: not an email address: "marie@@example"'],
      ['4', 'City or town: unknown city: "Springfeld" is not a Massachusetts city or town'],
      ['5', 'First name: is required'],
      ['6', 'Email: same email as row 2'],
      ['7', expect.stringMatching(/^Organization: is not a member organization/)],
    ]);
    expect(Object.keys(rows[0])).toEqual([...HEADERS, 'Row', 'Problems']);
    expect(rows[1]).toMatchObject({ 'Given name': 'Tran', Town: 'Springfeld' });
    // Fixed in a spreadsheet, the file comes back: its two extra columns are left unmapped.
    const back = await upload(t.http(), 'contacts', 'fixed.csv', res.text).expect(201);
    expect(back.body.mapping.columns.slice(-2)).toEqual([null, null]);

    const audit = await t
      .http()
      .get(`/api/audit?entityType=import&entityId=${importId}`)
      .expect(200);
    const events = (
      audit.body.items as { action: string; details: Record<string, unknown> }[]
    ).reverse();
    expect(events.map((e) => e.action)).toEqual(['create', 'update', 'update', 'import', 'export']);
    expect(events[3]).toMatchObject({ actor: { email: 'organizer@test.example.org' } });
    expect(events[3].details).toMatchObject({
      fileName: 'members (export).csv',
      kind: 'contacts',
      mapping: { columns: FIXED_COLUMNS },
      counts: { new: 3, update: 1, duplicate: 1, invalid: 4 },
      summary: { created: 3, updated: 1, skipped: 1, failed: 4 },
    });
  });

  it('creates nothing when the same file comes again, with the mapping saved for its headers', async () => {
    await t
      .http()
      .post('/api/imports/mappings')
      .send({
        name: 'CRM export',
        kind: 'contacts',
        headers: HEADERS,
        mapping: { columns: FIXED_COLUMNS },
      })
      .expect(201);
    const again = await upload(
      t.http(),
      'contacts',
      'members (export).csv',
      `\uFEFF${MESSY_CONTACTS}`,
    ).expect(201);
    expect(again.body.mapping.columns).toEqual(FIXED_COLUMNS);
    const preview = await t
      .http()
      .put(`/api/imports/${again.body.id}/mapping`)
      .send(again.body.mapping)
      .expect(200);
    expect(preview.body.counts).toEqual({ new: 0, update: 4, duplicate: 1, invalid: 4 });
    const done = await runImport(t, t.http(), again.body.id);
    expect(done.summary).toEqual({ created: 0, updated: 0, skipped: 5, failed: 4 });
    const [{ count }] = await t.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM contact`,
    );
    expect(count).toBe(4);
  });

  it('lists imports newest first', async () => {
    const res = await t.http().get('/api/imports').expect(200);
    expect(res.body.total).toBe(3);
    expect(res.body.items[2]).toMatchObject({ id: importId, status: 'done' });
    expect(res.body.items[0]).not.toHaveProperty('sample');
  });

  it('keeps an affiliation the person holds and adds none when no role column says otherwise', async () => {
    const file = csvOf([
      ['First Name', 'Last Name', 'Email', 'Organization'],
      ['Ana', 'Pérez', 'ana.perez@example.org', 'Casa del Pueblo'],
    ]);
    const uploaded = await upload(t.http(), 'contacts', 'ana.csv', file).expect(201);
    await t
      .http()
      .put(`/api/imports/${uploaded.body.id}/mapping`)
      .send(uploaded.body.mapping)
      .expect(200);
    const done: ImportDetail = await runImport(t, t.http(), uploaded.body.id);
    expect(done.summary).toEqual({ created: 0, updated: 0, skipped: 1, failed: 0 });
    const roles = await t.dataSource.query<{ role: string }[]>(
      `SELECT role FROM affiliation WHERE contact_id = $1 AND organization_id = $2`,
      [anaId, casaId],
    );
    expect(roles).toEqual([{ role: 'executive_director' }]);
  });
});
