import { findMunicipality } from '@coalition/contracts';
import { insertOrganizations } from './factories/organization.factory';
import { startTestApp, type TestApp } from './test-app';

describe('GET /api/organizations', () => {
  let t: TestApp;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    const rows = await insertOrganizations(
      t.dataSource,
      { name: 'Casa José Community Alliance', kind: 'community_group', city: 'Chelsea', joinedOn: '2001-05-01', languages: ['es', 'pt'] },
      { name: 'Bluebird Health Center', kind: 'health_center', city: 'Worcester', joinedOn: '2015-03-10' },
      { name: 'Fitchburg Family Clinic', kind: 'health_center', city: 'Fitchburg', membershipStatus: 'lapsed', joinedOn: '1999-09-09' },
      { name: 'Granite Hill Legal Aid', kind: 'legal_services', city: 'Springfield', membershipStatus: 'prospective', joinedOn: null },
      { name: 'Associação Cabo-Verdiana de Brockton', kind: 'ethnic_association', city: 'Brockton', joinedOn: '2010-01-01', languages: ['kea', 'pt'] },
      { name: 'Hội Người Việt & Friends "100%"', kind: 'ethnic_association', city: 'Boston', joinedOn: '2020-02-02', languages: ['vi'] },
      { name: 'Archived Alliance', kind: 'community_group', city: 'Boston', archivedAt: new Date() },
    );
    ids = Object.fromEntries(rows.map((r) => [r.name, r.id]));
  });

  afterAll(() => t.close());

  const names = (body: { items: { name: string }[] }) => body.items.map((i) => i.name);

  it('answers the list shape, sorted by name, without archived organizations', async () => {
    const res = await t.http().get('/api/organizations').expect(200);
    expect(res.body).toMatchObject({ total: 6, page: 1, pageSize: 25 });
    expect(names(res.body)).toEqual([
      'Associação Cabo-Verdiana de Brockton',
      'Bluebird Health Center',
      'Casa José Community Alliance',
      'Fitchburg Family Clinic',
      'Granite Hill Legal Aid',
      'Hội Người Việt & Friends "100%"',
    ]);
    expect(res.body.items[0]).toEqual({
      id: ids['Associação Cabo-Verdiana de Brockton'],
      name: 'Associação Cabo-Verdiana de Brockton',
      kind: 'ethnic_association',
      membershipStatus: 'active',
      city: 'Brockton',
      county: findMunicipality('Brockton')?.county,
      joinedOn: '2010-01-01',
      languages: ['kea', 'pt'],
      tags: [],
    });
  });

  it('pages through results with the total unchanged', async () => {
    const page2 = await t.http().get('/api/organizations?page=2&pageSize=4').expect(200);
    expect(page2.body).toMatchObject({ total: 6, page: 2, pageSize: 4 });
    expect(names(page2.body)).toEqual(['Granite Hill Legal Aid', 'Hội Người Việt & Friends "100%"']);
    const beyond = await t.http().get('/api/organizations?page=9&pageSize=4').expect(200);
    expect(beyond.body).toMatchObject({ items: [], total: 6 });
  });

  it('searches names and cities ignoring case and accents', async () => {
    const jose = await t.http().get('/api/organizations?q=JOSE').expect(200);
    expect(names(jose.body)).toEqual(['Casa José Community Alliance']);
    const viet = await t.http().get('/api/organizations?q=nguoi viet').expect(200);
    expect(names(viet.body)).toEqual(['Hội Người Việt & Friends "100%"']);
    const city = await t.http().get('/api/organizations?q=worces').expect(200);
    expect(names(city.body)).toEqual(['Bluebird Health Center']);
  });

  it('treats LIKE wildcards in a search as plain characters', async () => {
    const percent = await t.http().get('/api/organizations?q=%25').expect(200);
    expect(names(percent.body)).toEqual(['Hội Người Việt & Friends "100%"']);
    const underscore = await t.http().get('/api/organizations?q=_').expect(200);
    expect(underscore.body.total).toBe(0);
  });

  it('filters by kind, status and county, repeated or comma-separated', async () => {
    const health = await t.http().get('/api/organizations?kind=health_center').expect(200);
    expect(names(health.body)).toEqual(['Bluebird Health Center', 'Fitchburg Family Clinic']);
    const two = await t.http().get('/api/organizations?kind=legal_services&kind=ethnic_association').expect(200);
    expect(two.body.total).toBe(3);
    const comma = await t.http().get('/api/organizations?kind=legal_services,ethnic_association').expect(200);
    expect(names(comma.body)).toEqual(names(two.body));
    const lapsed = await t.http().get('/api/organizations?status=lapsed').expect(200);
    expect(names(lapsed.body)).toEqual(['Fitchburg Family Clinic']);
    const worcesterCounty = await t.http().get('/api/organizations?county=Worcester').expect(200);
    expect(names(worcesterCounty.body)).toEqual(['Bluebird Health Center', 'Fitchburg Family Clinic']);
    const combined = await t.http().get('/api/organizations?county=Worcester&status=active&kind=health_center').expect(200);
    expect(names(combined.body)).toEqual(['Bluebird Health Center']);
  });

  it('sorts by any listed field, descending with a leading minus, missing dates last', async () => {
    const byJoined = await t.http().get('/api/organizations?sort=-joinedOn').expect(200);
    expect(names(byJoined.body)).toEqual([
      'Hội Người Việt & Friends "100%"',
      'Bluebird Health Center',
      'Associação Cabo-Verdiana de Brockton',
      'Casa José Community Alliance',
      'Fitchburg Family Clinic',
      'Granite Hill Legal Aid',
    ]);
    const byCity = await t.http().get('/api/organizations?sort=city').expect(200);
    expect(byCity.body.items.map((i: { city: string }) => i.city)).toEqual([
      'Boston', 'Brockton', 'Chelsea', 'Fitchburg', 'Springfield', 'Worcester',
    ]);
  });

  it.each([
    ['pageSize=1000', 'pageSize', 'must be at most 100'],
    ['page=-1', 'page', 'must be 1 or more'],
    ['page=abc', 'page', 'must be a number'],
    ['page=1.5', 'page', 'must be a whole number'],
    ['kind=nonsense', 'kind', 'must be one of'],
    ['status=asleep', 'status', 'must be one of'],
    ['county=Atlantis', 'county', 'must be one of'],
    ['sort=password', 'sort', 'must be one of'],
    ['color=blue', 'color', 'is not a known field'],
    [`q=${'x'.repeat(201)}`, 'q', 'must be at most 200 characters'],
  ])('answers 400 naming the parameter for ?%s', async (query, field, message) => {
    const res = await t.http().get(`/api/organizations?${query}`).expect(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.message).toContain(`query parameter ${field}`);
    expect(res.body.fields).toEqual(expect.arrayContaining([expect.objectContaining({ path: field, message: expect.stringContaining(message) })]));
  });

  it('never answers 500 to malformed input', async () => {
    const odd = [
      'page[]=1', 'page[$gt]=0', 'q[$ne]=x', 'pageSize=1e3', 'pageSize=', 'kind=', 'q=%00',
      "q=' OR 1=1 --", 'q=%F0%9F%98%80', 'sort=-', 'county=worcester', 'page=99999999999999999999',
    ];
    for (const query of odd) {
      const res = await t.http().get(`/api/organizations?${query}`);
      expect({ query, status: res.status < 500 }).toEqual({ query, status: true });
      expect(res.body).toHaveProperty(res.status === 200 ? 'items' : 'message');
    }
  });
});

describe('GET /api/organizations/:id', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('returns every detail field, with unicode intact', async () => {
    const [org] = await insertOrganizations(t.dataSource, {
      name: 'جمعية الجالية العربية — Ñandú Center',
      kind: 'social_service',
      city: 'Lawrence',
      description: 'Serves families since 1990',
      streetAddress: '12 Essex St',
      zip: '01840',
      website: 'https://example.org',
      email: 'info@example.org',
      phone: '978-555-0100',
      annualDuesCents: 25000,
      duesPaidThrough: '2026-12-31',
      notes: 'Notes ✓',
      languages: ['ar', 'es'],
    });
    const res = await t.http().get(`/api/organizations/${org.id}`).expect(200);
    expect(res.body).toMatchObject({
      id: org.id,
      name: 'جمعية الجالية العربية — Ñandú Center',
      kind: 'social_service',
      city: 'Lawrence',
      county: findMunicipality('Lawrence')?.county,
      description: 'Serves families since 1990',
      streetAddress: '12 Essex St',
      zip: '01840',
      annualDuesCents: 25000,
      duesPaidThrough: '2026-12-31',
      languages: ['ar', 'es'],
      notes: 'Notes ✓',
      version: 1,
    });
    expect(new Date(res.body.createdAt).toISOString()).toBe(res.body.createdAt);
  });

  it('answers 404 with the error shape for an unknown id', async () => {
    const res = await t.http().get('/api/organizations/6f1c1f5e-0d7e-4c55-9d2b-9a3f4b2f1a00').expect(404);
    expect(res.body).toEqual({
      statusCode: 404,
      code: 'organization_not_found',
      message: 'No organization has the id 6f1c1f5e-0d7e-4c55-9d2b-9a3f4b2f1a00',
    });
  });

  it('answers 400 for a malformed id', async () => {
    const res = await t.http().get('/api/organizations/not-a-uuid').expect(400);
    expect(res.body.fields).toEqual([{ path: 'id', message: 'must be a UUID' }]);
  });
});
