import {
  type CampaignDetail,
  type CampaignKind,
  createCampaignSchema,
  type CreateCampaign,
  type FieldError,
  type GoalInput,
  type UpdateCampaignInput,
} from '@coalition/contracts';
import dayjs, { type Dayjs } from 'dayjs';
import { createZodForm, type FormFieldErrors } from '@/lib/zod-form';

/** One goal row; `id` is kept for goals already saved, so their contributions stay with them. */
export interface GoalFormValues {
  id?: string;
  label?: string;
  unit?: string;
  target?: number | null;
}

/** What the form holds: antd's own value types (dayjs dates), not the API's. */
export interface CampaignFormValues {
  name?: string;
  summary?: string | null;
  kind?: CampaignKind;
  startsOn: Dayjs | null;
  endsOn: Dayjs | null;
  issueIds: string[];
  goals: GoalFormValues[];
}

/** The API's campaign fields, with each goal's id when it was already saved. */
export type CampaignFormData = Omit<CreateCampaign, 'goals'> & { goals: GoalInput[] };

const DATE_FORMAT = 'YYYY-MM-DD';

export const CAMPAIGN_FIELD_LABELS: Record<keyof CampaignFormValues, string> = {
  name: 'Name',
  summary: 'Summary',
  kind: 'Kind',
  startsOn: 'Starts on',
  endsOn: 'Ends on',
  issueIds: 'Linked issues',
  goals: 'Goals',
};

export const GOAL_FIELD_LABELS = { label: 'Metric', unit: 'Unit', target: 'Target' } as const;
export type GoalField = keyof typeof GOAL_FIELD_LABELS;

export const NEW_CAMPAIGN_VALUES: CampaignFormValues = {
  startsOn: null,
  endsOn: null,
  issueIds: [],
  goals: [],
};

const toDay = (date: string | null): Dayjs | null => (date ? dayjs(date) : null);
const fromDay = (day: Dayjs | null | undefined): string | null =>
  day ? day.format(DATE_FORMAT) : null;

export function toCampaignFormValues(campaign: CampaignDetail): CampaignFormValues {
  return {
    name: campaign.name,
    summary: campaign.summary,
    kind: campaign.kind,
    startsOn: toDay(campaign.startsOn),
    endsOn: toDay(campaign.endsOn),
    issueIds: campaign.issues.map((issue) => issue.id),
    goals: campaign.goals.map(({ goalId, label, unit, target }) => ({
      id: goalId,
      label,
      unit,
      target,
    })),
  };
}

/** Goal ids are not the person's to edit: checked without them, put back after. */
function toCampaignInput(values: CampaignFormValues): Record<string, unknown> {
  const { startsOn, endsOn, goals, ...rest } = values;
  return {
    ...rest,
    startsOn: fromDay(startsOn) ?? undefined,
    endsOn: fromDay(endsOn),
    goals: goals.map(({ label, unit, target }) => ({ label, unit, target: target ?? undefined })),
  };
}

/** Client-side validation is the contract's schema itself, adapted to antd. */
export const campaignForm = createZodForm({
  schema: createCampaignSchema,
  toInput: toCampaignInput,
  labels: CAMPAIGN_FIELD_LABELS,
});

const GOAL_PATH = /^goals\.(\d+)\.(label|unit|target)$/;

/**
 * Errors about one goal's field (`goals.2.target`) go on that field of that row; the rest
 * (a repeated label names `goals` as a whole) go where the form's helper puts them.
 */
export function campaignFieldErrors(fields: readonly FieldError[]): {
  placed: FormFieldErrors<CampaignFormValues>;
  unplaced: string[];
} {
  const goalErrors: FormFieldErrors<CampaignFormValues> = [];
  const rest: FieldError[] = [];
  for (const field of fields) {
    const match = GOAL_PATH.exec(field.path);
    if (!match) {
      rest.push(field);
      continue;
    }
    const [, index, key] = match as unknown as [string, string, GoalField];
    goalErrors.push({
      name: ['goals', Number(index), key],
      errors: [`${GOAL_FIELD_LABELS[key]} ${field.message}`],
    } as unknown as FormFieldErrors<CampaignFormValues>[number]);
  }
  const { placed, unplaced } = campaignForm.fromApiFields(rest);
  return { placed: [...placed, ...goalErrors], unplaced };
}

export type CampaignFormParseResult =
  | { success: true; data: CampaignFormData }
  | { success: false; errors: FormFieldErrors<CampaignFormValues> };

/** Validates the whole form; on success the data is what the API will receive. */
export function parseCampaignForm(values: CampaignFormValues): CampaignFormParseResult {
  const input = toCampaignInput(values);
  const result = createCampaignSchema.safeParse(input);
  if (!result.success) {
    const fields = result.error.issues.map((issue) => ({
      path: issue.path.join('.'),
      message: issue.message,
    }));
    // Top-level fields keep the helper's wording ("Kind is required"); each goal row's
    // problem goes on that row's field, and only list-wide ones (a repeated label) on `goals`.
    const topLevel = campaignForm.parse(values);
    const others = topLevel.success ? [] : topLevel.errors.filter((e) => e.name !== 'goals');
    const { placed } = campaignFieldErrors(fields.filter((f) => f.path.startsWith('goals')));
    return { success: false, errors: [...others, ...placed] };
  }
  const goals = result.data.goals.map((goal, i) => ({ ...goal, id: values.goals[i]?.id }));
  return { success: true, data: { ...result.data, goals } };
}

const sameValue = (a: unknown, b: unknown): boolean =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The PATCH body: only what differs from the record the form was filled from (so the change,
 * and its audit entry, name what was edited), plus the version read: if someone saved in
 * between, the API refuses with 409 rather than overwrite their work.
 */
export function campaignChanges(base: CampaignDetail, data: CampaignFormData): UpdateCampaignInput {
  const before = toCampaignFormValues(base);
  const baseData: Record<string, unknown> = {
    ...toCampaignInput(before),
    goals: before.goals.map(({ id, label, unit, target }) => ({ id, label, unit, target })),
  };
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (!sameValue(value, baseData[key])) changes[key] = value;
  }
  return { ...(changes as Partial<CampaignFormData>), version: base.version };
}

export function hasChanges(update: UpdateCampaignInput): boolean {
  return Object.keys(update).some((key) => key !== 'version');
}
