import { parse } from 'csv-parse/sync';
import {
  type ActivityReport,
  type BreakdownReport,
  type CampaignReport,
  type CoverageReport,
  ENGAGEMENT_BANDS,
  type SegmentFilterInput,
  withBand,
} from '@coalition/contracts';
import { insertCampaigns, insertContributions, insertGoals, insertParticipations } from './factories/campaign.factory';
import { insertContacts } from './factories/contact.factory';
import { insertInterests, insertIssues } from './factories/issue.factory';
import { insertOrganizations } from './factories/organization.factory';
import { startTestApp, type TestApp } from './test-app';

/*
 * Coverage, campaign progress, breakdowns and activity (docs/reports.md) on a small fixed
 * fixture, every number worked out by hand below.
 *
 * Members (active, not archived), with city (county), languages, current contacts and score:
 *   Casa Azul        community_group     Boston (Suffolk)       es pt   p1 p2      60   core
 *   Bluebird Health  health_center       Worcester (Worcester)  es      p2 p5      30   active
 *   Haitian Families ethnic_association  Worcester (Worcester)  ht fr   p6         10   occasional
 *   Lowell Khmer     ethnic_association  Lowell (Middlesex)     km      —           0   dormant
 *   NB Workers       labor_union         New Bedford (Bristol)  pt kea  p7         not scored yet
 *   Springfield Law  legal_services      Springfield (Hampden)  es      p8         45.5 active
 * Not members: Quincy Prospect (prospective, vi, p9, 80 core), Salem Lapsed (lapsed, school, es),
 * Archived Collective (archived, p10). Casa Azul's p3 left (affiliation ended), p4 is archived;
 * p2 works at Casa Azul and Bluebird; p11 belongs to no organization.
 *
 * All members once: 6 organizations; contacts p1 p2 p5 p6 p7 p8 = 6; average over the five
 * scored (60 + 30 + 10 + 0 + 45.5) / 5 = 29.1; bands core 1, active 2, occasional 1, dormant 1.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const monthStart = (date: string) => `${date.slice(0, 7)}-01`;
/** The first day of the month `n` months before the month of `date`. */
function monthsBack(date: string, n: number): string {
  const months = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 - n;
  return `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}-01`;
}
const quarterStart = (date: string) => monthsBack(date, (Number(date.slice(5, 7)) - 1) % 3);

function rowsOf(text: string): Record<string, string>[] {
  return parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { columns: true });
}

/** [label, organizations, contacts, averageScore, core, active, occasional, dormant] */
type Line = [string, number, number, number | null, number, number, number, number];
function lines(report: BreakdownReport): Line[] {
  return report.rows.map((r) => [r.label, r.organizations, r.contacts, r.averageScore, r.bands.core, r.bands.active, r.bands.occasional, r.bands.dormant]);
}

describe('leadership reports: coverage, campaigns, breakdowns and activity', () => {
  let t: TestApp;
  let T: string;
  const org: Record<string, string> = {};
  const person: Record<string, string> = {};
  const issue: Record<string, string> = {};
  const campaign: Record<string, string> = {};

  async function preview(filter: SegmentFilterInput): Promise<{ organizations: number; contacts: number }> {
    const res = await t.http().post('/api/segments/preview').send({ filter, pageSize: 1 }).expect(200);
    return { organizations: res.body.organizations.total, contacts: res.body.contacts.total };
  }

  async function meeting(day: string, attended: [string, string | null][], archived = false) {
    const [{ id }] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO meeting (title, type, starts_at, archived_at)
       VALUES ('Activity ' || $1::text, 'working_group', $1::date + time '12:00', CASE WHEN $2 THEN now() END) RETURNING id`,
      [day, archived],
    );
    for (const [who, orgName] of attended) {
      await t.dataSource.query(`INSERT INTO attendance (meeting_id, contact_id, organization_id, status) VALUES ($1, $2, $3, 'attended')`, [
        id,
        person[who],
        orgName ? org[orgName] : null,
      ]);
    }
  }

  async function history(orgName: string, day: string, score: number) {
    await t.dataSource.query(
      `INSERT INTO engagement_score_daily (subject_type, subject_id, day, score, band) VALUES ('organization', $1, $2, $3, 'active')`,
      [org[orgName], day, score],
    );
  }

  beforeAll(async () => {
    t = await startTestApp();
    [{ today: T }] = await t.dataSource.query<{ today: string }[]>(`SELECT to_char(current_date, 'YYYY-MM-DD') AS today`);
    const orgs = await insertOrganizations(
      t.dataSource,
      { name: 'Casa Azul', kind: 'community_group', city: 'Boston', languages: ['es', 'pt'] },
      { name: 'Bluebird Health', kind: 'health_center', city: 'Worcester', languages: ['es'] },
      { name: 'Haitian Families', kind: 'ethnic_association', city: 'Worcester', languages: ['ht', 'fr'] },
      { name: 'Lowell Khmer', kind: 'ethnic_association', city: 'Lowell', languages: ['km'] },
      { name: 'NB Workers', kind: 'labor_union', city: 'New Bedford', languages: ['pt', 'kea'] },
      { name: 'Springfield Law', kind: 'legal_services', city: 'Springfield', languages: ['es'] },
      { name: 'Quincy Prospect', kind: 'community_group', city: 'Quincy', languages: ['vi'], membershipStatus: 'prospective' },
      { name: 'Salem Lapsed', kind: 'school', city: 'Salem', languages: ['es'], membershipStatus: 'lapsed' },
      { name: 'Archived Collective', kind: 'community_group', city: 'Boston', languages: ['es'], archivedAt: new Date() },
    );
    orgs.forEach((o) => (org[o.name] = o.id));
    const at = (...names: string[]) => names.map((name) => ({ organizationId: org[name], role: 'staff' as const }));
    const contacts = await insertContacts(
      t.dataSource,
      { firstName: 'p1', affiliations: at('Casa Azul') },
      { firstName: 'p2', affiliations: at('Casa Azul', 'Bluebird Health') },
      { firstName: 'p3', affiliations: [{ organizationId: org['Casa Azul'], role: 'staff', endedOn: '2025-01-31' }] },
      { firstName: 'p4', affiliations: at('Casa Azul'), archivedAt: new Date() },
      { firstName: 'p5', affiliations: at('Bluebird Health') },
      { firstName: 'p6', affiliations: at('Haitian Families') },
      { firstName: 'p7', affiliations: at('NB Workers') },
      { firstName: 'p8', affiliations: at('Springfield Law') },
      { firstName: 'p9', affiliations: at('Quincy Prospect') },
      { firstName: 'p10', affiliations: at('Archived Collective') },
      { firstName: 'p11' },
    );
    contacts.forEach((c) => (person[c.firstName] = c.id));
    const scores: [string, number, string][] = [
      ['Casa Azul', 60, 'core'], ['Bluebird Health', 30, 'active'], ['Haitian Families', 10, 'occasional'],
      ['Lowell Khmer', 0, 'dormant'], ['Springfield Law', 45.5, 'active'], ['Quincy Prospect', 80, 'core'],
    ];
    for (const [name, score, band] of scores) {
      await t.dataSource.query(
        `INSERT INTO engagement_score (subject_type, subject_id, score, band, components, computed_at) VALUES ('organization', $1, $2, $3, '{}', now())`,
        [org[name], score, band],
      );
    }

    const issues = await insertIssues(
      t.dataSource,
      { title: 'Safe Communities Act', tier: 1, rank: 1 },
      { title: 'Cover All Kids', tier: 2, rank: 1 },
      { title: 'Language Access', tier: 1, rank: 2 },
      { title: 'Archived issue', tier: 1, rank: 3, archivedAt: new Date() },
    );
    issues.forEach((i) => (issue[i.title] = i.id));
    const interest = (orgName: string, title: string, level: 'interested' | 'active' | 'leading') => ({ organizationId: org[orgName], issueId: issue[title], level });
    await insertInterests(
      t.dataSource,
      interest('Casa Azul', 'Safe Communities Act', 'leading'),
      interest('Bluebird Health', 'Safe Communities Act', 'active'),
      interest('Haitian Families', 'Safe Communities Act', 'interested'),
      interest('Quincy Prospect', 'Safe Communities Act', 'leading'),
      interest('Salem Lapsed', 'Safe Communities Act', 'active'),
      interest('Bluebird Health', 'Cover All Kids', 'leading'),
      interest('Springfield Law', 'Cover All Kids', 'interested'),
      interest('Casa Azul', 'Archived issue', 'leading'),
    );

    const campaigns = await insertCampaigns(
      t.dataSource,
      { name: 'New Americans Vote', kind: 'voter_engagement', startsOn: '2024-01-01', endsOn: null },
      { name: 'English Works', kind: 'workforce_esol', startsOn: '2025-03-01', endsOn: '2025-12-31' },
      { name: 'Redistricting', kind: 'redistricting', startsOn: '2026-01-05', endsOn: null },
      { name: 'Archived campaign', startsOn: '2026-02-01', archivedAt: new Date() },
    );
    campaigns.forEach((c) => (campaign[c.name] = c.id));
    const role = (name: string, orgName: string, r: 'lead_partner' | 'participant' | 'endorser') => ({ campaignId: campaign[name], organizationId: org[orgName], role: r });
    await insertParticipations(
      t.dataSource,
      role('New Americans Vote', 'Casa Azul', 'lead_partner'),
      role('New Americans Vote', 'Casa Azul', 'endorser'),
      role('New Americans Vote', 'Bluebird Health', 'participant'),
      role('New Americans Vote', 'Quincy Prospect', 'participant'),
      { campaignId: campaign['New Americans Vote'], contactId: person.p1, role: 'participant' },
      role('English Works', 'Haitian Families', 'endorser'),
      role('Archived campaign', 'Casa Azul', 'participant'),
    );
    const [goal] = await insertGoals(t.dataSource, { campaignId: campaign['New Americans Vote'], label: 'Voters registered', unit: 'voters', target: 1500 });
    await insertContributions(
      t.dataSource,
      { campaignId: campaign['New Americans Vote'], goalId: goal.id, amount: 700, recordedOn: '2025-06-15' },
      { campaignId: campaign['New Americans Vote'], goalId: goal.id, amount: 300, recordedOn: '2025-08-01' },
    );
  });
  afterAll(() => t.close());

  describe('GET /api/reports/coverage', () => {
    it('counts members at each level on every current issue, by tier then rank, with their counties', async () => {
      const res = await (await t.as('leadership')).get('/api/reports/coverage').expect(200);
      const { items } = res.body as CoverageReport;
      // Safe Communities: Casa Azul leads (Suffolk), Bluebird active, Haitian interested (both
      // Worcester); Quincy (prospective) and Salem (lapsed) are not members. Language Access: none.
      expect(items.map((r) => [r.title, r.tier, r.rank, r.leading, r.active, r.interested, r.total, r.counties])).toEqual([
        ['Safe Communities Act', 1, 1, 1, 1, 1, 3, 2],
        ['Language Access', 1, 2, 0, 0, 0, 0, 0],
        ['Cover All Kids', 2, 1, 1, 0, 1, 2, 2],
      ]);
      const safe = items[0];
      expect(await preview(safe.filters.any)).toEqual({ organizations: 3, contacts: 4 });
      expect((await preview(safe.filters.activeOrLeading)).organizations).toBe(2);
      expect((await preview(safe.filters.leading)).organizations).toBe(1);
    });
  });

  describe('GET /api/reports/campaigns', () => {
    it('shows running campaigns first, newest start first, with goal progress and members taking part', async () => {
      const res = await t.http().get('/api/reports/campaigns').expect(200);
      const { items } = res.body as CampaignReport;
      // New Americans Vote: Casa Azul (two roles, once) and Bluebird; Quincy is prospective.
      expect(items.map((c) => [c.name, c.active, c.members])).toEqual([
        ['Redistricting', true, 0],
        ['New Americans Vote', true, 2],
        ['English Works', false, 1],
      ]);
      const vote = items[1];
      expect(vote.goals).toEqual([expect.objectContaining({ label: 'Voters registered', target: 1500, achieved: 1000, percent: 66 })]);
      expect(vote.series[0].points).toEqual([
        { month: '2025-06', amount: 700, cumulative: 700 },
        { month: '2025-07', amount: 0, cumulative: 700 },
        { month: '2025-08', amount: 300, cumulative: 1000 },
      ]);
      expect(await preview(vote.filter)).toEqual({ organizations: 2, contacts: 3 });
    });
  });

  describe('GET /api/reports/breakdowns/:dimension', () => {
    it('lists every kind, also those without members', async () => {
      const res = await t.http().get('/api/reports/breakdowns/kind').expect(200);
      const report = res.body as BreakdownReport;
      expect(lines(report)).toEqual([
        ['Community-based group', 1, 2, 60, 1, 0, 0, 0],
        ['Social-service organization', 0, 0, null, 0, 0, 0, 0],
        ['Ethnic association', 2, 1, 5, 0, 0, 1, 1], // (10 + 0) / 2
        ['School', 0, 0, null, 0, 0, 0, 0], // Salem is lapsed
        ['Refugee-resettlement agency', 0, 0, null, 0, 0, 0, 0],
        ['Health center / hospital', 1, 2, 30, 0, 1, 0, 0],
        ['Religious institution', 0, 0, null, 0, 0, 0, 0],
        ['Labor union', 1, 1, null, 0, 0, 0, 0], // not scored yet: in no band, no average
        ['Law firm / legal services', 1, 1, 45.5, 0, 1, 0, 0],
        ['Other', 0, 0, null, 0, 0, 0, 0],
      ]);
      expect(report.total).toEqual({ organizations: 6, contacts: 6, averageScore: 29.1, bands: { core: 1, active: 2, occasional: 1, dormant: 1 } });
    });

    it('lists all 14 counties', async () => {
      const report = (await t.http().get('/api/reports/breakdowns/county').expect(200)).body as BreakdownReport;
      expect(report.rows).toHaveLength(14);
      expect(lines(report).filter((l) => l[1] > 0)).toEqual([
        ['Bristol', 1, 1, null, 0, 0, 0, 0],
        ['Hampden', 1, 1, 45.5, 0, 1, 0, 0],
        ['Middlesex', 1, 0, 0, 0, 0, 0, 1], // scored 0: an average of 0, not none
        ['Suffolk', 1, 2, 60, 1, 0, 0, 0],
        ['Worcester', 2, 3, 20, 0, 1, 1, 0], // p2, p5, p6; (30 + 10) / 2
      ]);
      expect(report.rows.find((r) => r.key === 'Norfolk')).toMatchObject({ organizations: 0, contacts: 0, averageScore: null });
    });

    it('lists every current issue by tier and rank, and every current campaign', async () => {
      const issues = (await t.http().get('/api/reports/breakdowns/issue').expect(200)).body as BreakdownReport;
      expect(lines(issues)).toEqual([
        ['Safe Communities Act', 3, 4, 33.33, 1, 1, 1, 0], // p1 p2 p5 p6; 100 / 3
        ['Language Access', 0, 0, null, 0, 0, 0, 0],
        ['Cover All Kids', 2, 3, 37.75, 0, 2, 0, 0], // p2 p5 p8; (30 + 45.5) / 2
      ]);
      const campaigns = (await t.http().get('/api/reports/breakdowns/campaign').expect(200)).body as BreakdownReport;
      expect(lines(campaigns)).toEqual([
        ['Redistricting', 0, 0, null, 0, 0, 0, 0],
        ['New Americans Vote', 2, 3, 45, 1, 1, 0, 0], // p1 p2 p5
        ['English Works', 1, 1, 10, 0, 0, 1, 0],
      ]);
    });

    it('lists the languages members serve, in the contract order, leaving out those none serves', async () => {
      const report = (await t.http().get('/api/reports/breakdowns/language').expect(200)).body as BreakdownReport;
      // English: no one; Vietnamese: only Quincy, not a member.
      expect(lines(report)).toEqual([
        ['Spanish', 3, 4, 45.17, 1, 2, 0, 0], // Casa, Bluebird, Springfield: 135.5 / 3 = 45.1666…
        ['Portuguese', 2, 3, 60, 1, 0, 0, 0], // Casa (p1 p2) and NB Workers (p7, not scored)
        ['Haitian Creole', 1, 1, 10, 0, 0, 1, 0],
        ['Cape Verdean Creole', 1, 1, null, 0, 0, 0, 0],
        ['Khmer', 1, 0, 0, 0, 0, 0, 1],
        ['French', 1, 1, 10, 0, 0, 1, 0],
      ]);
    });

    it('counts exactly what the segment preview gives for every row and every band cell', async () => {
      for (const dimension of ['kind', 'county', 'issue', 'campaign', 'language']) {
        const report = (await t.http().get(`/api/reports/breakdowns/${dimension}`).expect(200)).body as BreakdownReport;
        for (const row of report.rows) {
          expect([dimension, row.label, await preview(row.filter)]).toEqual([dimension, row.label, { organizations: row.organizations, contacts: row.contacts }]);
        }
      }
      const counties = (await t.http().get('/api/reports/breakdowns/county').expect(200)).body as BreakdownReport;
      const [worcester] = counties.rows.filter((r) => r.key === 'Worcester');
      for (const band of ENGAGEMENT_BANDS) {
        expect([band, (await preview(withBand(worcester.filter, band))).organizations]).toEqual([band, worcester.bands[band]]);
      }
      expect(await preview(withBand(worcester.filter, 'active'))).toEqual({ organizations: 1, contacts: 2 }); // Bluebird: p2, p5
    });

    it('refuses an unknown dimension, naming it', async () => {
      const res = await t.http().get('/api/reports/breakdowns/planet').expect(400);
      expect(res.body.fields).toEqual([{ path: 'dimension', message: expect.stringContaining('must be one of') }]);
      await t.http().get('/api/reports/breakdowns/planet/export').expect(400);
    });

    it('downloads a breakdown as CSV with a last row of all members, audited', async () => {
      const res = await (await t.as('organizer')).get('/api/reports/breakdowns/county/export').expect(200);
      expect(res.headers['content-disposition']).toMatch(/filename="report-breakdown-county-\d{4}-\d{2}-\d{2}\.csv"/);
      const rows = rowsOf(res.text);
      expect(rows).toHaveLength(15);
      expect(rows.find((r) => r.County === 'Worcester')).toEqual({
        County: 'Worcester', Organizations: '2', Contacts: '3', 'Average score': '20', Core: '0', Active: '1', Occasional: '1', Dormant: '0',
      });
      expect(rows[14]).toMatchObject({ County: 'All members (each once)', Organizations: '6', Contacts: '6', 'Average score': '29.1' });
      const audit = await t.http().get('/api/audit?action=export&entityType=report').expect(200);
      expect(audit.body.items[0]).toMatchObject({
        entityId: 'breakdowns',
        actor: { email: 'organizer@test.example.org' },
        details: { report: 'breakdowns', format: 'csv', params: { dimension: 'county' }, rows: 15 },
      });
    });

    it('downloads coverage and campaign progress as CSV', async () => {
      const coverage = rowsOf((await t.http().get('/api/reports/coverage/export').expect(200)).text);
      expect(coverage[0]).toEqual({
        Tier: '1', Rank: '1', Issue: 'Safe Communities Act', Status: expect.any(String),
        Leading: '1', Active: '1', Interested: '1', 'Members (any level)': '3', Counties: '2',
      });
      const campaigns = rowsOf((await t.http().get('/api/reports/campaigns/export').expect(200)).text);
      expect(campaigns.map((r) => [r.Campaign, r['Running now'], r['Members taking part'], r.Goal, r.Achieved, r['Percent of target']])).toEqual([
        ['Redistricting', 'Yes', '0', '', '', ''],
        ['New Americans Vote', 'Yes', '2', 'Voters registered', '1000', '66'],
        ['English Works', 'No', '1', '', '', ''],
      ]);
    });
  });

  describe('GET /api/reports/activity', () => {
    describe('by month', () => {
      // The current month [M0, T], the previous one [M1, M0 - 1], the oldest of 24 [M23, …].
      let M0: string;
      let M1: string;
      let M23: string;
      beforeAll(async () => {
        M0 = monthStart(T);
        M1 = monthsBack(T, 1);
        M23 = monthsBack(T, 23);
        await meeting(M0, [['p1', 'Casa Azul'], ['p2', 'Bluebird Health'], ['p9', 'Quincy Prospect'], ['p11', null]]);
        await meeting(T, [['p1', 'Casa Azul']]);
        await meeting(addDays(T, 1), [['p1', 'Casa Azul']]); // tomorrow: not yet
        await meeting(M0, [['p6', 'Haitian Families']], true); // archived
        await meeting(addDays(M0, -1), [['p6', 'Haitian Families']]);
        await meeting(M1, [['p8', 'Springfield Law']]);
        await meeting(M23, [['p1', 'Casa Azul']]);
        await meeting(addDays(M23, -1), [['p1', 'Casa Azul']]); // before the window
        await history('Casa Azul', M0, 60);
        await history('Casa Azul', addDays(M0, -1), 50);
        await history('Casa Azul', M1, 40);
        await history('Bluebird Health', M1, 20);
        await history('Quincy Prospect', M0, 80); // not a member
        await history('Springfield Law', M23, 30);
      });
      afterAll(async () => {
        // The quarter view brings its own meetings and history.
        await t.dataSource.query(`UPDATE meeting SET archived_at = now() WHERE title LIKE 'Activity %'`);
        await t.dataSource.query(`DELETE FROM engagement_score_daily`);
      });

      it('gives 24 months ending with this one to date', async () => {
        const res = await (await t.as('leadership')).get('/api/reports/activity').expect(200);
        const { by, points } = res.body as ActivityReport;
        expect(by).toBe('month');
        expect(points).toHaveLength(24);
        expect(points[0]).toEqual({ period: M23.slice(0, 7), start: M23, end: addDays(monthsBack(T, 22), -1), meetings: 1, attendance: 1, membersPresent: 1, averageScore: 30 });
        // This month: two meetings (p1 p2 p9 p11, then p1); Casa and Bluebird present; only Casa's
        // score recorded (Quincy is not a member).
        expect(points[23]).toEqual({ period: T.slice(0, 7), start: M0, end: T, meetings: 2, attendance: 5, membersPresent: 2, averageScore: 60 });
        // Last month: its last and first days; Casa's latest row (50) and Bluebird's 20.
        expect(points[22]).toEqual({ period: M1.slice(0, 7), start: M1, end: addDays(M0, -1), meetings: 2, attendance: 2, membersPresent: 2, averageScore: 35 });
        expect(points.slice(1, 22).every((p) => p.meetings === 0 && p.attendance === 0 && p.averageScore === null)).toBe(true);
      });

      it('downloads the months as CSV', async () => {
        const rows = rowsOf((await t.http().get('/api/reports/activity/export?by=month').expect(200)).text);
        expect(rows).toHaveLength(24);
        expect(rows[23]).toEqual({ Month: T.slice(0, 7), From: M0, To: T, Meetings: '2', Attendance: '5', 'Members present': '2', 'Average score': '60' });
      });
    });

    describe('by quarter', () => {
      let Q0: string;
      let Q1: string;
      let Q7: string;
      beforeAll(async () => {
        Q0 = quarterStart(T);
        Q1 = quarterStart(addDays(Q0, -1));
        Q7 = monthsBack(Q0, 21);
        await meeting(Q0, [['p1', 'Casa Azul'], ['p2', 'Bluebird Health']]);
        await meeting(T, [['p6', 'Haitian Families']]);
        await meeting(addDays(Q0, -1), [['p8', 'Springfield Law']]);
        await meeting(Q1, [['p8', 'Springfield Law']]);
        await meeting(Q7, [['p1', 'Casa Azul']]);
        await meeting(addDays(Q7, -1), [['p1', 'Casa Azul']]); // before the window
        await history('Casa Azul', Q0, 70);
        await history('Casa Azul', addDays(Q0, -1), 55);
        await history('Bluebird Health', Q1, 25);
      });

      it('gives 8 quarters ending with this one to date', async () => {
        const { by, points } = (await t.http().get('/api/reports/activity?by=quarter').expect(200)).body as ActivityReport;
        expect(by).toBe('quarter');
        expect(points.map((p) => p.period)).toHaveLength(8);
        const name = (start: string) => `${start.slice(0, 4)}-Q${Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1}`;
        expect(points[0]).toEqual({ period: name(Q7), start: Q7, end: addDays(monthsBack(Q7, -3), -1), meetings: 1, attendance: 1, membersPresent: 1, averageScore: null });
        expect(points[7]).toEqual({ period: name(Q0), start: Q0, end: T, meetings: 2, attendance: 3, membersPresent: 3, averageScore: 70 });
        // Last and first day of the previous quarter; Casa's 55 and Bluebird's 25.
        expect(points[6]).toEqual({ period: name(Q1), start: Q1, end: addDays(Q0, -1), meetings: 2, attendance: 2, membersPresent: 1, averageScore: 40 });
        expect(points.slice(1, 6).every((p) => p.meetings === 0)).toBe(true);
      });

      it('refuses an unknown interval, naming it', async () => {
        const res = await t.http().get('/api/reports/activity?by=week').expect(400);
        expect(res.body.fields.map((f: { path: string }) => f.path)).toEqual(['by']);
      });
    });
  });
});
