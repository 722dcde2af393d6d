import type { ImportRow } from '@coalition/contracts';
import { insertCampaigns } from './factories/campaign.factory';
import { insertContacts } from './factories/contact.factory';
import { csvOf, previewed, runImport } from './factories/import-file.factory';
import { insertIssues } from './factories/issue.factory';
import { insertOrganizations } from './factories/organization.factory';
import { startTestApp, type TestApp } from './test-app';

describe('importing organizations, interests, participation and attendance', () => {
  let t: TestApp;
  let casaBoston: string;
  let anaId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [{ id: casaBoston }] = await insertOrganizations(t.dataSource, {
      name: 'Casa Azul',
      city: 'Boston',
      annualDuesCents: 10000,
    });
    await insertIssues(t.dataSource, { title: 'Cover All Kids' });
    await insertCampaigns(t.dataSource, { name: 'New Americans Vote' });
    [{ id: anaId }] = await insertContacts(t.dataSource, {
      firstName: 'Ana',
      lastName: 'Pérez',
      emails: [{ address: 'ana@example.org' }],
      affiliations: [{ organizationId: casaBoston, role: 'staff' }],
    });
    await insertContacts(t.dataSource, {
      firstName: 'Kim',
      lastName: 'Sok',
      phones: [{ number: '617-555-0142' }],
    });
    await t.dataSource.query(
      `INSERT INTO meeting (title, type, starts_at) VALUES ('General Assembly', 'general_assembly', '2024-04-03 18:00+00')`,
    );
  });
  afterAll(() => t.close());

  const rows = async (id: string): Promise<ImportRow[]> =>
    (await t.http().get(`/api/imports/${id}/rows?pageSize=100`).expect(200)).body
      .items as ImportRow[];
  const count = async (table: string) =>
    (await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  describe('organizations', () => {
    const file = csvOf([
      ['Organization Name', 'City', 'Type', 'Member Since', 'Annual Dues'],
      ['The Casa Azul, Inc.', 'boston, ma', 'Community group', '2024-04-03', '$250.00'],
      ['casa azul', 'Boston', '', '', ''],
      ['Casa Azul', 'Worcester', 'Social services', '3 April 2024', ''],
      ['Haitian Health Alliance', 'Brockton', 'Health center', '03/04/2024', '1,200'],
    ]);
    let id: string;

    it('matches a name with and without "The" and "Inc." in the same city as one organization', async () => {
      const preview = await previewed(t.http(), 'organizations', 'orgs.csv', file);
      id = preview.id;
      expect(preview.mapping.columns).toEqual(['name', 'city', 'kind', 'joinedOn', 'annualDues']);
      expect(preview.counts).toEqual({ new: 1, update: 1, duplicate: 1, invalid: 1 });
      const [first, second, third, fourth] = await rows(id);
      expect(first).toMatchObject({
        class: 'update',
        match: { id: casaBoston, label: 'Casa Azul (Boston)', reason: 'same name and city' },
      });
      expect(second).toMatchObject({ class: 'duplicate', duplicateOf: 1 });
      expect(third).toMatchObject({
        class: 'new',
        nearMatches: [{ id: casaBoston, reason: 'same name in Boston' }],
      });
      expect(fourth.class).toBe('invalid');
      expect(fourth.problems).toEqual([
        { field: 'joinedOn', message: expect.stringMatching(/ambiguous/i) },
      ]);
    });

    it('reads 03/04/2024 once the person says how dates are written', async () => {
      const res = await t
        .http()
        .put(`/api/imports/${id}/mapping`)
        .send({ columns: ['name', 'city', 'kind', 'joinedOn', 'annualDues'], dateOrder: 'dmy' })
        .expect(200);
      expect(res.body.counts).toEqual({ new: 2, update: 1, duplicate: 1, invalid: 0 });
    });

    it('writes them: the Boston one updated, never renamed; the others created', async () => {
      const done = await runImport(t, t.http(), id);
      expect(done.summary).toEqual({ created: 2, updated: 1, skipped: 1, failed: 0 });
      const orgs = await t.dataSource.query(
        `SELECT name, city, kind, joined_on AS "joinedOn", annual_dues_cents AS dues, version FROM organization ORDER BY city, name`,
      );
      expect(orgs).toEqual([
        {
          name: 'Casa Azul',
          city: 'Boston',
          kind: 'community_group',
          joinedOn: '2024-04-03',
          dues: 25000,
          version: 2,
        },
        {
          name: 'Haitian Health Alliance',
          city: 'Brockton',
          kind: 'health_center',
          joinedOn: '2024-04-03',
          dues: 120000,
          version: 1,
        },
        {
          name: 'Casa Azul',
          city: 'Worcester',
          kind: 'social_service',
          joinedOn: '2024-04-03',
          dues: null,
          version: 1,
        },
      ]);
    });
  });

  describe('interests', () => {
    it('needs the city when a name is in several cities, and an issue that exists', async () => {
      const file = csvOf([
        ['Organization', 'Organization City', 'Issue', 'Level'],
        ['Casa Azul', 'Boston', 'cover all kids', 'Leading'],
        ['Casa Azul', '', 'Cover All Kids', 'Active'],
        ['Casa Azul', 'Worcester', 'Safe Streets', 'interested'],
      ]);
      const preview = await previewed(t.http(), 'interests', 'interests.csv', file);
      expect(preview.counts).toEqual({ new: 1, update: 0, duplicate: 0, invalid: 2 });
      const [, ambiguous, unknown] = await rows(preview.id);
      expect(ambiguous.problems).toEqual([
        {
          field: 'organizationName',
          message: expect.stringMatching(/several cities \(Boston, Worcester\)/),
        },
      ]);
      expect(unknown.problems).toEqual([
        { field: 'issue', message: expect.stringMatching(/is not an issue/) },
      ]);
      const done = await runImport(t, t.http(), preview.id);
      expect(done.summary).toEqual({ created: 1, updated: 0, skipped: 0, failed: 2 });
      expect(
        await t.dataSource.query(`SELECT organization_id AS "organizationId", level FROM interest`),
      ).toEqual([{ organizationId: casaBoston, level: 'leading' }]);
    });
  });

  describe('participation', () => {
    it("adds an organization's or a person's role in a campaign, each once", async () => {
      const file = csvOf([
        ['Campaign', 'Organization', 'Org City', "Person's Email", 'Role'],
        ['New Americans Vote', 'Casa Azul', 'Boston', '', 'Endorser'],
        ['new americans vote', '', '', 'ANA@example.org', 'participant'],
        ['Welcoming Massachusetts', 'Casa Azul', 'Boston', '', 'Endorser'],
      ]);
      const first = await previewed(t.http(), 'participation', 'campaign.csv', file);
      expect(first.counts).toEqual({ new: 2, update: 0, duplicate: 0, invalid: 1 });
      expect((await runImport(t, t.http(), first.id)).summary).toEqual({
        created: 2,
        updated: 0,
        skipped: 0,
        failed: 1,
      });
      const again = await previewed(t.http(), 'participation', 'campaign.csv', file);
      expect(again.counts).toEqual({ new: 0, update: 2, duplicate: 0, invalid: 1 });
      expect((await runImport(t, t.http(), again.id)).summary).toEqual({
        created: 0,
        updated: 0,
        skipped: 2,
        failed: 1,
      });
      expect(await count('participation')).toBe(2);
    });
  });

  describe('attendance', () => {
    it('finds the meeting by title and date, and the person by email, phone or a name only one bears', async () => {
      const file = csvOf([
        [
          'Event',
          'Date',
          'First Name',
          'Last Name',
          'Email',
          'Phone',
          'Organization Represented',
          'Status',
        ],
        [
          'General assembly',
          '2024-04-03',
          'Ana',
          'Perez',
          'ana@example.org',
          '',
          'The Casa Azul Inc',
          'present',
        ],
        ['General Assembly', '2024-04-03', 'Kim', 'Sok', '', '+1 (617) 555-0142', '', ''],
        ['General Assembly', '2024-04-03', 'Nadia', 'Unknown', '', '', '', 'attended'],
        ['Lobby Day', '2024-04-03', 'Kim', 'Sok', '', '', '', 'attended'],
        ['General Assembly', '2024-04-03', 'Ana', 'Pérez', 'ANA@example.org', '', '', 'attended'],
      ]);
      const preview = await previewed(t.http(), 'attendance', 'sign-in.csv', file);
      expect(preview.counts).toEqual({ new: 2, update: 0, duplicate: 1, invalid: 2 });
      const problems = (await rows(preview.id)).map((r) => r.problems.map((p) => p.field));
      expect(problems).toEqual([[], [], ['lastName'], ['meetingTitle'], ['email']]);
      expect((await runImport(t, t.http(), preview.id)).summary).toEqual({
        created: 2,
        updated: 0,
        skipped: 1,
        failed: 2,
      });
      const attendance = await t.dataSource.query<
        { contactId: string; organizationId: string | null; status: string }[]
      >(
        `SELECT contact_id AS "contactId", organization_id AS "organizationId", status FROM attendance ORDER BY organization_id NULLS LAST`,
      );
      expect(attendance).toEqual([
        { contactId: anaId, organizationId: casaBoston, status: 'attended' },
        { contactId: expect.any(String), organizationId: null, status: 'attended' },
      ]);
    });
  });

  describe('saved mappings', () => {
    it('saves, lists and deletes mappings, refusing a name taken for the same kind', async () => {
      const body = {
        name: 'Action Network',
        kind: 'contacts',
        headers: ['First', 'Last'],
        mapping: { columns: ['firstName', 'lastName'] },
      };
      const saved = await t.http().post('/api/imports/mappings').send(body).expect(201);
      expect(saved.body).toMatchObject(body);
      const taken = await t
        .http()
        .post('/api/imports/mappings')
        .send({ ...body, name: ' action network ' })
        .expect(409);
      expect(taken.body.fields).toEqual([{ path: 'name', message: expect.any(String) }]);
      const list = await t.http().get('/api/imports/mappings?kind=contacts').expect(200);
      expect(list.body).toMatchObject({
        total: 1,
        items: [{ id: saved.body.id, name: 'Action Network' }],
      });
      await t.http().delete(`/api/imports/mappings/${saved.body.id}`).expect(204);
      await t.http().delete(`/api/imports/mappings/${saved.body.id}`).expect(404);
    });

    it('refuses a mapping with an unknown field, naming the column', async () => {
      const res = await t
        .http()
        .post('/api/imports/mappings')
        .send({
          name: 'Bad',
          kind: 'contacts',
          headers: ['First', 'Last', 'Status'],
          mapping: { columns: ['firstName', 'lastName', 'immigrationStatus'] },
        })
        .expect(400);
      expect(res.body.fields).toEqual([
        { path: 'mapping.columns.2', message: expect.stringMatching(/^must be one of: firstName/) },
      ]);
    });
  });

  it('answers 404 for an import that does not exist', async () => {
    const missing = '6f1c1f5e-0d7e-4c55-9d2b-9a3f4b2f1a00';
    await t.http().get(`/api/imports/${missing}`).expect(404);
    await t.http().put(`/api/imports/${missing}/mapping`).send({ columns: [] }).expect(404);
    await t.http().post(`/api/imports/${missing}/run`).send({}).expect(404);
    await t.http().get(`/api/imports/${missing}/failures`).expect(404);
  });
});
