import { z } from 'zod';
import { enumOf } from '../common/enums';

/*
 * What can be imported, and into which fields (docs/imports.md). A file holds one kind of
 * record; each of its columns maps to one field of that kind, or is ignored.
 */

export const IMPORT_KINDS = ['organizations', 'contacts', 'interests', 'participation', 'attendance'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const IMPORT_KIND_LABELS: Record<ImportKind, string> = {
  organizations: 'Organizations',
  contacts: 'Contacts (with their organization and role)',
  interests: 'Interests (organization × issue)',
  participation: 'Campaign participation',
  attendance: 'Meeting attendance',
};

export interface ImportFieldSpec {
  label: string;
  /** A row without it is invalid. */
  required?: boolean;
  /** What the cell holds, so the guesser can also look at values. */
  type: 'text' | 'email' | 'phone' | 'date' | 'number' | 'list' | 'boolean';
}

/** The fields of each kind, in the order the mapping step lists them. */
export const IMPORT_FIELDS = {
  organizations: {
    name: { label: 'Organization name', required: true, type: 'text' },
    city: { label: 'City or town', required: true, type: 'text' },
    kind: { label: 'Kind', type: 'text' },
    description: { label: 'Description', type: 'text' },
    streetAddress: { label: 'Street address', type: 'text' },
    zip: { label: 'ZIP', type: 'text' },
    website: { label: 'Website', type: 'text' },
    email: { label: 'Email', type: 'email' },
    phone: { label: 'Phone', type: 'phone' },
    membershipStatus: { label: 'Membership status', type: 'text' },
    joinedOn: { label: 'Joined on', type: 'date' },
    annualDues: { label: 'Annual dues ($)', type: 'number' },
    duesPaidThrough: { label: 'Dues paid through', type: 'date' },
    languages: { label: 'Languages served', type: 'list' },
    tags: { label: 'Tags', type: 'list' },
    notes: { label: 'Notes', type: 'text' },
  },
  contacts: {
    firstName: { label: 'First name', required: true, type: 'text' },
    lastName: { label: 'Last name', required: true, type: 'text' },
    preferredName: { label: 'Preferred name', type: 'text' },
    pronouns: { label: 'Pronouns', type: 'text' },
    email: { label: 'Email', type: 'email' },
    secondEmail: { label: 'Second email', type: 'email' },
    phone: { label: 'Phone', type: 'phone' },
    secondPhone: { label: 'Second phone', type: 'phone' },
    languages: { label: 'Preferred languages', type: 'list' },
    city: { label: 'City or town', type: 'text' },
    organizationName: { label: 'Organization', type: 'text' },
    organizationCity: { label: "Organization's city", type: 'text' },
    role: { label: 'Role at the organization', type: 'text' },
    consentEmail: { label: 'Consents to email', type: 'boolean' },
    consentSms: { label: 'Consents to texts', type: 'boolean' },
    consentPhone: { label: 'Consents to calls', type: 'boolean' },
    tags: { label: 'Tags', type: 'list' },
    notes: { label: 'Notes', type: 'text' },
  },
  interests: {
    organizationName: { label: 'Organization', required: true, type: 'text' },
    organizationCity: { label: "Organization's city", type: 'text' },
    issue: { label: 'Issue (title)', required: true, type: 'text' },
    level: { label: 'Level (interested, active, leading)', required: true, type: 'text' },
    note: { label: 'Note', type: 'text' },
  },
  participation: {
    campaign: { label: 'Campaign (name)', required: true, type: 'text' },
    organizationName: { label: 'Organization', type: 'text' },
    organizationCity: { label: "Organization's city", type: 'text' },
    contactEmail: { label: "Person's email (instead of an organization)", type: 'email' },
    role: { label: 'Role (endorser, participant, lead partner, funder)', required: true, type: 'text' },
  },
  attendance: {
    meetingTitle: { label: 'Meeting (title)', required: true, type: 'text' },
    meetingDate: { label: 'Meeting date', required: true, type: 'date' },
    firstName: { label: 'First name', type: 'text' },
    lastName: { label: 'Last name', type: 'text' },
    email: { label: 'Email', type: 'email' },
    phone: { label: 'Phone', type: 'phone' },
    organizationName: { label: 'Organization represented', type: 'text' },
    status: { label: 'Status (attended, registered, no-show)', type: 'text' },
  },
} as const satisfies Record<ImportKind, Record<string, ImportFieldSpec>>;

export type ImportFieldOf<K extends ImportKind> = keyof (typeof IMPORT_FIELDS)[K] & string;
export type ImportField = { [K in ImportKind]: ImportFieldOf<K> }[ImportKind];

export function importFieldsOf(kind: ImportKind): string[] {
  return Object.keys(IMPORT_FIELDS[kind]);
}

/** How month/day dates such as 03/04/2024 are read; a date that fits both is flagged, never guessed. */
export const DATE_ORDERS = ['mdy', 'dmy'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/**
 * Columns by position (the file's headers may repeat or be blank): `columns[i]` is the field the
 * i-th column fills, or null to ignore it. A field may be filled by one column only.
 */
export const importMappingSchema = z
  .strictObject({
    columns: z.array(z.string().nullable(), { error: 'must be a list of fields or null' }).max(200),
    dateOrder: enumOf(DATE_ORDERS).optional(),
  });
export type ImportMapping = z.infer<typeof importMappingSchema>;

/** Checks a mapping against its kind: known fields, each once, required ones present. */
export function mappingProblems(kind: ImportKind, mapping: ImportMapping): { path: string; message: string }[] {
  const fields = IMPORT_FIELDS[kind] as Record<string, ImportFieldSpec>;
  const problems: { path: string; message: string }[] = [];
  const seen = new Set<string>();
  mapping.columns.forEach((field, i) => {
    if (field === null) return;
    if (!(field in fields)) problems.push({ path: `columns.${i}`, message: `must be one of: ${Object.keys(fields).join(', ')}` });
    else if (seen.has(field)) problems.push({ path: `columns.${i}`, message: `${fields[field].label} is already filled by another column` });
    seen.add(field);
  });
  for (const [field, spec] of Object.entries(fields)) {
    if (spec.required && !seen.has(field)) problems.push({ path: 'columns', message: `needs a column for ${spec.label}` });
  }
  return problems;
}
