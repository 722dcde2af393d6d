import type {
  OrganizationDetail,
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
    website: 'example.org',
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
