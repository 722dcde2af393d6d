import type {
  AffiliationDetail,
  ContactDetail,
  ContactListResponse,
  ContactSummary,
} from '@coalition/contracts';

let sequence = 0;
const nextId = (): string => `20000000-0000-4000-8000-${String(++sequence).padStart(12, '0')}`;

export function buildContactSummary(overrides: Partial<ContactSummary> = {}): ContactSummary {
  const n = ++sequence;
  return {
    id: nextId(),
    firstName: 'Ana',
    lastName: `Pereira ${n}`,
    preferredName: null,
    displayName: `Ana Pereira ${n}`,
    primaryEmail: `ana${n}@example.org`,
    primaryPhone: '(617) 555-0100',
    languages: ['pt', 'en'],
    city: 'Lowell',
    county: 'Middlesex',
    organizations: [],
    tags: [],
    consent: { email: true, sms: false, phone: false },
    ...overrides,
  };
}

export function buildContactList(
  items: ContactSummary[],
  overrides: Partial<ContactListResponse> = {},
): ContactListResponse {
  return { items, total: items.length, page: 1, pageSize: 25, ...overrides };
}

export function buildAffiliation(overrides: Partial<AffiliationDetail> = {}): AffiliationDetail {
  return {
    id: nextId(),
    contactId: nextId(),
    organizationId: nextId(),
    organizationName: `Member Organization ${sequence}`,
    role: 'staff',
    startedOn: '2022-01-10',
    endedOn: null,
    note: null,
    current: true,
    version: 1,
    createdAt: '2024-01-02T15:04:05.000Z',
    updatedAt: '2024-01-02T15:04:05.000Z',
    ...overrides,
  };
}

const NOT_RECORDED = { granted: false, recordedOn: null, source: null };

export function buildContactDetail(overrides: Partial<ContactDetail> = {}): ContactDetail {
  // A detail has dated consent records and affiliations instead of the summary's flags and names.
  const { id, firstName, lastName, displayName, primaryEmail } = buildContactSummary();
  return {
    id,
    firstName,
    lastName,
    preferredName: null,
    displayName,
    primaryEmail,
    primaryPhone: '(617) 555-0100',
    languages: ['pt', 'en'],
    city: 'Lowell',
    county: 'Middlesex',
    tags: [],
    pronouns: null,
    emails: [{ address: primaryEmail ?? 'ana@example.org', label: 'personal', primary: true }],
    phones: [{ number: '(617) 555-0100', label: 'mobile', primary: true }],
    consent: { email: NOT_RECORDED, sms: NOT_RECORDED, phone: NOT_RECORDED },
    affiliations: [],
    notes: null,
    version: 1,
    archivedAt: null,
    createdAt: '2024-01-02T15:04:05.000Z',
    updatedAt: '2024-01-02T15:04:05.000Z',
    ...overrides,
  };
}
