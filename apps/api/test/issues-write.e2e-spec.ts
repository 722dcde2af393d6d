import { startTestApp, type TestApp } from './test-app';

const UNKNOWN = '6f1c1f5e-0d7e-4c55-9d2b-9a3f4b2f1a00';

describe('writing issues', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const create = (body: object) => t.http().post('/api/issues').send(body);
  /** A whole tier (all sessions) as "rank:title", in list order. */
  const tierTitles = async (tier: number): Promise<string[]> => {
    const res = await t.http().get(`/api/issues?tier=${tier}&pageSize=100`).expect(200);
    return (res.body.items as { title: string; rank: number }[]).map((i) => `${i.rank}:${i.title}`);
  };
  const dense = (ranked: string[]) => ranked.map((r) => Number(r.split(':')[0]));

  it('creates an issue last in its tier, trimmed, with unicode intact', async () => {
    await create({ title: 'First', tier: 1, session: '2031-2032' }).expect(201);
    const res = await create({
      title: '  Acceso al idioma — Língua ✓ 中文 ',
      tier: 1,
      session: '2031-2032',
      summary: 'Résumé',
    }).expect(201);
    expect(res.body).toMatchObject({
      title: 'Acceso al idioma — Língua ✓ 中文',
      summary: 'Résumé',
      tier: 1,
      rank: 2,
      status: 'active',
      interestCounts: { interested: 0, active: 0, leading: 0 },
      bills: [],
      organizations: [],
      version: 1,
      archivedAt: null,
    });
    const again = await t.http().get(`/api/issues/${res.body.id}`).expect(200);
    expect(again.body.title).toBe('Acceso al idioma — Língua ✓ 中文');
  });

  it.each([
    [{ tier: 1, session: '2025-2026' }, 'title', 'must be text'],
    [{ title: ' ', tier: 1, session: '2025-2026' }, 'title', 'must not be blank'],
    [{ title: 'x'.repeat(201), tier: 1, session: '2025-2026' }, 'title', 'at most 200'],
    [
      { title: 'A', tier: 1, session: '2025-2026', summary: 'x'.repeat(2001) },
      'summary',
      'at most 2000',
    ],
    [{ title: 'A', tier: 4, session: '2025-2026' }, 'tier', 'must be 1, 2 or 3'],
    [{ title: 'A', tier: '1', session: '2025-2026' }, 'tier', 'must be a number'],
    [{ title: 'A', tier: 1.5, session: '2025-2026' }, 'tier', 'whole number'],
    [{ title: 'A', tier: 1, session: '2025-2027' }, 'session', 'two consecutive years'],
    [{ title: 'A', tier: 1, session: '2025' }, 'session', 'legislative session'],
    [{ title: 'A', tier: 1, session: '2025-2026', status: 'maybe' }, 'status', 'must be one of'],
    [{ title: 'A', tier: 1, session: '2025-2026', rank: 1 }, 'rank', 'not a known field'],
    [
      { title: 'A', tier: 1, session: '2025-2026', immigrationStatus: 'x' },
      'immigrationStatus',
      'not a known field',
    ],
  ])('refuses %j with a 400 naming %s', async (body, field, message) => {
    const res = await create(body).expect(400);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: field, message: expect.stringContaining(message) }),
      ]),
    );
  });

  it('refuses a second issue with the same title in a session, but not in another session', async () => {
    await create({ title: 'Cover All Kids', tier: 2, session: '2029-2030' }).expect(201);
    const dup = await create({ title: 'cover all kids', tier: 3, session: '2029-2030' }).expect(
      409,
    );
    expect(dup.body).toMatchObject({
      code: 'issue_duplicate',
      fields: [{ path: 'title', message: 'already exists in the 2029-2030 session' }],
    });
    await create({ title: 'Cover All Kids', tier: 2, session: '2027-2028' }).expect(201);
  });

  it('updates only the fields sent and bumps the version', async () => {
    const { body: created } = await create({
      title: 'Housing',
      tier: 2,
      session: '2033-2034',
      summary: 'Keep me',
    }).expect(201);
    const res = await t
      .http()
      .patch(`/api/issues/${created.id}`)
      .send({ version: 1, status: 'won' })
      .expect(200);
    expect(res.body).toMatchObject({
      status: 'won',
      summary: 'Keep me',
      title: 'Housing',
      version: 2,
    });
  });

  it('records each write in the audit trail, and nothing for a refused one', async () => {
    const { body: created } = await create({
      title: 'Audited',
      tier: 2,
      session: '2037-2038',
    }).expect(201);
    await t
      .http()
      .patch(`/api/issues/${created.id}`)
      .send({ version: 1, status: 'paused' })
      .expect(200);
    await t
      .http()
      .patch(`/api/issues/${created.id}`)
      .send({ version: 1, status: 'won' })
      .expect(409);
    const rows = await t.dataSource.query<
      { action: string; changes: { field: string; after: unknown }[] }[]
    >(
      `SELECT action, changes FROM audit_event WHERE entity_type = 'issue' AND entity_id = $1 ORDER BY id`,
      [created.id],
    );
    expect(rows.map((r) => r.action)).toEqual(['create', 'update']);
    expect(rows[1].changes).toEqual([{ field: 'status', before: 'active', after: 'paused' }]);
  });

  it('answers 409 with the current record when the version is stale, changing nothing', async () => {
    const { body: created } = await create({
      title: 'Mental health access',
      tier: 2,
      session: '2033-2034',
    }).expect(201);
    await t
      .http()
      .patch(`/api/issues/${created.id}`)
      .send({ version: 1, summary: 'first' })
      .expect(200);
    const stale = await t
      .http()
      .patch(`/api/issues/${created.id}`)
      .send({ version: 1, summary: 'second' })
      .expect(409);
    expect(stale.body).toMatchObject({
      code: 'issue_version_conflict',
      current: { summary: 'first', version: 2 },
    });
    expect((await t.http().get(`/api/issues/${created.id}`).expect(200)).body.summary).toBe(
      'first',
    );
  });

  it('answers 404 when updating an unknown issue and 400 for a missing version', async () => {
    expect(
      (
        await t
          .http()
          .patch(`/api/issues/${UNKNOWN}`)
          .send({ version: 1, status: 'won' })
          .expect(404)
      ).body.code,
    ).toBe('issue_not_found');
    const noVersion = await t
      .http()
      .patch(`/api/issues/${UNKNOWN}`)
      .send({ status: 'won' })
      .expect(400);
    expect(noVersion.body.fields).toEqual([{ path: 'version', message: 'must be a number' }]);
  });

  it('moves an issue to the end of another tier and closes the gap it leaves', async () => {
    const session = { session: '2031-2032' };
    const a = (await create({ title: 'Tier two A', tier: 2, ...session }).expect(201)).body;
    await create({ title: 'Tier two B', tier: 2, ...session }).expect(201);
    await create({ title: 'Tier two C', tier: 2, ...session }).expect(201);
    const tier1Before = await tierTitles(1);
    const moved = await t
      .http()
      .patch(`/api/issues/${a.id}`)
      .send({ version: 1, tier: 1 })
      .expect(200);
    expect(moved.body).toMatchObject({ tier: 1, rank: tier1Before.length + 1, version: 2 });
    expect(await tierTitles(1)).toEqual([...tier1Before, `${tier1Before.length + 1}:Tier two A`]);
    const tier2 = await tierTitles(2);
    expect(tier2.slice(-2).map((r) => r.split(':')[1])).toEqual(['Tier two B', 'Tier two C']);
    expect(dense(tier2)).toEqual(tier2.map((_, i) => i + 1));
  });

  it('re-ranks a whole tier in one request without touching versions', async () => {
    const before = (await t.http().get('/api/issues?tier=3&pageSize=100').expect(200)).body.items;
    expect(before).toEqual([]);
    const ids: string[] = [];
    for (const title of ['Wage Theft', 'EITC for ITIN filers', 'ESOL budget']) {
      ids.push((await create({ title, tier: 3, session: '2025-2026' }).expect(201)).body.id);
    }
    const res = await t
      .http()
      .post('/api/issues/reorder')
      .send({ tier: 3, issueIds: [ids[2], ids[0], ids[1]] })
      .expect(200);
    expect(res.body.tier).toBe(3);
    expect(
      res.body.items.map((i: { title: string; rank: number; version: number }) => [
        i.rank,
        i.title,
        i.version,
      ]),
    ).toEqual([
      [1, 'ESOL budget', 1],
      [2, 'Wage Theft', 1],
      [3, 'EITC for ITIN filers', 1],
    ]);
    const list = await t.http().get('/api/issues?tier=3').expect(200);
    expect(list.body.items.map((i: { title: string }) => i.title)).toEqual([
      'ESOL budget',
      'Wage Theft',
      'EITC for ITIN filers',
    ]);
  });

  it('refuses a reorder that is not exactly the issues of the tier, changing nothing', async () => {
    const tier3 = (await t.http().get('/api/issues?tier=3').expect(200)).body.items.map(
      (i: { id: string }) => i.id,
    );
    const tier1 = (await t.http().get('/api/issues?tier=1').expect(200)).body.items.map(
      (i: { id: string }) => i.id,
    );
    const missing = await t
      .http()
      .post('/api/issues/reorder')
      .send({ tier: 3, issueIds: tier3.slice(1) })
      .expect(400);
    expect(missing.body).toMatchObject({
      code: 'issue_reorder_mismatch',
      fields: [{ path: 'issueIds' }],
    });
    expect(missing.body.fields[0].message).toContain(`missing ${tier3[0]}`);
    const foreign = await t
      .http()
      .post('/api/issues/reorder')
      .send({ tier: 3, issueIds: [...tier3, tier1[0]] })
      .expect(400);
    expect(foreign.body.fields[0].message).toContain(`not in tier 3: ${tier1[0]}`);
    const twice = await t
      .http()
      .post('/api/issues/reorder')
      .send({ tier: 3, issueIds: [tier3[0], ...tier3] })
      .expect(400);
    expect(twice.body.fields).toEqual([
      { path: 'issueIds', message: 'must not list an issue twice' },
    ]);
    const badTier = await t
      .http()
      .post('/api/issues/reorder')
      .send({ tier: 0, issueIds: tier3 })
      .expect(400);
    expect(badTier.body.fields).toEqual([{ path: 'tier', message: 'must be 1, 2 or 3' }]);
    const badId = await t
      .http()
      .post('/api/issues/reorder')
      .send({ tier: 3, issueIds: ['nope'] })
      .expect(400);
    expect(badId.body.fields).toEqual([{ path: 'issueIds.0', message: 'must be a UUID' }]);
    const after = (await t.http().get('/api/issues?tier=3').expect(200)).body.items.map(
      (i: { id: string }) => i.id,
    );
    expect(after).toEqual(tier3);
  });

  it('archives an issue out of the list and its tier, and restores it last', async () => {
    const session = { session: '2035-2036' };
    const first = (await create({ title: 'Archive me', tier: 3, ...session }).expect(201)).body;
    await create({ title: 'Stays', tier: 3, ...session }).expect(201);
    const before = await tierTitles(3);
    const archived = await t
      .http()
      .post(`/api/issues/${first.id}/archive`)
      .send({ version: 1 })
      .expect(200);
    expect(archived.body.archivedAt).not.toBeNull();
    const list = await t.http().get('/api/issues?session=2035-2036').expect(200);
    expect(list.body.items.map((i: { title: string }) => i.title)).toEqual(['Stays']);
    const after = await tierTitles(3);
    expect(after.map((r) => r.split(':')[1])).toEqual(
      before.map((r) => r.split(':')[1]).filter((title) => title !== 'Archive me'),
    );
    expect(dense(after)).toEqual(after.map((_, i) => i + 1));
    await t.http().post(`/api/issues/${first.id}/archive`).send({ version: 1 }).expect(409);
    const restored = await t
      .http()
      .post(`/api/issues/${first.id}/restore`)
      .send({ version: 2 })
      .expect(200);
    expect(restored.body).toMatchObject({ archivedAt: null, rank: after.length + 1, version: 3 });
  });
});

describe('bills', () => {
  let t: TestApp;
  let issue: { id: string };
  let other: { id: string };
  beforeAll(async () => {
    t = await startTestApp();
    issue = (
      await t
        .http()
        .post('/api/issues')
        .send({ title: 'Safe Communities', tier: 1, session: '2025-2026' })
        .expect(201)
    ).body;
    other = (
      await t
        .http()
        .post('/api/issues')
        .send({ title: 'Older', tier: 1, session: '2023-2024' })
        .expect(201)
    ).body;
  });
  afterAll(() => t.close());

  const create = (body: object) => t.http().post('/api/bills').send(body);

  it('creates a bill in its issue’s session, normalizing the number', async () => {
    const res = await create({
      issueId: issue.id,
      number: ' h.1234 ',
      title: 'An Act — protección ✓',
    }).expect(201);
    expect(res.body).toMatchObject({
      issueId: issue.id,
      issueTitle: 'Safe Communities',
      session: '2025-2026',
      number: 'H.1234',
      title: 'An Act — protección ✓',
      status: 'filed',
      version: 1,
    });
    const issueNow = await t.http().get(`/api/issues/${issue.id}`).expect(200);
    expect(issueNow.body.bills).toEqual([
      {
        id: res.body.id,
        number: 'H.1234',
        title: 'An Act — protección ✓',
        status: 'filed',
        version: 1,
      },
    ]);
  });

  it.each([
    [{ number: 'H1234', title: 'A' }, 'number', 'H.1234 or S.567'],
    [{ number: 'X.12', title: 'A' }, 'number', 'H.1234 or S.567'],
    [{ number: 'H.123456', title: 'A' }, 'number', 'H.1234 or S.567'],
    [{ number: 12, title: 'A' }, 'number', 'must be text'],
    [{ number: 'S.1', title: 'x'.repeat(301) }, 'title', 'at most 300'],
    [{ number: 'S.1', title: 'A', status: 'vetoed' }, 'status', 'must be one of'],
    [{ number: 'S.1', title: 'A', session: '2025-2026' }, 'session', 'not a known field'],
  ])('refuses %j with a 400 naming %s', async (body, field, message) => {
    const res = await create({ issueId: issue.id, ...body }).expect(400);
    expect(res.body.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: field, message: expect.stringContaining(message) }),
      ]),
    );
  });

  it('refuses a number already used in the session, but not in another session', async () => {
    await create({ issueId: issue.id, number: 'S.567', title: 'First' }).expect(201);
    const dup = await create({ issueId: issue.id, number: 'S.567', title: 'Second' }).expect(409);
    expect(dup.body).toMatchObject({
      code: 'bill_duplicate',
      fields: [{ path: 'number', message: 'already exists in the 2025-2026 session' }],
    });
    await create({ issueId: other.id, number: 'S.567', title: 'Older session' }).expect(201);
  });

  it('refuses moving an issue into a session where one of its bill numbers is taken', async () => {
    const res = await t
      .http()
      .patch(`/api/issues/${other.id}`)
      .send({ version: 1, session: '2025-2026' })
      .expect(409);
    expect(res.body).toMatchObject({ code: 'bill_duplicate', fields: [{ path: 'session' }] });
  });

  it('answers 404 naming issueId for an unknown issue', async () => {
    const res = await create({ issueId: UNKNOWN, number: 'H.1', title: 'A' }).expect(404);
    expect(res.body).toMatchObject({ code: 'issue_not_found', fields: [{ path: 'issueId' }] });
  });

  it('updates a bill with its version and answers 409 when stale', async () => {
    const { body: bill } = await create({
      issueId: issue.id,
      number: 'H.4321',
      title: 'Wage theft',
    }).expect(201);
    const res = await t
      .http()
      .patch(`/api/bills/${bill.id}`)
      .send({ version: 1, status: 'passed_one_chamber' })
      .expect(200);
    expect(res.body).toMatchObject({ status: 'passed_one_chamber', version: 2, number: 'H.4321' });
    const stale = await t
      .http()
      .patch(`/api/bills/${bill.id}`)
      .send({ version: 1, status: 'dead' })
      .expect(409);
    expect(stale.body).toMatchObject({
      code: 'bill_version_conflict',
      current: { status: 'passed_one_chamber' },
    });
    const moved = await t
      .http()
      .patch(`/api/bills/${bill.id}`)
      .send({ version: 2, issueId: other.id })
      .expect(200);
    expect(moved.body).toMatchObject({ issueId: other.id, session: '2023-2024' });
  });

  it('lists bills with filters, search and numeric number order', async () => {
    await create({
      issueId: issue.id,
      number: 'H.99',
      title: 'Cover All Kids',
      status: 'in_committee',
    }).expect(201);
    const all = await t.http().get(`/api/bills?issueId=${issue.id}`).expect(200);
    expect(all.body.items.map((b: { number: string }) => b.number)).toEqual([
      'H.99',
      'H.1234',
      'S.567',
    ]);
    const committee = await t.http().get('/api/bills?status=in_committee').expect(200);
    expect(committee.body.items.map((b: { number: string }) => b.number)).toEqual(['H.99']);
    const search = await t.http().get('/api/bills?q=PROTECCION').expect(200);
    expect(search.body.items.map((b: { number: string }) => b.number)).toEqual(['H.1234']);
    const older = await t.http().get('/api/bills?session=2023-2024').expect(200);
    expect(older.body.total).toBe(2);
    const desc = await t.http().get(`/api/bills?issueId=${issue.id}&sort=-number`).expect(200);
    expect(desc.body.items.map((b: { number: string }) => b.number)).toEqual([
      'S.567',
      'H.1234',
      'H.99',
    ]);
    await t.http().get('/api/bills?issueId=nope').expect(400);
  });

  it('answers 404 for an unknown bill', async () => {
    expect((await t.http().get(`/api/bills/${UNKNOWN}`).expect(404)).body.code).toBe(
      'bill_not_found',
    );
  });
});
