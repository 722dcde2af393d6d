import { z } from 'zod';
import { enumOf } from '../common/enums';
import {
  dateField,
  emailField,
  nullable,
  optionalText,
  requiredText,
  versionField,
  websiteField,
} from '../common/fields';
import { idSchema } from '../common/ids';
import { recordHistoryQuerySchema } from '../common/record-query';
import { listResponseSchema, pageQueryShape } from '../common/pagination';
import { listParam, searchParam } from '../common/query';

/**
 * Coalition meetings and who came. Attendance is per person, each counted for the organization
 * they represented that day; the organizations present are derived from it, never typed.
 * How matching and rates work: docs/meetings.md.
 */

export const MEETING_TYPES = [
  'general_assembly',
  'working_group',
  'lobby_day',
  'training',
  'listening_session',
  'coalition_call',
  'other',
] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];
export const MEETING_TYPE_LABELS: Record<MeetingType, string> = {
  general_assembly: 'General assembly',
  working_group: 'Working group',
  lobby_day: 'Lobby day',
  training: 'Training',
  listening_session: 'Listening session',
  coalition_call: 'Coalition call',
  other: 'Other',
};

export const ATTENDANCE_STATUSES = ['registered', 'attended', 'no_show'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const ATTENDANCE_STATUS_LABELS: Record<AttendanceStatus, string> = {
  registered: 'Registered',
  attended: 'Attended',
  no_show: 'No-show',
};

const dateTimeField = z.iso.datetime({ offset: true, error: 'must be a date and time in ISO 8601' });
const ref = z.object({ id: z.uuid(), name: z.string() });

// --- Attendance --------------------------------------------------------------------------

/** One person at one meeting; `organizationId` null means they came on their own. */
export const attendanceEntrySchema = z.strictObject({
  contactId: idSchema,
  organizationId: nullable(idSchema),
  status: enumOf(ATTENDANCE_STATUSES).default('attended'),
});
export type AttendanceEntry = z.infer<typeof attendanceEntrySchema>;
export type AttendanceEntryInput = z.input<typeof attendanceEntrySchema>;

/** `PUT /meetings/:id/attendance/:contactId`: adding the same person again changes their one row. */
export const setAttendanceSchema = attendanceEntrySchema.omit({ contactId: true });
export type SetAttendance = z.infer<typeof setAttendanceSchema>;
export type SetAttendanceInput = z.input<typeof setAttendanceSchema>;

/** `POST /meetings/:id/attendance`: many people at once, in one transaction. */
export const addAttendanceSchema = z.strictObject({
  entries: z
    .array(attendanceEntrySchema, { error: 'must be a list' })
    .min(1, { error: 'must name at least one person' })
    .max(1000, { error: 'must name at most 1000 people' }),
});
export type AddAttendance = z.infer<typeof addAttendanceSchema>;
export type AddAttendanceInput = z.input<typeof addAttendanceSchema>;

export const attendanceSchema = z.object({
  contact: z.object({ id: z.uuid(), displayName: z.string() }),
  /** The organization they represented that day. */
  organization: ref.nullable(),
  status: z.enum(ATTENDANCE_STATUSES),
  recordedAt: z.iso.datetime(),
});
export type Attendance = z.infer<typeof attendanceSchema>;

/** Derived from attendance: each organization with how many of its people attended. */
export const organizationPresentSchema = ref.extend({ people: z.number().int() });
export type OrganizationPresent = z.infer<typeof organizationPresentSchema>;

// --- Action items ------------------------------------------------------------------------

/** Who owns an action item: a staff user or a contact (exactly one of the two ids, or none). */
const actionItemOwnerShape = {
  ownerUserId: nullable(idSchema),
  ownerContactId: nullable(idSchema),
};
const oneOwner = (item: { ownerUserId?: string | null; ownerContactId?: string | null }) =>
  !(item.ownerUserId && item.ownerContactId);
const ONE_OWNER = { error: 'name a user or a contact as owner, not both', path: ['ownerContactId'] };

export const createActionItemSchema = z
  .strictObject({ text: requiredText(500), ...actionItemOwnerShape, dueOn: nullable(dateField) })
  .refine(oneOwner, ONE_OWNER);
export type CreateActionItem = z.infer<typeof createActionItemSchema>;
export type CreateActionItemInput = z.input<typeof createActionItemSchema>;

export const updateActionItemSchema = z
  .strictObject({
    text: requiredText(500).optional(),
    ...actionItemOwnerShape,
    dueOn: nullable(dateField),
    done: z.boolean({ error: 'must be true or false' }).optional(),
    version: versionField,
  })
  .refine(oneOwner, ONE_OWNER);
export type UpdateActionItem = z.infer<typeof updateActionItemSchema>;
export type UpdateActionItemInput = z.input<typeof updateActionItemSchema>;

export const actionItemSchema = z.object({
  id: z.uuid(),
  meetingId: z.uuid(),
  text: z.string(),
  owner: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('user'), id: z.uuid(), name: z.string() }),
      z.object({ kind: z.literal('contact'), id: z.uuid(), name: z.string() }),
    ])
    .nullable(),
  dueOn: z.iso.date().nullable(),
  done: z.boolean(),
  doneAt: z.iso.datetime().nullable(),
  version: z.number().int(),
});
export type ActionItem = z.infer<typeof actionItemSchema>;

/** `GET /meetings/action-items`: open items across meetings (staff home), by due date. */
export const actionItemListQuerySchema = z.strictObject({
  ...pageQueryShape,
  /** `me` (the signed-in user's), a user id, or left out for everyone's. */
  owner: z.union([idSchema, z.literal('me')], { error: 'must be a user id or me' }).optional(),
  done: enumOf(['true', 'false']).transform((v) => v === 'true').default(false),
});
export type ActionItemListQuery = z.infer<typeof actionItemListQuerySchema>;
export type ActionItemListParams = z.input<typeof actionItemListQuerySchema>;
export const openActionItemSchema = actionItemSchema.extend({
  meeting: z.object({ id: z.uuid(), title: z.string(), startsAt: z.iso.datetime() }),
});
export type OpenActionItem = z.infer<typeof openActionItemSchema>;
export const actionItemListResponseSchema = listResponseSchema(openActionItemSchema);
export type ActionItemListResponse = z.infer<typeof actionItemListResponseSchema>;

// --- Meetings ----------------------------------------------------------------------------

export const MEETING_SORTS = ['startsAt', '-startsAt', 'title', '-title'] as const;

export const meetingListQuerySchema = z.strictObject({
  ...pageQueryShape,
  q: searchParam,
  type: listParam(enumOf(MEETING_TYPES)),
  issueId: listParam(idSchema),
  campaignId: listParam(idSchema),
  /** Meetings starting on or after this day (the calendar asks a month or a week at a time). */
  from: dateField.optional(),
  /** Meetings starting on or before this day. */
  to: dateField.optional(),
  sort: enumOf(MEETING_SORTS).default('-startsAt'),
  /** `?archived=true` lists archived meetings instead of the current ones. */
  archived: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .enum(['true', 'false'], { error: 'must be true or false' })
      .transform((v) => v === 'true')
      .optional(),
  ),
});
export type MeetingListQuery = z.infer<typeof meetingListQuerySchema>;
export type MeetingListParams = z.input<typeof meetingListQuerySchema>;

export const meetingCountsSchema = z.object({
  attended: z.number().int(),
  registered: z.number().int(),
  noShow: z.number().int(),
  /** Organizations with at least one person who attended. */
  organizations: z.number().int(),
});

export const meetingSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  type: z.enum(MEETING_TYPES),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime().nullable(),
  place: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  host: ref.nullable(),
  issues: z.array(z.object({ id: z.uuid(), title: z.string() })),
  campaigns: z.array(ref),
  counts: meetingCountsSchema,
  openActionItems: z.number().int(),
  version: z.number().int(),
  archivedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type MeetingSummary = z.infer<typeof meetingSummarySchema>;
export const meetingListResponseSchema = listResponseSchema(meetingSummarySchema);
export type MeetingListResponse = z.infer<typeof meetingListResponseSchema>;

export const meetingDetailSchema = meetingSummarySchema.extend({
  /** Markdown; the dashboard renders it without raw HTML. */
  agenda: z.string().nullable(),
  notes: z.string().nullable(),
  /** By name. */
  attendance: z.array(attendanceSchema),
  organizationsPresent: z.array(organizationPresentSchema),
  actionItems: z.array(actionItemSchema),
});
export type MeetingDetail = z.infer<typeof meetingDetailSchema>;

const meetingFields = {
  title: requiredText(200),
  type: enumOf(MEETING_TYPES),
  startsAt: dateTimeField,
  endsAt: nullable(dateTimeField),
  place: optionalText(300),
  onlineUrl: nullable(websiteField),
  hostOrganizationId: nullable(idSchema),
  issueIds: z.array(idSchema, { error: 'must be a list' }).max(20).default([]),
  campaignIds: z.array(idSchema, { error: 'must be a list' }).max(20).default([]),
  agenda: optionalText(20_000),
  notes: optionalText(50_000),
};
const endsAfterStart = (m: { startsAt?: string; endsAt?: string | null }) =>
  !m.startsAt || !m.endsAt || Date.parse(m.endsAt) >= Date.parse(m.startsAt);
const ENDS_AFTER_START = { error: 'must not be before the start', path: ['endsAt'] };

/** `POST /meetings`: the meeting, and optionally its attendance and action items, in one request. */
export const createMeetingSchema = z
  .strictObject({
    ...meetingFields,
    attendance: z.array(attendanceEntrySchema, { error: 'must be a list' }).max(1000).default([]),
    actionItems: z.array(createActionItemSchema, { error: 'must be a list' }).max(100).default([]),
  })
  .refine(endsAfterStart, ENDS_AFTER_START);
export type CreateMeeting = z.infer<typeof createMeetingSchema>;
export type CreateMeetingInput = z.input<typeof createMeetingSchema>;

export const updateMeetingSchema = z
  .strictObject({
    title: meetingFields.title.optional(),
    type: meetingFields.type.optional(),
    startsAt: dateTimeField.optional(),
    endsAt: meetingFields.endsAt,
    place: meetingFields.place,
    onlineUrl: meetingFields.onlineUrl,
    hostOrganizationId: meetingFields.hostOrganizationId,
    issueIds: z.array(idSchema, { error: 'must be a list' }).max(20).optional(),
    campaignIds: z.array(idSchema, { error: 'must be a list' }).max(20).optional(),
    agenda: meetingFields.agenda,
    notes: meetingFields.notes,
    version: versionField,
  })
  .refine(endsAfterStart, ENDS_AFTER_START);
export type UpdateMeeting = z.infer<typeof updateMeetingSchema>;
export type UpdateMeetingInput = z.input<typeof updateMeetingSchema>;

// --- Finding people at the door ------------------------------------------------------------

/** `GET /meetings/people?q=`: contacts and organizations by any part of name, email or phone. */
export const attendeeSearchQuerySchema = z.strictObject({
  q: z.preprocess(
    (v) => (typeof v === 'string' ? v.trim() : v),
    z.string({ error: 'must be text' }).min(1, { error: 'must not be blank' }).max(200),
  ),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});
export type AttendeeSearchQuery = z.infer<typeof attendeeSearchQuerySchema>;
export const attendeeMatchSchema = z.object({
  id: z.uuid(),
  displayName: z.string(),
  /** Shown to tell two people apart; null without `contacts.details`. */
  email: z.string().nullable(),
  phone: z.string().nullable(),
  /** Current affiliations, to pick whom they represent. */
  organizations: z.array(ref),
});
export type AttendeeMatch = z.infer<typeof attendeeMatchSchema>;
export const attendeeSearchResponseSchema = z.object({
  contacts: z.array(attendeeMatchSchema),
  /** An organization found by name lists its current people to pick from. */
  organizations: z.array(ref.extend({ people: z.array(attendeeMatchSchema) })),
});
export type AttendeeSearchResponse = z.infer<typeof attendeeSearchResponseSchema>;

/**
 * `POST /meetings/walk-in-check`: likely duplicates of a person about to be added at the door:
 * same email, same phone, or a similar name at the same organization.
 */
export const walkInCheckSchema = z.strictObject({
  firstName: requiredText(100),
  lastName: requiredText(100),
  email: nullable(emailField),
  phone: optionalText(40),
  organizationId: nullable(idSchema),
});
export type WalkInCheck = z.infer<typeof walkInCheckSchema>;
export type WalkInCheckInput = z.input<typeof walkInCheckSchema>;
export const WALK_IN_MATCH_REASONS = ['same_email', 'same_phone', 'similar_name'] as const;
export const walkInCheckResponseSchema = z.object({
  likelyDuplicates: z.array(
    attendeeMatchSchema.extend({ reason: z.enum(WALK_IN_MATCH_REASONS) }),
  ),
});
export type WalkInCheckResponse = z.infer<typeof walkInCheckResponseSchema>;

// --- Sign-in sheets ------------------------------------------------------------------------

/** `POST /meetings/:id/sign-in-sheet`: pasted lines (names and/or emails), matched for review. */
export const signInSheetSchema = z.strictObject({
  text: z.string({ error: 'must be text' }).max(200_000, { error: 'must be at most 200000 characters' }),
});
export type SignInSheet = z.infer<typeof signInSheetSchema>;
export const SHEET_LINE_STATUSES = ['matched', 'ambiguous', 'new'] as const;
export type SheetLineStatus = (typeof SHEET_LINE_STATUSES)[number];
export const sheetLineSchema = z.object({
  /** 1-based line of the pasted text (blank lines are skipped, not renumbered). */
  lineNumber: z.number().int(),
  text: z.string(),
  parsed: z.object({
    firstName: z.string().nullable(),
    lastName: z.string().nullable(),
    email: z.string().nullable(),
  }),
  status: z.enum(SHEET_LINE_STATUSES),
  /** The best match for `matched`; candidates, best first, for `ambiguous`; empty for `new`. */
  candidates: z.array(attendeeMatchSchema.extend({ confidence: z.number().min(0).max(1) })),
});
export type SheetLine = z.infer<typeof sheetLineSchema>;
export const signInSheetResponseSchema = z.object({ lines: z.array(sheetLineSchema) });
export type SignInSheetResponse = z.infer<typeof signInSheetResponseSchema>;

/**
 * `POST /meetings/:id/sign-in-sheet/confirm`: the reviewed lines: an existing contact, or a new
 * person to create; all recorded as attended in one transaction.
 */
export const confirmSheetSchema = z.strictObject({
  entries: z
    .array(
      z.union([
        attendanceEntrySchema,
        z.strictObject({
          newContact: z.strictObject({
            firstName: requiredText(100),
            lastName: requiredText(100),
            email: nullable(emailField),
          }),
          organizationId: nullable(idSchema),
        }),
      ]),
      { error: 'must be a list' },
    )
    .min(1, { error: 'must name at least one person' })
    .max(1000),
});
export type ConfirmSheet = z.infer<typeof confirmSheetSchema>;
export type ConfirmSheetInput = z.input<typeof confirmSheetSchema>;

// --- History on a person's or an organization's page ----------------------------------------

/** `GET /meetings/history?contactId=` or `?organizationId=`. */
export const meetingHistoryQuerySchema = recordHistoryQuerySchema;
export type MeetingHistoryQuery = z.infer<typeof meetingHistoryQuerySchema>;
export type MeetingHistoryParams = z.input<typeof meetingHistoryQuerySchema>;
export const meetingHistoryItemSchema = z.object({
  meeting: z.object({
    id: z.uuid(),
    title: z.string(),
    type: z.enum(MEETING_TYPES),
    startsAt: z.iso.datetime(),
  }),
  /** For a person: their status; for an organization: attended when any of its people did. */
  status: z.enum(ATTENDANCE_STATUSES),
  /** For an organization: its people with that status (who came for it). For a person: empty. */
  people: z.array(z.object({ id: z.uuid(), displayName: z.string() })),
  /** For a person: whom they represented (null: on their own). For an organization: itself. */
  organization: ref.nullable(),
});
export type MeetingHistoryItem = z.infer<typeof meetingHistoryItemSchema>;
export const meetingHistoryResponseSchema = listResponseSchema(meetingHistoryItemSchema).extend({
  /**
   * Person: meetings attended / meetings they were recorded at (registered, attended, no-show).
   * Organization: general assemblies attended in the last 12 months / those held. Null: nothing
   * to divide by.
   */
  attendanceRate: z.number().min(0).max(1).nullable(),
  /** Trainings completed (attended), the leadership pipeline. */
  trainingsCompleted: z.number().int(),
});
export type MeetingHistoryResponse = z.infer<typeof meetingHistoryResponseSchema>;
