import { startTestApp, type TestApp } from './test-app';

describe('writing organizations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const create = (body: object) => t.http().post('/api/organizations').send(body);

  it('creates an organization with defaults and answers its detail', async () => {
    const res = await create({ name: '  Casa Azul Collective ', kind: 'community_group', city: 'Chelsea' }).expect(201);
    expect(res.body).toMatchObject({
      name: 'Casa Azul Collective',
      city: 'Chelsea',
      county: 'Suffolk',
      membershipStatus: 'prospective',
      languages: [],
      tags: [],
      version: 1,
      archivedAt: null,
    });
    await t.http().get(`/api/organizations/${res.body.id}`).expect(200);
  });

  it.each([
    [{ kind: 'school', city: 'Boston' }, 'name', 'must be text'],
    [{ name: ' ', kind: 'school', city: 'Boston' }, 'name', 'must not be blank'],
    [{ name: 'x'.repeat(201), kind: 'school', city: 'Boston' }, 'name', 'at most 200'],
    [{ name: 'A', kind: 'castle', city: 'Boston' }, 'kind', 'must be one of'],
    [{ name: 'A', kind: 'school', city: 'Springfield, IL' }, 'city', 'Massachusetts city or town'],
    [{ name: 'A', kind: 'school', city: 'Boston', email: 'nope' }, 'email', 'email address'],
    [{ name: 'A', kind: 'school', city: 'Boston', website: 'javascript:alert(1)' }, 'website', 'web address'],
    [{ name: 'A', kind: 'school', city: 'Boston', zip: '2108' }, 'zip', 'ZIP code'],
    [{ name: 'A', kind: 'school', city: 'Boston', annualDuesCents: '100' }, 'annualDuesCents', 'must be a number'],
    [{ name: 'A', kind: 'school', city: 'Boston', joinedOn: '2024-13-01' }, 'joinedOn', 'YYYY-MM-DD'],
    [{ name: 'A', kind: 'school', city: 'Boston', languages: ['klingon'] }, 'languages', 'must be one of'],
    [{ name: 'A', kind: 'school', city: 'Boston', immigrationStatus: 'x' }, 'immigrationStatus', 'not a known field'],
  ])('refuses %j with a 400 naming %s', async (body, field, message) => {
    const res = await create(body).expect(400);
    expect(res.body.fields).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: expect.stringMatching(new RegExp(`^${field}`)), message: expect.stringContaining(message) })]),
    );
    const list = await t.http().get('/api/organizations?q=A').expect(200);
    expect(list.body.items.filter((o: { name: string }) => o.name === 'A')).toEqual([]);
  });

  it('refuses a second organization whose name differs only by case, accents, "The" or "Inc."', async () => {
    await create({ name: 'Asociación Latina, Inc.', kind: 'community_group', city: 'Lawrence' }).expect(201);
    for (const name of ['asociacion latina', 'The Asociación Latina', 'ASOCIACION LATINA INC']) {
      const res = await create({ name, kind: 'community_group', city: 'Lawrence' }).expect(409);
      expect(res.body).toMatchObject({ code: 'organization_duplicate', fields: [{ path: 'name', message: 'already exists in Lawrence' }] });
    }
    await create({ name: 'Asociación Latina', kind: 'community_group', city: 'Lowell' }).expect(201);
  });

  it('updates only the fields sent and bumps the version', async () => {
    const { body: created } = await create({ name: 'Kestrel Legal Aid', kind: 'legal_services', city: 'Worcester', phone: '508-555-0100' }).expect(201);
    const res = await t.http().patch(`/api/organizations/${created.id}`).send({ version: 1, membershipStatus: 'active', email: '' }).expect(200);
    expect(res.body).toMatchObject({ membershipStatus: 'active', phone: '508-555-0100', email: null, version: 2 });
  });

  it('answers 409 with the current record when the version is stale, changing nothing', async () => {
    const { body: created } = await create({ name: 'Sandpiper Clinic', kind: 'health_center', city: 'Lynn' }).expect(201);
    await t.http().patch(`/api/organizations/${created.id}`).send({ version: 1, notes: 'first' }).expect(200);
    const stale = await t.http().patch(`/api/organizations/${created.id}`).send({ version: 1, notes: 'second' }).expect(409);
    expect(stale.body).toMatchObject({ code: 'organization_version_conflict', current: { notes: 'first', version: 2 } });
    const after = await t.http().get(`/api/organizations/${created.id}`).expect(200);
    expect(after.body.notes).toBe('first');
  });

  it('archives an organization out of the list and restores it', async () => {
    const { body: created } = await create({ name: 'Quarry Hill Congregation', kind: 'religious', city: 'Quincy' }).expect(201);
    const archived = await t.http().post(`/api/organizations/${created.id}/archive`).send({ version: 1 }).expect(200);
    expect(archived.body.archivedAt).not.toBeNull();
    const hidden = await t.http().get('/api/organizations?q=quarry').expect(200);
    expect(hidden.body.total).toBe(0);
    await t.http().post(`/api/organizations/${created.id}/restore`).send({ version: 2 }).expect(200);
    const back = await t.http().get('/api/organizations?q=quarry').expect(200);
    expect(back.body.total).toBe(1);
  });

  it('answers 404 when updating an unknown organization', async () => {
    const res = await t.http().patch('/api/organizations/6f1c1f5e-0d7e-4c55-9d2b-9a3f4b2f1a00').send({ version: 1, notes: 'x' }).expect(404);
    expect(res.body.code).toBe('organization_not_found');
  });
});
