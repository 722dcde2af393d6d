import type {
  ContactSummary,
  OrganizationSummary,
  SegmentDetail,
  SegmentEmailsResponse,
  SegmentFilter,
  SegmentListResponse,
  SegmentPreview,
  SegmentSummary,
} from '@coalition/contracts';

let sequence = 0;
const nextId = (): string => `50000000-0000-4000-8000-${String(++sequence).padStart(12, '0')}`;

/** "Spanish-speaking contacts": one condition, as the API stores it (defaults filled in). */
export function buildSegmentFilter(overrides: Partial<SegmentFilter> = {}): SegmentFilter {
  return {
    type: 'group',
    op: 'and',
    children: [{ type: 'condition', field: 'contact.language', values: ['es'] }],
    ...overrides,
  };
}

export function buildSegmentSummary(overrides: Partial<SegmentSummary> = {}): SegmentSummary {
  const n = ++sequence;
  return {
    id: nextId(),
    name: `Segment ${n}`,
    description: null,
    filter: buildSegmentFilter(),
    owner: { id: nextId(), name: 'Rosa Organizer' },
    shared: false,
    counts: { organizations: 12, contacts: 30 },
    version: 1,
    archivedAt: null,
    createdAt: '2025-02-03T15:04:05.000Z',
    updatedAt: '2025-03-04T15:04:05.000Z',
    ...overrides,
  };
}

export function buildSegmentDetail(overrides: Partial<SegmentDetail> = {}): SegmentDetail {
  return {
    ...buildSegmentSummary(),
    history: [],
    ...overrides,
  };
}

export function buildSegmentList(
  items: SegmentSummary[],
  overrides: Partial<SegmentListResponse> = {},
): SegmentListResponse {
  return { items, total: items.length, page: 1, pageSize: 25, ...overrides };
}

/** A preview answer: the first rows given, and the totals (the rows' count unless said). */
export function buildSegmentPreview(
  organizations: OrganizationSummary[],
  contacts: ContactSummary[],
  totals: { organizations?: number; contacts?: number } = {},
): SegmentPreview {
  return {
    organizations: {
      items: organizations,
      total: totals.organizations ?? organizations.length,
      page: 1,
      pageSize: 10,
    },
    contacts: {
      items: contacts,
      total: totals.contacts ?? contacts.length,
      page: 1,
      pageSize: 10,
    },
  };
}

export function buildSegmentEmails(
  emails: string[],
  overrides: Partial<SegmentEmailsResponse> = {},
): SegmentEmailsResponse {
  return { emails, bcc: emails.join(', '), leftOut: 0, ...overrides };
}
