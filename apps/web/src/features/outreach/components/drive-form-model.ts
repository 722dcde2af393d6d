import {
  createDriveSchema,
  type DriveDetail,
  type OutreachChannel,
  updateDriveSchema,
  type UpdateDriveInput,
} from '@coalition/contracts';
import dayjs, { type Dayjs } from 'dayjs';
import { createZodForm } from '@/lib/zod-form';

/** What the form holds: antd's own value types (dayjs dates), not the API's. */
export interface DriveFormValues {
  name?: string;
  segmentId?: string;
  goal?: string | null;
  channel?: OutreachChannel;
  startsOn: Dayjs | null;
  endsOn: Dayjs | null;
  script?: string | null;
  /** Organizers to split the new targets between at once; none leaves them unassigned. */
  organizerIds: string[];
}

export const DRIVE_FIELD_LABELS: Record<keyof DriveFormValues, string> = {
  name: 'Name',
  segmentId: 'Segment',
  goal: 'Goal',
  channel: 'Channel',
  startsOn: 'Starts on',
  endsOn: 'Ends on',
  script: 'Script',
  organizerIds: 'Split evenly between',
};

const DATE_FORMAT = 'YYYY-MM-DD';
const fromDay = (day: Dayjs | null | undefined): string | null =>
  day ? day.format(DATE_FORMAT) : null;

/** A new drive calls, starting today, with nobody assigned yet. */
export function newDriveValues(segmentId: string | undefined): DriveFormValues {
  return { segmentId, channel: 'phone', startsOn: dayjs(), endsOn: null, organizerIds: [] };
}

export function toDriveFormValues(drive: DriveDetail): DriveFormValues {
  return {
    name: drive.name,
    segmentId: drive.segment?.id,
    goal: drive.goal,
    channel: drive.channel,
    startsOn: dayjs(drive.startsOn),
    endsOn: drive.endsOn ? dayjs(drive.endsOn) : null,
    script: drive.script,
    organizerIds: [],
  };
}

function toCreateInput(values: DriveFormValues): Record<string, unknown> {
  const { startsOn, endsOn, organizerIds, ...rest } = values;
  return {
    ...rest,
    startsOn: fromDay(startsOn) ?? undefined,
    endsOn: fromDay(endsOn),
    assignment: organizerIds.length > 0 ? { mode: 'even', organizerIds } : undefined,
  };
}

/** Only what an existing drive may change: its segment and channel made its targets. */
function toUpdateInput(values: DriveFormValues): Record<string, unknown> {
  const { name, goal, startsOn, endsOn, script } = values;
  return { name, goal, script, startsOn: fromDay(startsOn) ?? undefined, endsOn: fromDay(endsOn) };
}

/** Client-side validation is the contract's schema itself, adapted to antd. */
export const createDriveForm = createZodForm({
  schema: createDriveSchema,
  toInput: toCreateInput,
  labels: DRIVE_FIELD_LABELS,
  // The split's organizers are sent as `assignment.organizerIds`: the API names them so.
  formFieldOf: { assignment: 'organizerIds' },
});

export const updateDriveForm = createZodForm({
  schema: updateDriveSchema,
  // The form checks the fields only; the version sent is the one read (see `driveChanges`).
  toInput: (values: DriveFormValues) => ({ ...toUpdateInput(values), version: 1 }),
  labels: DRIVE_FIELD_LABELS,
});

const sameValue = (a: unknown, b: unknown): boolean =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The PATCH body: only what differs from the drive the form was filled from, plus the version
 * read, so a save made meanwhile by someone else is refused (409) rather than overwritten.
 */
export function driveChanges(base: DriveDetail, values: DriveFormValues): UpdateDriveInput {
  const before = updateDriveSchema.partial().parse(toUpdateInput(toDriveFormValues(base)));
  const after = updateDriveSchema.partial().parse(toUpdateInput(values));
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (!sameValue(value, before[key as keyof typeof before])) changes[key] = value;
  }
  return { ...(changes as Partial<UpdateDriveInput>), version: base.version };
}

export function hasChanges(update: UpdateDriveInput): boolean {
  return Object.keys(update).some((key) => key !== 'version');
}
