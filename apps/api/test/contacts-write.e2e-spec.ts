import { insertOrganizations } from './factories/organization.factory';
import { startTestApp, type TestApp } from './test-app';

const UNKNOWN_ID = '6f1c1f5e-0d7e-4c55-9d2b-9a3f4b2f1a00';
const today = () => new Date().toISOString().slice(0, 10);

describe('writing contacts', () => {
  let t: TestApp;
  let organizationId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [{ id: organizationId }] = await insertOrganizations(t.dataSource, {
      name: 'Lantern Family Services',
      city: 'Lowell',
    });
  });
  afterAll(() => t.close());

  const create = (body: object) => t.http().post('/api/contacts').send(body);
  const patch = (id: string, body: object) => t.http().patch(`/api/contacts/${id}`).send(body);
  const count = async () =>
    (await t.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM contact'))[0].n;

  it('creates a contact with defaults and answers its detail', async () => {
    const res = await create({ firstName: '  Ana ', lastName: 'Pereira' }).expect(201);
    expect(res.body).toMatchObject({
      firstName: 'Ana',
      lastName: 'Pereira',
      preferredName: null,
      displayName: 'Ana Pereira',
      pronouns: null,
      emails: [],
      phones: [],
      primaryEmail: null,
      primaryPhone: null,
      languages: [],
      city: null,
      county: null,
      consent: {
        email: { granted: false, recordedOn: null, source: null },
        sms: { granted: false, recordedOn: null, source: null },
        phone: { granted: false, recordedOn: null, source: null },
      },
      tags: [],
      notes: null,
      affiliations: [],
      version: 1,
      archivedAt: null,
    });
    const again = await t.http().get(`/api/contacts/${res.body.id}`).expect(200);
    expect(again.body).toEqual(res.body);
  });

  it('creates a contact with emails, phones, consent and affiliations in one request', async () => {
    const res = await create({
      firstName: 'Jean-Baptiste',
      lastName: 'Pierre',
      preferredName: 'JB',
      pronouns: 'he/him',
      city: 'Brockton',
      languages: ['ht', 'fr', 'ht'],
      emails: [{ address: 'jb.pierre@example.org', label: 'work' }, { address: 'JB@example.com' }],
      phones: [
        { number: '508-555-0123' },
        { number: '+1 (508) 555-0199', label: 'home', primary: true },
      ],
      consent: {
        email: { granted: true, recordedOn: '2025-04-12', source: 'event sign-in sheet' },
        sms: { granted: true },
        phone: { granted: false, recordedOn: null },
      },
      tags: ['speaker', 'speaker', 'lobby-day'],
      notes: 'Interprets at general assemblies',
      affiliations: [
        { organizationId, role: 'board', startedOn: '2021-09-01' },
        { organizationId, role: 'primary_contact', note: 'Best reached by text' },
      ],
    }).expect(201);
    expect(res.body).toMatchObject({
      displayName: 'JB Pierre',
      county: 'Plymouth',
      languages: ['ht', 'fr'],
      tags: ['speaker', 'lobby-day'],
      emails: [
        { address: 'jb.pierre@example.org', label: 'work', primary: true },
        { address: 'JB@example.com', label: 'personal', primary: false },
      ],
      phones: [
        { number: '508-555-0123', label: 'mobile', primary: false },
        { number: '+1 (508) 555-0199', label: 'home', primary: true },
      ],
      primaryEmail: 'jb.pierre@example.org',
      primaryPhone: '+1 (508) 555-0199',
      consent: {
        email: { granted: true, recordedOn: '2025-04-12', source: 'event sign-in sheet' },
        sms: { granted: true, recordedOn: today(), source: null },
        phone: { granted: false, recordedOn: null, source: null },
      },
    });
    expect(res.body.affiliations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          organizationName: 'Lantern Family Services',
          role: 'board',
          startedOn: '2021-09-01',
          current: true,
        }),
        expect.objectContaining({
          role: 'primary_contact',
          note: 'Best reached by text',
          startedOn: null,
        }),
      ]),
    );
    const found = await t.http().get('/api/contacts?q=5085550199').expect(200);
    expect(found.body.items.map((i: { id: string }) => i.id)).toEqual([res.body.id]);
  });

  it.each([
    ['Nguyễn Thị Minh Khai', 'Nguyễn', 'Thị Minh Khai'],
    ['Aïcha Diallo', 'Aïcha', 'Diallo'],
    ['محمد', 'محمد', 'عبد الله'],
    ['王小明', '小明', '王'],
    ['Ελένη', 'Ελένη', 'Παπαδοπούλου'],
  ])('round-trips the unicode name %s intact', async (_label, firstName, lastName) => {
    const { body } = await create({
      firstName,
      lastName,
      preferredName: `${firstName} ✓`,
      notes: 'Ñandú — “quoted” 🙂',
    }).expect(201);
    expect(body).toMatchObject({
      firstName,
      lastName,
      preferredName: `${firstName} ✓`,
      notes: 'Ñandú — “quoted” 🙂',
    });
    const { body: again } = await t.http().get(`/api/contacts/${body.id}`).expect(200);
    expect(again).toMatchObject({ firstName, lastName, displayName: `${firstName} ✓ ${lastName}` });
  });

  it.each([
    [{ lastName: 'X' }, 'firstName', 'must be text'],
    [{ firstName: 42, lastName: 'X' }, 'firstName', 'must be text'],
    [{ firstName: 'A', lastName: '   ' }, 'lastName', 'must not be blank'],
    [{ firstName: 'A'.repeat(101), lastName: 'X' }, 'firstName', 'at most 100'],
    [{ firstName: 'A', lastName: 'X', notes: 'n'.repeat(5001) }, 'notes', 'at most 5000'],
    [{ firstName: 'A', lastName: 'X', pronouns: 'p'.repeat(41) }, 'pronouns', 'at most 40'],
    [
      { firstName: 'A', lastName: 'X', emails: [{ address: 'not-an-email' }] },
      'emails.0.address',
      'email address',
    ],
    [{ firstName: 'A', lastName: 'X', emails: 'a@example.org' }, 'emails', 'must be a list'],
    [
      { firstName: 'A', lastName: 'X', emails: [{ address: 'a@example.org', label: 'fax' }] },
      'emails.0.label',
      'must be one of',
    ],
    [
      { firstName: 'A', lastName: 'X', emails: [{ address: 'a@example.org', verified: true }] },
      'emails.0.verified',
      'not a known field',
    ],
    [
      { firstName: 'A', lastName: 'X', phones: [{ number: 'call me' }] },
      'phones.0.number',
      'phone number',
    ],
    [
      { firstName: 'A', lastName: 'X', phones: [{ number: '12' }] },
      'phones.0.number',
      '7 to 20 digits',
    ],
    [
      { firstName: 'A', lastName: 'X', phones: [{ number: '617-555-0100', label: 'pager' }] },
      'phones.0.label',
      'must be one of',
    ],
    [{ firstName: 'A', lastName: 'X', languages: ['klingon'] }, 'languages.0', 'must be one of'],
    [
      { firstName: 'A', lastName: 'X', city: 'Springfield, IL' },
      'city',
      'Massachusetts city or town',
    ],
    [
      { firstName: 'A', lastName: 'X', consent: { email: { granted: 'yes' } } },
      'consent.email.granted',
      'true or false',
    ],
    [
      {
        firstName: 'A',
        lastName: 'X',
        consent: { email: { granted: true, recordedOn: '2025-02-30' } },
      },
      'consent.email.recordedOn',
      'YYYY-MM-DD',
    ],
    [
      { firstName: 'A', lastName: 'X', consent: { fax: { granted: true } } },
      'consent.fax',
      'not a known field',
    ],
    [{ firstName: 'A', lastName: 'X', tags: 'volunteer' }, 'tags', 'list of tags'],
    [
      { firstName: 'A', lastName: 'X', affiliations: [{ organizationId: 'nope', role: 'staff' }] },
      'affiliations.0.organizationId',
      'must be a UUID',
    ],
    [
      {
        firstName: 'A',
        lastName: 'X',
        affiliations: [{ organizationId: UNKNOWN_ID, role: 'boss' }],
      },
      'affiliations.0.role',
      'must be one of',
    ],
    [
      {
        firstName: 'A',
        lastName: 'X',
        affiliations: [
          {
            organizationId: UNKNOWN_ID,
            role: 'staff',
            startedOn: '2024-01-01',
            endedOn: '2023-01-01',
          },
        ],
      },
      'affiliations.0.endedOn',
      'must not be before startedOn',
    ],
    [
      { firstName: 'A', lastName: 'X', immigrationStatus: 'undocumented' },
      'immigrationStatus',
      'not a known field',
    ],
    [
      { firstName: 'A', lastName: 'X', countryOfBirth: 'Brazil' },
      'countryOfBirth',
      'not a known field',
    ],
    [
      { firstName: 'A', lastName: 'X', documentNumber: 'A123' },
      'documentNumber',
      'not a known field',
    ],
    [{ firstName: 'A', lastName: 'X', version: 3 }, 'version', 'not a known field'],
  ])('refuses %j with a 400 naming %s, creating nothing', async (body, field, message) => {
    const before = await count();
    const res = await create(body).expect(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: field, message: expect.stringContaining(message) }),
      ]),
    );
    expect(await count()).toBe(before);
  });

  it.each([
    [
      {
        emails: [
          { address: 'a@example.org', primary: true },
          { address: 'b@example.org', primary: true },
        ],
      },
      'emails.1.primary',
      'only one can be primary',
    ],
    [
      { emails: [{ address: 'a@example.org' }, { address: ' A@Example.ORG ' }] },
      'emails.1.address',
      'is listed twice',
    ],
    [
      { phones: [{ number: '617-555-0100' }, { number: '(617) 555 0100' }] },
      'phones.1.number',
      'is listed twice',
    ],
    [
      {
        phones: [
          { number: '617-555-0100', primary: true },
          { number: '617-555-0101', primary: true },
        ],
      },
      'phones.1.primary',
      'only one can be primary',
    ],
  ])('refuses %j with a 400 naming %s', async (lists, field, message) => {
    const before = await count();
    const res = await create({ firstName: 'A', lastName: 'X', ...lists }).expect(400);
    expect(res.body).toMatchObject({ code: 'contact_invalid', fields: [{ path: field, message }] });
    expect(await count()).toBe(before);
  });

  it('refuses an affiliation to an unknown organization, naming the field, and creates nothing', async () => {
    const before = await count();
    const res = await create({
      firstName: 'Rosa',
      lastName: 'Lima',
      emails: [{ address: 'rosa@example.org' }],
      affiliations: [
        { organizationId, role: 'member' },
        { organizationId: UNKNOWN_ID, role: 'staff' },
      ],
    }).expect(422);
    expect(res.body).toMatchObject({
      code: 'affiliation_organization_unknown',
      fields: [{ path: 'affiliations.1.organizationId', message: 'is not a known organization' }],
    });
    expect(await count()).toBe(before);
  });

  it('refuses the same current role at the same organization twice with a 409, creating nothing', async () => {
    const before = await count();
    const res = await create({
      firstName: 'Rosa',
      lastName: 'Lima',
      affiliations: [
        { organizationId, role: 'member' },
        { organizationId, role: 'member' },
      ],
    }).expect(409);
    expect(res.body).toMatchObject({
      code: 'affiliation_duplicate',
      fields: [{ path: 'affiliations.1.role' }],
    });
    expect(await count()).toBe(before);
  });

  it('updates only the fields sent and bumps the version', async () => {
    const { body: created } = await create({
      firstName: 'Carlos',
      lastName: 'Mendes',
      city: 'Framingham',
      emails: [{ address: 'carlos@example.org' }],
      consent: { email: { granted: true, recordedOn: '2024-05-05', source: 'website form' } },
    }).expect(201);
    const res = await patch(created.id, {
      version: 1,
      preferredName: 'Cadu',
      city: '',
      consent: { sms: { granted: true, source: 'text-in keyword' } },
    }).expect(200);
    expect(res.body).toMatchObject({
      firstName: 'Carlos',
      preferredName: 'Cadu',
      displayName: 'Cadu Mendes',
      city: null,
      county: null,
      emails: [{ address: 'carlos@example.org', primary: true }],
      consent: {
        email: { granted: true, recordedOn: '2024-05-05', source: 'website form' },
        sms: { granted: true, recordedOn: today(), source: 'text-in keyword' },
      },
      version: 2,
    });
  });

  it('replaces the whole email or phone list when one is sent, keeping one primary', async () => {
    const { body: created } = await create({
      firstName: 'Fatima',
      lastName: 'Hassan',
      emails: [{ address: 'old@example.org' }],
      phones: [{ number: '617-555-0150' }],
    }).expect(201);
    const res = await patch(created.id, {
      version: 1,
      emails: [
        { address: 'work@example.org', label: 'work' },
        { address: 'home@example.net', primary: true },
      ],
    }).expect(200);
    expect(res.body.emails).toEqual([
      { address: 'work@example.org', label: 'work', primary: false },
      { address: 'home@example.net', label: 'personal', primary: true },
    ]);
    expect(res.body.phones).toEqual([{ number: '617-555-0150', label: 'mobile', primary: true }]);
    const cleared = await patch(created.id, { version: 2, phones: [] }).expect(200);
    expect(cleared.body).toMatchObject({
      phones: [],
      primaryPhone: null,
      primaryEmail: 'home@example.net',
      version: 3,
    });
    const old = await t.http().get('/api/contacts?q=old@example').expect(200);
    expect(old.body.total).toBe(0);
  });

  it('answers 409 with the current record when the version is stale, changing nothing', async () => {
    const { body: created } = await create({ firstName: 'Hoa', lastName: 'Tran' }).expect(201);
    await patch(created.id, { version: 1, notes: 'first' }).expect(200);
    const stale = await patch(created.id, {
      version: 1,
      notes: 'second',
      emails: [{ address: 'hoa@example.org' }],
    }).expect(409);
    expect(stale.body).toMatchObject({
      statusCode: 409,
      code: 'contact_version_conflict',
      fields: [{ path: 'version', message: 'is stale: the current version is 2' }],
      current: { id: created.id, notes: 'first', version: 2, emails: [] },
    });
    const after = await t.http().get(`/api/contacts/${created.id}`).expect(200);
    expect(after.body).toMatchObject({ notes: 'first', emails: [], version: 2 });
  });

  it.each([
    [{ version: 1, immigrationStatus: 'x' }, 'immigrationStatus', 'not a known field'],
    [{ version: 1, countryOfBirth: 'x' }, 'countryOfBirth', 'not a known field'],
    [{ version: 1, affiliations: [] }, 'affiliations', 'not a known field'],
    [{ notes: 'no version' }, 'version', 'must be a number'],
    [{ version: '1' }, 'version', 'must be a number'],
    [{ version: 1, firstName: '' }, 'firstName', 'must not be blank'],
    [{ version: 1, lastName: null }, 'lastName', 'must be text'],
    [{ version: 1, emails: [{ address: 'x@' }] }, 'emails.0.address', 'email address'],
  ])('refuses the update %j with a 400 naming %s', async (body, field, message) => {
    const { body: created } = await create({ firstName: 'Valid', lastName: 'Person' }).expect(201);
    const res = await patch(created.id, body).expect(400);
    expect(res.body.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: field, message: expect.stringContaining(message) }),
      ]),
    );
  });

  it('answers 404 when updating, archiving or restoring an unknown contact', async () => {
    expect((await patch(UNKNOWN_ID, { version: 1, notes: 'x' }).expect(404)).body.code).toBe(
      'contact_not_found',
    );
    await t.http().post(`/api/contacts/${UNKNOWN_ID}/archive`).send({ version: 1 }).expect(404);
    await t.http().post(`/api/contacts/${UNKNOWN_ID}/restore`).send({ version: 1 }).expect(404);
    await t.http().patch('/api/contacts/123').send({ version: 1 }).expect(400);
  });

  it('archives a contact out of the list and search, and restores it', async () => {
    const { body: created } = await create({
      firstName: 'Kestrel',
      lastName: 'Archivable',
      emails: [{ address: 'kestrel@example.org' }],
    }).expect(201);
    const archived = await t
      .http()
      .post(`/api/contacts/${created.id}/archive`)
      .send({ version: 1 })
      .expect(200);
    expect(archived.body).toMatchObject({ archivedAt: expect.any(String), version: 2 });
    expect((await t.http().get('/api/contacts?q=kestrel').expect(200)).body.total).toBe(0);
    const stale = await t
      .http()
      .post(`/api/contacts/${created.id}/restore`)
      .send({ version: 1 })
      .expect(409);
    expect(stale.body.current).toMatchObject({ version: 2 });
    const restored = await t
      .http()
      .post(`/api/contacts/${created.id}/restore`)
      .send({ version: 2 })
      .expect(200);
    expect(restored.body).toMatchObject({ archivedAt: null, version: 3 });
    expect((await t.http().get('/api/contacts?q=kestrel').expect(200)).body.total).toBe(1);
    await t.http().post(`/api/contacts/${created.id}/archive`).send({}).expect(400);
  });
});
