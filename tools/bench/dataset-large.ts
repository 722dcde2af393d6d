/**
 * The large dataset: a national network of 32 demo-sized chapters in one instance (5,000
 * organizations, 200,000 contacts, 20,000 meetings, 1,000,000 attendance rows, 300,000 outreach
 * attempts, 100 issues, 50 campaigns, two years of history). Every chapter comes from the demo
 * seed's generators (dataset-chapter.ts); the network-wide rows (accounts, priorities, campaigns,
 * saved segments) are written first. Counts are exact where the generators give at least the
 * target (attendance and calls are picked evenly from what they give); `fraction` shrinks all.
 */
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { FINAL_OUTCOMES } from '@coalition/contracts';
import { DEFAULT_DEMO_PASSWORD } from '../../apps/api/src/config/app-config';
import { generateDemoCampaigns } from '../../apps/api/src/database/seed/demo-campaigns';
import { seedDemoEngagementHistory } from '../../apps/api/src/database/seed/demo-engagement';
import {
  DEMO_ISSUES,
  DEMO_SESSION,
  type DemoIssueKey,
} from '../../apps/api/src/database/seed/demo-issues';
import { DEMO_DRIVE_SEGMENT, demoSegments } from '../../apps/api/src/database/seed/demo-outreach';
import { DEMO_ORGANIZATION_COUNT } from '../../apps/api/src/database/seed/demo-seed';
import { DEMO_SEED, demoFaker } from '../../apps/api/src/database/seed/demo-random';
import { demoUserEmail, seedDemoUsers } from '../../apps/api/src/database/seed/demo-users';
import { insertRows, shares, type TableSpec } from './bulk-insert';
import {
  type ChapterLinks,
  type ChapterRows,
  type ChapterSizes,
  generateChapter,
} from './dataset-chapter';
import { counter, progress } from './progress';

export const LARGE_COUNTS = {
  organizations: 5_000,
  contacts: 200_000,
  meetings: 20_000,
  attendance: 1_000_000,
  attempts: 300_000,
  issues: 100,
  campaigns: 50,
} as const;

const consent = (channel: string) =>
  [
    [`consent_${channel}_granted`, 'boolean'],
    [`consent_${channel}_recorded_on`, 'date'],
    [`consent_${channel}_source`, 'text'],
  ] as const;

/** Each chapter table in the order foreign keys allow, with its columns as dataset-chapter.ts fills them. */
// prettier-ignore
const TABLES: Record<keyof ChapterRows, TableSpec> = {
  organizations: { table: 'organization', columns: [['id', 'uuid'], ['name', 'text'], ['kind', 'text'], ['description', 'text'], ['city', 'text'], ['street_address', 'text'], ['zip', 'text'], ['website', 'text'], ['email', 'text'], ['phone', 'text'], ['membership_status', 'text'], ['joined_on', 'date'], ['annual_dues_cents', 'integer'], ['dues_paid_through', 'date'], ['languages', 'text[]'], ['notes', 'text']] },
  contacts: { table: 'contact', columns: [['id', 'uuid'], ['first_name', 'text'], ['last_name', 'text'], ['preferred_name', 'text'], ['pronouns', 'text'], ['city', 'text'], ['languages', 'text[]'], ['tags', 'text[]'], ['notes', 'text'], ...consent('email'), ...consent('sms'), ...consent('phone')] },
  emails: { table: 'contact_email', columns: [['contact_id', 'uuid'], ['address', 'text'], ['label', 'text'], ['is_primary', 'boolean'], ['position', 'smallint']] },
  phones: { table: 'contact_phone', columns: [['contact_id', 'uuid'], ['number', 'text'], ['label', 'text'], ['is_primary', 'boolean'], ['position', 'smallint']] },
  affiliations: { table: 'affiliation', columns: [['contact_id', 'uuid'], ['organization_id', 'uuid'], ['role', 'text'], ['started_on', 'date'], ['ended_on', 'date']] },
  interests: { table: 'interest', columns: [['organization_id', 'uuid'], ['issue_id', 'uuid'], ['level', 'text'], ['note', 'text'], ['confirmed_on', 'date']] },
  participations: { table: 'participation', columns: [['id', 'uuid'], ['campaign_id', 'uuid'], ['organization_id', 'uuid'], ['role', 'text'], ['joined_on', 'date'], ['note', 'text']] },
  contributions: { table: 'contribution', columns: [['campaign_id', 'uuid'], ['goal_id', 'uuid'], ['participation_id', 'uuid'], ['amount', 'integer'], ['recorded_on', 'date'], ['note', 'text']] },
  meetings: { table: 'meeting', columns: [['id', 'uuid'], ['title', 'text'], ['type', 'text'], ['starts_at', 'timestamptz'], ['ends_at', 'timestamptz'], ['place', 'text'], ['online_url', 'text']] },
  meetingIssues: { table: 'meeting_issue', columns: [['meeting_id', 'uuid'], ['issue_id', 'uuid']] },
  attendance: { table: 'attendance', columns: [['meeting_id', 'uuid'], ['contact_id', 'uuid'], ['organization_id', 'uuid'], ['status', 'text'], ['recorded_at', 'timestamptz']] },
  drives: { table: 'outreach_drive', columns: [['id', 'uuid'], ['name', 'text'], ['segment_id', 'uuid'], ['goal', 'text'], ['channel', 'text'], ['starts_on', 'date'], ['ends_on', 'date'], ['script', 'text'], ['created_by', 'uuid']] },
  targets: { table: 'outreach_target', columns: [['id', 'uuid'], ['drive_id', 'uuid'], ['contact_id', 'uuid'], ['organization_id', 'uuid'], ['organization_role', 'text'], ['assignee_id', 'uuid']] },
  attempts: { table: 'outreach_attempt', columns: [['target_id', 'uuid'], ['outcome', 'text'], ['note', 'text'], ['follow_up_on', 'date'], ['logged_by', 'uuid'], ['logged_at', 'timestamptz']] },
};

type Counts = { [K in keyof typeof LARGE_COUNTS]: number };

function scaledCounts(fraction: number): Counts {
  const scaled = (n: number) => Math.max(1, Math.round(n * fraction));
  return {
    organizations: scaled(LARGE_COUNTS.organizations),
    contacts: scaled(LARGE_COUNTS.contacts),
    meetings: scaled(LARGE_COUNTS.meetings),
    attendance: scaled(LARGE_COUNTS.attendance),
    attempts: scaled(LARGE_COUNTS.attempts),
    // At least the demo's own, so every chapter finds each priority and campaign it joins.
    issues: Math.max(DEMO_ISSUES.length, scaled(LARGE_COUNTS.issues)),
    campaigns: Math.max(6, scaled(LARGE_COUNTS.campaigns)),
  };
}

/**
 * Chapters of at most the demo's size, all about equal (5,000 organizations: 32 of 156 or 157),
 * each with its share of every count. Equal, because a small last chapter would give fewer
 * attendance rows per organization than its share (people per meeting grow with its members).
 */
function chapterSizes(counts: Counts): ChapterSizes[] {
  const chapters = Math.ceil(counts.organizations / DEMO_ORGANIZATION_COUNT);
  const organizations = shares(
    counts.organizations,
    Array.from({ length: chapters }, () => 1),
  );
  const split = (total: number) => shares(total, organizations);
  const [contacts, meetings, attendance, attempts] = [
    split(counts.contacts),
    split(counts.meetings),
    split(counts.attendance),
    split(counts.attempts),
  ];
  return organizations.map((n, k) => ({
    organizations: n,
    contacts: contacts[k],
    meetings: meetings[k],
    attendance: attendance[k],
    attempts: attempts[k],
  }));
}

interface Priorities {
  /** Issue ids by set (set v serves chapters k ≡ v), then by demo key. */
  sets: Map<DemoIssueKey, string>[];
}

/** The demo's twelve priorities, repeated in numbered sets up to the issue count (bills with the first set only). */
async function writeIssues(manager: EntityManager, count: number): Promise<Priorities> {
  const sets: Map<DemoIssueKey, string>[] = [];
  const rankInTier = new Map<number, number>();
  const issues: unknown[][] = [];
  const bills: unknown[][] = [];
  for (let n = 0; n < count; n++) {
    const set = Math.floor(n / DEMO_ISSUES.length);
    const issue = DEMO_ISSUES[n % DEMO_ISSUES.length];
    if (!sets[set]) sets[set] = new Map();
    const id = randomUUID();
    sets[set].set(issue.key, id);
    const rank = (rankInTier.get(issue.tier) ?? 0) + 1;
    rankInTier.set(issue.tier, rank);
    const title = set === 0 ? issue.title : `${issue.title} (priority set ${set + 1})`;
    issues.push([id, title, issue.summary, issue.tier, rank, DEMO_SESSION, issue.status]);
    if (set === 0)
      for (const b of issue.bills) bills.push([id, DEMO_SESSION, b.number, b.title, b.status]);
  }
  await insertRows(
    manager,
    {
      table: 'issue',
      columns: [
        ['id', 'uuid'],
        ['title', 'text'],
        ['summary', 'text'],
        ['tier', 'smallint'],
        ['rank', 'integer'],
        ['session', 'text'],
        ['status', 'text'],
      ],
    },
    issues,
  );
  await insertRows(
    manager,
    {
      table: 'bill',
      columns: [
        ['issue_id', 'uuid'],
        ['session', 'text'],
        ['number', 'text'],
        ['title', 'text'],
        ['status', 'text'],
      ],
    },
    bills,
  );
  progress(`  issues ${issues.length} in ${sets.length} set(s), bills ${bills.length}`);
  return { sets };
}

interface Campaigns {
  /** [set][demo campaign index] → the campaign and its goals. */
  sets: { id: string; goalIds: string[] }[][];
}

/** The demo's campaigns, repeated in numbered sets; a set's goals grow with the chapters that share it. */
async function writeCampaigns(
  manager: EntityManager,
  count: number,
  chapters: number,
  priorities: Priorities,
): Promise<Campaigns> {
  const template = generateDemoCampaigns(demoFaker(DEMO_SEED + 2), [], new Map());
  const setCount = Math.ceil(count / template.length);
  const sets: Campaigns['sets'] = [];
  const campaigns: unknown[][] = [];
  const links: unknown[][] = [];
  const goals: unknown[][] = [];
  for (let n = 0; n < count; n++) {
    const set = Math.floor(n / template.length);
    const c = template[n % template.length];
    const sharing =
      Array.from({ length: chapters }, (_, k) => k).filter((k) => k % setCount === set).length || 1;
    const id = randomUUID();
    const goalIds = c.goals.map(() => randomUUID());
    (sets[set] ??= []).push({ id, goalIds });
    campaigns.push([
      id,
      set === 0 ? c.name : `${c.name} (campaign set ${set + 1})`,
      c.summary,
      c.kind,
      c.startsOn,
      c.endsOn,
    ]);
    for (const key of c.issueKeys) links.push([id, priorities.sets[0].get(key)]);
    c.goals.forEach((g, position) =>
      goals.push([goalIds[position], id, g.label, g.unit, g.target * sharing, position]),
    );
  }
  await insertRows(
    manager,
    {
      table: 'campaign',
      columns: [
        ['id', 'uuid'],
        ['name', 'text'],
        ['summary', 'text'],
        ['kind', 'text'],
        ['starts_on', 'date'],
        ['ends_on', 'date'],
      ],
    },
    campaigns,
  );
  await insertRows(
    manager,
    {
      table: 'campaign_issue',
      columns: [
        ['campaign_id', 'uuid'],
        ['issue_id', 'uuid'],
      ],
    },
    links,
  );
  await insertRows(
    manager,
    {
      table: 'campaign_goal',
      columns: [
        ['id', 'uuid'],
        ['campaign_id', 'uuid'],
        ['label', 'text'],
        ['unit', 'text'],
        ['target', 'integer'],
        ['position', 'integer'],
      ],
    },
    goals,
  );
  progress(`  campaigns ${campaigns.length} in ${sets.length} set(s), goals ${goals.length}`);
  return { sets };
}

async function userId(manager: EntityManager, role: 'organizer' | 'admin'): Promise<string> {
  const [row] = await manager.query<{ id: string }[]>(`SELECT id FROM app_user WHERE email = $1`, [
    demoUserEmail(role),
  ]);
  return row.id;
}

/** The demo's four saved segments (on the first priority set); answers the drive segment's id. */
async function writeSegments(
  manager: EntityManager,
  organizerId: string,
  priorities: Priorities,
): Promise<string | null> {
  let driveSegmentId: string | null = null;
  for (const segment of demoSegments(priorities.sets[0].get('cover_all_kids')!)) {
    const [row] = await manager.query<{ id: string }[]>(
      `INSERT INTO segment (name, description, filter, owner_user_id, shared) VALUES ($1, $2, $3, $4, true) RETURNING id`,
      [segment.name, segment.description, JSON.stringify(segment.filter), organizerId],
    );
    if (segment.name === DEMO_DRIVE_SEGMENT) driveSegmentId = row.id;
  }
  return driveSegmentId;
}

function linksFor(
  chapter: number,
  base: Omit<ChapterLinks, 'issueId' | 'tierOne' | 'campaign'>,
  priorities: Priorities,
  campaigns: Campaigns,
): ChapterLinks {
  const issues = priorities.sets[chapter % priorities.sets.length];
  const issueId = (key: DemoIssueKey) => issues.get(key) ?? priorities.sets[0].get(key)!;
  const set = campaigns.sets[chapter % campaigns.sets.length];
  return {
    ...base,
    issueId,
    tierOne: DEMO_ISSUES.filter((i) => i.tier === 1).map((i) => ({
      id: issueId(i.key),
      title: i.title,
    })),
    campaign: (index) => set[index] ?? campaigns.sets[0][index],
  };
}

async function writeChapter(
  manager: EntityManager,
  rows: ChapterRows,
  tally: Record<string, (n: number) => void>,
): Promise<void> {
  for (const key of Object.keys(TABLES) as (keyof ChapterRows)[]) {
    await insertRows(manager, TABLES[key], rows[key], tally[key] ?? (() => undefined));
  }
}

/** The targets' latest call copied onto them, as the demo seed (and logging a call) does. */
async function summarizeTargets(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    `UPDATE outreach_target t
        SET last_outcome = a.outcome, last_attempt_at = a.logged_at, follow_up_on = a.follow_up_on,
            done = a.outcome = ANY($1::text[]), version = t.version + 1
       FROM (SELECT DISTINCT ON (target_id) target_id, outcome, logged_at, follow_up_on
               FROM outreach_attempt ORDER BY target_id, logged_at DESC, id DESC) a
      WHERE t.id = a.target_id`,
    [FINAL_OUTCOMES],
  );
}

export async function loadLargeDataset(dataSource: DataSource, fraction: number): Promise<void> {
  const counts = scaledCounts(fraction);
  const chapters = chapterSizes(counts);
  progress(
    `large dataset${fraction < 1 ? ` (fraction ${fraction})` : ''}: ${chapters.length} chapter(s); target ${JSON.stringify(counts)}`,
  );
  const network = await dataSource.transaction(async (manager) => {
    await seedDemoUsers(manager, DEFAULT_DEMO_PASSWORD, (m) => progress(m));
    const priorities = await writeIssues(manager, counts.issues);
    const campaigns = await writeCampaigns(manager, counts.campaigns, chapters.length, priorities);
    const organizerId = await userId(manager, 'organizer');
    const driveSegmentId = await writeSegments(manager, organizerId, priorities);
    return {
      priorities,
      campaigns,
      base: { organizerId, adminId: await userId(manager, 'admin'), driveSegmentId },
    };
  });
  const taken = { takenOrganizations: new Set<string>(), takenEmails: new Set<string>() };
  const tally = {
    contacts: counter('contacts', counts.contacts, 20_000),
    attendance: counter('attendance rows', counts.attendance, 100_000),
    attempts: counter('outreach attempts', counts.attempts, 30_000),
  };
  for (const [k, sizes] of chapters.entries()) {
    const rows = generateChapter(
      k,
      sizes,
      linksFor(k, { ...network.base, ...taken }, network.priorities, network.campaigns),
    );
    await dataSource.transaction((manager) => writeChapter(manager, rows, tally));
    progress(
      `chapter ${k + 1}/${chapters.length}: ${rows.organizations.length} organizations, ${rows.contacts.length} contacts, ${rows.meetings.length} meetings, ${rows.attendance.length} attendance, ${rows.attempts.length} calls`,
    );
  }
  progress('outreach targets: latest outcome of each…');
  await summarizeTargets(dataSource);
  await dataSource.query('ANALYZE');
  progress('engagement history: 24 month ends…');
  await seedDemoEngagementHistory(dataSource, (m) => progress(m));
}
