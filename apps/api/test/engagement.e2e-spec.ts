import { type EngagementBreakdown, type EngagementSettingsInput, engagementSettingsSchema } from '@coalition/contracts';
import { ReportsRepository } from '../src/modules/reports/reports.repository';
import { insertCampaigns, insertParticipations } from './factories/campaign.factory';
import { insertContacts } from './factories/contact.factory';
import { insertInterests, insertIssues } from './factories/issue.factory';
import { insertOrganizations } from './factories/organization.factory';
import { startTestApp, type TestApp } from './test-app';

/**
 * Engagement scores on a small fixed fixture (docs/engagement.md). Every expected number below
 * was worked out by hand with these settings: half-life 90 days; per meeting 10 (0–89 days ago)
 * or 8 (90–364 days ago) before decay; campaigns 15 lead partner, 5 other role; outreach 6
 * committed, 2 reached; interests 7 leading, 3 active; dues 4; bands core 40, active 20, occasional 5.
 *   10 × 0.5^(89/90) = 5.038657 → 5.04     8 × 0.5^(180/90) = 2       8 × 0.5^(90/90) = 4
 *   8 × 0.5^(364/90) = 0.484832 → 0.48     10 × 0.5^(30/90) = 7.937005 (+ 10 = 17.94)
 */
const SETTINGS: EngagementSettingsInput = {
  halfLifeDays: 90,
  points: {
    meetingLast90Days: 10,
    meetingEarlierInYear: 8,
    campaignLeadPartner: 15,
    campaignOtherRole: 5,
    outreachCommitted: 6,
    outreachReached: 2,
    interestActive: 3,
    interestLeading: 7,
    duesCurrent: 4,
  },
  thresholds: { core: 40, active: 20, occasional: 5 },
};

const NAMES = [
  'Age Zero', 'Half Life', 'Day 89', 'Day 364', 'Day 365', 'Exactly Five',
  'Twenty', 'Nineteen', 'Forty', 'Thirty Nine', 'Not Counted', 'Outreach Window',
] as const;
type Name = (typeof NAMES)[number];

/** [meetings 0–89 days, 90–364 days, campaigns, outreach, interests, dues, score, band], by hand. */
const EXPECTED: Record<Name, [number, number, number, number, number, number, number, string]> = {
  'Age Zero': [10, 0, 0, 0, 0, 0, 10, 'occasional'], // one meeting today, two of its people there
  'Half Life': [0, 4, 0, 0, 0, 0, 4, 'dormant'], // 90 days ago: one half-life, earlier window; one below occasional
  'Day 89': [5.04, 2, 0, 0, 0, 0, 7.04, 'occasional'], // last day of the 90-day window, plus two half-lives
  'Day 364': [0, 0.48, 0, 0, 0, 0, 0.48, 'dormant'], // last day of the year
  'Day 365': [0, 0, 0, 0, 0, 0, 0, 'dormant'], // a year ago, tomorrow, and only registered today
  'Exactly Five': [0, 0, 5, 0, 0, 0, 5, 'occasional'], // participant: at the occasional threshold
  Twenty: [0, 0, 20, 0, 0, 0, 20, 'active'], // lead partner + funder elsewhere: at the active threshold
  Nineteen: [0, 0, 15, 0, 0, 4, 19, 'occasional'], // lead partner and funder of one campaign count once
  Forty: [0, 0, 20, 6, 10, 4, 40, 'core'], // at the core threshold
  'Thirty Nine': [0, 0, 20, 8, 7, 4, 39, 'active'], // one below core
  'Not Counted': [0, 0, 0, 0, 0, 0, 0, 'dormant'], // archived/ended campaigns, interested only, archived issue, dues overdue, old or declined outreach
  'Outreach Window': [0, 0, 0, 8, 0, 0, 8, 'occasional'], // committed 364 days ago, reached today
};

describe('engagement scores', () => {
  let t: TestApp;
  let today: string;
  const org: Record<string, string> = {};
  const person: Record<string, string> = {};
  let jose: string;
  let bea: string;

  /** The date `n` days before the database's today (negative: after). */
  const daysAgo = (n: number) => {
    const d = new Date(`${today}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - n);
    return d.toISOString().slice(0, 10);
  };
  const noon = (n: number) => `${daysAgo(n)}T12:00:00Z`;

  async function meeting(age: number, attendance: { contactId: string; organizationId: string | null; status?: string }[]) {
    const res = await t.http().post('/api/meetings').send({ title: `Meeting ${age} days ago`, type: 'general_assembly', startsAt: noon(age), attendance });
    expect(res.status).toBe(201);
  }

  /** One drive and one target whose latest outcome was logged `age` days ago. */
  async function outreach(contactId: string, organizationId: string | null, outcome: string, age: number) {
    await t.dataSource.query(
      `WITH d AS (INSERT INTO outreach_drive (name, channel, starts_on, created_by)
                  SELECT 'Drive', 'phone', $4::date, id FROM app_user WHERE email = 'admin@test.example.org' RETURNING id)
       INSERT INTO outreach_target (drive_id, contact_id, organization_id, last_outcome, last_attempt_at, done)
       SELECT d.id, $1, $2, $3, $5::timestamptz, true FROM d`,
      [contactId, organizationId, outcome, daysAgo(age), noon(age)],
    );
  }

  beforeAll(async () => {
    t = await startTestApp();
    [{ today }] = await t.dataSource.query<{ today: string }[]>(`SELECT current_date::text AS today`);
    const orgs = await insertOrganizations(
      t.dataSource,
      ...NAMES.map((name) => ({
        name,
        annualDuesCents: ['Nineteen', 'Forty', 'Thirty Nine', 'Not Counted'].includes(name) ? 25000 : null,
        duesPaidThrough: name === 'Not Counted' ? daysAgo(1) : daysAgo(-30),
      })),
    );
    orgs.forEach((o) => (org[o.name] = o.id));
    const people = await insertContacts(
      t.dataSource,
      ...NAMES.map((name) => ({ firstName: 'Person', lastName: name, affiliations: [{ organizationId: org[name], role: 'staff' as const }] })),
      { firstName: 'José', lastName: 'Pereira', affiliations: [{ organizationId: org['Age Zero'], role: 'member' as const }] },
      { firstName: 'Bea', lastName: 'Registered', affiliations: [{ organizationId: org['Day 365'], role: 'member' as const }] },
    );
    people.forEach((p) => (person[p.lastName] = p.id));
    jose = person.Pereira;
    bea = person.Registered;
    const p = (name: Name) => ({ contactId: person[name], organizationId: org[name] });

    await meeting(0, [p('Age Zero'), { contactId: jose, organizationId: org['Age Zero'] }, { contactId: bea, organizationId: org['Day 365'], status: 'registered' }]);
    await meeting(90, [p('Half Life')]);
    await meeting(89, [p('Day 89')]);
    await meeting(180, [p('Day 89')]);
    await meeting(364, [p('Day 364')]);
    await meeting(365, [p('Day 365')]);
    await meeting(-1, [p('Day 365')]);
    await meeting(30, [{ contactId: jose, organizationId: null }]);

    const [a, b, archived, ended] = await insertCampaigns(
      t.dataSource,
      { name: 'Campaign A' },
      { name: 'Campaign B' },
      { name: 'Archived campaign', archivedAt: new Date() },
      { name: 'Ended campaign', startsOn: daysAgo(800), endsOn: daysAgo(400) },
    );
    const role = (campaignId: string, name: Name, r: 'lead_partner' | 'funder' | 'participant' | 'endorser') => ({ campaignId, organizationId: org[name], role: r });
    await insertParticipations(
      t.dataSource,
      role(a.id, 'Exactly Five', 'participant'),
      role(a.id, 'Twenty', 'lead_partner'),
      role(b.id, 'Twenty', 'funder'),
      role(b.id, 'Nineteen', 'lead_partner'),
      role(b.id, 'Nineteen', 'funder'),
      role(a.id, 'Forty', 'lead_partner'),
      role(b.id, 'Forty', 'endorser'),
      role(a.id, 'Thirty Nine', 'lead_partner'),
      role(b.id, 'Thirty Nine', 'participant'),
      role(archived.id, 'Not Counted', 'lead_partner'),
      role(ended.id, 'Not Counted', 'participant'),
      { campaignId: a.id, contactId: jose, role: 'lead_partner' },
    );

    const [safe, legal, gone] = await insertIssues(
      t.dataSource,
      { title: 'Safe Communities Act', tier: 1 },
      { title: 'Immigrant Legal Defense Act', tier: 1 },
      { title: 'Archived issue', tier: 3, archivedAt: new Date() },
    );
    await insertInterests(
      t.dataSource,
      { organizationId: org.Forty, issueId: safe.id, level: 'leading' },
      { organizationId: org.Forty, issueId: legal.id, level: 'active' },
      { organizationId: org['Thirty Nine'], issueId: safe.id, level: 'leading' },
      { organizationId: org['Not Counted'], issueId: safe.id, level: 'interested' },
      { organizationId: org['Not Counted'], issueId: gone.id, level: 'leading' },
    );

    await outreach(person.Forty, org.Forty, 'committed', 0);
    await outreach(person['Thirty Nine'], org['Thirty Nine'], 'committed', 10);
    await outreach(jose, org['Thirty Nine'], 'reached', 20);
    await outreach(person['Not Counted'], org['Not Counted'], 'reached', 365);
    await outreach(bea, org['Not Counted'], 'declined', 0);
    await outreach(person['Outreach Window'], org['Outreach Window'], 'committed', 364);
    await outreach(person['Age Zero'], org['Outreach Window'], 'reached', 0);
    await outreach(jose, null, 'committed', 5);
  });
  afterAll(() => t.close());

  const breakdown = async (kind: 'organizations' | 'contacts', id: string) => {
    const res = await t.http().get(`/api/reports/engagement/${kind}/${id}`);
    expect(res.status).toBe(200);
    return res.body as EngagementBreakdown;
  };
  const row = (b: EngagementBreakdown) => [...b.components.map((c) => c.points), b.score, b.band];

  it('answers the default settings until some are saved', async () => {
    const res = await (await t.as('leadership')).get('/api/reports/engagement/settings');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ halfLifeDays: 180, thresholds: { core: 50, active: 20, occasional: 5 } });
  });

  it('refuses thresholds that do not descend, and settings from anyone but a user manager', async () => {
    const bad = await t.http().put('/api/reports/engagement/settings').send({ ...SETTINGS, thresholds: { core: 40, active: 40, occasional: 5 } });
    expect(bad.status).toBe(400);
    expect(bad.body.fields).toEqual([{ path: 'thresholds.active', message: 'must be below core (40)' }]);
    const organizer = await t.as('organizer');
    expect((await organizer.put('/api/reports/engagement/settings').send(SETTINGS)).status).toBe(403);
  });

  it('saves the settings, audited, and scores everyone with them', async () => {
    const res = await t.http().put('/api/reports/engagement/settings').send(SETTINGS);
    expect(res.status).toBe(200);
    expect(res.body).toEqual(SETTINGS);
    const [audit] = await t.dataSource.query<{ action: string; entity_id: string }[]>(
      `SELECT action, entity_id FROM audit_event WHERE entity_type = 'settings' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit).toEqual({ action: 'update', entity_id: 'reports.engagement' });
    const [{ n }] = await t.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM engagement_score WHERE subject_type = 'organization'`);
    expect(n).toBe(12);
  });

  it.each(NAMES)('scores %s by hand: every component, the score and the band', async (name) => {
    expect(row(await breakdown('organizations', org[name]))).toEqual(EXPECTED[name]);
  });

  it('explains each component in words', async () => {
    const b = await breakdown('organizations', org['Thirty Nine']);
    expect(b.components.map((c) => [c.key, c.label, c.detail])).toEqual([
      ['meetingsLast90Days', 'Meetings attended, last 90 days', 'None'],
      ['meetingsEarlierInYear', 'Meetings attended, 90 to 364 days ago', 'None'],
      ['campaigns', 'Roles in campaigns', 'lead partner in 1 campaign; another role in 1 campaign'],
      ['outreach', 'Outreach outcomes, last 365 days', '1 committed; 1 reached'],
      ['interests', 'Issues the organization is active on or leads', 'leads 1 issue'],
      ['dues', 'Dues current', 'Paid through today or later'],
    ]);
    expect((await breakdown('organizations', org['Day 89'])).components[0].detail).toBe('1 meeting; latest 89 days ago');
    expect((await breakdown('organizations', org['Age Zero'])).components[0].detail).toBe('1 meeting; latest today');
  });

  it('scores a person on their own attendance, roles and outreach', async () => {
    const b = await breakdown('contacts', jose);
    // 10 (today) + 7.94 (30 days ago, on his own); lead partner 15; committed 6 (his reached was for an organization, and counts: 2).
    expect(b.components.map((c) => [c.key, c.points])).toEqual([
      ['meetingsLast90Days', 17.94],
      ['meetingsEarlierInYear', 0],
      ['campaigns', 15],
      ['outreach', 8],
    ]);
    expect([b.score, b.band]).toEqual([40.94, 'core']);
    expect(row(await breakdown('contacts', bea))).toEqual([0, 0, 0, 0, 0, 'dormant']);
  });

  it('recomputes on demand, keeping one history row per subject and day', async () => {
    const leadership = await t.as('leadership');
    const res = await leadership.post('/api/reports/engagement/recompute').send({});
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ organizations: 12, contacts: 14 });
    const history = await t.dataSource.query<{ day: string; score: string; band: string }[]>(
      `SELECT day, score::float8 AS score, band FROM engagement_score_daily WHERE subject_type = 'organization' AND subject_id = $1`,
      [org.Forty],
    );
    expect(history).toEqual([{ day: today, score: 40, band: 'core' }]);
    expect((await (await t.as('staff')).post('/api/reports/engagement/recompute').send({})).status).toBe(403);
    expect((await leadership.post('/api/reports/engagement/recompute').send({ everything: true })).status).toBe(400);
  });

  it('moves a score across a band edge when the thresholds move', async () => {
    await t.http().put('/api/reports/engagement/settings').send({ ...SETTINGS, thresholds: { core: 40.01, active: 20, occasional: 5.01 } });
    expect(row(await breakdown('organizations', org['Exactly Five'])).slice(-2)).toEqual([5, 'dormant']);
    expect(row(await breakdown('organizations', org.Forty)).slice(-2)).toEqual([40, 'active']);
    await t.http().put('/api/reports/engagement/settings').send(SETTINGS);
  });

  it('scores a member made since the last recompute when asked, and 404s an unknown one', async () => {
    const [made] = await insertOrganizations(t.dataSource, { name: 'Brand New', annualDuesCents: 1000, duesPaidThrough: daysAgo(-1) });
    expect(row(await breakdown('organizations', made.id))).toEqual([0, 0, 0, 0, 0, 4, 4, 'dormant']);
    const viewer = await t.as('viewer');
    const missing = await viewer.get('/api/reports/engagement/contacts/6f1c1f5e-0d7e-4c55-9d2b-9a3f4b2f1a00');
    expect(missing.status).toBe(404);
  });

  it("records a past day's score in the history from what the tables say about that day", async () => {
    await insertOrganizations(t.dataSource, { name: 'Joined Later', joinedOn: daysAgo(10) });
    const [before] = await t.dataSource.query<{ computed_at: Date }[]>(
      `SELECT computed_at FROM engagement_score WHERE subject_id = $1`,
      [org.Forty],
    );
    const day = daysAgo(30);
    await t.dataSource.transaction((manager) =>
      new ReportsRepository(t.dataSource).recordHistory(manager, 'organization', engagementSettingsSchema.parse(SETTINGS), day),
    );
    const rows = await t.dataSource.query<{ name: string; score: number; band: string }[]>(
      `SELECT o.name, d.score::float8 AS score, d.band FROM engagement_score_daily d JOIN organization o ON o.id = d.subject_id
        WHERE d.subject_type = 'organization' AND d.day = $1 ORDER BY o.name`,
      [day],
    );
    const scored = Object.fromEntries(rows.map((r) => [r.name, [r.score, r.band]]));
    // As of 30 days ago every age is 30 days less, and what happened after that day is not there yet:
    expect(scored['Day 89']).toEqual([8.87, 'occasional']); // 10 × 0.5^(59/90) = 6.35 + 8 × 0.5^(150/90) = 2.52
    expect(scored['Half Life']).toEqual([6.3, 'occasional']); // 10 × 0.5^(60/90): in the 90-day window then
    expect(scored['Day 365']).toEqual([0.61, 'dormant']); // 8 × 0.5^(335/90); tomorrow's meeting not held
    expect(scored['Age Zero']).toEqual([0, 'dormant']); // today's meeting had not happened
    expect(scored['Outreach Window']).toEqual([6, 'occasional']); // committed 334 days before; today's reach not yet
    expect(scored['Not Counted']).toEqual([6, 'occasional']); // dues still current (4), reached 335 days before (2)
    expect(scored.Forty).toEqual([34, 'active']); // today's commitment not yet: 20 + 10 + 4
    expect(scored['Joined Later']).toBeUndefined(); // not a member yet
    const [after] = await t.dataSource.query<{ computed_at: Date }[]>(
      `SELECT computed_at FROM engagement_score WHERE subject_id = $1`,
      [org.Forty],
    );
    expect(after.computed_at).toEqual(before.computed_at); // the current scores are left alone
  });
});
