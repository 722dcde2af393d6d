import type { Faker } from '@faker-js/faker';
import type { EntityManager } from 'typeorm';
import type {
  BillStatus,
  InterestLevel,
  IssueStatus,
  IssueTier,
  MembershipStatus,
  OrganizationKind,
} from '@coalition/contracts';
import { BillEntity } from '../../modules/issues/bill.entity';
import { InterestEntity } from '../../modules/issues/interest.entity';
import { IssueEntity } from '../../modules/issues/issue.entity';
import { DEMO_SEED, demoFaker, weighted } from './demo-random';

/** A seeded member organization, as the issue and campaign generators need it. */
export interface DemoMember {
  id: string;
  name: string;
  kind: OrganizationKind;
  membershipStatus: MembershipStatus;
  city: string;
}

export type DemoIssueKey =
  | 'safe_communities'
  | 'legal_defense'
  | 'dignity'
  | 'mental_health'
  | 'housing'
  | 'physician_pathway'
  | 'cover_all_kids'
  | 'language_access'
  | 'eitc_itin'
  | 'esol_budget'
  | 'workers_rights'
  | 'health_equity';

export interface DemoIssue {
  key: DemoIssueKey;
  title: string;
  summary: string;
  tier: IssueTier;
  status: IssueStatus;
  bills: { number: string; title: string; status: BillStatus }[];
}

export const DEMO_SESSION = '2025-2026';

/**
 * The twelve priorities of the model coalition (docs: DOMAIN.md), in their tiers and order.
 * Bill titles are the real bills' names; the bill NUMBERS are illustrative, not the
 * legislature's actual docket numbers.
 */
export const DEMO_ISSUES: readonly DemoIssue[] = [
  {
    key: 'safe_communities',
    tier: 1,
    status: 'active',
    title: 'Safe Communities Act',
    summary:
      'Protection from immigration enforcement: keep state and local resources out of federal civil immigration enforcement.',
    bills: [
      { number: 'H.2580', title: 'Safe Communities Act', status: 'in_committee' },
      { number: 'S.1596', title: 'Safe Communities Act', status: 'reported' },
    ],
  },
  {
    key: 'legal_defense',
    tier: 1,
    status: 'active',
    title: 'Immigrant Legal Defense Act',
    summary:
      'Funding for immigration legal services, through the state budget and a standing legal defense fund.',
    bills: [
      { number: 'H.2433', title: 'Immigrant Legal Defense Act', status: 'in_committee' },
      { number: 'S.1681', title: 'Immigrant Legal Defense Act', status: 'reported' },
    ],
  },
  {
    key: 'dignity',
    tier: 1,
    status: 'active',
    title: 'Dignity Not Deportations',
    summary:
      'Ends state and local collaboration with deportation programs and civil immigration detention contracts.',
    bills: [
      { number: 'H.2424', title: 'Dignity Not Deportations Act', status: 'filed' },
      { number: 'S.1620', title: 'Dignity Not Deportations Act', status: 'in_committee' },
    ],
  },
  {
    key: 'mental_health',
    tier: 2,
    status: 'active',
    title: 'Mental health access',
    summary:
      'Community listening sessions on mental health needs of immigrant families, then a campaign.',
    bills: [],
  },
  {
    key: 'housing',
    tier: 2,
    status: 'active',
    title: 'Housing',
    summary:
      'Affordable, accessible housing for immigrant communities, by joining existing housing campaigns.',
    bills: [],
  },
  {
    key: 'physician_pathway',
    tier: 2,
    status: 'active',
    title: 'Physician Pathway Act implementation',
    summary: 'Implementation of the pathway to licensure for internationally trained physicians.',
    bills: [],
  },
  {
    key: 'cover_all_kids',
    tier: 2,
    status: 'active',
    title: 'Cover All Kids',
    summary:
      'Comprehensive MassHealth coverage for every child in the Commonwealth, regardless of immigration status.',
    bills: [
      { number: 'H.1237', title: 'Cover All Kids', status: 'reported' },
      { number: 'S.785', title: 'Cover All Kids', status: 'passed_one_chamber' },
    ],
  },
  {
    key: 'language_access',
    tier: 2,
    status: 'active',
    title: 'Language Access and Inclusion Act',
    summary:
      'Language access plans and interpretation at state agencies for residents with limited English.',
    bills: [
      { number: 'H.3200', title: 'Language Access and Inclusion Act', status: 'reported' },
      {
        number: 'S.2049',
        title: 'Language Access and Inclusion Act',
        status: 'passed_one_chamber',
      },
    ],
  },
  {
    key: 'eitc_itin',
    tier: 3,
    status: 'active',
    title: 'Earned Income Tax Credit for ITIN filers',
    summary: 'Extend the state EITC to working families who file taxes with an ITIN.',
    bills: [],
  },
  {
    key: 'esol_budget',
    tier: 3,
    status: 'active',
    title: 'Budget advocacy for ESOL and citizenship services',
    summary: 'State budget lines for adult ESOL classes and citizenship services.',
    bills: [],
  },
  {
    key: 'workers_rights',
    tier: 3,
    status: 'active',
    title: "Workers' rights",
    summary: 'Wage theft enforcement and protections for injured workers.',
    bills: [
      { number: 'H.1937', title: 'Wage Theft bill', status: 'in_committee' },
      { number: 'S.1230', title: 'Injured Workers bill', status: 'filed' },
    ],
  },
  {
    key: 'health_equity',
    tier: 3,
    status: 'active',
    title: 'Health Equity Compact',
    summary: 'Partner campaign for racial and health equity legislation.',
    bills: [],
  },
];

/** How strongly each kind of organization cares about each issue (0 = not at all, 3 = core). */
const AFFINITY: Record<OrganizationKind, Partial<Record<DemoIssueKey, 1 | 2 | 3>>> = {
  health_center: {
    cover_all_kids: 3,
    mental_health: 3,
    health_equity: 3,
    physician_pathway: 3,
    language_access: 1,
    safe_communities: 1,
  },
  legal_services: {
    legal_defense: 3,
    safe_communities: 3,
    dignity: 2,
    language_access: 1,
    workers_rights: 1,
  },
  labor_union: {
    workers_rights: 3,
    safe_communities: 2,
    eitc_itin: 2,
    esol_budget: 1,
    dignity: 1,
    housing: 1,
  },
  school: { esol_budget: 3, language_access: 3, cover_all_kids: 1, mental_health: 1 },
  refugee_resettlement: {
    legal_defense: 3,
    housing: 3,
    esol_budget: 2,
    mental_health: 2,
    physician_pathway: 2,
    language_access: 1,
  },
  religious: { safe_communities: 3, dignity: 3, legal_defense: 2, housing: 1, cover_all_kids: 1 },
  community_group: {
    safe_communities: 2,
    dignity: 2,
    housing: 2,
    language_access: 2,
    legal_defense: 2,
    cover_all_kids: 2,
    eitc_itin: 1,
    workers_rights: 2,
    health_equity: 1,
  },
  social_service: {
    housing: 3,
    eitc_itin: 3,
    language_access: 2,
    cover_all_kids: 2,
    mental_health: 2,
    legal_defense: 1,
    esol_budget: 1,
    health_equity: 1,
  },
  ethnic_association: {
    language_access: 3,
    safe_communities: 2,
    esol_budget: 2,
    physician_pathway: 2,
    dignity: 1,
    cover_all_kids: 1,
  },
  other: { safe_communities: 1, health_equity: 1, eitc_itin: 1, physician_pathway: 1 },
};

/** A member's engagement: a core of very active members, then regulars, then a long tail. */
export type Engagement = 'core' | 'regular' | 'tail';

// Chance of declaring any interest, by affinity (index) and engagement.
const INTEREST_CHANCE: Record<Engagement, readonly number[]> = {
  core: [0.06, 0.5, 0.85, 0.97],
  regular: [0.02, 0.25, 0.55, 0.8],
  tail: [0, 0.06, 0.2, 0.4],
};

const LEADING_NOTES = [
  'Co-chairs the working group',
  'Testified at the State House hearing',
  'Organizes the lobby day delegation from its city',
  'Hosts know-your-rights trainings',
  'Coordinates the sign-on letter',
];
const ACTIVE_NOTES = [
  'Turned out members for the hearing',
  'Shares action alerts with its members',
  'Joined district meetings',
];

// Interests are confirmed over the two years before the demo's "today" (kept fixed, so the
// demo is the same on every run); lapsed and former members' confirmations are older.
const RECENT = { from: '2024-11-01', to: '2026-10-31' } as const;
const STALE = { from: '2022-06-01', to: '2024-08-31' } as const;

export interface DemoInterest {
  organizationId: string;
  issueKey: DemoIssueKey;
  level: InterestLevel;
  note: string | null;
  confirmedOn: string;
}

function isoDate(faker: Faker, window: { from: string; to: string }): string {
  return faker.date.between(window).toISOString().slice(0, 10);
}

/** About 15% of members are core, 45% regulars, the rest a long tail (same for issues and campaigns). */
export function assignEngagement(
  faker: Faker,
  members: readonly DemoMember[],
): Map<string, Engagement> {
  return new Map(
    members.map((m) => [
      m.id,
      weighted(faker, [
        ['core', 15],
        ['regular', 45],
        ['tail', 40],
      ] as const),
    ]),
  );
}

// Chances of leading and of being active (else interested), by engagement, then affinity 0-3.
const LEVEL_CHANCES: Record<Engagement, readonly (readonly [number, number])[]> = {
  core: [
    [0, 0.3],
    [0, 0.4],
    [0.15, 0.6],
    [0.6, 0.4],
  ],
  regular: [
    [0, 0],
    [0, 0.1],
    [0, 0.3],
    [0.12, 0.45],
  ],
  tail: [
    [0, 0],
    [0, 0],
    [0, 0.05],
    [0, 0.15],
  ],
};

function levelFor(faker: Faker, affinity: number, engagement: Engagement): InterestLevel {
  const [leading, active] = LEVEL_CHANCES[engagement][affinity];
  const roll = faker.number.float();
  if (roll < leading) return 'leading';
  return roll < leading + active ? 'active' : 'interested';
}

function noteFor(faker: Faker, level: InterestLevel): string | null {
  if (level === 'leading') return faker.helpers.arrayElement(LEADING_NOTES);
  if (level === 'active' && faker.number.float() < 0.3)
    return faker.helpers.arrayElement(ACTIVE_NOTES);
  return null;
}

/** Current members' interests, by kind and engagement. */
function memberInterests(faker: Faker, member: DemoMember, engagement: Engagement): DemoInterest[] {
  const affinities = AFFINITY[member.kind];
  return DEMO_ISSUES.flatMap(({ key }) => {
    const affinity = affinities[key] ?? 0;
    if (faker.number.float() >= INTEREST_CHANCE[engagement][affinity]) return [];
    const level = levelFor(faker, affinity, engagement);
    const window = engagement === 'core' ? { from: '2025-09-01', to: RECENT.to } : RECENT;
    return [
      {
        organizationId: member.id,
        issueKey: key,
        level,
        note: noteFor(faker, level),
        confirmedOn: isoDate(faker, window),
      },
    ];
  });
}

/** Lapsed and former members keep a couple of old, lukewarm interests; prospects one or two new ones. */
function marginalInterests(faker: Faker, member: DemoMember): DemoInterest[] {
  const ranked = DEMO_ISSUES.map((i) => i.key).filter(
    (key) => (AFFINITY[member.kind][key] ?? 0) >= 2,
  );
  const max = member.membershipStatus === 'former' ? 1 : 2;
  const picks = faker.helpers.arrayElements(ranked, { min: 0, max: Math.min(max, ranked.length) });
  const window = member.membershipStatus === 'prospective' ? RECENT : STALE;
  return picks.map((issueKey) => ({
    organizationId: member.id,
    issueKey,
    level:
      member.membershipStatus === 'lapsed' && faker.number.float() < 0.3 ? 'active' : 'interested',
    note: null,
    confirmedOn: isoDate(faker, window),
  }));
}

/** Makes sure every priority has at least one member leading it (the most engaged active one). */
function ensureLeaders(interests: DemoInterest[]): void {
  for (const { key } of DEMO_ISSUES) {
    const onIssue = interests.filter((i) => i.issueKey === key);
    if (onIssue.some((i) => i.level === 'leading')) continue;
    const candidate = onIssue.find((i) => i.level === 'active') ?? onIssue[0];
    if (candidate) {
      candidate.level = 'leading';
      candidate.note = LEADING_NOTES[0];
    }
  }
}

/**
 * Interests consistent with each organization's kind and engagement. `engagement` maps
 * member ids to their engagement (the campaign generator uses the same map).
 */
export function generateDemoInterests(
  faker: Faker,
  members: readonly DemoMember[],
  engagement: ReadonlyMap<string, Engagement>,
): DemoInterest[] {
  const interests = members.flatMap((member) =>
    member.membershipStatus === 'active'
      ? memberInterests(faker, member, engagement.get(member.id) ?? 'tail')
      : marginalInterests(faker, member),
  );
  const current = new Set(members.filter((m) => m.membershipStatus === 'active').map((m) => m.id));
  ensureLeaders(interests.filter((i) => current.has(i.organizationId)));
  return interests;
}

/** The demo's organizations as seeded, ordered by name so generation is deterministic. */
export function loadDemoMembers(manager: EntityManager): Promise<DemoMember[]> {
  return manager.query<DemoMember[]>(
    `SELECT id, name, kind, membership_status AS "membershipStatus", city
     FROM organization WHERE archived_at IS NULL ORDER BY name, city`,
  );
}

/** Inserts the issues, their bills and the interests; answers the issue ids by key. */
export async function writeDemoIssues(
  manager: EntityManager,
  interests: readonly DemoInterest[],
  log: (m: string) => void,
): Promise<Map<DemoIssueKey, string>> {
  const ids = new Map<DemoIssueKey, string>();
  const rankInTier = new Map<number, number>();
  for (const issue of DEMO_ISSUES) {
    const rank = (rankInTier.get(issue.tier) ?? 0) + 1;
    rankInTier.set(issue.tier, rank);
    const { key, bills, ...fields } = issue;
    const result = await manager.insert(IssueEntity, { ...fields, rank, session: DEMO_SESSION });
    const id = (result.identifiers[0] as { id: string }).id;
    ids.set(key, id);
    if (bills.length)
      await manager.insert(
        BillEntity,
        bills.map((b) => ({ ...b, issueId: id, session: DEMO_SESSION })),
      );
  }
  const rows = interests.map(({ issueKey, ...interest }) => ({
    ...interest,
    issueId: ids.get(issueKey)!,
  }));
  for (let i = 0; i < rows.length; i += 500)
    await manager.insert(InterestEntity, rows.slice(i, i + 500));
  const bills = DEMO_ISSUES.reduce((n, i) => n + i.bills.length, 0);
  log(`  issues ${DEMO_ISSUES.length} (${bills} bills), interests ${rows.length}`);
  return ids;
}

/** What the campaign seed builds on: the members, their engagement and the issues' ids. */
export interface DemoPriorities {
  members: DemoMember[];
  engagement: Map<string, Engagement>;
  issueIds: Map<DemoIssueKey, string>;
}

/**
 * Seeds the twelve priorities, their bills and the members' interests, reading the seeded
 * organizations through the seed's transaction. Uses its own faker stream.
 */
export async function seedDemoIssues(
  manager: EntityManager,
  log: (m: string) => void,
): Promise<DemoPriorities> {
  const faker = demoFaker(DEMO_SEED + 1);
  const members = await loadDemoMembers(manager);
  const engagement = assignEngagement(faker, members);
  const issueIds = await writeDemoIssues(
    manager,
    generateDemoInterests(faker, members, engagement),
    log,
  );
  return { members, engagement, issueIds };
}
