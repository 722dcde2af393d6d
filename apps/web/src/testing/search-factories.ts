import type {
  CampaignHit,
  ContactHit,
  IssueHit,
  OrganizationHit,
  SearchResponse,
} from '@coalition/contracts';

let sequence = 0;
const nextId = (): string => `30000000-0000-4000-8000-${String(++sequence).padStart(12, '0')}`;

export function buildOrganizationHit(overrides: Partial<OrganizationHit> = {}): OrganizationHit {
  return {
    id: nextId(),
    name: `Member Organization ${sequence}`,
    kind: 'community_group',
    membershipStatus: 'active',
    city: 'Worcester',
    ...overrides,
  };
}

export function buildContactHit(overrides: Partial<ContactHit> = {}): ContactHit {
  return {
    id: nextId(),
    displayName: `Person ${sequence}`,
    organizationName: null,
    city: 'Boston',
    ...overrides,
  };
}

export function buildIssueHit(overrides: Partial<IssueHit> = {}): IssueHit {
  return { id: nextId(), title: `Issue ${sequence}`, tier: 1, status: 'active', ...overrides };
}

export function buildCampaignHit(overrides: Partial<CampaignHit> = {}): CampaignHit {
  return {
    id: nextId(),
    name: `Campaign ${sequence}`,
    kind: 'voter_engagement',
    active: false,
    ...overrides,
  };
}

type Hits<T> = { items: T[]; total?: number };

/** An answer of `GET /api/search`; each kind's total defaults to the items given. */
export function buildSearchResponse(
  q: string,
  kinds: {
    organizations?: Hits<OrganizationHit>;
    contacts?: Hits<ContactHit>;
    issues?: Hits<IssueHit>;
    campaigns?: Hits<CampaignHit>;
  } = {},
): SearchResponse {
  const hits = <T>(group: Hits<T> = { items: [] }) => ({
    items: group.items,
    total: group.total ?? group.items.length,
  });
  return {
    q,
    organizations: hits(kinds.organizations),
    contacts: hits(kinds.contacts),
    issues: hits(kinds.issues),
    campaigns: hits(kinds.campaigns),
  };
}
