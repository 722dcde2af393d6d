import { insertIssues } from './factories/issue.factory';
import { insertOrganizations } from './factories/organization.factory';
import { startTestApp, type TestApp } from './test-app';

const UNKNOWN = '6f1c1f5e-0d7e-4c55-9d2b-9a3f4b2f1a00';

describe('organizations’ interests in issues', () => {
  let t: TestApp;
  let org: string;
  let safe: string;
  let kids: string;
  let today: string;

  beforeAll(async () => {
    t = await startTestApp();
    [{ id: org }] = await insertOrganizations(t.dataSource, {
      name: 'Lantern Health Center',
      kind: 'health_center',
    });
    const issues = await insertIssues(
      t.dataSource,
      { title: 'Cover All Kids', tier: 2, rank: 1 },
      { title: 'Safe Communities Act', tier: 1, rank: 1 },
    );
    [kids, safe] = issues.map((i) => i.id);
    [{ today }] = await t.dataSource.query<{ today: string }[]>(
      'SELECT current_date::text AS today',
    );
  });
  afterAll(() => t.close());

  const url = (issueId: string, organizationId = org) =>
    `/api/organizations/${organizationId}/interests/${issueId}`;

  it('declares an interest, confirmed today when no date is sent', async () => {
    const res = await t
      .http()
      .put(url(kids))
      .send({ level: 'leading', note: 'Runs the coalition’s clinic outreach ✓' })
      .expect(200);
    expect(res.body).toEqual({
      organizationId: org,
      issueId: kids,
      issueTitle: 'Cover All Kids',
      tier: 2,
      session: '2025-2026',
      issueStatus: 'active',
      level: 'leading',
      note: 'Runs the coalition’s clinic outreach ✓',
      confirmedOn: today,
      updatedAt: expect.any(String),
    });
  });

  it('replaces the whole interest on a second PUT', async () => {
    const res = await t
      .http()
      .put(url(kids))
      .send({ level: 'active', confirmedOn: '2025-06-30' })
      .expect(200);
    expect(res.body).toMatchObject({ level: 'active', note: null, confirmedOn: '2025-06-30' });
    const cleared = await t
      .http()
      .put(url(kids))
      .send({ level: 'active', confirmedOn: null })
      .expect(200);
    expect(cleared.body.confirmedOn).toBeNull();
  });

  it('lists the organization’s interests by tier, and the issue list counts them', async () => {
    await t
      .http()
      .put(url(safe))
      .send({ level: 'interested', confirmedOn: '2024-11-05' })
      .expect(200);
    const res = await t.http().get(`/api/organizations/${org}/interests`).expect(200);
    expect(
      res.body.map((i: { issueTitle: string; level: string }) => [i.issueTitle, i.level]),
    ).toEqual([
      ['Safe Communities Act', 'interested'],
      ['Cover All Kids', 'active'],
    ]);
    const issues = await t.http().get('/api/issues').expect(200);
    expect(issues.body.items.map((i: { interestCounts: object }) => i.interestCounts)).toEqual([
      { interested: 1, active: 0, leading: 0 },
      { interested: 0, active: 1, leading: 0 },
    ]);
  });

  it('removes an interest with 204, and again with 204', async () => {
    await t.http().delete(url(safe)).expect(204);
    await t.http().delete(url(safe)).expect(204);
    const res = await t.http().get(`/api/organizations/${org}/interests`).expect(200);
    expect(res.body.map((i: { issueTitle: string }) => i.issueTitle)).toEqual(['Cover All Kids']);
  });

  it('answers 404 naming which of organization and issue is unknown', async () => {
    const noOrg = await t.http().put(url(kids, UNKNOWN)).send({ level: 'active' }).expect(404);
    expect(noOrg.body).toMatchObject({
      code: 'organization_not_found',
      message: `No organization has the id ${UNKNOWN}`,
    });
    const noIssue = await t.http().put(url(UNKNOWN)).send({ level: 'active' }).expect(404);
    expect(noIssue.body).toMatchObject({
      code: 'issue_not_found',
      message: `No issue has the id ${UNKNOWN}`,
    });
    expect((await t.http().delete(url(UNKNOWN)).expect(404)).body.code).toBe('issue_not_found');
    expect(
      (await t.http().get(`/api/organizations/${UNKNOWN}/interests`).expect(404)).body.code,
    ).toBe('organization_not_found');
  });

  it.each([
    [{ level: 'obsessed' }, 'level', 'must be one of'],
    [{}, 'level', 'must be one of'],
    [{ level: 'active', note: 'x'.repeat(1001) }, 'note', 'at most 1000'],
    [{ level: 'active', confirmedOn: '2025-02-30' }, 'confirmedOn', 'YYYY-MM-DD'],
    [{ level: 'active', priority: 1 }, 'priority', 'not a known field'],
  ])('refuses %j with a 400 naming %s', async (body, field, message) => {
    const res = await t.http().put(url(kids)).send(body).expect(400);
    expect(res.body.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: field, message: expect.stringContaining(message) }),
      ]),
    );
  });

  it('answers 400 for malformed ids in the path', async () => {
    const res = await t
      .http()
      .put('/api/organizations/nope/interests/also-nope')
      .send({ level: 'active' })
      .expect(400);
    expect(res.body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['id', 'issueId']);
  });
});
