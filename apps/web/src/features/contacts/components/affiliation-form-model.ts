import {
  type AffiliationDetail,
  type AffiliationRole,
  type CreateAffiliation,
  createAffiliationSchema,
  type UpdateAffiliationInput,
} from '@coalition/contracts';
import dayjs, { type Dayjs } from 'dayjs';
import { createZodForm } from '@/lib/zod-form';

export interface AffiliationFormValues {
  organizationId?: string;
  role?: AffiliationRole;
  startedOn: Dayjs | null;
  endedOn: Dayjs | null;
  note?: string | null;
}

const DATE_FORMAT = 'YYYY-MM-DD';
// dayjs reads `YYYY-MM-DD` as a local calendar day, the way the API means it.
const toDay = (date: string | null): Dayjs | null => (date ? dayjs(date) : null);
const fromDay = (day: Dayjs | null | undefined): string | null =>
  day ? day.format(DATE_FORMAT) : null;

/** Today as the API writes a date, for "end today". */
export const today = (): string => dayjs().format(DATE_FORMAT);

export const NEW_AFFILIATION_VALUES: AffiliationFormValues = { startedOn: null, endedOn: null };

export function toAffiliationFormValues(a: AffiliationDetail): AffiliationFormValues {
  return {
    organizationId: a.organizationId,
    role: a.role,
    startedOn: toDay(a.startedOn),
    endedOn: toDay(a.endedOn),
    note: a.note,
  };
}

export const affiliationForm = createZodForm({
  schema: createAffiliationSchema,
  toInput: ({ startedOn, endedOn, ...rest }: AffiliationFormValues) => ({
    ...rest,
    startedOn: fromDay(startedOn),
    endedOn: fromDay(endedOn),
  }),
  labels: {
    organizationId: 'Organization',
    role: 'Role',
    startedOn: 'Started on',
    endedOn: 'Ended on',
    note: 'Note',
  },
});

/** What changed since the affiliation was read, with that version (a stale one gets 409). */
export function affiliationChanges(
  base: AffiliationDetail,
  data: CreateAffiliation,
): UpdateAffiliationInput {
  const changes: UpdateAffiliationInput = { version: base.version };
  if (data.role !== base.role) changes.role = data.role;
  if ((data.startedOn ?? null) !== base.startedOn) changes.startedOn = data.startedOn ?? null;
  if ((data.endedOn ?? null) !== base.endedOn) changes.endedOn = data.endedOn ?? null;
  if ((data.note ?? null) !== base.note) changes.note = data.note ?? null;
  return changes;
}
