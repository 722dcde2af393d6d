import type { Faker } from '@faker-js/faker';
import type { EntityManager } from 'typeorm';
import {
  FINAL_OUTCOMES,
  type FilterNodeInput,
  type OutreachOutcome,
  type SegmentFilter,
  segmentFilterSchema,
} from '@coalition/contracts';
import { OutreachAttemptEntity } from '../../modules/outreach/outreach-attempt.entity';
import { OutreachDrivesRepository } from '../../modules/outreach/outreach-drives.repository';
import { OutreachTargetsRepository } from '../../modules/outreach/outreach-targets.repository';
import { roundRobin } from '../../modules/outreach/round-robin';
import { SegmentsRepository } from '../../modules/segments/segments.repository';
import type { DemoIssueKey } from './demo-issues';
import { DEMO_SEED, demoFaker, weighted } from './demo-random';
import { demoUserEmail } from './demo-users';

export interface DemoSegment {
  name: string;
  description: string;
  filter: SegmentFilter;
}

const and = (...children: FilterNodeInput[]): SegmentFilter =>
  segmentFilterSchema.parse({ type: 'group', op: 'and', children });

/** The organizers' saved segments; the first is DOMAIN.md's example. */
export function demoSegments(coverAllKidsId: string): DemoSegment[] {
  return [
    {
      name: 'Cover All Kids leaders and active groups in Worcester & Hampden',
      description:
        'Spanish- and Portuguese-speaking people at active health centers and community groups that are active on or lead Cover All Kids, who take calls.',
      filter: and(
        { type: 'condition', field: 'organization.kind', values: ['health_center', 'community_group'] },
        { type: 'condition', field: 'organization.status', values: ['active'] },
        { type: 'condition', field: 'organization.county', values: ['Worcester', 'Hampden'] },
        { type: 'condition', field: 'organization.interest', issueIds: [coverAllKidsId], minLevel: 'active' },
        { type: 'condition', field: 'contact.language', values: ['es', 'pt'] },
        { type: 'condition', field: 'contact.consent', channels: ['phone'] },
      ),
    },
    {
      name: 'Lapsed members to win back',
      description: 'Directors and primary contacts of lapsed member organizations.',
      filter: and(
        { type: 'condition', field: 'organization.status', values: ['lapsed'] },
        { type: 'condition', field: 'contact.role', values: ['executive_director', 'primary_contact'] },
      ),
    },
    {
      name: 'Portuguese-speaking contacts who take calls',
      description: 'Brazilian and Cape Verdean community members with a phone number who agreed to be called.',
      filter: and(
        { type: 'condition', field: 'contact.language', values: ['pt'] },
        { type: 'condition', field: 'contact.consent', channels: ['phone'] },
        { type: 'condition', field: 'contact.hasPhone', value: true },
      ),
    },
    {
      name: 'Cover All Kids allies statewide who take calls',
      description: 'Everyone at an active health center or community group interested in Cover All Kids, anywhere in the state, who agreed to be called.',
      filter: and(
        { type: 'condition', field: 'organization.kind', values: ['health_center', 'community_group'] },
        { type: 'condition', field: 'organization.status', values: ['active'] },
        { type: 'condition', field: 'organization.interest', issueIds: [coverAllKidsId], minLevel: 'interested' },
        { type: 'condition', field: 'contact.consent', channels: ['phone'] },
      ),
    },
  ];
}

/**
 * The drive is made from the statewide segment: the Worcester & Hampden one selects only a
 * person or two in the demo data, too few to show a drive's progress.
 */
export const DEMO_DRIVE_SEGMENT = 'Cover All Kids allies statewide who take calls';

// The demo's "today" is fixed (2026-10-31, as the other demo data): the drive started three
// weeks before, so its calls are spread over the second half of October.
export const DEMO_DRIVE = {
  name: 'Cover All Kids: calls before the hearing',
  goal: 'Twenty families and providers at the Health Care Financing hearing, and a postcard to every legislator from their district',
  startsOn: '2026-10-12',
  endsOn: '2026-11-20',
  script:
    'Hi, this is {your name} with the coalition. Cover All Kids (H.1237 / S.785) has its hearing next month. ' +
    'Would you or your families come to the State House, or send a postcard to your legislators? ' +
    'Ask about languages and childcare; note what they commit to.',
} as const;
const FIRST_CALL = '2026-10-13';
const LAST_CALL = '2026-10-30';

/** How a target's calls went, oldest first (the last outcome is where the target stands). */
const PATTERNS: ReadonlyArray<readonly [readonly OutreachOutcome[], number]> = [
  [['committed'], 6],
  [['no_answer', 'committed'], 4],
  [['left_message', 'committed'], 3],
  [['reached'], 4],
  [['left_message', 'reached'], 2],
  [['declined'], 3],
  [['no_answer'], 4],
  [['left_message'], 4],
  [['no_answer', 'left_message'], 3],
  [['wrong_number'], 2],
];

const NOTES: Partial<Record<OutreachOutcome, { chance: number; notes: readonly string[] }>> = {
  committed: {
    chance: 1,
    notes: [
      'Will bring three families to the State House hearing',
      'Will testify about the clinic’s uninsured children',
      'Collecting postcards in the waiting room: aims for 50',
      'Will host a house meeting the week before the hearing',
      'Signed up for the lobby day; needs a ride to the State House',
      'Will call her state representative’s office and report back',
      'Will share the fact sheet in the parents’ WhatsApp group',
      'Bringing the youth group; asked for translated flyers',
    ],
  },
  reached: {
    chance: 0.5,
    notes: ['Already signed the petition; wants updates by text', 'Asked for the fact sheet in their language', 'Supportive, busy until November'],
  },
  declined: { chance: 0.6, notes: ['Not able to take part this session', 'Prefers not to be called about legislation', 'Moving out of state'] },
  left_message: { chance: 0.5, notes: ['Left a voicemail with the callback number', 'Left a message with the front desk'] },
  wrong_number: { chance: 1, notes: ['Number belongs to someone else; ask the organization for a new one'] },
};

export interface DemoTargetRef {
  id: string;
  assigneeId: string;
}

export interface DemoAttempt {
  targetId: string;
  outcome: OutreachOutcome;
  note: string | null;
  followUpOn: string | null;
  loggedBy: string;
  loggedAt: Date;
}

const DAY_MS = 86_400_000;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const minDate = (a: string, b: string) => (a < b ? a : b);

function noteFor(faker: Faker, outcome: OutreachOutcome): string | null {
  const spec = NOTES[outcome];
  return spec && faker.number.float() < spec.chance ? faker.helpers.arrayElement(spec.notes) : null;
}

/** One target's calls: on days after one another, during Boston office hours (EDT in October). */
function attemptsFor(faker: Faker, target: DemoTargetRef): DemoAttempt[] {
  const outcomes = weighted(faker, PATTERNS);
  let day = faker.date.between({ from: `${FIRST_CALL}T12:00:00Z`, to: `${addDays(LAST_CALL, -3)}T12:00:00Z` }).toISOString().slice(0, 10);
  let previous = 0;
  return outcomes.map((outcome, index) => {
    if (index > 0) day = minDate(addDays(day, faker.number.int({ min: 1, max: 4 })), LAST_CALL);
    const last = index === outcomes.length - 1;
    const open = !FINAL_OUTCOMES.includes(outcome);
    // Open targets get a date to try again; some commitments a reminder before the hearing.
    const followUp = last && (open || (outcome === 'committed' && faker.number.float() < 0.4));
    const hour = faker.number.int({ min: 10, max: 18 });
    const minute = faker.number.int({ min: 0, max: 59 });
    const at = Date.parse(`${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00-04:00`);
    // Two calls capped to the last day still follow each other.
    previous = Math.max(at, previous + 45 * 60_000);
    return {
      targetId: target.id,
      outcome,
      note: noteFor(faker, outcome),
      followUpOn: followUp ? addDays(day, faker.number.int({ min: 2, max: 8 })) : null,
      loggedBy: target.assigneeId,
      loggedAt: new Date(previous),
    };
  });
}

/** About half the targets worked, with a realistic mix of outcomes; the same for the same seed. */
export function generateDemoAttempts(faker: Faker, targets: readonly DemoTargetRef[]): DemoAttempt[] {
  const worked = new Set(faker.helpers.arrayElements(targets, Math.round(targets.length / 2)).map((t) => t.id));
  return targets.filter((t) => worked.has(t.id)).flatMap((t) => attemptsFor(faker, t));
}

async function userId(manager: EntityManager, email: string): Promise<string> {
  const [row] = await manager.query<{ id: string }[]>(`SELECT id FROM app_user WHERE email = $1`, [email]);
  return row.id;
}

/** The targets' latest attempt, copied onto them (what logging an attempt does one at a time). */
async function summarizeTargets(manager: EntityManager, driveId: string): Promise<void> {
  await manager.query(
    `UPDATE outreach_target t
        SET last_outcome = a.outcome, last_attempt_at = a.logged_at, follow_up_on = a.follow_up_on,
            done = a.outcome = ANY($2::text[]), version = t.version + 1
       FROM (SELECT DISTINCT ON (la.target_id) la.target_id, la.outcome, la.logged_at, la.follow_up_on
               FROM outreach_attempt la JOIN outreach_target lt ON lt.id = la.target_id
              WHERE lt.drive_id = $1
              ORDER BY la.target_id, la.logged_at DESC, la.id DESC) a
      WHERE t.id = a.target_id`,
    [driveId, FINAL_OUTCOMES],
  );
}

/**
 * Seeds the organizers' saved segments and one phone drive from the statewide one, split between the
 * demo organizer and the admin, about half worked. Reuses the outreach and segment
 * repositories so the targets are exactly what creating the drive in the app would give.
 */
export async function seedDemoOutreach(
  manager: EntityManager,
  issueIds: ReadonlyMap<DemoIssueKey, string>,
  log: (m: string) => void,
): Promise<void> {
  const organizer = await userId(manager, demoUserEmail('organizer'));
  const admin = await userId(manager, demoUserEmail('admin'));
  const segments = demoSegments(issueIds.get('cover_all_kids')!);
  const segmentIds: string[] = [];
  for (const segment of segments) {
    const [row] = await manager.query<{ id: string }[]>(
      `INSERT INTO segment (name, description, filter, owner_user_id, shared) VALUES ($1, $2, $3, $4, true) RETURNING id`,
      [segment.name, segment.description, JSON.stringify(segment.filter), organizer],
    );
    segmentIds.push(row.id);
  }
  const source = segments.findIndex((segment) => segment.name === DEMO_DRIVE_SEGMENT);
  const chosen = await new SegmentsRepository(manager.connection).reachableContacts(segments[source].filter, 'phone', manager);
  const drives = new OutreachDrivesRepository(manager.connection);
  const targets = new OutreachTargetsRepository(manager.connection);
  const driveId = await drives.insert(manager, {
    ...DEMO_DRIVE,
    segmentId: segmentIds[source],
    channel: 'phone',
    createdBy: organizer,
  });
  await targets.insertMany(manager, driveId, chosen);
  const dealt = roundRobin(await targets.openIdsInNameOrder(manager, driveId, false), [organizer, admin]);
  await targets.assign(manager, dealt.map(({ item, assigneeId }) => ({ targetId: item, assigneeId })));
  const attempts = generateDemoAttempts(
    demoFaker(DEMO_SEED + 3),
    dealt.map(({ item, assigneeId }) => ({ id: item, assigneeId })),
  );
  if (attempts.length) await manager.insert(OutreachAttemptEntity, attempts);
  await summarizeTargets(manager, driveId);
  log(`  segments ${segmentIds.length}, outreach drive of ${dealt.length} targets with ${attempts.length} attempts`);
}
