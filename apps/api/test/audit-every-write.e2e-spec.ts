import type { Response } from 'supertest';
import { DEFAULT_ENGAGEMENT_SETTINGS } from '@coalition/contracts';
import { listRoutePermissions } from '../src/modules/auth/route-permissions';
import { type Client, startTestApp, type TestApp } from './test-app';

const NO_SUCH_ID = '6f1c1f5e-0d7e-4c55-9d2b-9a3f4b2f1a00';

/** Ids made along the way, so later writes have something to change. */
type Made = Record<string, string>;

interface Write {
  /** `METHOD /api/path/:param`, as the router lists it. */
  route: string;
  /** Values for the path's parameters. */
  params?: (made: Made) => Record<string, string>;
  body?: (made: Made) => object;
  /** Who sends it; the admin unless said otherwise. */
  client?: (made: Made) => Promise<Client | ReturnType<TestApp['anonymous']>>;
  /** Remembers what the answer created. */
  keep?: (res: Response, made: Made) => void;
  /** A multipart upload (the file to import) instead of a JSON body; the failing variant sends JSON. */
  upload?: { fields: Record<string, string>; file: { field: string; name: string; content: string } };
  /** Sign-out ignores its body: there is no failing variant to send. */
  noFailingVariant?: boolean;
  /**
   * A read sent as POST (a segment preview), or a refresh of derived data (engagement scores,
   * like the segments' daily counts): it must record nothing.
   */
  readOnly?: boolean;
}

const today = new Date().toISOString().slice(0, 10);

/**
 * One successful call of every write route, in an order where each finds what it needs. A new
 * write route fails the coverage test until it is added here, so none escapes the audit check.
 */
function writes(t: TestApp): Write[] {
  const version = (entity: string) => (made: Made) => ({ version: Number(made[`${entity}Version`]) });
  const keepId = (name: string) => (res: Response, made: Made) => {
    made[name] = res.body.id ?? res.body.user?.id;
    if (res.body.version !== undefined) made[`${name}Version`] = String(res.body.version);
  };
  const keepVersion = (name: string) => (res: Response, made: Made) => {
    made[`${name}Version`] = String(res.body.version);
  };
  return [
    { route: 'POST /api/organizations', body: () => ({ name: 'Casa del Pueblo', kind: 'community_group', city: 'Lawrence' }), keep: keepId('org') },
    { route: 'PATCH /api/organizations/:id', params: (m) => ({ id: m.org }), body: (m) => ({ ...version('org')(m), membershipStatus: 'active' }), keep: keepVersion('org') },
    { route: 'POST /api/issues', body: () => ({ title: 'Safe Communities Act', tier: 1, session: '2025-2026' }), keep: keepId('issue') },
    { route: 'PATCH /api/issues/:id', params: (m) => ({ id: m.issue }), body: (m) => ({ ...version('issue')(m), summary: 'Keep local police out of immigration enforcement' }), keep: keepVersion('issue') },
    { route: 'POST /api/issues/reorder', body: (m) => ({ tier: 1, issueIds: [m.issue] }) },
    { route: 'POST /api/bills', body: (m) => ({ issueId: m.issue, number: 'H.2580', title: 'An Act to protect the civil rights of all residents' }), keep: keepId('bill') },
    { route: 'PATCH /api/bills/:id', params: (m) => ({ id: m.bill }), body: (m) => ({ ...version('bill')(m), status: 'in_committee' }) },
    { route: 'PUT /api/organizations/:id/interests/:issueId', params: (m) => ({ id: m.org, issueId: m.issue }), body: () => ({ level: 'leading' }) },
    { route: 'DELETE /api/organizations/:id/interests/:issueId', params: (m) => ({ id: m.org, issueId: m.issue }) },
    { route: 'POST /api/contacts', body: () => ({ firstName: 'José', lastName: 'Ramírez' }), keep: keepId('contact') },
    { route: 'PATCH /api/contacts/:id', params: (m) => ({ id: m.contact }), body: (m) => ({ ...version('contact')(m), pronouns: 'he/him' }), keep: keepVersion('contact') },
    { route: 'POST /api/contacts/:id/affiliations', params: (m) => ({ id: m.contact }), body: (m) => ({ organizationId: m.org, role: 'staff' }), keep: keepId('affiliation') },
    { route: 'PATCH /api/contacts/:id/affiliations/:affiliationId', params: (m) => ({ id: m.contact, affiliationId: m.affiliation }), body: () => ({ role: 'board' }) },
    { route: 'DELETE /api/contacts/:id/affiliations/:affiliationId', params: (m) => ({ id: m.contact, affiliationId: m.affiliation }) },
    { route: 'POST /api/campaigns', body: () => ({ name: 'New Americans Vote', kind: 'voter_engagement', startsOn: '2026-01-01', goals: [{ label: 'New voters registered', unit: 'voters', target: 1500 }] }), keep: (res, m) => { keepId('campaign')(res, m); m.goal = res.body.goals[0].goalId; } },
    { route: 'PATCH /api/campaigns/:id', params: (m) => ({ id: m.campaign }), body: (m) => ({ ...version('campaign')(m), summary: 'Register new citizens' }), keep: keepVersion('campaign') },
    { route: 'POST /api/campaigns/:id/participants', params: (m) => ({ id: m.campaign }), body: (m) => ({ organizationId: m.org, role: 'participant' }), keep: keepId('participation') },
    { route: 'PATCH /api/campaigns/:id/participants/:participationId', params: (m) => ({ id: m.campaign, participationId: m.participation }), body: () => ({ role: 'lead_partner' }) },
    { route: 'POST /api/campaigns/:id/contributions', params: (m) => ({ id: m.campaign }), body: (m) => ({ goalId: m.goal, participationId: null, amount: 120, recordedOn: today }) },
    { route: 'DELETE /api/campaigns/:id/participants/:participationId', params: (m) => ({ id: m.campaign, participationId: m.participation }) },
    { route: 'POST /api/campaigns/:id/archive', params: (m) => ({ id: m.campaign }), body: version('campaign'), keep: keepVersion('campaign') },
    { route: 'POST /api/campaigns/:id/restore', params: (m) => ({ id: m.campaign }), body: version('campaign') },
    { route: 'POST /api/issues/:id/archive', params: (m) => ({ id: m.issue }), body: version('issue'), keep: keepVersion('issue') },
    { route: 'POST /api/issues/:id/restore', params: (m) => ({ id: m.issue }), body: version('issue') },
    { route: 'POST /api/contacts/:id/archive', params: (m) => ({ id: m.contact }), body: version('contact'), keep: keepVersion('contact') },
    { route: 'POST /api/contacts/:id/restore', params: (m) => ({ id: m.contact }), body: version('contact') },
    { route: 'POST /api/contacts/:id/erase', params: (m) => ({ id: m.contact }), body: () => ({ reason: 'Asked to be forgotten', confirmName: 'José Ramírez' }) },
    { route: 'POST /api/segments/preview', body: () => ({ filter: { type: 'group', op: 'and', children: [{ type: 'condition', field: 'organization.status', values: ['active'] }] } }), readOnly: true },
    { route: 'POST /api/segments', body: () => ({ name: 'Active members', filter: { type: 'group', op: 'and', children: [{ type: 'condition', field: 'organization.status', values: ['active'] }] } }), keep: keepId('segment') },
    { route: 'PATCH /api/segments/:id', params: (m) => ({ id: m.segment }), body: (m) => ({ ...version('segment')(m), shared: true }), keep: keepVersion('segment') },
    { route: 'POST /api/segments/:id/archive', params: (m) => ({ id: m.segment }), body: version('segment'), keep: keepVersion('segment') },
    { route: 'POST /api/segments/:id/restore', params: (m) => ({ id: m.segment }), body: version('segment') },
    { route: 'POST /api/outreach/drives', client: () => reachableByPhone(t), body: (m) => ({ name: 'Win-back calls', segmentId: m.segment, channel: 'phone', startsOn: today }), keep: keepId('drive') },
    { route: 'PATCH /api/outreach/drives/:id', params: (m) => ({ id: m.drive }), body: (m) => ({ ...version('drive')(m), goal: 'Ten renewals' }), keep: keepVersion('drive') },
    { route: 'POST /api/outreach/drives/:id/assignments', client: (m) => firstTarget(t, m), params: (m) => ({ id: m.drive }), body: (m) => ({ mode: 'manual', targetIds: [m.target], assigneeId: null }) },
    { route: 'POST /api/outreach/targets/:id/attempts', params: (m) => ({ id: m.target }), body: () => ({ outcome: 'committed', note: 'Will renew in January' }) },
    { route: 'POST /api/outreach/drives/:id/archive', params: (m) => ({ id: m.drive }), body: version('drive'), keep: keepVersion('drive') },
    { route: 'POST /api/outreach/drives/:id/restore', params: (m) => ({ id: m.drive }), body: version('drive') },
    { route: 'POST /api/meetings', client: (m) => personAtOrganization(t, m), body: (m) => ({ title: 'General assembly', type: 'general_assembly', startsAt: `${today}T18:00:00Z`, attendance: [{ contactId: m.person, organizationId: m.org }] }), keep: keepId('meeting') },
    { route: 'PATCH /api/meetings/:id', params: (m) => ({ id: m.meeting }), body: (m) => ({ ...version('meeting')(m), notes: 'Quorum reached' }), keep: keepVersion('meeting') },
    { route: 'POST /api/meetings/walk-in-check', body: () => ({ firstName: 'Marisol', lastName: 'Pena' }), readOnly: true },
    { route: 'POST /api/meetings/:id/attendance', params: (m) => ({ id: m.meeting }), body: (m) => ({ entries: [{ contactId: m.person, organizationId: null }] }) },
    { route: 'PUT /api/meetings/:id/attendance/:contactId', params: (m) => ({ id: m.meeting, contactId: m.person }), body: () => ({ organizationId: null, status: 'no_show' }) },
    { route: 'DELETE /api/meetings/:id/attendance/:contactId', params: (m) => ({ id: m.meeting, contactId: m.person }) },
    { route: 'POST /api/meetings/:id/sign-in-sheet', params: (m) => ({ id: m.meeting }), body: () => ({ text: 'Marisol Peña\n\nNew Person' }), readOnly: true },
    { route: 'POST /api/meetings/:id/sign-in-sheet/confirm', params: (m) => ({ id: m.meeting }), body: (m) => ({ entries: [{ contactId: m.person, organizationId: m.org }] }) },
    { route: 'POST /api/meetings/:id/action-items', params: (m) => ({ id: m.meeting }), body: (m) => ({ text: 'Send the minutes', ownerContactId: m.person, dueOn: today }), keep: keepId('item') },
    { route: 'PATCH /api/meetings/:id/action-items/:itemId', params: (m) => ({ id: m.meeting, itemId: m.item }), body: (m) => ({ ...version('item')(m), done: true }) },
    { route: 'DELETE /api/meetings/:id/action-items/:itemId', params: (m) => ({ id: m.meeting, itemId: m.item }) },
    { route: 'POST /api/meetings/:id/archive', params: (m) => ({ id: m.meeting }), body: version('meeting'), keep: keepVersion('meeting') },
    { route: 'POST /api/meetings/:id/restore', params: (m) => ({ id: m.meeting }), body: version('meeting') },
    { route: 'PUT /api/reports/engagement/settings', body: () => ({ ...DEFAULT_ENGAGEMENT_SETTINGS, halfLifeDays: 90 }) },
    { route: 'POST /api/reports/engagement/recompute', body: () => ({}), readOnly: true },
    { route: 'POST /api/imports/mappings', body: () => ({ name: 'Sign-in sheet', kind: 'contacts', headers: ['First Name', 'Last Name'], mapping: { columns: ['firstName', 'lastName'] } }), keep: keepId('savedMapping') },
    { route: 'DELETE /api/imports/mappings/:id', params: (m) => ({ id: m.savedMapping }) },
    { route: 'POST /api/imports', upload: { fields: { kind: 'contacts' }, file: { field: 'file', name: 'sign-in.csv', content: 'First Name,Last Name\nMarisol,Peña\n' } }, keep: keepId('import') },
    { route: 'PUT /api/imports/:id/mapping', params: (m) => ({ id: m.import }), body: () => ({ columns: ['firstName', 'lastName'] }) },
    { route: 'POST /api/imports/:id/run', params: (m) => ({ id: m.import }), body: () => ({}) },
    { route: 'POST /api/organizations/:id/archive', params: (m) => ({ id: m.org }), body: version('org'), keep: keepVersion('org') },
    { route: 'POST /api/organizations/:id/restore', params: (m) => ({ id: m.org }), body: version('org') },
    { route: 'POST /api/users', body: () => ({ email: 'invited@test.example.org', name: 'Invitada Nueva', role: 'staff' }), keep: keepId('user') },
    { route: 'POST /api/users/:id/invitation', params: (m) => ({ id: m.user }), keep: (res, m) => { m.token = new URL(res.body.invitationUrl).searchParams.get('token') ?? ''; } },
    { route: 'POST /api/auth/accept-invitation', client: () => Promise.resolve(t.anonymous()), body: (m) => ({ token: m.token, password: 'a long new password' }) },
    { route: 'PATCH /api/users/:id', params: (m) => ({ id: m.user }), body: () => ({ name: 'Invitada', version: 2 }) },
    { route: 'POST /api/auth/login', client: () => Promise.resolve(t.anonymous()), body: () => ({ email: 'invited@test.example.org', password: 'a long new password' }) },
    { route: 'POST /api/auth/password', client: async () => t.signIn('invited@test.example.org', 'a long new password'), body: () => ({ currentPassword: 'a long new password', newPassword: 'another long password' }) },
    { route: 'POST /api/auth/logout', client: async () => t.signIn('invited@test.example.org', 'another long password'), noFailingVariant: true },
  ];
}

/** A drive needs someone to call: a person at the (active) organization, with a phone and consent. */
async function reachableByPhone(t: TestApp): Promise<Client> {
  await t.dataSource.query(`
    WITH person AS (INSERT INTO contact (first_name, last_name, consent_phone_granted) VALUES ('Marisol', 'Peña', true) RETURNING id),
         phone AS (INSERT INTO contact_phone (contact_id, number, label, is_primary, position) SELECT id, '978-555-0142', 'mobile', true, 0 FROM person)
    INSERT INTO affiliation (contact_id, organization_id, role)
    SELECT person.id, organization.id, 'staff' FROM person, organization WHERE organization.name = 'Casa del Pueblo'`);
  return t.http();
}

/** Remembers the person made for the drive above (affiliated with the organization), for meetings. */
async function personAtOrganization(t: TestApp, made: Made): Promise<Client> {
  [{ id: made.person }] = await t.dataSource.query<{ id: string }[]>(`SELECT id FROM contact WHERE last_name = 'Peña'`);
  return t.http();
}

/** Remembers a target of the drive made above (the drive's answer does not list them). */
async function firstTarget(t: TestApp, made: Made): Promise<Client> {
  [{ id: made.target }] = await t.dataSource.query<{ id: string }[]>(`SELECT id FROM outreach_target WHERE drive_id = $1`, [made.drive]);
  return t.http();
}

function pathOf(route: string, params: Record<string, string>): string {
  return route.split(' ')[1].replace(/:(\w+)/g, (_, name: string) => params[name]);
}

function send(client: Client | ReturnType<TestApp['anonymous']>, route: string, path: string, body?: object) {
  const method = route.split(' ')[0].toLowerCase() as 'post';
  return body === undefined ? client[method](path) : client[method](path).send(body);
}

function sendUpload(client: Client | ReturnType<TestApp['anonymous']>, path: string, upload: NonNullable<Write['upload']>) {
  const req = client.post(path);
  for (const [name, value] of Object.entries(upload.fields)) void req.field(name, value);
  return req.attach(upload.file.field, Buffer.from(upload.file.content, 'utf8'), upload.file.name);
}

describe('the audit trail, for every write route', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const latestRows = async (since: number) =>
    t.dataSource.query<{ action: string; entity_type: string | null }[]>(
      `SELECT action, entity_type FROM audit_event WHERE id > $1 ORDER BY id`,
      [since],
    );
  const lastId = async () => (await t.dataSource.query<{ id: number }[]>(`SELECT coalesce(max(id), 0)::int AS id FROM audit_event`))[0].id;

  it('has a write below for every write route of the router', () => {
    const routes = listRoutePermissions(t.app)
      .filter((r) => r.method !== 'GET')
      .map((r) => `${r.method} ${r.path}`)
      .sort();
    expect(writes(t).map((w) => w.route).sort()).toEqual(routes);
  });

  it('records exactly one event for each successful write, and none for one that fails', async () => {
    const made: Made = {};
    for (const write of writes(t)) {
      const client = (await write.client?.(made)) ?? t.http();
      if (!write.noFailingVariant) {
        const params = Object.fromEntries(Object.keys(write.params?.(made) ?? {}).map((k) => [k, NO_SUCH_ID]));
        // A record that does not exist, or (without parameters) a body the API refuses.
        const body = write.params ? write.body?.(made) : { ...write.body?.(made), unexpected: true };
        const before = await lastId();
        const failed = await send(client, write.route, pathOf(write.route, params), body);
        expect(`${write.route} (failing) → ${failed.status}`).toMatch(/→ 4\d\d$/);
        expect(`${write.route} (failing): ${JSON.stringify(await latestRows(before))}`).toBe(`${write.route} (failing): []`);
      }
      const before = await lastId();
      const res = write.upload
        ? await sendUpload(client, pathOf(write.route, {}), write.upload)
        : await send(client, write.route, pathOf(write.route, write.params?.(made) ?? {}), write.body?.(made));
      expect(`${write.route} → ${res.status} ${res.status >= 400 ? JSON.stringify(res.body) : ''}`).toMatch(/→ 2\d\d $/);
      const rows = await latestRows(before);
      const expected = write.readOnly ? 0 : 1;
      expect(`${write.route}: ${rows.length} audit rows ${JSON.stringify(rows)}`).toMatch(new RegExp(`: ${expected} audit rows `));
      write.keep?.(res, made);
    }
  });
});
