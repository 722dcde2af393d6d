import { z } from 'zod';
import { enumOf } from '../common/enums';
import { LANGUAGE_CODES } from '../common/languages';
import { listParam, searchParam } from '../common/query';
import { listResponseSchema, pageQueryShape } from '../common/pagination';
import { COUNTIES } from '../geo/geo';

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

export const organizationListQuerySchema = z.strictObject({
  ...pageQueryShape,
  q: searchParam,
  kind: listParam(enumOf(ORGANIZATION_KINDS)),
  status: listParam(enumOf(MEMBERSHIP_STATUSES)),
  county: listParam(enumOf(COUNTIES)),
  sort: enumOf(ORGANIZATION_SORTS).default('name'),
});
export type OrganizationListQuery = z.infer<typeof organizationListQuerySchema>;
/** What a caller may send: every field optional, as in a URL. */
export type OrganizationListParams = z.input<typeof organizationListQuerySchema>;

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
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type OrganizationDetail = z.infer<typeof organizationDetailSchema>;

export const organizationListResponseSchema = listResponseSchema(organizationSummarySchema);
export type OrganizationListResponse = z.infer<typeof organizationListResponseSchema>;
