import { parse } from 'csv-parse/sync';
import type { DriftingReport, KpiReport } from '@coalition/contracts';
import { insertContacts } from './factories/contact.factory';
import { insertOrganizations } from './factories/organization.factory';
import { startTestApp, type TestApp } from './test-app';

/*
 * KPIs and drifting members (docs/reports.md) on a small fixed fixture. Dates are relative to
 * the database's today T, so every number below holds whichever day of the quarter T is:
 *   CS = first day of the current quarter, PS = first day of the previous one,
 *   PE = PS + (T - CS), cut at CS - 1 (the previous period: "same days").
 * Default view: current [CS, T] against previous [PS, PE]. Past quarter 2024-Q3 (whole) against
 * 2024-Q2 (whole), with absolute dates that never fall in the default periods.
 *
 * Meetings (noon, session time) and who attended for which organization:
 *   M_cs  CS    Alder a1 + a2, Beech b1, c0 on their own; Cedar c1 only registered
 *   M_t   T     Alder a1, Larch l1 (Larch's membership is lapsed: not a member)
 *   M_tom T+1   Dogwood d1 (starts after the period)
 *   M_arc CS    Elm e1, but the meeting is archived
 *   M_ps  PS    Beech b1, Dogwood d1, Elm e1
 *   M_pe  PE    Dogwood d1
 *   M_out PS-1  Elm e1 (the day before the previous period)
 * Joined on: Alder CS, Beech T, Cedar T+1, Dogwood PS, Elm PS-1, Gone CS (archived).
 * Dues paid through (annual dues > 0 unless said): Beech T (today: not lapsed yet), Cedar T+1,
 *   Dogwood PS, Elm PE, Larch PS-1, Maple PS with dues 0, Gone PS (archived).
 * Score history (band): Alder PS-5 active, CS dormant; Dogwood PS-5 occasional, PS dormant;
 *   Maple PS-5 dormant, CS dormant; Oak CS dormant only; Pine PS-5 core, CS active.
 *
 *                    current                     previous
 *   activeMembers    Alder, Beech = 2             Beech, Dogwood, Elm = 3      -1  -33%
 *   meetingsHeld     M_cs, M_t = 2                M_ps, M_pe = 2                0    0%
 *   attendance       4 + 2 = 6                    3 + 1 = 4                    +2  +50%
 *   newMembers       Alder, Beech = 2             Dogwood = 1                  +1 +100%
 *   lapsedMembers    0 (Beech's run out tomorrow) Dogwood, Elm = 2             -2 -100%
 *   newlyDormant     Alder = 1                    Dogwood = 1                   0    0%
 *
 * 2024: meetings 07-01 (Fir), 09-30 (Fir, Hazel), 10-01 (Holly, after), 06-30 (Holly), 03-31
 * (Hazel, before Q2). Joined: Fir 07-01, Hazel 09-30, Holly 06-30, Oak 10-01. Dues through:
 * Fir 09-30 (the last day), Hazel 07-01, Holly 06-30, Oak 10-01. History: Hazel 06-30 active,
 * 09-30 dormant.
 *                    2024-Q3                      2024-Q2
 *   activeMembers    Fir, Hazel = 2               Holly = 1                    +1 +100%
 *   meetingsHeld     2                            1                            +1 +100%
 *   attendance       3                            1                            +2 +200%
 *   newMembers       Fir, Hazel = 2               Holly = 1                    +1 +100%
 *   lapsedMembers    Fir, Hazel = 2               Holly = 1                    +1 +100%
 *   newlyDormant     Hazel = 1                    0                            +1  null
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const quarterStart = (date: string) =>
  `${date.slice(0, 4)}-${String(Math.floor((Number(date.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;

function rowsOf(text: string): Record<string, string>[] {
  return parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { columns: true });
}

function kpiValues(report: KpiReport) {
  return Object.fromEntries(report.kpis.map((k) => [k.key, [k.value, k.previous, k.change, k.changePercent]]));
}

describe('leadership reports: KPIs and drifting members', () => {
  let t: TestApp;
  let T: string;
  let CS: string;
  let PS: string;
  let PE: string;
  const org: Record<string, string> = {};
  const person: Record<string, string> = {};

  async function meeting(day: string, attended: [string, string | null][], options: { archived?: boolean; registered?: [string, string][] } = {}) {
    const [{ id }] = await t.dataSource.query<{ id: string }[]>(
      `INSERT INTO meeting (title, type, starts_at, archived_at)
       VALUES ('Meeting ' || $1::text, 'general_assembly', $1::date + time '12:00', CASE WHEN $2 THEN now() END) RETURNING id`,
      [day, options.archived ?? false],
    );
    const rows = [
      ...attended.map(([who, orgName]) => [who, orgName, 'attended'] as const),
      ...(options.registered ?? []).map(([who, orgName]) => [who, orgName, 'registered'] as const),
    ];
    for (const [who, orgName, status] of rows) {
      await t.dataSource.query(`INSERT INTO attendance (meeting_id, contact_id, organization_id, status) VALUES ($1, $2, $3, $4)`, [
        id,
        person[who],
        orgName ? org[orgName] : null,
        status,
      ]);
    }
  }

  async function history(orgName: string, day: string, score: number, band: string) {
    await t.dataSource.query(
      `INSERT INTO engagement_score_daily (subject_type, subject_id, day, score, band) VALUES ('organization', $1, $2, $3, $4)`,
      [org[orgName], day, score, band],
    );
  }

  async function scoreNow(orgName: string, score: number, band: string) {
    await t.dataSource.query(
      `INSERT INTO engagement_score (subject_type, subject_id, score, band, components, computed_at)
       VALUES ('organization', $1, $2, $3, '{}', now())`,
      [org[orgName], score, band],
    );
  }

  beforeAll(async () => {
    t = await startTestApp();
    [{ today: T }] = await t.dataSource.query<{ today: string }[]>(`SELECT to_char(current_date, 'YYYY-MM-DD') AS today`);
    CS = quarterStart(T);
    PS = quarterStart(addDays(CS, -1));
    const sameDays = addDays(PS, Math.round((Date.parse(T) - Date.parse(CS)) / DAY_MS));
    PE = sameDays < CS ? sameDays : addDays(CS, -1);

    const dues = (through: string, annualDuesCents = 30000) => ({ annualDuesCents, duesPaidThrough: through });
    const orgs = await insertOrganizations(
      t.dataSource,
      { name: 'Alder', joinedOn: CS },
      { name: 'Beech', joinedOn: T, ...dues(T) },
      { name: 'Cedar', joinedOn: addDays(T, 1), ...dues(addDays(T, 1)) },
      { name: 'Dogwood', joinedOn: PS, ...dues(PS) },
      { name: 'Elm', joinedOn: addDays(PS, -1), ...dues(PE) },
      { name: 'Larch', membershipStatus: 'lapsed', joinedOn: null, ...dues(addDays(PS, -1)) },
      { name: 'Maple', ...dues(PS, 0) },
      { name: 'Gone', joinedOn: CS, ...dues(PS), archivedAt: new Date() },
      { name: 'Oak', joinedOn: '2024-10-01', ...dues('2024-10-01') },
      { name: 'Pine' },
      { name: 'Fir', joinedOn: '2024-07-01', ...dues('2024-09-30') },
      { name: 'Hazel', joinedOn: '2024-09-30', ...dues('2024-07-01') },
      { name: 'Holly', joinedOn: '2024-06-30', ...dues('2024-06-30') },
      // Drifting only (joined long ago, no dues).
      { name: 'Stonewall' },
      { name: 'Riverbend' },
      { name: 'Aspen Hill' },
      { name: 'Brookside' },
      { name: 'Cliffside' },
      { name: 'Elmhurst', membershipStatus: 'prospective' },
      { name: 'Fairview' },
      { name: 'Westgate', archivedAt: new Date() },
    );
    orgs.forEach((o) => (org[o.name] = o.id));
    const people: [string, string | null][] = [
      ['a1', 'Alder'], ['a2', 'Alder'], ['b1', 'Beech'], ['c0', null], ['c1', 'Cedar'], ['d1', 'Dogwood'],
      ['e1', 'Elm'], ['l1', 'Larch'], ['f1', 'Fir'], ['h1', 'Hazel'], ['ho1', 'Holly'],
    ];
    const contacts = await insertContacts(
      t.dataSource,
      ...people.map(([key, orgName]) => ({
        firstName: key,
        lastName: 'Fixture',
        affiliations: orgName ? [{ organizationId: org[orgName], role: 'member' as const }] : [],
      })),
    );
    contacts.forEach((c) => (person[c.firstName] = c.id));

    await meeting(CS, [['a1', 'Alder'], ['a2', 'Alder'], ['b1', 'Beech'], ['c0', null]], { registered: [['c1', 'Cedar']] });
    await meeting(T, [['a1', 'Alder'], ['l1', 'Larch']]);
    await meeting(addDays(T, 1), [['d1', 'Dogwood']]);
    await meeting(CS, [['e1', 'Elm']], { archived: true });
    await meeting(PS, [['b1', 'Beech'], ['d1', 'Dogwood'], ['e1', 'Elm']]);
    await meeting(PE, [['d1', 'Dogwood']]);
    await meeting(addDays(PS, -1), [['e1', 'Elm']]);
    await meeting('2024-07-01', [['f1', 'Fir']]);
    await meeting('2024-09-30', [['f1', 'Fir'], ['h1', 'Hazel']]);
    await meeting('2024-10-01', [['ho1', 'Holly']]);
    await meeting('2024-06-30', [['ho1', 'Holly']]);
    await meeting('2024-03-31', [['h1', 'Hazel']]);

    await history('Alder', addDays(PS, -5), 30, 'active');
    await history('Alder', CS, 2, 'dormant');
    await history('Dogwood', addDays(PS, -5), 8, 'occasional');
    await history('Dogwood', PS, 1, 'dormant');
    await history('Maple', addDays(PS, -5), 0, 'dormant');
    await history('Maple', CS, 0, 'dormant');
    await history('Oak', CS, 0, 'dormant');
    await history('Pine', addDays(PS, -5), 60, 'core');
    await history('Pine', CS, 25, 'active');
    await history('Hazel', '2024-06-30', 22, 'active');
    await history('Hazel', '2024-09-30', 3, 'dormant');

    // Drifting, compared with T-90 (and T-7): the latest history row on or before that day.
    await history('Riverbend', addDays(T, -120), 50, 'core');
    await history('Riverbend', addDays(T, -90), 40.5, 'active');
    await history('Riverbend', addDays(T, -30), 60, 'core');
    await scoreNow('Riverbend', 10.25, 'occasional');
    await history('Stonewall', addDays(T, -200), 45.25, 'active');
    await scoreNow('Stonewall', 15, 'occasional');
    await history('Aspen Hill', addDays(T, -91), 25, 'active');
    await scoreNow('Aspen Hill', 20, 'active');
    await history('Brookside', addDays(T, -100), 10, 'occasional');
    await history('Brookside', addDays(T, -89), 90, 'core');
    await scoreNow('Brookside', 12, 'occasional');
    await history('Cliffside', addDays(T, -95), 30, 'active');
    await scoreNow('Cliffside', 30, 'active');
    await history('Elmhurst', addDays(T, -100), 50, 'core');
    await scoreNow('Elmhurst', 0, 'dormant');
    await history('Fairview', addDays(T, -10), 70, 'core');
    await scoreNow('Fairview', 5, 'occasional');
    await history('Westgate', addDays(T, -100), 80, 'core');
    await scoreNow('Westgate', 0, 'dormant');
  });
  afterAll(() => t.close());

  describe('GET /api/reports/kpis', () => {
    it('compares this quarter to date with the same days of the previous quarter', async () => {
      const res = await (await t.as('leadership')).get('/api/reports/kpis').expect(200);
      const report = res.body as KpiReport;
      expect(report.period).toEqual({ start: CS, end: T, label: expect.stringMatching(/^Q[1-4] \d{4} to date$/) });
      expect(report.previousPeriod).toEqual({ start: PS, end: PE, label: expect.stringMatching(/^Q[1-4] \d{4}, same days$/) });
      expect(report.kpis.map((k) => k.label)).toEqual([
        'Active members', 'Meetings held', 'Attendance', 'New members', 'Lapsed members', 'Newly dormant organizations',
      ]);
      // [value, previous, change, changePercent]
      expect(kpiValues(report)).toEqual({
        activeMembers: [2, 3, -1, -33],
        meetingsHeld: [2, 2, 0, 0],
        attendance: [6, 4, 2, 50],
        newMembers: [2, 1, 1, 100],
        lapsedMembers: [0, 2, -2, -100],
        newlyDormant: [1, 1, 0, 0],
      });
    });

    it('answers the same for the current quarter asked by name', async () => {
      const current = `${T.slice(0, 4)}-Q${Math.floor((Number(T.slice(5, 7)) - 1) / 3) + 1}`;
      const byName = await t.http().get(`/api/reports/kpis?quarter=${current}`).expect(200);
      const byDefault = await t.http().get('/api/reports/kpis').expect(200);
      expect(byName.body).toEqual(byDefault.body);
      expect((byName.body as KpiReport).period.label).toBe(`Q${current.slice(6)} ${current.slice(0, 4)} to date`);
    });

    it('compares a past quarter whole with the whole quarter before, counting its first and last days', async () => {
      const res = await t.http().get('/api/reports/kpis?quarter=2024-Q3').expect(200);
      const report = res.body as KpiReport;
      expect(report.period).toEqual({ start: '2024-07-01', end: '2024-09-30', label: 'Q3 2024' });
      expect(report.previousPeriod).toEqual({ start: '2024-04-01', end: '2024-06-30', label: 'Q2 2024' });
      expect(kpiValues(report)).toEqual({
        activeMembers: [2, 1, 1, 100],
        meetingsHeld: [2, 1, 1, 100],
        attendance: [3, 1, 2, 200],
        newMembers: [2, 1, 1, 100],
        lapsedMembers: [2, 1, 1, 100],
        newlyDormant: [1, 0, 1, null],
      });
    });

    it('refuses a quarter that has not started, or is not a quarter, naming the field', async () => {
      const next = quarterStart(addDays(quarterStart(T), 100));
      const future = `${next.slice(0, 4)}-Q${Math.floor((Number(next.slice(5, 7)) - 1) / 3) + 1}`;
      for (const url of [`/api/reports/kpis?quarter=${future}`, '/api/reports/kpis?quarter=2026-Q5', `/api/reports/kpis/export?quarter=${future}`]) {
        const res = await t.http().get(url).expect(400);
        expect(res.body.fields).toEqual([{ path: 'quarter', message: expect.any(String) }]);
      }
    });
  });

  describe('GET /api/reports/drifting', () => {
    it('lists members whose score fell since 90 days ago, biggest drop first, then by name', async () => {
      const res = await (await t.as('organizer')).get('/api/reports/drifting').expect(200);
      const report = res.body as DriftingReport;
      expect(report.since).toBe(addDays(T, -90));
      // Riverbend 40.5 (T-90, on the day) → 10.25; Stonewall 45.25 (T-200) → 15; Aspen Hill 25 → 20.
      // Left out: Brookside rose (10 → 12; its 90 is after the day), Cliffside is level, Fairview has
      // no score that old, Elmhurst is prospective, Westgate archived.
      expect(report.items.map((r) => [r.name, r.scoreBefore, r.scoreNow, r.drop, r.bandBefore, r.bandNow])).toEqual([
        ['Riverbend', 40.5, 10.25, 30.25, 'active', 'occasional'],
        ['Stonewall', 45.25, 15, 30.25, 'active', 'occasional'],
        ['Aspen Hill', 25, 20, 5, 'active', 'active'],
      ]);
      expect(report.items[0]).toMatchObject({ organizationId: org.Riverbend, city: 'Boston', county: 'Suffolk' });
    });

    it('compares with another day and keeps the first `limit`', async () => {
      const res = await t.http().get('/api/reports/drifting?days=7&limit=4').expect(200);
      // T-7: Brookside 90 → 12, Fairview 70 → 5, Riverbend 60 (T-30) → 10.25, Stonewall 45.25 → 15.
      expect((res.body as DriftingReport).items.map((r) => [r.name, r.drop])).toEqual([
        ['Brookside', 78],
        ['Fairview', 65],
        ['Riverbend', 49.75],
        ['Stonewall', 30.25],
      ]);
    });

    it('refuses days below 7 and unknown parameters, naming them', async () => {
      const res = await t.http().get('/api/reports/drifting?days=3').expect(400);
      expect(res.body.fields.map((f: { path: string }) => f.path)).toEqual(['days']);
      const unknown = await t.http().get('/api/reports/kpis?since=2026-01-01').expect(400);
      expect(unknown.body.fields).toEqual([{ path: 'since', message: 'is not a known field' }]);
    });
  });

  describe('CSV exports', () => {
    it('downloads the KPIs of a quarter in plain words and audits the export', async () => {
      const res = await (await t.as('leadership')).get('/api/reports/kpis/export?quarter=2024-Q3').expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="report-kpis-\d{4}-\d{2}-\d{2}\.csv"$/);
      const rows = rowsOf(res.text);
      expect(rows).toHaveLength(6);
      expect(rows[0]).toEqual({
        Measure: 'Active members',
        Period: 'Q3 2024 (2024-07-01 to 2024-09-30)',
        Value: '2',
        'Compared with': 'Q2 2024 (2024-04-01 to 2024-06-30)',
        'Previous value': '1',
        Change: '1',
        'Change (%)': '100',
      });
      expect(rows[5]).toMatchObject({ Measure: 'Newly dormant organizations', Value: '1', 'Change (%)': '' });
      const audit = await t.http().get('/api/audit?action=export&entityType=report').expect(200);
      expect(audit.body.items[0]).toMatchObject({
        action: 'export',
        entityType: 'report',
        entityId: 'kpis',
        actor: { email: 'leadership@test.example.org' },
        details: { report: 'kpis', format: 'csv', params: { quarter: '2024-Q3' }, rows: 6 },
      });
    });

    it('downloads the drifting members with the day compared with', async () => {
      const res = await t.http().get('/api/reports/drifting/export?days=7&limit=2').expect(200);
      expect(res.headers['content-disposition']).toMatch(/filename="report-drifting-\d{4}-\d{2}-\d{2}\.csv"/);
      const rows = rowsOf(res.text);
      expect(rows).toEqual([
        expect.objectContaining({ Organization: 'Brookside', County: 'Suffolk', 'Compared with': addDays(T, -7), 'Score then': '90', 'Band then': 'Core', 'Score now': '12', 'Band now': 'Occasional', Drop: '78' }),
        expect.objectContaining({ Organization: 'Fairview', Drop: '65' }),
      ]);
      const audit = await t.http().get('/api/audit?action=export&entityType=report').expect(200);
      expect(audit.body.items[0]).toMatchObject({ entityId: 'drifting', details: { report: 'drifting', params: { days: 7, limit: 2 }, rows: 2 } });
    });
  });

  describe('access', () => {
    const ROUTES = [
      '/api/reports/kpis', '/api/reports/drifting', '/api/reports/coverage', '/api/reports/campaigns',
      '/api/reports/breakdowns/county', '/api/reports/activity',
    ];

    it('refuses staff and viewers every report and every export (403)', async () => {
      for (const role of ['staff', 'viewer'] as const) {
        const client = await t.as(role);
        for (const route of [...ROUTES, ...ROUTES.map((r) => `${r}/export`)]) {
          const res = await client.get(route);
          expect(`${role} ${route} ${res.status}`).toBe(`${role} ${route} 403`);
        }
      }
    });

    it('lets organizers and leadership read every report', async () => {
      for (const role of ['organizer', 'leadership'] as const) {
        const client = await t.as(role);
        for (const route of ROUTES) {
          const res = await client.get(route);
          expect(`${role} ${route} ${res.status}`).toBe(`${role} ${route} 200`);
        }
      }
    });
  });
});
