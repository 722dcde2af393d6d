import type {
  ActionItem,
  AttendeeMatch,
  MeetingDetail,
  MeetingHistoryItem,
  MeetingSummary,
  OpenActionItem,
} from '@coalition/contracts';
import type { PersonRow } from '../contacts/contact-lookup.service';
import type { ActionItemRow, OpenActionItemRow } from './action-items.repository';
import type { HistoryRow } from './meeting-history.repository';
import type { AttendanceRow, MeetingRow, OrganizationPresentRow } from './meetings.repository';

export function toMeetingSummary(row: MeetingRow): MeetingSummary {
  return {
    id: row.id,
    title: row.title,
    type: row.type,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt?.toISOString() ?? null,
    place: row.place,
    onlineUrl: row.onlineUrl,
    host: row.hostId ? { id: row.hostId, name: row.hostName ?? '' } : null,
    issues: row.issues,
    campaigns: row.campaigns,
    counts: { attended: row.attended, registered: row.registered, noShow: row.noShow, organizations: row.organizations },
    openActionItems: row.openActionItems,
    version: row.version,
    archivedAt: row.archivedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toActionItem(row: ActionItemRow): ActionItem {
  const owner = row.ownerUserId
    ? { kind: 'user' as const, id: row.ownerUserId, name: row.ownerUserName ?? '' }
    : row.ownerContactId
      ? { kind: 'contact' as const, id: row.ownerContactId, name: row.ownerContactName ?? '' }
      : null;
  return {
    id: row.id,
    meetingId: row.meetingId,
    text: row.text,
    owner,
    dueOn: row.dueOn,
    done: row.doneAt !== null,
    doneAt: row.doneAt?.toISOString() ?? null,
    version: row.version,
  };
}

export function toOpenActionItem(row: OpenActionItemRow): OpenActionItem {
  return {
    ...toActionItem(row),
    meeting: { id: row.meetingId, title: row.meetingTitle, startsAt: row.meetingStartsAt.toISOString() },
  };
}

export function toMeetingDetail(
  row: MeetingRow,
  attendance: AttendanceRow[],
  present: OrganizationPresentRow[],
  items: ActionItemRow[],
): MeetingDetail {
  return {
    ...toMeetingSummary(row),
    agenda: row.agenda,
    notes: row.notes,
    attendance: attendance.map((a) => ({
      contact: { id: a.contactId, displayName: a.displayName },
      organization: a.organizationId ? { id: a.organizationId, name: a.organizationName ?? '' } : null,
      status: a.status,
      recordedAt: a.recordedAt.toISOString(),
    })),
    organizationsPresent: present,
    actionItems: items.map(toActionItem),
  };
}

export function toAttendeeMatch(person: PersonRow): AttendeeMatch {
  return { id: person.id, displayName: person.displayName, email: person.email, phone: person.phone, organizations: person.organizations };
}

export function toHistoryItem(row: HistoryRow): MeetingHistoryItem {
  return {
    meeting: { id: row.meetingId, title: row.title, type: row.type, startsAt: row.startsAt.toISOString() },
    status: row.status,
    people: row.people,
    organization: row.organizationId ? { id: row.organizationId, name: row.organizationName ?? '' } : null,
  };
}
