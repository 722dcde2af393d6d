import { insertContacts } from './factories/contact.factory';
import { insertOrganizations } from './factories/organization.factory';
import { startTestApp, type TestApp } from './test-app';

interface Line {
  lineNumber: number;
  status: string;
  candidates: { displayName: string; confidence: number }[];
}

describe('meetings: finding people at the door and on sign-in sheets', () => {
  let t: TestApp;
  let casa: string;
  let meetingId: string;
  beforeAll(async () => {
    t = await startTestApp();
    [{ id: casa }] = await insertOrganizations(t.dataSource, { name: 'Casa Azul' });
    await insertContacts(
      t.dataSource,
      { firstName: 'José', lastName: 'Pereira', emails: [{ address: 'jose@casa.example.org' }], phones: [{ number: '(617) 555-0101' }], affiliations: [{ organizationId: casa, role: 'staff' }] },
      { firstName: 'Maria', lastName: 'Santos', emails: [{ address: 'family@example.org' }] },
      { firstName: 'Maria', lastName: 'Santos' },
      { firstName: 'Joao', lastName: 'Santos', emails: [{ address: 'family@example.org' }] },
      { firstName: 'Fátima', lastName: 'Hassan' },
    );
    const made = await t.http().post('/api/meetings').send({ title: 'Assembly', type: 'general_assembly', startsAt: '2026-10-01T18:00:00Z' });
    meetingId = made.body.id as string;
  });
  afterAll(() => t.close());

  it('finds José by "jose", by phone digits, and Casa Azul with its people', async () => {
    const byName = await t.http().get('/api/meetings/people?q=jose');
    expect(byName.body.contacts.map((c: { displayName: string }) => c.displayName)).toEqual(['José Pereira']);
    expect(byName.body.contacts[0]).toMatchObject({ email: 'jose@casa.example.org', organizations: [{ id: casa, name: 'Casa Azul' }] });
    const byPhone = await t.http().get('/api/meetings/people?q=555-0101');
    expect(byPhone.body.contacts.map((c: { displayName: string }) => c.displayName)).toEqual(['José Pereira']);
    const byOrganization = await t.http().get('/api/meetings/people?q=casa azul');
    expect(byOrganization.body.organizations).toMatchObject([{ name: 'Casa Azul', people: [{ displayName: 'José Pereira' }] }]);
  });

  it('names the reason of each likely duplicate at the door', async () => {
    const check = (body: object) => t.http().post('/api/meetings/walk-in-check').send(body);
    const email = await check({ firstName: 'Joe', lastName: 'P', email: 'JOSE@casa.example.org' });
    expect(email.status).toBe(200);
    expect(email.body.likelyDuplicates).toMatchObject([{ displayName: 'José Pereira', reason: 'same_email' }]);
    const phone = await check({ firstName: 'Someone', lastName: 'Else', phone: '617.555.0101' });
    expect(phone.body.likelyDuplicates).toMatchObject([{ displayName: 'José Pereira', reason: 'same_phone' }]);
    const name = await check({ firstName: 'Jose', lastName: 'Pereira', organizationId: casa });
    expect(name.body.likelyDuplicates).toMatchObject([{ displayName: 'José Pereira', reason: 'similar_name' }]);
    const initial = await check({ firstName: 'J.', lastName: 'PEREIRA', organizationId: casa });
    expect(initial.body.likelyDuplicates).toMatchObject([{ reason: 'similar_name' }]);
    const nobody = await check({ firstName: 'New', lastName: 'Person', email: 'new@example.org' });
    expect(nobody.body.likelyDuplicates).toEqual([]);
  });

  it('matches a sign-in sheet line by line, none lost, blank lines skipped', async () => {
    const text = [
      'jose@casa.example.org',
      '',
      'Pereira, Jose',
      'Maria   Santos',
      'family@example.org',
      'Fatima Hasan',
      '   ',
      'Brand New Person',
    ].join('\n');
    const res = await t.http().post(`/api/meetings/${meetingId}/sign-in-sheet`).send({ text });
    expect(res.status).toBe(200);
    const lines = res.body.lines as Line[];
    expect(lines.map((l) => [l.lineNumber, l.status, l.candidates.map((c) => c.displayName)])).toEqual([
      [1, 'matched', ['José Pereira']],
      [3, 'matched', ['José Pereira']],
      [4, 'ambiguous', ['Maria Santos', 'Maria Santos']],
      [5, 'ambiguous', expect.arrayContaining(['Maria Santos', 'Joao Santos'])],
      [6, 'ambiguous', ['Fátima Hassan']],
      [8, 'new', []],
    ]);
    expect(lines[0].candidates[0].confidence).toBe(1);
    // A read: nothing recorded.
    expect((await t.http().get(`/api/meetings/${meetingId}`)).body.attendance).toEqual([]);
  });

  it('confirms a sheet: new people created and everyone recorded in one transaction', async () => {
    const [{ id: jose }] = await t.dataSource.query<{ id: string }[]>(`SELECT id FROM contact WHERE last_name = 'Pereira'`);
    const res = await t.http().post(`/api/meetings/${meetingId}/sign-in-sheet/confirm`).send({
      entries: [
        { contactId: jose, organizationId: casa },
        { newContact: { firstName: 'Brand', lastName: 'New Person', email: 'brand@example.org' }, organizationId: casa },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.attendance.map((a: { contact: { displayName: string } }) => a.contact.displayName)).toEqual(['Brand New Person', 'José Pereira']);
    expect(res.body.organizationsPresent).toEqual([{ id: casa, name: 'Casa Azul', people: 2 }]);

    const contactsBefore = (await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM contact`))[0].n;
    const refused = await t.http().post(`/api/meetings/${meetingId}/sign-in-sheet/confirm`).send({
      entries: [
        { newContact: { firstName: 'Should', lastName: 'Not Exist', email: null }, organizationId: null },
        { contactId: '6f1c1f5e-0d7e-4c55-9d2b-9a3f4b2f1a00', organizationId: null },
      ],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.fields).toEqual([{ path: 'entries.1.contactId', message: 'is not a contact' }]);
    expect((await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM contact`))[0].n).toBe(contactsBefore);
  });
});
