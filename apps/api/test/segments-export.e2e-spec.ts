import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type request from 'supertest';
import type { SegmentDetail, SegmentEmailsResponse, SegmentFilterInput } from '@coalition/contracts';
import { SegmentExportService } from '../src/modules/segments/segment-export.service';
import { insertContacts } from './factories/contact.factory';
import { insertOrganizations } from './factories/organization.factory';
import { type Client, startTestApp, type TestApp } from './test-app';

/** supertest buffers a text/csv body into `text`. */
function rowsOf(text: string): Record<string, string>[] {
  return parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { columns: true });
}

function headersOf(text: string): string[] {
  return parse(text.replace(/^\uFEFF/, ''), { to_line: 1 })[0];
}

/** An XLSX body arrives as bytes: collect them whole. */
function binary(res: request.Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

const FORMULA_NAME = '=HYPERLINK("http://evil.example","x")';

/** Health centers and community groups: the segment's organizations are O1 and O2. */
const healthAndCommunity: SegmentFilterInput = {
  type: 'group',
  op: 'and',
  children: [{ type: 'condition', field: 'organization.kind', values: ['health_center', 'community_group'] }],
};

/**
 * Three organizations and fourteen people, built by hand. The segment (health centers and
 * community groups) selects ten of them:
 *   O1 Bluebird Health Center: Ana (executive director and primary contact), Paulo, Evil
 *   O2 Casa Hampden Collective: Beatriz, Carmen, Dora, and the four whose first names start
 *      with + - @ or a tab
 * Not selected: Luz (only at the school O3), Gone (archived), Tomás (his O1 role has ended).
 * Ana is also on O3's board: the school is not in the segment, so her file lists O1 only.
 */
async function seedFixture(t: TestApp) {
  const [o1, o2, o3] = await insertOrganizations(
    t.dataSource,
    { name: 'Bluebird Health Center', kind: 'health_center', city: 'Worcester' },
    { name: 'Casa Hampden Collective', kind: 'community_group', city: 'Springfield' },
    { name: 'Fitchburg Adult School', kind: 'school', city: 'Fitchburg' },
  );
  const at = (organizationId: string, role: 'staff' | 'member' | 'volunteer' = 'staff') => [{ organizationId, role }];
  await insertContacts(
    t.dataSource,
    {
      firstName: 'Ana',
      lastName: 'Alves',
      pronouns: 'she/her',
      languages: ['es', 'pt'],
      city: 'Worcester',
      tags: ['leader', 'esol'],
      consentPhoneGranted: true,
      consentEmailGranted: true,
      phones: [{ number: '508-555-0101' }],
      emails: [{ address: 'ana@example.org' }],
      affiliations: [
        { organizationId: o1.id, role: 'executive_director' },
        { organizationId: o1.id, role: 'primary_contact' },
        { organizationId: o3.id, role: 'board' },
      ],
    },
    // Has a phone but never consented to calls: on the "all" list, not on the calling list.
    { firstName: 'Paulo', lastName: 'Souza', languages: ['pt'], consentEmailGranted: true, phones: [{ number: '508-555-0102' }], emails: [{ address: 'paulo@example.org' }], affiliations: at(o1.id) },
    { firstName: 'Beatriz', lastName: 'Costa', languages: ['pt'], city: 'Springfield', consentSmsGranted: true, phones: [{ number: '413-555-0103' }], affiliations: at(o2.id) },
    { firstName: 'Carmen', lastName: 'Diaz', languages: ['es'], city: null, consentEmailGranted: true, emails: [{ address: 'Shared@Example.org' }], affiliations: at(o2.id, 'member') },
    // Consented to calls but has no phone: not on the calling list either.
    { firstName: 'Dora', lastName: 'Diaz', languages: ['es'], consentEmailGranted: true, consentPhoneGranted: true, emails: [{ address: 'shared@example.org' }], affiliations: at(o2.id, 'volunteer') },
    { firstName: FORMULA_NAME, lastName: 'Evil', affiliations: at(o1.id) },
    { firstName: '+Plus', lastName: 'Plus', affiliations: at(o2.id) },
    { firstName: '-Minus', lastName: 'Minus', affiliations: at(o2.id) },
    { firstName: '@At', lastName: 'At', affiliations: at(o2.id) },
    { firstName: '\tTab', lastName: 'Tab', affiliations: at(o2.id) },
    { firstName: 'Luz', lastName: 'Vega', consentPhoneGranted: true, phones: [{ number: '978-555-0104' }], affiliations: at(o3.id) },
    { firstName: 'Gone', lastName: 'Archived', archivedAt: new Date('2025-01-01'), affiliations: at(o1.id) },
    { firstName: 'Tomás', lastName: 'Reyes', affiliations: [{ organizationId: o1.id, role: 'staff', endedOn: '2024-01-01' }] },
  );
}

/** Last names, in the order the export must list the ten selected people. */
const EVERYONE = ['Alves', 'At', 'Costa', 'Diaz', 'Diaz', 'Evil', 'Minus', 'Plus', 'Souza', 'Tab'];

describe('segment exports', () => {
  let t: TestApp;
  let organizer: Client;
  let shared: SegmentDetail;
  let privateOfOrganizer: SegmentDetail;

  beforeAll(async () => {
    t = await startTestApp();
    await seedFixture(t);
    organizer = await t.as('organizer');
    const created = await organizer
      .post('/api/segments')
      .send({ name: 'Saúde & Comunidade: Worcester/Springfield', filter: healthAndCommunity, shared: true })
      .expect(201);
    shared = created.body as SegmentDetail;
    const mine = await organizer.post('/api/segments').send({ name: 'My own list', filter: healthAndCommunity }).expect(201);
    privateOfOrganizer = mine.body as SegmentDetail;
  });
  afterAll(() => t.close());

  const exportUrl = (query = '', id = shared.id) => `/api/segments/${id}/export${query ? `?${query}` : ''}`;

  describe('CSV', () => {
    it('lists every selected person once, by last then first name, with the default columns', async () => {
      const res = await organizer.get(exportUrl()).expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
      expect(res.headers['content-disposition']).toMatch(
        /^attachment; filename="segment-saude-comunidade-worcester-springfield-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      expect(headersOf(res.text)).toEqual(['First name', 'Last name', 'Email', 'Phone', 'Organizations', 'Languages', 'City']);
      const rows = rowsOf(res.text);
      expect(rows.map((r) => r['Last name'])).toEqual(EVERYONE);
      expect(rows[0]).toEqual({
        'First name': 'Ana',
        'Last name': 'Alves',
        Email: 'ana@example.org',
        Phone: '508-555-0101',
        Organizations: 'Bluebird Health Center',
        Languages: 'Spanish; Portuguese',
        City: 'Worcester',
      });
      expect(rows.find((r) => r['First name'] === 'Carmen')).toMatchObject({ 'Last name': 'Diaz', City: '', Phone: '' });
      expect(rows[3]['First name']).toBe('Carmen');
      expect(rows[4]['First name']).toBe('Dora');
    });

    it('writes the chosen columns in the fixed order, whatever order they were asked in', async () => {
      const res = await organizer
        .get(exportUrl('columns=tags,consentPhone,roles,county,firstName,lastName,pronouns,organizations'))
        .expect(200);
      expect(headersOf(res.text)).toEqual([
        'First name',
        'Last name',
        'Pronouns',
        'Organizations',
        'Roles',
        'County',
        'Consents to calls',
        'Tags',
      ]);
      expect(rowsOf(res.text)[0]).toEqual({
        'First name': 'Ana',
        'Last name': 'Alves',
        Pronouns: 'she/her',
        Organizations: 'Bluebird Health Center',
        Roles: 'Executive director (Bluebird Health Center); Primary contact (Bluebird Health Center)',
        County: 'Worcester',
        'Consents to calls': 'Yes',
        Tags: 'leader; esol',
      });
    });

    it('keeps only the people a list for calling, texting or email may hold', async () => {
      const namesFor = async (purpose: string) =>
        rowsOf((await organizer.get(exportUrl(`purpose=${purpose}&columns=firstName,lastName`)).expect(200)).text).map(
          (r) => `${r['First name']} ${r['Last name']}`,
        );
      // Paulo has a phone but no consent, Dora consent but no phone: neither is called.
      expect(await namesFor('calling')).toEqual(['Ana Alves']);
      expect(await namesFor('texting')).toEqual(['Beatriz Costa']);
      expect(await namesFor('email')).toEqual(['Ana Alves', 'Carmen Diaz', 'Dora Diaz', 'Paulo Souza']);
      expect(await namesFor('all')).toContain('Paulo Souza');
    });

    it('defuses cells a spreadsheet would run as formulas', async () => {
      const rows = rowsOf((await organizer.get(exportUrl('columns=firstName,lastName')).expect(200)).text);
      const firstNameOf = (lastName: string) => rows.find((r) => r['Last name'] === lastName)?.['First name'];
      expect(firstNameOf('Evil')).toBe(`'${FORMULA_NAME}`);
      expect(firstNameOf('Plus')).toBe("'+Plus");
      expect(firstNameOf('Minus')).toBe("'-Minus");
      expect(firstNameOf('At')).toBe("'@At");
      expect(firstNameOf('Tab')).toBe("'\tTab");
    });

    it('reads the contacts batch after batch without losing or repeating anyone', async () => {
      const service = t.app.get(SegmentExportService);
      const usual = service.batchSize;
      service.batchSize = 3;
      try {
        const res = await organizer.get(exportUrl('columns=firstName,lastName,organizations')).expect(200);
        const rows = rowsOf(res.text);
        expect(rows.map((r) => r['Last name'])).toEqual(EVERYONE);
        expect(rows.every((r) => r.Organizations !== '')).toBe(true);
      } finally {
        service.batchSize = usual;
      }
    });
  });

  describe('XLSX', () => {
    async function workbookOf(query: string): Promise<{ res: request.Response; sheet: ExcelJS.Worksheet }> {
      const res = await organizer.get(exportUrl(query)).buffer(true).parse(binary).expect(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.read(Readable.from([res.body as Buffer]));
      return { res, sheet: workbook.worksheets[0] };
    }

    it('downloads a workbook with a bold header and the same rows, every text a plain string', async () => {
      const { res, sheet } = await workbookOf('format=xlsx&columns=firstName,lastName,consentEmail');
      expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(res.headers['content-disposition']).toMatch(
        /^attachment; filename="segment-saude-comunidade-worcester-springfield-\d{4}-\d{2}-\d{2}\.xlsx"$/,
      );
      const values = sheet.getSheetValues().slice(1) as unknown[][];
      expect(values.map((row) => row.slice(1))).toEqual([
        ['First name', 'Last name', 'Consents to email'],
        ['Ana', 'Alves', 'Yes'],
        ["'@At", 'At', 'No'],
        ['Beatriz', 'Costa', 'No'],
        ['Carmen', 'Diaz', 'Yes'],
        ['Dora', 'Diaz', 'Yes'],
        [`'${FORMULA_NAME}`, 'Evil', 'No'],
        ["'-Minus", 'Minus', 'No'],
        ["'+Plus", 'Plus', 'No'],
        ['Paulo', 'Souza', 'Yes'],
        ["'\tTab", 'Tab', 'No'],
      ]);
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).toBe(ExcelJS.ValueType.String);
          expect(cell.formula).toBeUndefined();
        }),
      );
    });

    it('applies the purpose as the CSV does', async () => {
      const { sheet } = await workbookOf('format=xlsx&purpose=texting');
      expect(sheet.rowCount).toBe(2);
      expect(sheet.getRow(2).getCell(2).value).toBe('Costa');
      expect(sheet.getRow(2).getCell(4).value).toBe('413-555-0103');
    });
  });

  it('records each export, with its segment, filter, purpose, format, columns and row count, in the audit trail', async () => {
    const leadership = await t.as('leadership');
    await leadership.get(exportUrl('purpose=calling&format=xlsx&columns=lastName,phone')).buffer(true).parse(binary).expect(200);
    const audit = await t.http().get(`/api/audit?action=export&entityType=segment&entityId=${shared.id}`).expect(200);
    expect(audit.body.items[0]).toMatchObject({
      action: 'export',
      entityType: 'segment',
      entityId: shared.id,
      actor: { email: 'leadership@test.example.org' },
      details: { format: 'xlsx', purpose: 'calling', columns: ['lastName', 'phone'], filter: healthAndCommunity, rows: 1 },
    });
  });

  describe('GET /api/segments/:id/emails', () => {
    it('gives the distinct addresses of those who consented, sorted, ready for a BCC field', async () => {
      const res = await organizer.get(`/api/segments/${shared.id}/emails`).expect(200);
      const body = res.body as SegmentEmailsResponse;
      // Carmen and Dora share an address (spelled two ways): it appears once.
      expect(body).toEqual({
        emails: ['ana@example.org', 'paulo@example.org', 'Shared@Example.org'],
        bcc: 'ana@example.org, paulo@example.org, Shared@Example.org',
        leftOut: 6,
      });
    });

    it('is audited as an export', async () => {
      await organizer.get(`/api/segments/${shared.id}/emails`).expect(200);
      const audit = await t.http().get(`/api/audit?action=export&entityType=segment&entityId=${shared.id}`).expect(200);
      expect(audit.body.items[0]).toMatchObject({
        actor: { email: 'organizer@test.example.org' },
        details: { format: 'bcc', purpose: 'email', filter: healthAndCommunity, rows: 3 },
      });
    });
  });

  describe('who may export', () => {
    it('refuses a viewer and staff', async () => {
      for (const role of ['viewer', 'staff'] as const) {
        const client = await t.as(role);
        await client.get(exportUrl()).expect(403);
        await client.get(`/api/segments/${shared.id}/emails`).expect(403);
      }
    });

    it("lets leadership export a shared segment, but not someone else's private one", async () => {
      const leadership = await t.as('leadership');
      const res = await leadership.get(exportUrl('columns=lastName')).expect(200);
      expect(rowsOf(res.text)).toHaveLength(EVERYONE.length);
      await leadership.get(exportUrl('', privateOfOrganizer.id)).expect(404);
      await leadership.get(`/api/segments/${privateOfOrganizer.id}/emails`).expect(404);
      await t.http().get(exportUrl('', privateOfOrganizer.id)).expect(404);
      await organizer.get(exportUrl('', privateOfOrganizer.id)).expect(200);
    });

    it('records nothing for a refused export', async () => {
      const before = await t.http().get(`/api/audit?action=export&entityType=segment&entityId=${privateOfOrganizer.id}`).expect(200);
      await (await t.as('leadership')).get(exportUrl('', privateOfOrganizer.id)).expect(404);
      const after = await t.http().get(`/api/audit?action=export&entityType=segment&entityId=${privateOfOrganizer.id}`).expect(200);
      expect(after.body.total).toBe(before.body.total);
    });
  });

  it('documents both routes and the export parameters in the OpenAPI document', async () => {
    const docs = await t.http().get('/api/docs-json').expect(200);
    const paths = docs.body.paths as Record<string, { get?: { parameters?: { name: string; in: string }[] } }>;
    expect(paths['/api/segments/{id}/export'].get?.parameters?.map((p) => `${p.in}:${p.name}`)).toEqual(
      expect.arrayContaining(['path:id', 'query:format', 'query:purpose', 'query:columns']),
    );
    expect(paths['/api/segments/{id}/emails'].get).toBeDefined();
  });

  it('answers 400 naming a bad column or format', async () => {
    const badColumn = await organizer.get(exportUrl('columns=firstName,nope')).expect(400);
    expect(badColumn.body.fields[0].path).toBe('columns');
    expect(badColumn.body.fields[0].message).toContain('firstName, lastName');
    const badFormat = await organizer.get(exportUrl('format=pdf')).expect(400);
    expect(badFormat.body.fields[0].path).toBe('format');
    expect(badFormat.body.fields[0].message).toContain('csv, xlsx');
  });
});
