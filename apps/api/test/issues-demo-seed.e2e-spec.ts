import { seedDemoCampaigns } from '../src/database/seed/demo-campaigns';
import { seedDemoIssues } from '../src/database/seed/demo-issues';
import { generateDemoOrganizations } from '../src/database/seed/demo-organizations';
import { demoFaker } from '../src/database/seed/demo-random';
import { DEMO_ORGANIZATION_COUNT } from '../src/database/seed/demo-seed';
import { OrganizationEntity } from '../src/modules/organizations/organization.entity';
import { startTestApp, type TestApp } from './test-app';

interface IssueItem {
  id: string;
  title: string;
  tier: number;
  rank: number;
  interestCounts: { interested: number; active: number; leading: number };
}

describe('the demo priorities and campaigns in the database', () => {
  let t: TestApp;
  const lines: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    await t.dataSource.transaction(async (manager) => {
      await manager.insert(
        OrganizationEntity,
        generateDemoOrganizations(demoFaker(), DEMO_ORGANIZATION_COUNT),
      );
      const priorities = await seedDemoIssues(manager, (line) => lines.push(line));
      await seedDemoCampaigns(manager, priorities, (line) => lines.push(line));
    });
  }, 120_000);
  afterAll(() => t.close());

  it('logs one progress line for issues and one for campaigns', () => {
    expect(lines).toEqual([
      expect.stringMatching(/^ {2}issues 12 \(12 bills\), interests \d+$/),
      expect.stringMatching(/^ {2}campaigns 6, participations \d+, contributions \d+$/),
    ]);
  });

  it('shows three tiers holding 3, 5 and 4 priorities, ranked, each with members at every level', async () => {
    const res = await t.http().get('/api/issues?pageSize=100').expect(200);
    const items = res.body.items as IssueItem[];
    expect(
      [1, 2, 3].map((tier) => items.filter((i) => i.tier === tier).map((i) => i.rank)),
    ).toEqual([
      [1, 2, 3],
      [1, 2, 3, 4, 5],
      [1, 2, 3, 4],
    ]);
    expect(items[0].title).toBe('Safe Communities Act');
    for (const issue of items)
      expect({ title: issue.title, leading: issue.interestCounts.leading > 0 }).toEqual({
        title: issue.title,
        leading: true,
      });
    const safe = items[0].interestCounts;
    expect(safe.interested + safe.active + safe.leading).toBeGreaterThan(20);
  });

  it('shows New Americans Vote past its 1,500-voter goal, with last summer’s registrations month by month', async () => {
    const list = await t.http().get('/api/campaigns?q=new americans').expect(200);
    const nav = list.body.items[0];
    const voters = nav.goals.find((g: { label: string }) => g.label === 'New voters registered');
    expect(voters).toMatchObject({ target: 1500, percent: expect.any(Number) });
    expect(voters.achieved).toBeGreaterThan(1500);
    expect(voters.achieved).toBeLessThan(1650);
    const detail = await t.http().get(`/api/campaigns/${nav.id}`).expect(200);
    const series = detail.body.contributionSeries.find(
      (s: { goalId: string }) => s.goalId === voters.goalId,
    );
    const summer = series.points
      .filter((p: { amount: number }) => p.amount > 0)
      .map((p: { month: string }) => p.month);
    expect(summer).toEqual(['2026-06', '2026-07', '2026-08']);
    expect(series.points.at(-1).cumulative).toBe(voters.achieved);
    expect(detail.body.participants.lead_partner.length).toBe(4);
  });

  it('lists the long-running campaigns as active and the ended budget campaign as not', async () => {
    const active = await t.http().get('/api/campaigns?active=true&pageSize=100').expect(200);
    expect(active.body.items.map((c: { name: string }) => c.name)).toEqual(
      expect.arrayContaining([
        'Welcoming Massachusetts',
        'English Works',
        'New Americans Vote',
        'Redistricting',
      ]),
    );
    const ended = await t.http().get('/api/campaigns?active=false').expect(200);
    expect(ended.body.items.map((c: { name: string }) => c.name)).toContain(
      'Fund Immigrant Legal Defense (FY2027 budget)',
    );
  });

  it('answers an organization’s interests and campaigns from the demo', async () => {
    const [lead] = await t.dataSource.query<{ organization_id: string }[]>(
      `SELECT p.organization_id FROM participation p JOIN interest i ON i.organization_id = p.organization_id
       WHERE p.role = 'lead_partner' LIMIT 1`,
    );
    const interests = await t
      .http()
      .get(`/api/organizations/${lead.organization_id}/interests`)
      .expect(200);
    expect(interests.body.length).toBeGreaterThan(0);
    const campaigns = await t
      .http()
      .get(`/api/organizations/${lead.organization_id}/campaigns`)
      .expect(200);
    expect(campaigns.body.map((c: { role: string }) => c.role)).toContain('lead_partner');
  });
});
