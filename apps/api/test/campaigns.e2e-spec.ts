import {
  insertCampaigns,
  insertContributions,
  insertGoals,
  insertParticipations,
} from './factories/campaign.factory';
import { insertIssues } from './factories/issue.factory';
import { insertOrganizations } from './factories/organization.factory';
import { startTestApp, type TestApp } from './test-app';

const CONTACT = '0b7e3f3a-9c59-4c1b-8f5e-2a6d7c1e9f10';

describe('reading campaigns', () => {
  let t: TestApp;
  let orgs: Record<string, string>;
  let nav: string;
  let goals: Record<string, string>;
  let kids: string;
  let participations: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    await t.dataSource.query(`INSERT INTO contact (id, first_name, last_name) VALUES ($1, 'Rosa', 'Mendes')`, [CONTACT]);
    const organizations = await insertOrganizations(
      t.dataSource,
      { name: 'Alpha Legal Aid', kind: 'legal_services' },
      { name: 'Bravo Health Center', kind: 'health_center' },
      { name: 'Charlie Congregation', kind: 'religious' },
    );
    orgs = Object.fromEntries(organizations.map((o) => [o.name.split(' ')[0], o.id]));
    const [safeIssue, kidsIssue] = await insertIssues(
      t.dataSource,
      { title: 'Safe Communities Act', tier: 1, rank: 1 },
      { title: 'Cover All Kids', tier: 2, rank: 1 },
    );
    kids = kidsIssue.id;
    const campaigns = await insertCampaigns(
      t.dataSource,
      {
        name: 'New Americans Vote',
        kind: 'voter_engagement',
        startsOn: '2020-01-01',
        summary: 'Registering new citizens',
      },
      { name: 'Fair Maps', kind: 'redistricting', startsOn: '2021-01-01', endsOn: '2022-12-31' },
      {
        name: 'Cover All Kids Push',
        kind: 'legislative',
        startsOn: '2099-01-01',
        endsOn: '2099-12-31',
      },
      { name: 'Archived Drive', kind: 'budget', archivedAt: new Date() },
    );
    nav = campaigns[0].id;
    await t.dataSource.query(
      'INSERT INTO campaign_issue (campaign_id, issue_id) VALUES ($1, $2), ($3, $4), ($3, $5)',
      [campaigns[1].id, safeIssue.id, campaigns[2].id, kids, safeIssue.id],
    );
    const goalRows = await insertGoals(
      t.dataSource,
      { campaignId: nav, label: 'New voters registered', unit: 'voters', target: 1500 },
      { campaignId: nav, label: 'Events held', unit: 'events', target: 40 },
      { campaignId: nav, label: 'Volunteers trained', unit: 'volunteers', target: 3 },
    );
    goals = { voters: goalRows[0].id, events: goalRows[1].id, volunteers: goalRows[2].id };
    const parts = await insertParticipations(
      t.dataSource,
      { campaignId: nav, organizationId: orgs.Alpha, role: 'lead_partner' },
      { campaignId: nav, organizationId: orgs.Bravo, role: 'participant' },
      { campaignId: nav, organizationId: orgs.Charlie, role: 'endorser', note: 'Signed on ✓' },
      { campaignId: nav, contactId: CONTACT, role: 'participant' },
    );
    participations = { alpha: parts[0].id, bravo: parts[1].id, contact: parts[3].id };
    await insertContributions(
      t.dataSource,
      {
        campaignId: nav,
        goalId: goals.voters,
        participationId: participations.alpha,
        amount: 120,
        recordedOn: '2026-06-14',
        note: 'Lowell naturalization ceremony',
      },
      {
        campaignId: nav,
        goalId: goals.voters,
        participationId: participations.bravo,
        amount: 300,
        recordedOn: '2026-06-28',
      },
      {
        campaignId: nav,
        goalId: goals.voters,
        participationId: participations.alpha,
        amount: 500,
        recordedOn: '2026-07-04',
      },
      { campaignId: nav, goalId: goals.voters, amount: 600, recordedOn: '2026-08-20' },
      { campaignId: nav, goalId: goals.events, amount: 3, recordedOn: '2026-05-10' },
      {
        campaignId: nav,
        goalId: goals.events,
        participationId: participations.alpha,
        amount: 2,
        recordedOn: '2026-08-01',
      },
    );
  });
  afterAll(() => t.close());

  const names = (body: { items: { name: string }[] }) => body.items.map((i) => i.name);

  it('lists campaigns by name with progress toward each goal, computed from contributions', async () => {
    const res = await t.http().get('/api/campaigns').expect(200);
    expect(res.body).toMatchObject({ total: 3, page: 1, pageSize: 25 });
    expect(names(res.body)).toEqual(['Cover All Kids Push', 'Fair Maps', 'New Americans Vote']);
    const navItem = res.body.items[2];
    expect(navItem).toEqual({
      id: nav,
      name: 'New Americans Vote',
      summary: 'Registering new citizens',
      kind: 'voter_engagement',
      startsOn: '2020-01-01',
      endsOn: null,
      active: true,
      issues: [],
      goals: [
        {
          goalId: goals.voters,
          label: 'New voters registered',
          unit: 'voters',
          target: 1500,
          achieved: 1520,
          percent: 101,
        },
        {
          goalId: goals.events,
          label: 'Events held',
          unit: 'events',
          target: 40,
          achieved: 5,
          percent: 12,
        },
        {
          goalId: goals.volunteers,
          label: 'Volunteers trained',
          unit: 'volunteers',
          target: 3,
          achieved: 0,
          percent: 0,
        },
      ],
      participantCount: 4,
      version: 1,
    });
    expect(res.body.items[0].issues.map((i: { title: string }) => i.title)).toEqual([
      'Safe Communities Act',
      'Cover All Kids',
    ]);
  });

  it('filters by kind, linked issue, active window and search', async () => {
    expect(
      names(
        (await t.http().get('/api/campaigns?kind=voter_engagement,redistricting').expect(200)).body,
      ),
    ).toEqual(['Fair Maps', 'New Americans Vote']);
    expect(names((await t.http().get(`/api/campaigns?issueId=${kids}`).expect(200)).body)).toEqual([
      'Cover All Kids Push',
    ]);
    expect(names((await t.http().get('/api/campaigns?active=true').expect(200)).body)).toEqual([
      'New Americans Vote',
    ]);
    expect(names((await t.http().get('/api/campaigns?active=false').expect(200)).body)).toEqual([
      'Cover All Kids Push',
      'Fair Maps',
    ]);
    expect(names((await t.http().get('/api/campaigns?q=MAPS').expect(200)).body)).toEqual([
      'Fair Maps',
    ]);
    expect(names((await t.http().get('/api/campaigns?q=citizens').expect(200)).body)).toEqual([
      'New Americans Vote',
    ]);
  });

  it('sorts by dates, open-ended campaigns last, and pages', async () => {
    expect(names((await t.http().get('/api/campaigns?sort=-startsOn').expect(200)).body)).toEqual([
      'Cover All Kids Push',
      'Fair Maps',
      'New Americans Vote',
    ]);
    expect(names((await t.http().get('/api/campaigns?sort=endsOn').expect(200)).body)).toEqual([
      'Fair Maps',
      'Cover All Kids Push',
      'New Americans Vote',
    ]);
    const page = await t.http().get('/api/campaigns?page=2&pageSize=2').expect(200);
    expect(page.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(names(page.body)).toEqual(['New Americans Vote']);
  });

  it.each([
    ['kind=parade', 'kind', 'must be one of'],
    ['active=yes', 'active', 'must be one of'],
    ['issueId=12', 'issueId', 'must be a UUID'],
    ['sort=budget', 'sort', 'must be one of'],
    ['page=0', 'page', 'must be 1 or more'],
    ['colour=red', 'colour', 'is not a known field'],
  ])('answers 400 naming the parameter for ?%s', async (query, field, message) => {
    const res = await t.http().get(`/api/campaigns?${query}`).expect(400);
    expect(res.body.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: field, message: expect.stringContaining(message) }),
      ]),
    );
  });

  it('answers the detail with participants by role and a cumulative monthly series per goal', async () => {
    const res = await t.http().get(`/api/campaigns/${nav}`).expect(200);
    expect(res.body.participants).toEqual({
      lead_partner: [
        {
          id: participations.alpha,
          role: 'lead_partner',
          organization: { id: orgs.Alpha, name: 'Alpha Legal Aid', kind: 'legal_services' },
          contact: null,
          joinedOn: '2024-02-01',
          note: null,
          contributed: 622,
        },
      ],
      funder: [],
      participant: [
        expect.objectContaining({
          id: participations.bravo,
          organization: expect.objectContaining({ name: 'Bravo Health Center' }),
          contributed: 300,
        }),
        expect.objectContaining({
          id: participations.contact,
          organization: null,
          contact: { id: CONTACT, name: 'Rosa Mendes' },
          contributed: 0,
        }),
      ],
      endorser: [expect.objectContaining({ note: 'Signed on ✓', contributed: 0 })],
    });
    expect(res.body.contributionSeries).toEqual([
      {
        goalId: goals.voters,
        label: 'New voters registered',
        unit: 'voters',
        target: 1500,
        points: [
          { month: '2026-05', amount: 0, cumulative: 0 },
          { month: '2026-06', amount: 420, cumulative: 420 },
          { month: '2026-07', amount: 500, cumulative: 920 },
          { month: '2026-08', amount: 600, cumulative: 1520 },
        ],
      },
      {
        goalId: goals.events,
        label: 'Events held',
        unit: 'events',
        target: 40,
        points: [
          { month: '2026-05', amount: 3, cumulative: 3 },
          { month: '2026-06', amount: 0, cumulative: 3 },
          { month: '2026-07', amount: 0, cumulative: 3 },
          { month: '2026-08', amount: 2, cumulative: 5 },
        ],
      },
      expect.objectContaining({
        goalId: goals.volunteers,
        points: expect.arrayContaining([{ month: '2026-08', amount: 0, cumulative: 0 }]),
      }),
    ]);
    expect(res.body).toMatchObject({ archivedAt: null, version: 1 });
  });

  it('answers an empty series for a campaign with no contributions', async () => {
    const list = await t.http().get('/api/campaigns?q=fair').expect(200);
    const res = await t.http().get(`/api/campaigns/${list.body.items[0].id}`).expect(200);
    expect(res.body.contributionSeries).toEqual([]);
    expect(res.body.participants).toEqual({
      lead_partner: [],
      funder: [],
      participant: [],
      endorser: [],
    });
  });

  it('pages through contributions newest first, filtered by goal', async () => {
    const first = await t.http().get(`/api/campaigns/${nav}/contributions?pageSize=2`).expect(200);
    expect(first.body).toMatchObject({ total: 6, page: 1, pageSize: 2 });
    expect(first.body.items.map((c: { recordedOn: string }) => c.recordedOn)).toEqual([
      '2026-08-20',
      '2026-08-01',
    ]);
    expect(first.body.items[1]).toEqual({
      id: expect.any(String),
      campaignId: nav,
      goalId: goals.events,
      goalLabel: 'Events held',
      unit: 'events',
      participationId: participations.alpha,
      participantName: 'Alpha Legal Aid',
      amount: 2,
      recordedOn: '2026-08-01',
      note: null,
      createdAt: expect.any(String),
    });
    const voters = await t
      .http()
      .get(`/api/campaigns/${nav}/contributions?goalId=${goals.voters}`)
      .expect(200);
    expect(voters.body.items.map((c: { amount: number }) => c.amount)).toEqual([
      600, 500, 300, 120,
    ]);
    const alpha = await t
      .http()
      .get(`/api/campaigns/${nav}/contributions?participationId=${participations.alpha}`)
      .expect(200);
    expect(alpha.body.total).toBe(3);
  });

  it('lists the campaigns an organization takes part in, with its contributions total', async () => {
    const res = await t.http().get(`/api/organizations/${orgs.Alpha}/campaigns`).expect(200);
    expect(res.body).toEqual([
      {
        participationId: participations.alpha,
        role: 'lead_partner',
        joinedOn: '2024-02-01',
        note: null,
        contributed: 622,
        campaign: {
          id: nav,
          name: 'New Americans Vote',
          kind: 'voter_engagement',
          startsOn: '2020-01-01',
          endsOn: null,
          active: true,
        },
      },
    ]);
    await t
      .http()
      .get('/api/organizations/6f1c1f5e-0d7e-4c55-9d2b-9a3f4b2f1a00/campaigns')
      .expect(404);
  });

  it('answers 404 for an unknown campaign and 400 for a malformed id', async () => {
    const res = await t
      .http()
      .get('/api/campaigns/6f1c1f5e-0d7e-4c55-9d2b-9a3f4b2f1a00')
      .expect(404);
    expect(res.body.code).toBe('campaign_not_found');
    await t
      .http()
      .get('/api/campaigns/6f1c1f5e-0d7e-4c55-9d2b-9a3f4b2f1a00/contributions')
      .expect(404);
    const bad = await t.http().get('/api/campaigns/123').expect(400);
    expect(bad.body.fields).toEqual([{ path: 'id', message: 'must be a UUID' }]);
  });
});
