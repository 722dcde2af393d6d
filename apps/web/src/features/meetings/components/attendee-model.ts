import type { AttendanceStatus, AttendeeMatch } from '@coalition/contracts';

/** A person on the attendance being entered, with whom they represent that day. */
export interface AttendeeRow {
  contactId: string;
  displayName: string;
  /** Their current organizations, to choose from. */
  organizations: { id: string; name: string }[];
  organizationId: string | null;
  status: AttendanceStatus;
}

/** A found person, representing `organizationId` or by default their first current organization. */
export function rowOf(match: AttendeeMatch, organizationId?: string | null): AttendeeRow {
  return {
    contactId: match.id,
    displayName: match.displayName,
    organizations: match.organizations,
    organizationId:
      organizationId === undefined ? (match.organizations[0]?.id ?? null) : organizationId,
    status: 'attended',
  };
}
