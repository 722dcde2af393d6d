import type { Faker } from '@faker-js/faker';
import type { EntityManager } from 'typeorm';
import type { MeetingType } from '@coalition/contracts';
import { DEMO_SEED, demoFaker } from './demo-random';
import { demoUserEmail } from './demo-users';

/** The demo's fixed "today" (as the other demo data): two years of meetings end here. */
export const DEMO_TODAY = '2026-10-31';
const FIRST_DAY = '2024-11-01';
const DAY = 86_400_000;

export interface DemoMeeting {
  id: string;
  title: string;
  type: MeetingType;
  startsAt: string;
  place: string | null;
  onlineUrl: string | null;
  issueId: string | null;
}

const iso = (ms: number) => new Date(ms).toISOString();
const monthName = (ms: number) => new Date(ms).toLocaleString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * The coalition's calendar over two years: a general assembly every month, a working group per
 * tier-1 issue about every six weeks, two lobby days a year, a training every quarter, and
 * listening sessions and coalition calls in between. Times are 18:00 UTC (early afternoon in Boston).
 */
export function planDemoMeetings(faker: Faker, tierOne: { id: string; title: string }[]): DemoMeeting[] {
  const first = Date.parse(`${FIRST_DAY}T18:00:00Z`);
  const last = Date.parse(`${DEMO_TODAY}T23:59:59Z`);
  const plan: Omit<DemoMeeting, 'id'>[] = [];
  const add = (ms: number, m: Omit<DemoMeeting, 'id' | 'startsAt'>) => {
    if (ms >= first && ms <= last) plan.push({ ...m, startsAt: iso(ms) });
  };
  for (let month = 0; month < 25; month++) {
    const base = Date.UTC(2024, 10 + month, 1, 18);
    add(base + 13 * DAY, { title: `General assembly, ${monthName(base)}`, type: 'general_assembly', place: 'Boston, 105 Chauncy Street', onlineUrl: null, issueId: null });
    if (month % 2 === 1)
      add(base + 4 * DAY, { title: `Coalition call, ${monthName(base)}`, type: 'coalition_call', place: null, onlineUrl: 'https://meet.example.org/coalition-call', issueId: null });
    if (month % 3 === 2)
      add(base + 19 * DAY, { title: `Leadership training, ${monthName(base)}`, type: 'training', place: 'Worcester', onlineUrl: null, issueId: null });
    if (month % 4 === 1)
      add(base + 24 * DAY, { title: `Listening session on mental health, ${monthName(base)}`, type: 'listening_session', place: faker.helpers.arrayElement(['Lawrence', 'Springfield', 'Brockton', 'Lowell']), onlineUrl: null, issueId: null });
  }
  for (const year of [2025, 2026]) {
    add(Date.UTC(year, 2, 11, 14), { title: `Spring lobby day ${year}`, type: 'lobby_day', place: 'Massachusetts State House', onlineUrl: null, issueId: tierOne[0]?.id ?? null });
    add(Date.UTC(year, 9, 7, 14), { title: `Fall lobby day ${year}`, type: 'lobby_day', place: 'Massachusetts State House', onlineUrl: null, issueId: tierOne[1]?.id ?? null });
  }
  tierOne.forEach((issue, index) => {
    for (let ms = first + (index * 7 + 3) * DAY; ms <= last; ms += 42 * DAY)
      add(ms, { title: `${issue.title}: working group`, type: 'working_group', place: null, onlineUrl: 'https://meet.example.org/working-group', issueId: issue.id });
  });
  plan.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return plan.map((m) => ({ ...m, id: faker.string.uuid() }));
}

type Engagement = 'core' | 'middle' | 'tail';

/** How likely an organization is to come, `progress` being 0 at the first meeting and 1 today. */
function chanceOfComing(engagement: Engagement, progress: number, type: MeetingType): number {
  const base = engagement === 'core' ? 0.9 : engagement === 'middle' ? 0.55 - 0.45 * progress : 0;
  return type === 'working_group' || type === 'training' ? base * 0.5 : base;
}

const ACTION_ITEMS = [
  'Send the minutes and the sign-in list to the members',
  'Book interpreters (Spanish, Portuguese, Haitian Creole) for the next assembly',
  'Draft the testimony for the Joint Committee hearing',
  'Follow up with legislators who did not commit at the lobby day',
  'Collect stories from families for the Cover All Kids fact sheet',
  'Update the training curriculum with the new enforcement guidance',
  'Confirm the room at the State House for the press conference',
  'Share the budget amendment sign-on letter with member organizations',
];

/** Inserts rows in chunks of parallel arrays (unnest), so thousands of rows take a few statements. */
async function insertAttendance(manager: EntityManager, rows: { meetingId: string; contactId: string; organizationId: string; status: string; recordedAt: string }[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 5000) {
    const chunk = rows.slice(i, i + 5000);
    await manager.query(
      `INSERT INTO attendance (meeting_id, contact_id, organization_id, status, recorded_at)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::timestamptz[])`,
      [chunk.map((r) => r.meetingId), chunk.map((r) => r.contactId), chunk.map((r) => r.organizationId), chunk.map((r) => r.status), chunk.map((r) => r.recordedAt)],
    );
  }
}

/**
 * Two years of meetings with attendance that follows each organization's engagement: a core
 * (~15%) that nearly always comes, a middle that fades over time, a tail that never comes.
 * People are counted for their current organization. Ends with a few open action items.
 */
export async function seedDemoMeetings(manager: EntityManager, log: (message: string) => void): Promise<void> {
  const faker = demoFaker(DEMO_SEED + 600);
  const tierOne = await manager.query<{ id: string; title: string }[]>(`SELECT id, title FROM issue WHERE tier = 1 AND archived_at IS NULL ORDER BY rank, id`);
  const meetings = planDemoMeetings(faker, tierOne);
  await manager.query(
    `INSERT INTO meeting (id, title, type, starts_at, ends_at, place, online_url)
     SELECT x.id, x.title, x.type, x.starts_at, x.starts_at + interval '2 hours', x.place, x.online_url
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[], $5::text[], $6::text[]) AS x(id, title, type, starts_at, place, online_url)`,
    [meetings.map((m) => m.id), meetings.map((m) => m.title), meetings.map((m) => m.type), meetings.map((m) => m.startsAt), meetings.map((m) => m.place), meetings.map((m) => m.onlineUrl)],
  );
  const linked = meetings.filter((m) => m.issueId);
  await manager.query(`INSERT INTO meeting_issue (meeting_id, issue_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [linked.map((m) => m.id), linked.map((m) => m.issueId)]);

  // Each person once, for one current organization.
  const people = await manager.query<{ contactId: string; organizationId: string }[]>(
    `SELECT DISTINCT ON (a.contact_id) a.contact_id AS "contactId", a.organization_id AS "organizationId"
       FROM affiliation a JOIN contact c ON c.id = a.contact_id JOIN organization o ON o.id = a.organization_id
      WHERE a.ended_on IS NULL AND c.archived_at IS NULL AND o.archived_at IS NULL
      ORDER BY a.contact_id, a.started_on NULLS LAST, a.organization_id`,
  );
  const byOrganization = new Map<string, string[]>();
  for (const p of people) byOrganization.set(p.organizationId, [...(byOrganization.get(p.organizationId) ?? []), p.contactId]);
  const organizations = [...byOrganization.keys()].sort();
  const engagement = new Map<string, Engagement>(
    organizations.map((id) => {
      const roll = faker.number.float({ min: 0, max: 1 });
      return [id, roll < 0.15 ? 'core' : roll < 0.65 ? 'middle' : 'tail'];
    }),
  );

  const first = Date.parse(meetings[0].startsAt);
  const span = Date.parse(meetings[meetings.length - 1].startsAt) - first || 1;
  const rows: Parameters<typeof insertAttendance>[1] = [];
  for (const meeting of meetings) {
    const progress = (Date.parse(meeting.startsAt) - first) / span;
    for (const organizationId of organizations) {
      if (faker.number.float({ min: 0, max: 1 }) >= chanceOfComing(engagement.get(organizationId) ?? 'tail', progress, meeting.type)) continue;
      const staff = byOrganization.get(organizationId) ?? [];
      const count = Math.min(staff.length, meeting.type === 'lobby_day' ? 3 : faker.number.int({ min: 1, max: 2 }));
      for (const contactId of faker.helpers.arrayElements(staff, count)) {
        const roll = faker.number.float({ min: 0, max: 1 });
        const status = roll < 0.04 ? 'no_show' : roll < 0.06 ? 'registered' : 'attended';
        rows.push({ meetingId: meeting.id, contactId, organizationId, status, recordedAt: meeting.startsAt });
      }
    }
  }
  await insertAttendance(manager, rows);

  const [staffUser] = await manager.query<{ id: string }[]>(`SELECT id FROM app_user WHERE email = $1`, [demoUserEmail('staff')]);
  const recent = meetings.slice(-8);
  const owners = recent.map((_, i) => (i % 3 === 2 || !staffUser ? { user: null, contact: faker.helpers.arrayElement(people).contactId } : { user: staffUser.id, contact: null }));
  // Due dates from two weeks before today (overdue) to a month after.
  const due = recent.map((_, i) => iso(Date.parse(`${DEMO_TODAY}T00:00:00Z`) + (i * 6 - 14) * DAY).slice(0, 10));
  await manager.query(
    `INSERT INTO action_item (meeting_id, text, owner_user_id, owner_contact_id, due_on)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::date[])`,
    [recent.map((m) => m.id), ACTION_ITEMS, owners.map((o) => o.user), owners.map((o) => o.contact), due],
  );
  log(`  ${meetings.length} meetings, ${rows.length} attendance records, ${recent.length} open action items`);
}
