import type {
  CampaignDetail,
  CampaignIssue,
  CampaignListResponse,
  CampaignSummary,
  Contribution,
  ContributionListResponse,
  GoalProgress,
  GoalSeries,
  OrganizationCampaign,
  Participant,
  ParticipantsByRole,
} from '@coalition/contracts';

let sequence = 0;
const nextId = (): string => `40000000-0000-4000-8000-${String(++sequence).padStart(12, '0')}`;

/** Progress toward a goal; `percent` follows `achieved` and `target` as the API rounds it. */
export function buildGoalProgress(overrides: Partial<GoalProgress> = {}): GoalProgress {
  const target = overrides.target ?? 1500;
  const achieved = overrides.achieved ?? 0;
  return {
    goalId: nextId(),
    label: 'New voters registered',
    unit: 'voters',
    target,
    achieved,
    percent: Math.floor((achieved * 100) / target),
    ...overrides,
  };
}

export function buildCampaignIssue(overrides: Partial<CampaignIssue> = {}): CampaignIssue {
  return {
    id: nextId(),
    title: `Advocacy priority ${sequence}`,
    tier: 1,
    status: 'active',
    ...overrides,
  };
}

export function buildCampaignSummary(overrides: Partial<CampaignSummary> = {}): CampaignSummary {
  return {
    id: nextId(),
    name: `Campaign ${sequence}`,
    summary: null,
    kind: 'voter_engagement',
    startsOn: '2025-06-01',
    endsOn: '2025-11-04',
    active: true,
    issues: [],
    goals: [],
    participantCount: 0,
    version: 1,
    ...overrides,
  };
}

export function buildCampaignList(
  items: CampaignSummary[],
  overrides: Partial<CampaignListResponse> = {},
): CampaignListResponse {
  return { items, total: items.length, page: 1, pageSize: 25, ...overrides };
}

export function buildParticipant(overrides: Partial<Participant> = {}): Participant {
  return {
    id: nextId(),
    role: 'participant',
    organization: {
      id: nextId(),
      name: `Member Organization ${sequence}`,
      kind: 'community_group',
    },
    contact: null,
    joinedOn: '2025-06-01',
    note: null,
    contributed: 0,
    ...overrides,
  };
}

/** Participants sorted into the API's four role groups, by each one's `role`. */
export function groupParticipants(participants: Participant[]): ParticipantsByRole {
  const groups: ParticipantsByRole = {
    lead_partner: [],
    funder: [],
    participant: [],
    endorser: [],
  };
  for (const p of participants) groups[p.role].push(p);
  return groups;
}

export function buildGoalSeries(overrides: Partial<GoalSeries> = {}): GoalSeries {
  return {
    goalId: nextId(),
    label: 'New voters registered',
    unit: 'voters',
    target: 1500,
    points: [],
    ...overrides,
  };
}

export function buildCampaignDetail(overrides: Partial<CampaignDetail> = {}): CampaignDetail {
  return {
    ...buildCampaignSummary(),
    participants: groupParticipants([]),
    contributionSeries: [],
    archivedAt: null,
    createdAt: '2025-05-02T15:04:05.000Z',
    updatedAt: '2025-05-02T15:04:05.000Z',
    ...overrides,
  };
}

export function buildContribution(overrides: Partial<Contribution> = {}): Contribution {
  return {
    id: nextId(),
    campaignId: nextId(),
    goalId: nextId(),
    goalLabel: 'New voters registered',
    unit: 'voters',
    participationId: null,
    participantName: null,
    amount: 10,
    recordedOn: '2025-07-14',
    note: null,
    createdAt: '2025-07-14T15:04:05.000Z',
    ...overrides,
  };
}

export function buildContributionList(
  items: Contribution[],
  overrides: Partial<ContributionListResponse> = {},
): ContributionListResponse {
  return { items, total: items.length, page: 1, pageSize: 10, ...overrides };
}

export function buildOrganizationCampaign(
  overrides: Partial<OrganizationCampaign> = {},
): OrganizationCampaign {
  return {
    participationId: nextId(),
    role: 'participant',
    joinedOn: '2025-06-01',
    note: null,
    contributed: 0,
    campaign: {
      id: nextId(),
      name: `Campaign ${sequence}`,
      kind: 'voter_engagement',
      startsOn: '2025-06-01',
      endsOn: null,
      active: true,
    },
    ...overrides,
  };
}
