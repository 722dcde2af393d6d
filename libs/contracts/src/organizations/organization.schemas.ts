import { z } from 'zod';
import { enumOf } from '../common/enums';
import {
  dateField,
  emailField,
  nullable,
  optionalText,
  phoneField,
  requiredText,
  tagsField,
  versionField,
  websiteField,
  zipField,
} from '../common/fields';
import { LANGUAGE_CODES } from '../common/languages';
import { listResponseSchema } from '../common/pagination';
import { COUNTIES, findMunicipality } from '../geo/geo';

/** The nine kinds of member organization in the coalition, plus "other". */
export const ORGANIZATION_KINDS = [
  'community_group',
  'social_service',
  'ethnic_association',
  'school',
  'refugee_resettlement',
  'health_center',
  'religious',
  'labor_union',
  'legal_services',
  'other',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const ORGANIZATION_KIND_LABELS: Record<OrganizationKind, string> = {
  community_group: 'Community-based group',
  social_service: 'Social-service organization',
  ethnic_association: 'Ethnic association',
  school: 'School',
  refugee_resettlement: 'Refugee-resettlement agency',
  health_center: 'Health center / hospital',
  religious: 'Religious institution',
  labor_union: 'Labor union',
  legal_services: 'Law firm / legal services',
  other: 'Other',
};

export const MEMBERSHIP_STATUSES = ['prospective', 'active', 'lapsed', 'former'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export const MEMBERSHIP_STATUS_LABELS: Record<MembershipStatus, string> = {
  prospective: 'Prospective',
  active: 'Active',
  lapsed: 'Lapsed',
  former: 'Former',
};

/** Sort keys for the organization list; a leading `-` sorts descending. */
export const ORGANIZATION_SORT_FIELDS = [
  'name',
  'city',
  'county',
  'kind',
  'membershipStatus',
  'joinedOn',
] as const;
export type OrganizationSortField = (typeof ORGANIZATION_SORT_FIELDS)[number];
export const ORGANIZATION_SORTS = ORGANIZATION_SORT_FIELDS.flatMap((f) => [f, `-${f}`]) as [
  string,
  ...string[],
];

const isoDate = z.iso.date();

export const organizationSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(ORGANIZATION_KINDS),
  membershipStatus: z.enum(MEMBERSHIP_STATUSES),
  city: z.string(),
  county: z.enum(COUNTIES),
  joinedOn: isoDate.nullable(),
  languages: z.array(z.enum(LANGUAGE_CODES)),
  tags: z.array(z.string()),
});
export type OrganizationSummary = z.infer<typeof organizationSummarySchema>;

export const organizationDetailSchema = organizationSummarySchema.extend({
  description: z.string().nullable(),
  streetAddress: z.string().nullable(),
  zip: z.string().nullable(),
  website: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  annualDuesCents: z.number().int().nullable(),
  duesPaidThrough: isoDate.nullable(),
  notes: z.string().nullable(),
  version: z.number().int(),
  archivedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type OrganizationDetail = z.infer<typeof organizationDetailSchema>;

export const organizationListResponseSchema = listResponseSchema(organizationSummarySchema);
export type OrganizationListResponse = z.infer<typeof organizationListResponseSchema>;

/** A city must be one of the 351 Massachusetts municipalities, spelled as officially written. */
export const municipalityField = requiredText(60).refine((name) => findMunicipality(name) !== undefined, {
  error: 'must be a Massachusetts city or town (e.g. Boston, Worcester, Chelsea)',
});

const organizationFields = {
  name: requiredText(200),
  kind: enumOf(ORGANIZATION_KINDS),
  city: municipalityField,
  description: optionalText(2000),
  streetAddress: optionalText(200),
  zip: nullable(zipField),
  website: nullable(websiteField),
  email: nullable(emailField),
  phone: nullable(phoneField),
  membershipStatus: enumOf(MEMBERSHIP_STATUSES),
  joinedOn: nullable(dateField),
  annualDuesCents: nullable(
    z.number({ error: 'must be a number' }).int({ error: 'must be whole cents' }).min(0).max(100_000_000),
  ),
  duesPaidThrough: nullable(dateField),
  languages: z.array(enumOf(LANGUAGE_CODES), { error: 'must be a list of language codes' }).max(20),
  tags: tagsField,
  notes: optionalText(5000),
};

export const createOrganizationSchema = z.strictObject({
  ...organizationFields,
  membershipStatus: organizationFields.membershipStatus.default('prospective'),
  languages: organizationFields.languages.default([]),
  tags: organizationFields.tags.default([]),
});
export type CreateOrganization = z.infer<typeof createOrganizationSchema>;
export type CreateOrganizationInput = z.input<typeof createOrganizationSchema>;

/** Only the fields sent change; `version` is the one the client read. */
export const updateOrganizationSchema = z.strictObject({
  ...z.object(organizationFields).partial().shape,
  version: versionField,
});
export type UpdateOrganization = z.infer<typeof updateOrganizationSchema>;
export type UpdateOrganizationInput = z.input<typeof updateOrganizationSchema>;

export const versionedActionSchema = z.strictObject({ version: versionField });
export type VersionedAction = z.infer<typeof versionedActionSchema>;
