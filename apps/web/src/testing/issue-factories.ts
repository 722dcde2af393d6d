import type {
  BillDetail,
  IssueBill,
  IssueDetail,
  IssueListResponse,
  IssueOrganization,
  IssueSummary,
} from '@coalition/contracts';

let sequence = 0;
const nextId = (): string => `20000000-0000-4000-8000-${String(++sequence).padStart(12, '0')}`;

export function buildIssueBill(overrides: Partial<IssueBill> = {}): IssueBill {
  const n = ++sequence;
  return {
    id: nextId(),
    number: `H.${1000 + n}`,
    title: `An Act relative to bill ${n}`,
    status: 'filed',
    version: 1,
    ...overrides,
  };
}

export function buildIssue(overrides: Partial<IssueSummary> = {}): IssueSummary {
  const n = ++sequence;
  return {
    id: nextId(),
    title: `Advocacy priority ${n}`,
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

export function buildIssueOrganization(
  overrides: Partial<IssueOrganization> = {},
): IssueOrganization {
  const n = ++sequence;
  return {
    id: nextId(),
    name: `Member Organization ${n}`,
    kind: 'community_group',
    membershipStatus: 'active',
    level: 'interested',
    note: null,
    confirmedOn: null,
    ...overrides,
  };
}

export function buildIssueDetail(overrides: Partial<IssueDetail> = {}): IssueDetail {
  return {
    ...buildIssue(),
    organizations: [],
    archivedAt: null,
    createdAt: '2025-01-06T15:04:05.000Z',
    updatedAt: '2025-02-03T15:04:05.000Z',
    ...overrides,
  };
}

export function buildBillDetail(overrides: Partial<BillDetail> = {}): BillDetail {
  const { id, number, title, status, version } = buildIssueBill();
  return {
    id,
    issueId: nextId(),
    issueTitle: 'Advocacy priority',
    session: '2025-2026',
    number,
    title,
    status,
    version,
    createdAt: '2025-01-06T15:04:05.000Z',
    updatedAt: '2025-01-06T15:04:05.000Z',
    ...overrides,
  };
}

export function buildIssueList(
  items: IssueSummary[],
  overrides: Partial<IssueListResponse> = {},
): IssueListResponse {
  return { items, total: items.length, page: 1, pageSize: 100, ...overrides };
}

/**
 * The demo's agenda (3, 5 and 4 priorities in tiers 1 to 3), as the API lists it: by tier,
 * then rank. Titles follow the model coalition's published priorities.
 */
export function buildDemoAgenda(): IssueSummary[] {
  const tiers: [number, string[]][] = [
    [1, ['Safe Communities Act', 'Immigrant Legal Defense Act', 'Dignity Not Deportations']],
    [
      2,
      [
        'Mental health access',
        'Housing',
        'Physician Pathway Act implementation',
        'Cover All Kids',
        'Language Access and Inclusion Act',
      ],
    ],
    [
      3,
      [
        'Earned Income Tax Credit for ITIN filers',
        'ESOL and citizenship budget',
        "Workers' rights",
        'Health Equity Compact',
      ],
    ],
  ];
  return tiers.flatMap(([tier, titles]) =>
    titles.map((title, index) => buildIssue({ title, tier, rank: index + 1 })),
  );
}
