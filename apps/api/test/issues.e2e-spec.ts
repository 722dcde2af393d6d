import { insertIssues, insertBills, insertInterests } from './factories/issue.factory';
import { insertOrganizations } from './factories/organization.factory';
import { startTestApp, type TestApp } from './test-app';

interface Item {
  id: string;
  title: string;
  interestCounts: { interested: number; active: number; leading: number };
  bills: { number: string }[];
}

describe('GET /api/issues', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  let orgs: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    const organizations = await insertOrganizations(
      t.dataSource,
      { name: 'Alpha Legal Aid', kind: 'legal_services' },
      { name: 'Bravo Health Center', kind: 'health_center' },
      { name: 'Charlie Congregation', kind: 'religious', membershipStatus: 'lapsed' },
      { name: 'Delta Workers Union', kind: 'labor_union' },
      { name: 'Echo Archived Group', archivedAt: new Date() },
    );
    orgs = Object.fromEntries(organizations.map((o) => [o.name.split(' ')[0], o.id]));
    const issues = await insertIssues(
      t.dataSource,
      {
        title: 'Safe Communities Act',
        tier: 1,
        rank: 1,
        summary: 'Protection from immigration enforcement',
      },
      { title: 'Immigrant Legal Defense Act', tier: 1, rank: 2 },
      { title: 'Dignity Not Deportations', tier: 1, rank: 3 },
      { title: 'Cover All Kids', tier: 2, rank: 1 },
      { title: 'Language Access and Inclusion Act', tier: 2, rank: 2, status: 'paused' },
      { title: 'Wage Theft', tier: 3, rank: 1, session: '2023-2024', status: 'won' },
      { title: 'Archived Priority', tier: 1, rank: 4, archivedAt: new Date() },
    );
    ids = Object.fromEntries(issues.map((i) => [i.title, i.id]));
    await insertBills(
      t.dataSource,
      {
        issueId: ids['Safe Communities Act'],
        number: 'S.1510',
        title: 'An Act to protect the civil rights',
        status: 'reported',
      },
      {
        issueId: ids['Safe Communities Act'],
        number: 'H.2288',
        title: 'Safe Communities Act (House)',
        status: 'in_committee',
      },
      { issueId: ids['Cover All Kids'], number: 'H.100', title: 'Cover All Kids, part two' },
      { issueId: ids['Cover All Kids'], number: 'H.99', title: 'Cover All Kids' },
    );
    const safe = ids['Safe Communities Act'];
    const kids = ids['Cover All Kids'];
    await insertInterests(
      t.dataSource,
      { organizationId: orgs.Alpha, issueId: safe, level: 'leading', confirmedOn: '2026-01-10' },
      { organizationId: orgs.Bravo, issueId: safe, level: 'active' },
      { organizationId: orgs.Charlie, issueId: safe, level: 'active', confirmedOn: '2024-02-02' },
      { organizationId: orgs.Delta, issueId: safe, level: 'interested' },
      { organizationId: orgs.Echo, issueId: safe, level: 'leading' },
      {
        organizationId: orgs.Alpha,
        issueId: ids['Immigrant Legal Defense Act'],
        level: 'interested',
      },
      { organizationId: orgs.Bravo, issueId: kids, level: 'leading' },
      { organizationId: orgs.Charlie, issueId: kids, level: 'interested' },
      { organizationId: orgs.Delta, issueId: kids, level: 'interested' },
    );
  });

  afterAll(() => t.close());

  const titles = (body: { items: Item[] }) => body.items.map((i) => i.title);
  const byTitle = (body: { items: Item[] }, title: string) =>
    body.items.find((i) => i.title === title)!;

  it('lists issues by tier then rank, without archived ones', async () => {
    const res = await t.http().get('/api/issues').expect(200);
    expect(res.body).toMatchObject({ total: 6, page: 1, pageSize: 25 });
    expect(titles(res.body)).toEqual([
      'Safe Communities Act',
      'Immigrant Legal Defense Act',
      'Dignity Not Deportations',
      'Cover All Kids',
      'Language Access and Inclusion Act',
      'Wage Theft',
    ]);
    expect(res.body.items[0]).toEqual({
      id: ids['Safe Communities Act'],
      title: 'Safe Communities Act',
      summary: 'Protection from immigration enforcement',
      tier: 1,
      rank: 1,
      session: '2025-2026',
      status: 'active',
      interestCounts: { interested: 1, active: 2, leading: 1 },
      bills: [
        {
          id: expect.any(String),
          number: 'H.2288',
          title: 'Safe Communities Act (House)',
          status: 'in_committee',
          version: 1,
        },
        {
          id: expect.any(String),
          number: 'S.1510',
          title: 'An Act to protect the civil rights',
          status: 'reported',
          version: 1,
        },
      ],
      version: 1,
    });
  });

  it('counts organizations at each level per issue, leaving out archived organizations', async () => {
    const res = await t.http().get('/api/issues').expect(200);
    expect(byTitle(res.body, 'Immigrant Legal Defense Act').interestCounts).toEqual({
      interested: 1,
      active: 0,
      leading: 0,
    });
    expect(byTitle(res.body, 'Cover All Kids').interestCounts).toEqual({
      interested: 2,
      active: 0,
      leading: 1,
    });
    expect(byTitle(res.body, 'Dignity Not Deportations').interestCounts).toEqual({
      interested: 0,
      active: 0,
      leading: 0,
    });
    expect(byTitle(res.body, 'Dignity Not Deportations').bills).toEqual([]);
  });

  it('orders bill numbers as numbers within a chamber', async () => {
    const res = await t.http().get('/api/issues?q=cover').expect(200);
    expect(res.body.items[0].bills.map((b: { number: string }) => b.number)).toEqual([
      'H.99',
      'H.100',
    ]);
  });

  it('filters by tier, status and session, repeated or comma-separated', async () => {
    const tier1 = await t.http().get('/api/issues?tier=1').expect(200);
    expect(tier1.body.total).toBe(3);
    const tiers = await t.http().get('/api/issues?tier=1,3').expect(200);
    expect(titles(tiers.body)).toEqual([...titles(tier1.body), 'Wage Theft']);
    const repeated = await t.http().get('/api/issues?tier=1&tier=3').expect(200);
    expect(titles(repeated.body)).toEqual(titles(tiers.body));
    const paused = await t.http().get('/api/issues?status=paused').expect(200);
    expect(titles(paused.body)).toEqual(['Language Access and Inclusion Act']);
    const older = await t.http().get('/api/issues?session=2023-2024').expect(200);
    expect(titles(older.body)).toEqual(['Wage Theft']);
    const combined = await t
      .http()
      .get('/api/issues?tier=2&status=active&session=2025-2026')
      .expect(200);
    expect(titles(combined.body)).toEqual(['Cover All Kids']);
  });

  it('searches titles, summaries and bills, ignoring case', async () => {
    expect(titles((await t.http().get('/api/issues?q=LEGAL').expect(200)).body)).toEqual([
      'Immigrant Legal Defense Act',
    ]);
    expect(titles((await t.http().get('/api/issues?q=enforcement').expect(200)).body)).toEqual([
      'Safe Communities Act',
    ]);
    expect(titles((await t.http().get('/api/issues?q=s.1510').expect(200)).body)).toEqual([
      'Safe Communities Act',
    ]);
    expect(titles((await t.http().get('/api/issues?q=civil rights').expect(200)).body)).toEqual([
      'Safe Communities Act',
    ]);
    expect((await t.http().get('/api/issues?q=%25').expect(200)).body.total).toBe(0);
  });

  it('sorts by title or by tier descending (rank still ascending within a tier)', async () => {
    const byName = await t.http().get('/api/issues?sort=title').expect(200);
    expect(titles(byName.body)).toEqual(
      [...titles(byName.body)].sort((a, b) => a.localeCompare(b)),
    );
    const desc = await t.http().get('/api/issues?sort=-tier').expect(200);
    expect(titles(desc.body)).toEqual([
      'Wage Theft',
      'Cover All Kids',
      'Language Access and Inclusion Act',
      'Safe Communities Act',
      'Immigrant Legal Defense Act',
      'Dignity Not Deportations',
    ]);
  });

  it('pages through results with the total unchanged', async () => {
    const page2 = await t.http().get('/api/issues?page=2&pageSize=2').expect(200);
    expect(page2.body).toMatchObject({ total: 6, page: 2, pageSize: 2 });
    expect(titles(page2.body)).toEqual(['Dignity Not Deportations', 'Cover All Kids']);
    const beyond = await t.http().get('/api/issues?page=5&pageSize=2').expect(200);
    expect(beyond.body).toMatchObject({ items: [], total: 6 });
  });

  it.each([
    ['tier=4', 'tier', 'must be one of'],
    ['tier=one', 'tier', 'must be one of'],
    ['status=asleep', 'status', 'must be one of'],
    ['session=2025-2027', 'session', 'two consecutive years'],
    ['session=25-26', 'session', 'legislative session'],
    ['sort=rank', 'sort', 'must be one of'],
    ['pageSize=101', 'pageSize', 'must be at most 100'],
    ['color=blue', 'color', 'is not a known field'],
  ])('answers 400 naming the parameter for ?%s', async (query, field, message) => {
    const res = await t.http().get(`/api/issues?${query}`).expect(400);
    expect(res.body.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: field, message: expect.stringContaining(message) }),
      ]),
    );
  });

  describe('GET /api/issues/:id', () => {
    it('answers the issue with its bills and the organizations at each level, leading first', async () => {
      const res = await t.http().get(`/api/issues/${ids['Safe Communities Act']}`).expect(200);
      expect(res.body).toMatchObject({
        title: 'Safe Communities Act',
        interestCounts: { interested: 1, active: 2, leading: 1 },
        archivedAt: null,
      });
      expect(res.body.bills.map((b: { number: string }) => b.number)).toEqual(['H.2288', 'S.1510']);
      expect(res.body.organizations).toEqual([
        {
          id: orgs.Alpha,
          name: 'Alpha Legal Aid',
          kind: 'legal_services',
          membershipStatus: 'active',
          level: 'leading',
          note: null,
          confirmedOn: '2026-01-10',
        },
        {
          id: orgs.Bravo,
          name: 'Bravo Health Center',
          kind: 'health_center',
          membershipStatus: 'active',
          level: 'active',
          note: null,
          confirmedOn: '2025-03-01',
        },
        {
          id: orgs.Charlie,
          name: 'Charlie Congregation',
          kind: 'religious',
          membershipStatus: 'lapsed',
          level: 'active',
          note: null,
          confirmedOn: '2024-02-02',
        },
        {
          id: orgs.Delta,
          name: 'Delta Workers Union',
          kind: 'labor_union',
          membershipStatus: 'active',
          level: 'interested',
          note: null,
          confirmedOn: '2025-03-01',
        },
      ]);
      expect(new Date(res.body.createdAt).toISOString()).toBe(res.body.createdAt);
    });

    it('still answers an archived issue by id', async () => {
      const res = await t.http().get(`/api/issues/${ids['Archived Priority']}`).expect(200);
      expect(res.body.archivedAt).not.toBeNull();
    });

    it('answers 404 for an unknown id and 400 for a malformed one', async () => {
      const missing = await t
        .http()
        .get('/api/issues/6f1c1f5e-0d7e-4c55-9d2b-9a3f4b2f1a00')
        .expect(404);
      expect(missing.body).toEqual({
        statusCode: 404,
        code: 'issue_not_found',
        message: 'No issue has the id 6f1c1f5e-0d7e-4c55-9d2b-9a3f4b2f1a00',
      });
      const malformed = await t.http().get('/api/issues/not-a-uuid').expect(400);
      expect(malformed.body.fields).toEqual([{ path: 'id', message: 'must be a UUID' }]);
    });
  });
});
