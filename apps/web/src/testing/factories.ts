import type {
  IssueSummary,
  OrganizationContact,
  OrganizationDetail,
  OrganizationInterest,
  OrganizationListResponse,
  OrganizationSummary,
} from '@coalition/contracts';

let sequence = 0;
const nextId = (): string => `00000000-0000-4000-8000-${String(++sequence).padStart(12, '0')}`;

export function buildOrganizationSummary(
  overrides: Partial<OrganizationSummary> = {},
): OrganizationSummary {
  return {
    id: nextId(),
    name: `Member Organization ${sequence}`,
    kind: 'community_group',
    membershipStatus: 'active',
    city: 'Worcester',
    county: 'Worcester',
    joinedOn: '2021-04-15',
    languages: ['en', 'es'],
    tags: [],
    ...overrides,
  };
}

export function buildOrganizationDetail(
  overrides: Partial<OrganizationDetail> = {},
): OrganizationDetail {
  return {
    ...buildOrganizationSummary(),
    description: 'Know-your-rights trainings and accompaniment to court hearings.',
    streetAddress: '12 Main Street',
    zip: '01608',
    website: 'https://www.example.org',
    email: 'info@example.org',
    phone: '(508) 555-0100',
    annualDuesCents: 25_000,
    duesPaidThrough: '2025-12-31',
    notes: null,
    version: 1,
    archivedAt: null,
    createdAt: '2024-01-02T15:04:05.000Z',
    updatedAt: '2024-01-02T15:04:05.000Z',
    ...overrides,
  };
}

export function buildOrganizationList(
  items: OrganizationSummary[],
  overrides: Partial<OrganizationListResponse> = {},
): OrganizationListResponse {
  return { items, total: items.length, page: 1, pageSize: 25, ...overrides };
}

export function buildIssueSummary(overrides: Partial<IssueSummary> = {}): IssueSummary {
  return {
    id: nextId(),
    title: `Issue ${sequence}`,
    summary: null,
    tier: 1,
    rank: 1,
    session: '2025-2026',
    status: 'active',
    interestCounts: { interested: 0, active: 0, leading: 0 },
    bills: [],
    version: 1,
    ...overrides,
  };
}

export function buildOrganizationInterest(
  overrides: Partial<OrganizationInterest> = {},
): OrganizationInterest {
  return {
    organizationId: nextId(),
    issueId: nextId(),
    issueTitle: `Issue ${sequence}`,
    tier: 1,
    session: '2025-2026',
    issueStatus: 'active',
    level: 'interested',
    note: null,
    confirmedOn: '2025-02-03',
    updatedAt: '2025-02-03T15:04:05.000Z',
    ...overrides,
  };
}

export function buildOrganizationContact(
  overrides: Partial<OrganizationContact> = {},
): OrganizationContact {
  return {
    id: nextId(),
    firstName: 'Maria',
    lastName: `Lopes ${sequence}`,
    preferredName: null,
    displayName: `Maria Lopes ${sequence}`,
    primaryEmail: 'maria@example.org',
    primaryPhone: '(617) 555-0100',
    languages: ['pt'],
    city: 'Boston',
    county: 'Suffolk',
    organizations: [],
    tags: [],
    consent: { email: true, sms: false, phone: true },
    roles: [],
    ...overrides,
  };
}
