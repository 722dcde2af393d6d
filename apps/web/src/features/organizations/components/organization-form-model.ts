import {
  type CreateOrganization,
  createOrganizationSchema,
  type LanguageCode,
  type MembershipStatus,
  type OrganizationDetail,
  type OrganizationKind,
  type UpdateOrganizationInput,
} from '@coalition/contracts';
import dayjs, { type Dayjs } from 'dayjs';
import { createZodForm } from '@/lib/zod-form';

/** What the form holds: antd's own value types (dayjs dates, dollars), not the API's. */
export interface OrganizationFormValues {
  name?: string;
  kind?: OrganizationKind;
  city?: string;
  membershipStatus: MembershipStatus;
  joinedOn: Dayjs | null;
  duesPaidThrough: Dayjs | null;
  /** Dollars here; the API stores cents. */
  annualDues: number | null;
  languages: LanguageCode[];
  tags: string[];
  website?: string | null;
  email?: string | null;
  phone?: string | null;
  streetAddress?: string | null;
  zip?: string | null;
  description?: string | null;
  notes?: string | null;
}

const DATE_FORMAT = 'YYYY-MM-DD';

export const ORGANIZATION_FIELD_LABELS: Record<keyof OrganizationFormValues, string> = {
  name: 'Name',
  kind: 'Kind',
  city: 'City or town',
  membershipStatus: 'Membership status',
  joinedOn: 'Joined on',
  duesPaidThrough: 'Dues paid through',
  annualDues: 'Annual dues',
  languages: 'Languages',
  tags: 'Tags',
  website: 'Website',
  email: 'Email',
  phone: 'Phone',
  streetAddress: 'Street address',
  zip: 'ZIP',
  description: 'Description',
  notes: 'Notes',
};

export const NEW_ORGANIZATION_VALUES: OrganizationFormValues = {
  membershipStatus: 'prospective',
  joinedOn: null,
  duesPaidThrough: null,
  annualDues: null,
  languages: [],
  tags: [],
};

// dayjs reads `YYYY-MM-DD` as a local calendar day, the way the API means it.
const toDay = (date: string | null): Dayjs | null => (date ? dayjs(date) : null);
const fromDay = (day: Dayjs | null | undefined): string | null =>
  day ? day.format(DATE_FORMAT) : null;

export function toOrganizationFormValues(org: OrganizationDetail): OrganizationFormValues {
  return {
    name: org.name,
    kind: org.kind,
    city: org.city,
    membershipStatus: org.membershipStatus,
    joinedOn: toDay(org.joinedOn),
    duesPaidThrough: toDay(org.duesPaidThrough),
    annualDues: org.annualDuesCents === null ? null : org.annualDuesCents / 100,
    languages: org.languages,
    tags: org.tags,
    website: org.website,
    email: org.email,
    phone: org.phone,
    streetAddress: org.streetAddress,
    zip: org.zip,
    description: org.description,
    notes: org.notes,
  };
}

function toOrganizationInput(values: OrganizationFormValues): Record<string, unknown> {
  const { joinedOn, duesPaidThrough, annualDues, ...rest } = values;
  return {
    ...rest,
    joinedOn: fromDay(joinedOn),
    duesPaidThrough: fromDay(duesPaidThrough),
    // Rounded: 12.3 dollars is 1230 cents, not 1229.9999999999998.
    annualDuesCents:
      annualDues === null || annualDues === undefined ? null : Math.round(annualDues * 100),
  };
}

/** Client-side validation is the contract's schema itself, adapted to antd. */
export const organizationForm = createZodForm({
  schema: createOrganizationSchema,
  toInput: toOrganizationInput,
  labels: ORGANIZATION_FIELD_LABELS,
  formFieldOf: { annualDuesCents: 'annualDues' },
});

const sameValue = (a: unknown, b: unknown): boolean =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The PATCH body: only what differs from the record the form was filled from (so the change,
 * and its audit entry, name what was edited), plus the version read: if someone saved in
 * between, the API refuses with 409 rather than overwrite their work.
 */
export function organizationChanges(
  base: OrganizationDetail,
  data: CreateOrganization,
): UpdateOrganizationInput {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (!sameValue(value, base[key as keyof OrganizationDetail])) changes[key] = value;
  }
  return { ...(changes as Partial<CreateOrganization>), version: base.version };
}

export function hasChanges(update: UpdateOrganizationInput): boolean {
  return Object.keys(update).some((key) => key !== 'version');
}
