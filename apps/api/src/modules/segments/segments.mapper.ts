import type {
  ContactOrganization,
  ContactSummary,
  County,
  LanguageCode,
  MembershipStatus,
  OrganizationKind,
  OrganizationSummary,
  SegmentCounts,
  SegmentSummary,
} from '@coalition/contracts';
import type { SegmentContactRow, SegmentOrganizationRow, SegmentRow } from './segments.repository';

export function toSegmentSummary(row: SegmentRow, counts: SegmentCounts): SegmentSummary {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    filter: row.filter,
    owner: { id: row.ownerUserId, name: row.ownerName },
    shared: row.shared,
    counts,
    version: row.version,
    archivedAt: row.archivedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The same item as the organization list's. */
export function toSegmentOrganization(row: SegmentOrganizationRow): OrganizationSummary {
  return {
    ...row,
    kind: row.kind as OrganizationKind,
    membershipStatus: row.membershipStatus as MembershipStatus,
    county: row.county as County,
    languages: row.languages as LanguageCode[],
  };
}

/** The same item as the contact list's (emails and phones are redacted at the HTTP edge). */
export function toSegmentContact(row: SegmentContactRow, organizations: ContactOrganization[]): ContactSummary {
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    preferredName: row.preferredName,
    displayName: `${row.preferredName ?? row.firstName} ${row.lastName}`,
    primaryEmail: row.primaryEmail,
    primaryPhone: row.primaryPhone,
    languages: row.languages as LanguageCode[],
    city: row.city,
    county: row.county as County | null,
    organizations,
    tags: row.tags,
    consent: { email: row.consentEmail, sms: row.consentSms, phone: row.consentPhone },
  };
}
