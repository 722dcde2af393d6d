import type { County, OrganizationDetail, OrganizationSummary } from '@coalition/contracts';
import type { LanguageCode } from '@coalition/contracts';
import type { OrganizationEntity } from './organization.entity';

export function toOrganizationSummary(o: OrganizationEntity): OrganizationSummary {
  return {
    id: o.id,
    name: o.name,
    kind: o.kind,
    membershipStatus: o.membershipStatus,
    city: o.city,
    county: o.municipality?.county as County,
    joinedOn: o.joinedOn,
    languages: o.languages as LanguageCode[],
    tags: o.tags,
  };
}

export function toOrganizationDetail(o: OrganizationEntity): OrganizationDetail {
  return {
    ...toOrganizationSummary(o),
    description: o.description,
    streetAddress: o.streetAddress,
    zip: o.zip,
    website: o.website,
    email: o.email,
    phone: o.phone,
    annualDuesCents: o.annualDuesCents,
    duesPaidThrough: o.duesPaidThrough,
    notes: o.notes,
    version: o.version,
    archivedAt: o.archivedAt?.toISOString() ?? null,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
}
