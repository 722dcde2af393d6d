import type { CreateMeetingInput, MeetingDetail, UpdateMeetingInput } from '@coalition/contracts';
import dayjs from 'dayjs';
import { roundedNow } from './meeting-format';
import type { MeetingFormValues } from './meeting-fields';

export function newMeetingValues(): MeetingFormValues {
  return {
    title: '',
    type: 'general_assembly',
    startsAt: roundedNow(),
    endsAt: null,
    place: '',
    onlineUrl: '',
    hostOrganizationId: null,
    issueIds: [],
    campaignIds: [],
  };
}

export function meetingValues(meeting: MeetingDetail): MeetingFormValues {
  return {
    title: meeting.title,
    type: meeting.type,
    startsAt: dayjs(meeting.startsAt),
    endsAt: meeting.endsAt ? dayjs(meeting.endsAt) : null,
    place: meeting.place ?? '',
    onlineUrl: meeting.onlineUrl ?? '',
    hostOrganizationId: meeting.host?.id ?? null,
    issueIds: meeting.issues.map((i) => i.id),
    campaignIds: meeting.campaigns.map((c) => c.id),
    agenda: meeting.agenda ?? '',
    notes: meeting.notes ?? '',
  };
}

const blankToNull = (text: string | undefined) => text?.trim() || null;

/** Form values → the meeting's fields as the API takes them. */
export function toMeetingFields(values: MeetingFormValues) {
  return {
    title: values.title.trim(),
    type: values.type,
    startsAt: values.startsAt.toISOString(),
    endsAt: values.endsAt ? values.endsAt.toISOString() : null,
    place: blankToNull(values.place),
    onlineUrl: blankToNull(values.onlineUrl),
    hostOrganizationId: values.hostOrganizationId ?? null,
    issueIds: values.issueIds,
    campaignIds: values.campaignIds,
  } satisfies Partial<CreateMeetingInput>;
}

/** The whole form as an update, with agenda and notes. */
export function toMeetingUpdate(values: MeetingFormValues, version: number): UpdateMeetingInput {
  return {
    ...toMeetingFields(values),
    agenda: blankToNull(values.agenda),
    notes: blankToNull(values.notes),
    version,
  };
}
