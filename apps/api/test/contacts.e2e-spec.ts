import type { ContactListResponse, OrganizationContactListResponse } from '@coalition/contracts';
import { insertContacts } from './factories/contact.factory';
import { insertOrganizations } from './factories/organization.factory';
import { startTestApp, type TestApp } from './test-app';

const UNKNOWN_ID = '6f1c1f5e-0d7e-4c55-9d2b-9a3f4b2f1a00';

/**
 * A small hand-built directory: five listed people (and one archived), two organizations,
 * current and ended affiliations, emails, phones and consent on different channels.
 */
async function seedFixture(t: TestApp) {
  const [casaAzul, bluebird] = await insertOrganizations(
    t.dataSource,
    { name: 'Casa Azul Collective', kind: 'community_group', city: 'Chelsea' },
    { name: 'Bluebird Health Center', kind: 'health_center', city: 'Worcester' },
  );
  const [jose, khai, aicha, mohamed, maria] = await insertContacts(
    t.dataSource,
    {
      firstName: 'José',
      lastName: 'Ramírez',
      preferredName: 'Pepe',
      pronouns: 'he/him',
      city: 'Chelsea',
      languages: ['es', 'en'],
      tags: ['volunteer'],
      notes: 'Prefers calls after 6 pm',
      consentEmailGranted: true,
      consentEmailRecordedOn: '2024-03-02',
      consentEmailSource: 'sign-up form',
      createdAt: new Date('2024-01-05T00:00:00Z'),
      emails: [
        { address: 'jose.ramirez@example.org', label: 'work' },
        { address: 'pepe@example.com', label: 'personal', primary: true },
      ],
      phones: [{ number: '617-555-0101', label: 'mobile' }],
      affiliations: [
        { organizationId: casaAzul.id, role: 'executive_director', startedOn: '2019-01-01' },
        {
          organizationId: bluebird.id,
          role: 'board',
          startedOn: '2015-01-01',
          endedOn: '2020-06-30',
        },
      ],
    },
    {
      firstName: 'Thị Minh Khai',
      lastName: 'Nguyễn',
      city: 'Boston',
      languages: ['vi'],
      consentEmailGranted: true,
      consentSmsGranted: true,
      createdAt: new Date('2024-01-03T00:00:00Z'),
      emails: [{ address: 'Khai.Nguyen@Example.net' }],
      phones: [{ number: '(857) 555-0142' }],
      affiliations: [{ organizationId: bluebird.id, role: 'staff' }],
    },
    {
      firstName: 'Aïcha',
      lastName: 'Diallo',
      city: 'Worcester',
      languages: ['fr', 'en'],
      tags: ['speaker', 'volunteer'],
      consentPhoneGranted: true,
      createdAt: new Date('2024-01-01T00:00:00Z'),
      phones: [{ number: '508-555-0177', label: 'home' }],
    },
    {
      firstName: 'محمد',
      lastName: 'الأحمد',
      city: null,
      languages: ['ar'],
      createdAt: new Date('2024-01-04T00:00:00Z'),
      emails: [{ address: 'mohamed@example.org' }],
      affiliations: [
        { organizationId: casaAzul.id, role: 'member' },
        { organizationId: casaAzul.id, role: 'volunteer' },
      ],
    },
    {
      firstName: 'Maria',
      lastName: 'Silva',
      city: 'Lowell',
      languages: ['pt'],
      createdAt: new Date('2024-01-02T00:00:00Z'),
      affiliations: [{ organizationId: casaAzul.id, role: 'member', endedOn: '2022-12-31' }],
    },
    {
      firstName: 'Archie',
      lastName: 'Archived',
      archivedAt: new Date(),
      emails: [{ address: 'archie@example.org' }],
    },
  );
  return { casaAzul, bluebird, jose, khai, aicha, mohamed, maria };
}

type Fixture = Awaited<ReturnType<typeof seedFixture>>;
const names = (body: { items: { displayName: string }[] }) => body.items.map((i) => i.displayName);

describe('GET /api/contacts', () => {
  let t: TestApp;
  let f: Fixture;

  beforeAll(async () => {
    t = await startTestApp();
    f = await seedFixture(t);
  });
  afterAll(() => t.close());

  const list = async (query: string) =>
    (await t.http().get(`/api/contacts?${query}`).expect(200)).body as ContactListResponse;

  it('answers the list shape sorted by last name, without archived contacts', async () => {
    const body = await list('');
    expect(body).toMatchObject({ total: 5, page: 1, pageSize: 25 });
    expect(names(body)).toEqual([
      'Aïcha Diallo',
      'Thị Minh Khai Nguyễn',
      'Pepe Ramírez',
      'Maria Silva',
      'محمد الأحمد',
    ]);
    expect(body.items[0]).toEqual({
      id: f.aicha.id,
      firstName: 'Aïcha',
      lastName: 'Diallo',
      preferredName: null,
      displayName: 'Aïcha Diallo',
      primaryEmail: null,
      primaryPhone: '508-555-0177',
      languages: ['fr', 'en'],
      city: 'Worcester',
      county: 'Worcester',
      organizations: [],
      tags: ['speaker', 'volunteer'],
      consent: { email: false, sms: false, phone: true },
    });
  });

  it('shows the primary email and phone and only current affiliations on each item', async () => {
    const body = await list('q=ramirez');
    expect(body.items).toEqual([
      expect.objectContaining({
        displayName: 'Pepe Ramírez',
        primaryEmail: 'pepe@example.com',
        primaryPhone: '617-555-0101',
        county: 'Suffolk',
        organizations: [
          {
            organizationId: f.casaAzul.id,
            organizationName: 'Casa Azul Collective',
            role: 'executive_director',
          },
        ],
        consent: { email: true, sms: false, phone: false },
      }),
    ]);
    const mohamed = (await list('language=ar')).items[0];
    expect(mohamed.organizations.map((o: { role: string }) => o.role)).toEqual([
      'member',
      'volunteer',
    ]);
    expect(mohamed).toMatchObject({ city: null, county: null });
  });

  it('pages through results with the total unchanged', async () => {
    const page2 = await list('page=2&pageSize=2');
    expect(page2).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(names(page2)).toEqual(['Pepe Ramírez', 'Maria Silva']);
    const beyond = await list('page=9&pageSize=2');
    expect(beyond).toMatchObject({ items: [], total: 5 });
  });

  it.each([
    ['jose', ['Pepe Ramírez']],
    ['JOSÉ RAMIREZ', ['Pepe Ramírez']],
    ['pepe', ['Pepe Ramírez']],
    ['nguyen', ['Thị Minh Khai Nguyễn']],
    ['thi minh', ['Thị Minh Khai Nguyễn']],
    ['aicha', ['Aïcha Diallo']],
    ['محمد', ['محمد الأحمد']],
    ['khai.nguyen@example', ['Thị Minh Khai Nguyễn']],
    ['MOHAMED@EXAMPLE.ORG', ['محمد الأحمد']],
    ['5085550177', ['Aïcha Diallo']],
    ['555-0177', ['Aïcha Diallo']],
    ['(857) 555', ['Thị Minh Khai Nguyễn']],
    ['555', ['Aïcha Diallo', 'Thị Minh Khai Nguyễn', 'Pepe Ramírez']],
    ['archie', []],
    ['%', []],
  ])('searches ?q=%s by names, preferred name, emails and phone digits', async (q, expected) => {
    expect(names(await list(`q=${encodeURIComponent(q)}`))).toEqual(expected);
  });

  it('lets a viewer search by name but not by an email or phone number they may not see', async () => {
    const viewer = await t.as('viewer');
    const find = async (q: string) =>
      names((await viewer.get(`/api/contacts?q=${encodeURIComponent(q)}`).expect(200)).body);
    expect(await find('ramirez')).toEqual(['Pepe Ramírez']);
    expect(await find('khai.nguyen@example')).toEqual([]);
    expect(await find('5085550177')).toEqual([]);
  });

  it('filters by current affiliation: organization, role, or both on the same affiliation', async () => {
    expect(names(await list(`organizationId=${f.casaAzul.id}`))).toEqual([
      'Pepe Ramírez',
      'محمد الأحمد',
    ]);
    expect(names(await list(`organizationId=${f.bluebird.id}`))).toEqual(['Thị Minh Khai Nguyễn']);
    expect(names(await list(`organizationId=${f.bluebird.id},${f.casaAzul.id}`))).toHaveLength(3);
    expect(names(await list('role=executive_director'))).toEqual(['Pepe Ramírez']);
    expect(names(await list('role=member'))).toEqual(['محمد الأحمد']);
    expect(names(await list('role=staff&role=volunteer'))).toEqual([
      'Thị Minh Khai Nguyễn',
      'محمد الأحمد',
    ]);
    expect((await list(`organizationId=${f.bluebird.id}&role=board`)).total).toBe(0);
    expect((await list(`organizationId=${UNKNOWN_ID}`)).total).toBe(0);
  });

  it('filters by language, county and tag (any of the values listed)', async () => {
    expect(names(await list('language=vi'))).toEqual(['Thị Minh Khai Nguyễn']);
    expect(names(await list('language=fr,ar'))).toEqual(['Aïcha Diallo', 'محمد الأحمد']);
    expect(names(await list('language=en'))).toEqual(['Aïcha Diallo', 'Pepe Ramírez']);
    expect(names(await list('county=Worcester'))).toEqual(['Aïcha Diallo']);
    expect(names(await list('county=Suffolk'))).toEqual(['Thị Minh Khai Nguyễn', 'Pepe Ramírez']);
    expect(names(await list('tag=volunteer'))).toEqual(['Aïcha Diallo', 'Pepe Ramírez']);
    expect(names(await list('tag=speaker&language=es'))).toEqual([]);
  });

  it('filters by consent (every channel listed) and by having an email or a phone', async () => {
    expect(names(await list('consent=email'))).toEqual(['Thị Minh Khai Nguyễn', 'Pepe Ramírez']);
    expect(names(await list('consent=email,sms'))).toEqual(['Thị Minh Khai Nguyễn']);
    expect(names(await list('consent=phone'))).toEqual(['Aïcha Diallo']);
    expect(names(await list('hasEmail=false'))).toEqual(['Aïcha Diallo', 'Maria Silva']);
    expect(names(await list('hasEmail=true'))).toEqual([
      'Thị Minh Khai Nguyễn',
      'Pepe Ramírez',
      'محمد الأحمد',
    ]);
    expect(names(await list('hasPhone=false&hasEmail=false'))).toEqual(['Maria Silva']);
  });

  it('sorts by name, first name, city (missing last) and creation date, either way', async () => {
    expect(names(await list('sort=-name'))).toEqual([
      'محمد الأحمد',
      'Maria Silva',
      'Pepe Ramírez',
      'Thị Minh Khai Nguyễn',
      'Aïcha Diallo',
    ]);
    expect(
      (await list('sort=firstName')).items.map((i: { firstName: string }) => i.firstName),
    ).toEqual(['Aïcha', 'José', 'Maria', 'Thị Minh Khai', 'محمد']);
    expect((await list('sort=city')).items.map((i: { city: string | null }) => i.city)).toEqual([
      'Boston',
      'Chelsea',
      'Lowell',
      'Worcester',
      null,
    ]);
    expect((await list('sort=-city')).items.map((i: { city: string | null }) => i.city)).toEqual([
      'Worcester',
      'Lowell',
      'Chelsea',
      'Boston',
      null,
    ]);
    expect(names(await list('sort=createdAt'))).toEqual([
      'Aïcha Diallo',
      'Maria Silva',
      'Thị Minh Khai Nguyễn',
      'محمد الأحمد',
      'Pepe Ramírez',
    ]);
    expect(names(await list('sort=-createdAt&pageSize=2'))).toEqual([
      'Pepe Ramírez',
      'محمد الأحمد',
    ]);
  });

  it.each([
    ['pageSize=1000', 'pageSize', 'must be at most 100'],
    ['page=0', 'page', 'must be 1 or more'],
    ['language=klingon', 'language', 'must be one of'],
    ['organizationId=not-a-uuid', 'organizationId', 'must be a UUID'],
    ['role=boss', 'role', 'must be one of'],
    ['consent=fax', 'consent', 'must be one of'],
    ['county=Atlantis', 'county', 'must be one of'],
    ['hasEmail=yes', 'hasEmail', 'must be true or false'],
    ['sort=password', 'sort', 'must be one of'],
    ['immigrationStatus=x', 'immigrationStatus', 'is not a known field'],
    [`q=${'x'.repeat(201)}`, 'q', 'must be at most 200 characters'],
    [`tag=${'x'.repeat(41)}`, 'tag', 'must be at most 40 characters'],
  ])('answers 400 naming the parameter for ?%s', async (query, field, message) => {
    const res = await t.http().get(`/api/contacts?${query}`).expect(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: field, message: expect.stringContaining(message) }),
      ]),
    );
  });

  it('never answers 500 to malformed input', async () => {
    const odd = [
      'page[]=1',
      'q[$ne]=x',
      'q=%00',
      "q=' OR 1=1 --",
      'q=%F0%9F%98%80',
      'q=_',
      'q=\\',
      'language=',
      'hasPhone=',
      'organizationId=',
      'sort=-',
      'q=%2B1 (617)',
      'consent=email&consent=email',
    ];
    for (const query of odd) {
      const res = await t.http().get(`/api/contacts?${query}`);
      expect({ query, ok: res.status < 500 }).toEqual({ query, ok: true });
      expect(res.body).toHaveProperty(res.status === 200 ? 'items' : 'message');
    }
  });
});

describe('GET /api/contacts/:id', () => {
  let t: TestApp;
  let f: Fixture;

  beforeAll(async () => {
    t = await startTestApp();
    f = await seedFixture(t);
  });
  afterAll(() => t.close());

  it('returns every detail: emails and phones in order, consent with dates, current and past affiliations', async () => {
    const res = await t.http().get(`/api/contacts/${f.jose.id}`).expect(200);
    expect(res.body).toMatchObject({
      id: f.jose.id,
      firstName: 'José',
      lastName: 'Ramírez',
      preferredName: 'Pepe',
      displayName: 'Pepe Ramírez',
      pronouns: 'he/him',
      primaryEmail: 'pepe@example.com',
      primaryPhone: '617-555-0101',
      emails: [
        { address: 'jose.ramirez@example.org', label: 'work', primary: false },
        { address: 'pepe@example.com', label: 'personal', primary: true },
      ],
      phones: [{ number: '617-555-0101', label: 'mobile', primary: true }],
      languages: ['es', 'en'],
      city: 'Chelsea',
      county: 'Suffolk',
      consent: {
        email: { granted: true, recordedOn: '2024-03-02', source: 'sign-up form' },
        sms: { granted: false, recordedOn: null, source: null },
        phone: { granted: false, recordedOn: null, source: null },
      },
      tags: ['volunteer'],
      notes: 'Prefers calls after 6 pm',
      version: 1,
      archivedAt: null,
      createdAt: '2024-01-05T00:00:00.000Z',
    });
    expect(res.body.affiliations).toEqual([
      expect.objectContaining({
        contactId: f.jose.id,
        organizationId: f.casaAzul.id,
        organizationName: 'Casa Azul Collective',
        role: 'executive_director',
        startedOn: '2019-01-01',
        endedOn: null,
        current: true,
        version: 1,
      }),
      expect.objectContaining({
        organizationName: 'Bluebird Health Center',
        role: 'board',
        endedOn: '2020-06-30',
        current: false,
      }),
    ]);
    expect(res.body).not.toHaveProperty('organizations');
  });

  it('answers an archived contact too, with its archive date', async () => {
    const { body } = await t.http().get(`/api/contacts?q=archie`).expect(200);
    expect(body.total).toBe(0);
    const [archived] = await t.dataSource.query<{ id: string }[]>(
      `SELECT id FROM contact WHERE last_name = 'Archived'`,
    );
    const res = await t.http().get(`/api/contacts/${archived.id}`).expect(200);
    expect(res.body.archivedAt).toEqual(expect.any(String));
  });

  it('answers 404 with the error shape for an unknown id', async () => {
    const res = await t.http().get(`/api/contacts/${UNKNOWN_ID}`).expect(404);
    expect(res.body).toEqual({
      statusCode: 404,
      code: 'contact_not_found',
      message: `No contact has the id ${UNKNOWN_ID}`,
    });
  });

  it('answers 400 for a malformed id', async () => {
    const res = await t.http().get('/api/contacts/not-a-uuid').expect(400);
    expect(res.body.fields).toEqual([{ path: 'id', message: 'must be a UUID' }]);
  });
});

describe('GET /api/organizations/:id/contacts', () => {
  let t: TestApp;
  let f: Fixture;

  beforeAll(async () => {
    t = await startTestApp();
    f = await seedFixture(t);
  });
  afterAll(() => t.close());

  const people = async (query = '', id = f.casaAzul.id) =>
    (await t.http().get(`/api/organizations/${id}/contacts?${query}`).expect(200))
      .body as OrganizationContactListResponse;

  it('lists the current people of one organization with every role they hold there', async () => {
    const body = await people();
    expect(body).toMatchObject({ total: 2, page: 1, pageSize: 25 });
    expect(names(body)).toEqual(['Pepe Ramírez', 'محمد الأحمد']);
    expect(body.items[1].roles).toEqual([
      expect.objectContaining({
        role: 'member',
        current: true,
        endedOn: null,
        affiliationId: expect.any(String),
      }),
      expect.objectContaining({ role: 'volunteer', current: true }),
    ]);
    expect(body.items[0]).toMatchObject({
      primaryEmail: 'pepe@example.com',
      roles: [{ role: 'executive_director', startedOn: '2019-01-01' }],
    });
  });

  it('includes people whose affiliation ended when asked, and filters by role and search', async () => {
    const withPast = await people('includePast=true');
    expect(names(withPast)).toEqual(['Pepe Ramírez', 'Maria Silva', 'محمد الأحمد']);
    expect(withPast.items[1].roles).toEqual([
      expect.objectContaining({ role: 'member', endedOn: '2022-12-31', current: false }),
    ]);
    expect(names(await people('role=volunteer'))).toEqual(['محمد الأحمد']);
    expect(names(await people('role=member&includePast=true'))).toEqual([
      'Maria Silva',
      'محمد الأحمد',
    ]);
    expect(names(await people('q=pepe'))).toEqual(['Pepe Ramírez']);
    const bluebird = await people('includePast=true', f.bluebird.id);
    expect(names(bluebird)).toEqual(['Thị Minh Khai Nguyễn', 'Pepe Ramírez']);
    expect(bluebird.items[1].roles).toEqual([
      expect.objectContaining({ role: 'board', current: false }),
    ]);
  });

  it('pages through the people', async () => {
    const page2 = await people('pageSize=1&page=2');
    expect(page2).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(names(page2)).toEqual(['محمد الأحمد']);
  });

  it('answers 404 for an unknown organization and 400 for a malformed id or a bad role', async () => {
    const missing = await t.http().get(`/api/organizations/${UNKNOWN_ID}/contacts`).expect(404);
    expect(missing.body.code).toBe('organization_not_found');
    const malformed = await t.http().get('/api/organizations/nope/contacts').expect(400);
    expect(malformed.body.fields).toEqual([{ path: 'id', message: 'must be a UUID' }]);
    const role = await t
      .http()
      .get(`/api/organizations/${f.casaAzul.id}/contacts?role=boss`)
      .expect(400);
    expect(role.body.fields).toEqual([expect.objectContaining({ path: 'role' })]);
  });
});
