import { z } from 'zod';
import { enumOf } from '../common/enums';
import { dateField, nullable, optionalText, requiredText, versionField } from '../common/fields';
import { idSchema } from '../common/ids';
import { recordHistoryQuerySchema } from '../common/record-query';
import { LANGUAGE_CODES } from '../common/languages';
import { listResponseSchema, pageQueryShape } from '../common/pagination';
import { listParam, searchParam } from '../common/query';
import { AFFILIATION_ROLES } from '../contacts/affiliation.schemas';
import { CONSENT_CHANNELS } from '../contacts/contact.schemas';

/**
 * Outreach drives: a call (or text, or email) list snapshotted from a segment, split between
 * organizers and worked one target at a time. How it works end to end: docs/outreach.md.
 */

/** A drive reaches people on one channel; its targets are the segment's contacts who consented to it. */
export const OUTREACH_CHANNELS = CONSENT_CHANNELS;
export type OutreachChannel = (typeof OUTREACH_CHANNELS)[number];
export const OUTREACH_CHANNEL_LABELS: Record<OutreachChannel, string> = {
  phone: 'Phone calls',
  sms: 'Text messages',
  email: 'Email',
};

/** What happened when an organizer tried to reach a target. */
export const OUTREACH_OUTCOMES = [
  'reached',
  'left_message',
  'no_answer',
  'wrong_number',
  'declined',
  'committed',
] as const;
export type OutreachOutcome = (typeof OUTREACH_OUTCOMES)[number];
export const OUTREACH_OUTCOME_LABELS: Record<OutreachOutcome, string> = {
  reached: 'Reached',
  left_message: 'Left message',
  no_answer: 'No answer',
  wrong_number: 'Wrong number',
  declined: 'Declined',
  committed: 'Committed',
};
/** Outcomes that count as having spoken with the person (committed and declined included). */
export const REACHED_OUTCOMES: readonly OutreachOutcome[] = ['reached', 'declined', 'committed'];
/**
 * Outcomes after which a target is done and leaves the caller's queue. The others (left message,
 * no answer) keep it open for another try.
 */
export const FINAL_OUTCOMES: readonly OutreachOutcome[] = [
  'reached',
  'wrong_number',
  'declined',
  'committed',
];

/** Where a target stands: never tried, tried and still open, or done (a final outcome). */
export const TARGET_STATES = ['untried', 'open', 'done'] as const;
export type TargetState = (typeof TARGET_STATES)[number];
export const TARGET_STATE_LABELS: Record<TargetState, string> = {
  untried: 'Not tried yet',
  open: 'To try again',
  done: 'Done',
};

const userRefSchema = z.object({ id: z.uuid(), name: z.string() });
export type UserRef = z.infer<typeof userRefSchema>;

// --- Drives -----------------------------------------------------------------------------

/** How many targets there are and how far the work has gone. */
export const driveProgressSchema = z.object({
  targets: z.number().int(),
  /** Targets with at least one outcome logged. */
  worked: z.number().int(),
  /** Targets whose latest outcome is reached, declined or committed. */
  reached: z.number().int(),
  committed: z.number().int(),
  /** Targets with a final outcome (they left the queue). */
  done: z.number().int(),
});
export type DriveProgress = z.infer<typeof driveProgressSchema>;

export const driveSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  /** The segment the targets were taken from (null once that segment is gone). */
  segment: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  goal: z.string().nullable(),
  channel: z.enum(OUTREACH_CHANNELS),
  startsOn: z.iso.date(),
  endsOn: z.iso.date().nullable(),
  createdBy: userRefSchema,
  progress: driveProgressSchema,
  /** Targets assigned to the signed-in user that are not done yet. */
  myOpenTargets: z.number().int(),
  version: z.number().int(),
  archivedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type DriveSummary = z.infer<typeof driveSummarySchema>;

export const organizerProgressSchema = driveProgressSchema.extend({
  /** null: the targets nobody is assigned to. */
  assignee: userRefSchema.nullable(),
});
export type OrganizerProgress = z.infer<typeof organizerProgressSchema>;

export const driveDetailSchema = driveSummarySchema.extend({
  script: z.string().nullable(),
  /** One line per organizer with targets, then one for unassigned targets if any. */
  byOrganizer: z.array(organizerProgressSchema),
  /** Targets by the outcome most recently logged for them. */
  byOutcome: z.array(z.object({ outcome: z.enum(OUTREACH_OUTCOMES), targets: z.number().int() })),
});
export type DriveDetail = z.infer<typeof driveDetailSchema>;

export const driveListQuerySchema = z.strictObject({
  ...pageQueryShape,
  q: searchParam,
  /** `?archived=true` lists finished (archived) drives instead of the current ones. */
  archived: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .enum(['true', 'false'], { error: 'must be true or false' })
      .transform((v) => v === 'true')
      .optional(),
  ),
});
export type DriveListQuery = z.infer<typeof driveListQuerySchema>;
export type DriveListParams = z.input<typeof driveListQuerySchema>;

export const driveListResponseSchema = listResponseSchema(driveSummarySchema);
export type DriveListResponse = z.infer<typeof driveListResponseSchema>;

/** Split the targets evenly (round robin, in name order) between these organizers. */
export const evenAssignmentSchema = z.strictObject({
  mode: z.literal('even'),
  organizerIds: z
    .array(idSchema, { error: 'must be a list' })
    .min(1, { error: 'must name at least one organizer' })
    .max(50, { error: 'must name at most 50 organizers' }),
  /** Only targets nobody holds yet (default), or every target not done yet. */
  scope: enumOf(['unassigned', 'open']).default('unassigned'),
});
/** Give these targets to one organizer (`assigneeId: null` takes them back). */
export const manualAssignmentSchema = z.strictObject({
  mode: z.literal('manual'),
  targetIds: z
    .array(idSchema, { error: 'must be a list' })
    .min(1, { error: 'must name at least one target' })
    .max(1000, { error: 'must name at most 1000 targets' }),
  assigneeId: idSchema.nullable(),
});
export const assignmentSchema = z.discriminatedUnion('mode', [evenAssignmentSchema, manualAssignmentSchema], {
  error: 'must be an even split or a manual assignment',
});
export type Assignment = z.infer<typeof assignmentSchema>;
export type AssignmentInput = z.input<typeof assignmentSchema>;
export const assignmentResultSchema = z.object({ assigned: z.number().int() });
export type AssignmentResult = z.infer<typeof assignmentResultSchema>;

/**
 * `POST /outreach/drives`: the targets are the segment's contacts, evaluated now, who consented to
 * the channel and have a way to be reached on it (a phone for calls and texts, an email for email).
 */
export const createDriveSchema = z.strictObject({
  name: requiredText(120),
  segmentId: idSchema,
  goal: optionalText(500),
  channel: enumOf(OUTREACH_CHANNELS),
  startsOn: dateField,
  endsOn: nullable(dateField),
  script: optionalText(10_000),
  /** Optionally split the new targets at once. */
  assignment: evenAssignmentSchema.omit({ scope: true }).optional(),
});
export type CreateDrive = z.infer<typeof createDriveSchema>;
export type CreateDriveInput = z.input<typeof createDriveSchema>;

export const updateDriveSchema = z.strictObject({
  name: requiredText(120).optional(),
  goal: optionalText(500),
  startsOn: dateField.optional(),
  endsOn: nullable(dateField),
  script: optionalText(10_000),
  version: versionField,
});
export type UpdateDrive = z.infer<typeof updateDriveSchema>;
export type UpdateDriveInput = z.input<typeof updateDriveSchema>;

/** Organizers a drive's targets can be given to (active users allowed to run outreach). */
export const callerListSchema = z.object({ items: z.array(userRefSchema) });
export type CallerList = z.infer<typeof callerListSchema>;

// --- Targets and attempts ------------------------------------------------------------------

export const outreachAttemptSchema = z.object({
  id: z.uuid(),
  targetId: z.uuid(),
  outcome: z.enum(OUTREACH_OUTCOMES),
  note: z.string().nullable(),
  followUpOn: z.iso.date().nullable(),
  loggedBy: userRefSchema,
  loggedAt: z.iso.datetime(),
});
export type OutreachAttempt = z.infer<typeof outreachAttemptSchema>;

export const targetSchema = z.object({
  id: z.uuid(),
  driveId: z.uuid(),
  contact: z.object({
    id: z.uuid(),
    displayName: z.string(),
    pronouns: z.string().nullable(),
    languages: z.array(z.enum(LANGUAGE_CODES)),
    /** The number or address to use on the drive's channel; null without `contacts.details`. */
    reachAt: z.string().nullable(),
  }),
  /** The organization the contact was targeted through, as it stood at the snapshot. */
  organization: z
    .object({ id: z.uuid(), name: z.string(), role: z.enum(AFFILIATION_ROLES).nullable() })
    .nullable(),
  assignee: userRefSchema.nullable(),
  state: z.enum(TARGET_STATES),
  lastOutcome: z.enum(OUTREACH_OUTCOMES).nullable(),
  followUpOn: z.iso.date().nullable(),
  /** Newest first. */
  attempts: z.array(outreachAttemptSchema),
  version: z.number().int(),
});
export type Target = z.infer<typeof targetSchema>;

export const targetListQuerySchema = z.strictObject({
  ...pageQueryShape,
  /** A user id, or `me`, or `unassigned`. */
  assignee: z.union([idSchema, z.literal('me'), z.literal('unassigned')], {
    error: 'must be a user id, me or unassigned',
  }).optional(),
  state: listParam(enumOf(TARGET_STATES)),
  outcome: listParam(enumOf(OUTREACH_OUTCOMES)),
  /** Part of the contact's or the organization's name. */
  q: searchParam,
});
export type TargetListQuery = z.infer<typeof targetListQuerySchema>;
export type TargetListParams = z.input<typeof targetListQuerySchema>;
export const targetListResponseSchema = listResponseSchema(targetSchema);
export type TargetListResponse = z.infer<typeof targetListResponseSchema>;

/**
 * `GET /outreach/drives/:id/next`: the caller's next target: their own untried targets first,
 * then their open ones whose follow-up date has come, oldest attempt first. `target: null`
 * when the queue is empty. `skip` (repeatable) passes over targets the caller set aside.
 */
export const nextTargetQuerySchema = z.strictObject({ skip: listParam(idSchema) });
export type NextTargetQuery = z.infer<typeof nextTargetQuerySchema>;
export const nextTargetResponseSchema = z.object({
  target: targetSchema.nullable(),
  /** How many targets remain in the caller's queue, this one included. */
  remaining: z.number().int(),
});
export type NextTargetResponse = z.infer<typeof nextTargetResponseSchema>;

/**
 * `POST /outreach/targets/:id/attempts`: logs one outcome. Attempts are appended, never
 * overwritten, so two organizers logging on the same target at once both keep theirs.
 */
export const logAttemptSchema = z.strictObject({
  outcome: enumOf(OUTREACH_OUTCOMES),
  note: optionalText(2000),
  followUpOn: nullable(dateField),
});
export type LogAttempt = z.infer<typeof logAttemptSchema>;
export type LogAttemptInput = z.input<typeof logAttemptSchema>;

/** A commitment made during a drive: who, through which organization, what they said. */
export const commitmentSchema = z.object({
  attemptId: z.uuid(),
  targetId: z.uuid(),
  contact: z.object({ id: z.uuid(), displayName: z.string() }),
  organization: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  note: z.string().nullable(),
  followUpOn: z.iso.date().nullable(),
  loggedBy: userRefSchema,
  loggedAt: z.iso.datetime(),
});
export type Commitment = z.infer<typeof commitmentSchema>;
export const commitmentListResponseSchema = listResponseSchema(commitmentSchema);
export type CommitmentListResponse = z.infer<typeof commitmentListResponseSchema>;
export const commitmentListQuerySchema = z.strictObject({ ...pageQueryShape });
export type CommitmentListQuery = z.infer<typeof commitmentListQuerySchema>;

/**
 * `GET /outreach/activity?contactId=` or `?organizationId=`: the outcomes logged for a person or
 * for the people of an organization, newest first: the outreach part of a record's history.
 */
export const outreachActivityQuerySchema = recordHistoryQuerySchema;
export type OutreachActivityQuery = z.infer<typeof outreachActivityQuerySchema>;
export type OutreachActivityParams = z.input<typeof outreachActivityQuerySchema>;
export const outreachActivityItemSchema = outreachAttemptSchema.extend({
  drive: z.object({ id: z.uuid(), name: z.string(), channel: z.enum(OUTREACH_CHANNELS) }),
  contact: z.object({ id: z.uuid(), displayName: z.string() }),
  organization: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type OutreachActivityItem = z.infer<typeof outreachActivityItemSchema>;
export const outreachActivityResponseSchema = listResponseSchema(outreachActivityItemSchema);
export type OutreachActivityResponse = z.infer<typeof outreachActivityResponseSchema>;
