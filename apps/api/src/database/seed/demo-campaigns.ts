import type { Faker } from '@faker-js/faker';
import type { EntityManager } from 'typeorm';
import type { CampaignKind, OrganizationKind, ParticipationRole } from '@coalition/contracts';
import { CampaignGoalEntity } from '../../modules/campaigns/campaign-goal.entity';
import { CampaignIssueEntity } from '../../modules/campaigns/campaign-issue.entity';
import { CampaignEntity } from '../../modules/campaigns/campaign.entity';
import { ContributionEntity } from '../../modules/campaigns/contribution.entity';
import { ParticipationEntity } from '../../modules/campaigns/participation.entity';
import type { DemoIssueKey, DemoMember, DemoPriorities, Engagement } from './demo-issues';
import { DEMO_SEED, demoFaker, weighted } from './demo-random';

interface Window {
  from: string;
  to: string;
}

interface GoalSpec {
  label: string;
  unit: string;
  target: number;
  /** What the demo's contributions add up to (over the target for a goal met). */
  total: number;
  events: number;
  window: Window;
  /** Where and how the amount was counted, e.g. "Citizenship day clinic in Lowell". */
  notes: readonly string[];
}

interface CampaignSpec {
  name: string;
  summary: string;
  kind: CampaignKind;
  startsOn: string;
  endsOn: string | null;
  issueKeys: DemoIssueKey[];
  /** Chance that an active member of each kind takes part (scaled by its engagement). */
  kinds: Partial<Record<OrganizationKind, number>>;
  leadKinds: OrganizationKind[];
  leads: number;
  funders: number;
  goals: GoalSpec[];
}

// The demo's "today" is fixed so the data is the same on every run: two years of activity up
// to the end of October 2026; "last summer" is summer 2026.
const TWO_YEARS: Window = { from: '2024-11-01', to: '2026-10-31' };
const LAST_SUMMER: Window = { from: '2026-06-01', to: '2026-08-31' };

const CAMPAIGNS: readonly CampaignSpec[] = [
  {
    name: 'Welcoming Massachusetts',
    summary:
      'Educational and cultural activities that introduce immigrant neighbors to non-immigrant audiences.',
    kind: 'public_education',
    startsOn: '2009-03-01',
    endsOn: null,
    issueKeys: [],
    kinds: {
      community_group: 0.5,
      religious: 0.5,
      ethnic_association: 0.45,
      social_service: 0.3,
      school: 0.3,
      other: 0.3,
    },
    leadKinds: ['community_group', 'religious'],
    leads: 3,
    funders: 1,
    goals: [
      {
        label: 'Community conversations held',
        unit: 'conversations',
        target: 60,
        total: 47,
        events: 40,
        window: TWO_YEARS,
        notes: [
          'Library community conversation',
          'Interfaith breakfast',
          'Town hall forum',
          'Film screening and discussion',
        ],
      },
      {
        label: 'Residents reached',
        unit: 'residents',
        target: 5000,
        total: 4210,
        events: 45,
        window: TWO_YEARS,
        notes: [
          'Cultural festival',
          'Story-sharing evening',
          'High school assembly',
          'Welcoming week fair',
        ],
      },
    ],
  },
  {
    name: 'English Works',
    summary:
      'Business, labor, community and government leaders building a high-quality ESOL system for immigrant workers.',
    kind: 'workforce_esol',
    startsOn: '2014-09-15',
    endsOn: null,
    issueKeys: ['esol_budget'],
    kinds: {
      school: 0.8,
      labor_union: 0.7,
      refugee_resettlement: 0.5,
      social_service: 0.35,
      community_group: 0.2,
      other: 0.3,
    },
    leadKinds: ['school', 'labor_union'],
    leads: 3,
    funders: 2,
    goals: [
      {
        label: 'Workers enrolled in workplace ESOL',
        unit: 'workers',
        target: 800,
        total: 655,
        events: 24,
        window: TWO_YEARS,
        notes: [
          'Spring cohort at a hospital',
          'Fall cohort at a hotel',
          'Warehouse night class',
          'Home care workers cohort',
        ],
      },
      {
        label: 'Employer partners signed on',
        unit: 'employers',
        target: 40,
        total: 31,
        events: 20,
        window: TWO_YEARS,
        notes: ['Employer breakfast', 'Chamber of commerce meeting', 'Site visit'],
      },
    ],
  },
  {
    name: 'New Americans Vote',
    summary: 'Voter engagement, registration and mobilization of new citizens across the state.',
    kind: 'voter_engagement',
    startsOn: '2008-01-15',
    endsOn: null,
    issueKeys: [],
    kinds: {
      community_group: 0.55,
      ethnic_association: 0.6,
      religious: 0.4,
      social_service: 0.35,
      school: 0.3,
      labor_union: 0.35,
      refugee_resettlement: 0.2,
    },
    leadKinds: ['community_group', 'ethnic_association'],
    leads: 4,
    funders: 1,
    goals: [
      {
        label: 'New voters registered',
        unit: 'voters',
        target: 1500,
        total: 1562,
        events: 44,
        window: LAST_SUMMER,
        notes: [
          'Naturalization ceremony registration table',
          'Citizenship day clinic',
          'Community festival booth',
          'Door-to-door canvass',
          'Church fair table',
          'ESOL class visit',
        ],
      },
      {
        label: 'Voter education workshops',
        unit: 'workshops',
        target: 50,
        total: 38,
        events: 30,
        window: TWO_YEARS,
        notes: [
          'Know your ballot workshop',
          'Multilingual candidate forum',
          'How to vote by mail session',
        ],
      },
    ],
  },
  {
    name: 'Redistricting',
    summary: 'District maps that give immigrant communities a fair voice.',
    kind: 'redistricting',
    startsOn: '2020-04-01',
    endsOn: null,
    issueKeys: [],
    kinds: { community_group: 0.35, ethnic_association: 0.4, legal_services: 0.25, other: 0.3 },
    leadKinds: ['community_group', 'legal_services'],
    leads: 2,
    funders: 1,
    goals: [
      {
        label: 'Testimonies at public hearings',
        unit: 'testimonies',
        target: 150,
        total: 96,
        events: 30,
        window: TWO_YEARS,
        notes: [
          'Testimony at a city council hearing',
          'Testimony at the state redistricting hearing',
          'Written testimony drive',
        ],
      },
      {
        label: 'Community mapping sessions',
        unit: 'sessions',
        target: 30,
        total: 22,
        events: 22,
        window: TWO_YEARS,
        notes: ['Community-of-interest mapping session', 'Precinct mapping workshop'],
      },
    ],
  },
  {
    name: 'Pass the Safe Communities Act (2025-2026)',
    summary:
      'Legislative campaign for the Safe Communities Act and Dignity Not Deportations this session.',
    kind: 'legislative',
    startsOn: '2025-01-06',
    endsOn: '2026-12-31',
    issueKeys: ['safe_communities', 'dignity'],
    kinds: {
      religious: 0.6,
      legal_services: 0.7,
      community_group: 0.5,
      labor_union: 0.5,
      ethnic_association: 0.4,
      social_service: 0.25,
    },
    leadKinds: ['legal_services', 'religious'],
    leads: 3,
    funders: 1,
    goals: [
      {
        label: 'Constituent calls to legislators',
        unit: 'calls',
        target: 5000,
        total: 4380,
        events: 40,
        window: { from: '2025-01-15', to: '2026-10-31' },
        notes: ['Call-in day', 'Phone bank', 'Congregation call drive'],
      },
      {
        label: 'Lobby day participants',
        unit: 'people',
        target: 600,
        total: 640,
        events: 18,
        window: { from: '2025-03-01', to: '2026-06-30' },
        notes: ['State House lobby day delegation', 'District office visit'],
      },
    ],
  },
  {
    name: 'Fund Immigrant Legal Defense (FY2027 budget)',
    summary: 'Budget campaign for immigration legal services funding in the FY2027 state budget.',
    kind: 'budget',
    startsOn: '2025-09-01',
    endsOn: '2026-07-31',
    issueKeys: ['legal_defense'],
    kinds: {
      legal_services: 0.8,
      refugee_resettlement: 0.6,
      social_service: 0.3,
      religious: 0.3,
      community_group: 0.25,
    },
    leadKinds: ['legal_services', 'refugee_resettlement'],
    leads: 2,
    funders: 0,
    goals: [
      {
        label: 'Sign-on letters from member organizations',
        unit: 'letters',
        target: 100,
        total: 87,
        events: 30,
        window: { from: '2025-10-01', to: '2026-06-30' },
        notes: ['Sign-on letter delivered', 'Board resolution'],
      },
      {
        label: 'Legislators co-sponsoring the budget amendment',
        unit: 'legislators',
        target: 80,
        total: 64,
        events: 16,
        window: { from: '2026-01-15', to: '2026-05-31' },
        notes: ['Co-sponsor secured after district meeting', 'Co-sponsor secured at lobby day'],
      },
    ],
  },
];

const ENGAGEMENT_FACTOR: Record<Engagement, number> = { core: 1, regular: 0.6, tail: 0.25 };
// Hubs for contributions no single member is credited with (coalition staff events).
const STAFF_CITIES = [
  'Boston',
  'Worcester',
  'Lawrence',
  'Springfield',
  'Lowell',
  'Chelsea',
  'Brockton',
  'New Bedford',
];

export interface DemoParticipation {
  organizationId: string;
  role: ParticipationRole;
  joinedOn: string;
  note: string | null;
}

export interface DemoContribution {
  goalIndex: number;
  /** Index into the campaign's participations; null when no single member is credited. */
  participationIndex: number | null;
  amount: number;
  recordedOn: string;
  note: string;
}

export interface DemoCampaign {
  name: string;
  summary: string;
  kind: CampaignKind;
  startsOn: string;
  endsOn: string | null;
  issueKeys: DemoIssueKey[];
  goals: { label: string; unit: string; target: number }[];
  participations: DemoParticipation[];
  contributions: DemoContribution[];
}

function isoDate(faker: Faker, window: Window): string {
  return faker.date.between(window).toISOString().slice(0, 10);
}

/** Splits `total` into `count` positive whole parts of uneven size. */
export function splitTotal(faker: Faker, total: number, count: number): number[] {
  const n = Math.max(1, Math.min(count, total));
  const weights = Array.from({ length: n }, () => faker.number.float({ min: 0.3, max: 1.7 }));
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.max(1, Math.floor(((total - n) * w) / sum) + 1));
  // Rounding down leaves a small remainder (never a surplus): hand it out one by one.
  let rest = total - parts.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % n, rest -= 1) parts[i] += 1;
  return parts;
}

function roleFor(faker: Faker, engagement: Engagement): ParticipationRole {
  return engagement !== 'tail' && faker.number.float() < 0.65 ? 'participant' : 'endorser';
}

/** Active members join by kind and engagement; lapsed ones only long-running campaigns, rarely. */
function chooseMembers(
  faker: Faker,
  spec: CampaignSpec,
  members: readonly DemoMember[],
  engagement: ReadonlyMap<string, Engagement>,
): DemoMember[] {
  return members.filter((m) => {
    const kindChance = spec.kinds[m.kind] ?? 0;
    const chance =
      m.membershipStatus === 'active'
        ? kindChance * ENGAGEMENT_FACTOR[engagement.get(m.id) ?? 'tail']
        : m.membershipStatus === 'lapsed' && spec.endsOn === null
          ? 0.15 * kindChance
          : 0;
    return faker.number.float() < chance;
  });
}

/** Lead partners: the most engaged chosen members of the lead kinds. Funders: foundations, then unions. */
function leadsAndFunders(
  spec: CampaignSpec,
  chosen: readonly DemoMember[],
  members: readonly DemoMember[],
  engagement: ReadonlyMap<string, Engagement>,
): { leads: Set<string>; funders: DemoMember[] } {
  const notCore = (m: DemoMember) => Number(engagement.get(m.id) !== 'core');
  const leads = new Set(
    chosen
      .filter((m) => m.membershipStatus === 'active' && spec.leadKinds.includes(m.kind))
      .sort((a, b) => notCore(a) - notCore(b))
      .slice(0, spec.leads)
      .map((m) => m.id),
  );
  const pool = members.filter((m) => m.membershipStatus === 'active' && !leads.has(m.id));
  const funders = [
    ...pool.filter((m) => m.kind === 'other'),
    ...pool.filter((m) => m.kind === 'labor_union'),
  ].slice(0, spec.funders);
  return { leads, funders };
}

const ROLE_NOTES: Partial<Record<ParticipationRole, string>> = {
  lead_partner: 'Sits on the campaign steering committee',
  funder: 'Grant support',
};

/** Who takes part, in which role, since when. */
function participationsFor(
  faker: Faker,
  spec: CampaignSpec,
  members: readonly DemoMember[],
  engagement: ReadonlyMap<string, Engagement>,
): { member: DemoMember; participation: DemoParticipation }[] {
  const joinWindow = {
    from: spec.startsOn > '2015-01-01' ? spec.startsOn : '2015-01-01',
    to: '2026-09-30',
  };
  const chosen = chooseMembers(faker, spec, members, engagement);
  const { leads, funders } = leadsAndFunders(spec, chosen, members, engagement);
  const roleOf = (member: DemoMember): ParticipationRole => {
    if (leads.has(member.id)) return 'lead_partner';
    if (member.membershipStatus === 'lapsed') return 'endorser';
    return roleFor(faker, engagement.get(member.id) ?? 'tail');
  };
  const rows = [
    ...chosen
      .filter((m) => !funders.includes(m))
      .map((member) => ({ member, role: roleOf(member) })),
    ...funders.map((member) => ({ member, role: 'funder' as const })),
  ];
  return rows.map(({ member, role }) => ({
    member,
    participation: {
      organizationId: member.id,
      role,
      joinedOn: isoDate(faker, joinWindow),
      note: ROLE_NOTES[role] ?? null,
    },
  }));
}

/** Dated amounts per goal, credited mostly to lead partners and participants, some to staff events. */
function contributionsFor(
  faker: Faker,
  spec: CampaignSpec,
  taking: { member: DemoMember; participation: DemoParticipation }[],
): DemoContribution[] {
  const credited = taking
    .map((t, index) => ({ index, city: t.member.city, role: t.participation.role }))
    .filter((t) => t.role === 'lead_partner' || t.role === 'participant');
  const options = credited.map((c) => [c, c.role === 'lead_partner' ? 3 : 1] as const);
  return spec.goals.flatMap((goal, goalIndex) =>
    splitTotal(faker, goal.total, goal.events).map((amount) => {
      const by = options.length && faker.number.float() < 0.85 ? weighted(faker, options) : null;
      const city = by?.city ?? faker.helpers.arrayElement(STAFF_CITIES);
      return {
        goalIndex,
        participationIndex: by?.index ?? null,
        amount,
        recordedOn: isoDate(faker, goal.window),
        note: `${faker.helpers.arrayElement(goal.notes)} in ${city}`,
      };
    }),
  );
}

/** The coalition's campaigns with participation consistent with members' kinds, and two years of progress. */
export function generateDemoCampaigns(
  faker: Faker,
  members: readonly DemoMember[],
  engagement: ReadonlyMap<string, Engagement>,
): DemoCampaign[] {
  return CAMPAIGNS.map((spec) => {
    const taking = participationsFor(faker, spec, members, engagement);
    return {
      name: spec.name,
      summary: spec.summary,
      kind: spec.kind,
      startsOn: spec.startsOn,
      endsOn: spec.endsOn,
      issueKeys: spec.issueKeys,
      goals: spec.goals.map(({ label, unit, target }) => ({ label, unit, target })),
      participations: taking.map((t) => t.participation),
      contributions: contributionsFor(faker, spec, taking),
    };
  });
}

const idsOf = (result: { identifiers: object[] }) =>
  result.identifiers.map((i) => (i as { id: string }).id);

export async function writeDemoCampaigns(
  manager: EntityManager,
  campaigns: readonly DemoCampaign[],
  issueIds: ReadonlyMap<DemoIssueKey, string>,
  log: (m: string) => void,
): Promise<void> {
  let participations = 0;
  let contributions = 0;
  for (const c of campaigns) {
    const [campaignId] = idsOf(
      await manager.insert(CampaignEntity, {
        name: c.name,
        summary: c.summary,
        kind: c.kind,
        startsOn: c.startsOn,
        endsOn: c.endsOn,
      }),
    );
    const links = c.issueKeys.map((key) => ({ campaignId, issueId: issueIds.get(key)! }));
    if (links.length) await manager.insert(CampaignIssueEntity, links);
    const goalIds = idsOf(
      await manager.insert(
        CampaignGoalEntity,
        c.goals.map((g, position) => ({ ...g, position, campaignId })),
      ),
    );
    const participationIds = c.participations.length
      ? idsOf(
          await manager.insert(
            ParticipationEntity,
            c.participations.map((p) => ({ ...p, campaignId })),
          ),
        )
      : [];
    const rows = c.contributions.map((k) => ({
      campaignId,
      goalId: goalIds[k.goalIndex],
      participationId:
        k.participationIndex === null ? null : participationIds[k.participationIndex],
      amount: k.amount,
      recordedOn: k.recordedOn,
      note: k.note,
    }));
    for (let i = 0; i < rows.length; i += 500)
      await manager.insert(ContributionEntity, rows.slice(i, i + 500));
    participations += c.participations.length;
    contributions += rows.length;
  }
  log(
    `  campaigns ${campaigns.length}, participations ${participations}, contributions ${contributions}`,
  );
}

/** Generates and writes the demo campaigns (own faker stream, so other generators do not shift it). */
export async function seedDemoCampaigns(
  manager: EntityManager,
  { members, engagement, issueIds }: DemoPriorities,
  log: (m: string) => void,
): Promise<void> {
  const campaigns = generateDemoCampaigns(demoFaker(DEMO_SEED + 2), members, engagement);
  await writeDemoCampaigns(manager, campaigns, issueIds, log);
}
