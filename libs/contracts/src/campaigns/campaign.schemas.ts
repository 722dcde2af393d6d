import { z } from 'zod';
import { enumOf } from '../common/enums';
import { dateField, nullable, optionalText, requiredText, versionField } from '../common/fields';
import { idSchema } from '../common/ids';
import { listResponseSchema, pageQueryShape } from '../common/pagination';
import { listParam, searchParam } from '../common/query';
import { ISSUE_STATUSES } from '../issues/issue.schemas';
import { participantsByRoleSchema } from './participation.schemas';

export const CAMPAIGN_KINDS = [
  'public_education',
  'workforce_esol',
  'voter_engagement',
  'redistricting',
  'legislative',
  'budget',
] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];

export const CAMPAIGN_KIND_LABELS: Record<CampaignKind, string> = {
  public_education: 'Public education',
  workforce_esol: 'Workforce / ESOL',
  voter_engagement: 'Voter engagement',
  redistricting: 'Redistricting',
  legislative: 'Legislative',
  budget: 'Budget',
};

export const CAMPAIGN_SORT_FIELDS = ['name', 'kind', 'startsOn', 'endsOn'] as const;
export type CampaignSortField = (typeof CAMPAIGN_SORT_FIELDS)[number];
export const CAMPAIGN_SORTS = CAMPAIGN_SORT_FIELDS.flatMap((f) => [f, `-${f}`]) as [
  string,
  ...string[],
];

/** `?active=true`: campaigns whose dates include today; `false`: ended or not yet started. */
const booleanParam = enumOf(['true', 'false']).transform((v) => v === 'true');

export const campaignListQuerySchema = z.strictObject({
  ...pageQueryShape,
  q: searchParam,
  kind: listParam(enumOf(CAMPAIGN_KINDS)),
  issueId: listParam(idSchema),
  active: booleanParam.optional(),
  sort: enumOf(CAMPAIGN_SORTS).default('name'),
});
export type CampaignListQuery = z.infer<typeof campaignListQuerySchema>;
export type CampaignListParams = z.input<typeof campaignListQuerySchema>;

const isoDate = z.iso.date();

/** Progress toward one goal: `achieved` is the sum of its contributions. */
export const goalProgressSchema = z.object({
  goalId: z.uuid(),
  label: z.string(),
  unit: z.string(),
  target: z.number().int(),
  achieved: z.number().int(),
  /** Whole percent, rounded down (99.9% is not done), above 100 when the target is exceeded. */
  percent: z.number().int(),
});
export type GoalProgress = z.infer<typeof goalProgressSchema>;

export const campaignIssueSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  tier: z.number().int(),
  status: z.enum(ISSUE_STATUSES),
});
export type CampaignIssue = z.infer<typeof campaignIssueSchema>;

export const campaignSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  summary: z.string().nullable(),
  kind: z.enum(CAMPAIGN_KINDS),
  startsOn: isoDate,
  /** Null for a long-running campaign with no planned end. */
  endsOn: isoDate.nullable(),
  /** Today falls within startsOn..endsOn. */
  active: z.boolean(),
  issues: z.array(campaignIssueSchema),
  goals: z.array(goalProgressSchema),
  participantCount: z.number().int(),
  version: z.number().int(),
});
export type CampaignSummary = z.infer<typeof campaignSummarySchema>;

/** One month of a goal's contributions, with the running total: a chart's data point. */
export const seriesPointSchema = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/),
  amount: z.number().int(),
  cumulative: z.number().int(),
});
export type SeriesPoint = z.infer<typeof seriesPointSchema>;

/** Every goal's series covers the same months (the campaign's first to last contribution). */
export const goalSeriesSchema = z.object({
  goalId: z.uuid(),
  label: z.string(),
  unit: z.string(),
  target: z.number().int(),
  points: z.array(seriesPointSchema),
});
export type GoalSeries = z.infer<typeof goalSeriesSchema>;

export const campaignDetailSchema = campaignSummarySchema.extend({
  participants: participantsByRoleSchema,
  contributionSeries: z.array(goalSeriesSchema),
  archivedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type CampaignDetail = z.infer<typeof campaignDetailSchema>;

export const campaignListResponseSchema = listResponseSchema(campaignSummarySchema);
export type CampaignListResponse = z.infer<typeof campaignListResponseSchema>;

const goalFields = {
  label: requiredText(120),
  unit: requiredText(40),
  target: z
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be more than 0' })
    .max(10_000_000, { error: 'must be at most 10000000' }),
};

export const createGoalSchema = z.strictObject(goalFields);
export type CreateGoal = z.infer<typeof createGoalSchema>;

/** In an update, a goal sent with its id is kept (with its contributions); without one it is new. */
export const goalInputSchema = z.strictObject({ id: idSchema.optional(), ...goalFields });
export type GoalInput = z.infer<typeof goalInputSchema>;

function unique(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}

const issueIdsField = z
  .array(idSchema, { error: 'must be a list of issue ids' })
  .max(20, { error: 'must have at most 20 issues' })
  .refine(unique, { error: 'must not list an issue twice' });

function goalsField<T extends z.ZodType<{ label: string; id?: string }>>(goal: T) {
  return z
    .array(goal, { error: 'must be a list of goals' })
    .max(20, { error: 'must have at most 20 goals' })
    .refine((goals) => unique(goals.map((g) => g.label.toLowerCase())), {
      error: 'must not repeat a label',
    })
    .refine((goals) => unique(goals.flatMap((g) => (g.id ? [g.id] : []))), {
      error: 'must not repeat a goal id',
    });
}

const campaignFields = {
  name: requiredText(200),
  summary: optionalText(2000),
  kind: enumOf(CAMPAIGN_KINDS),
  startsOn: dateField,
  endsOn: nullable(dateField),
};

function endsAfterStart(value: { startsOn?: string; endsOn?: string | null }): boolean {
  return !value.startsOn || !value.endsOn || value.endsOn >= value.startsOn;
}
const ENDS_AFTER_START = { path: ['endsOn'], error: 'must be on or after startsOn' };

export const createCampaignSchema = z
  .strictObject({
    ...campaignFields,
    issueIds: issueIdsField.default([]),
    goals: goalsField(createGoalSchema).default([]),
  })
  .refine(endsAfterStart, ENDS_AFTER_START);
export type CreateCampaign = z.infer<typeof createCampaignSchema>;
export type CreateCampaignInput = z.input<typeof createCampaignSchema>;

/**
 * Only the fields sent change. `goals` and `issueIds`, when sent, replace the whole list:
 * goals sent back with their id keep their contributions; a goal left out is deleted,
 * unless it has contributions (409).
 */
export const updateCampaignSchema = z
  .strictObject({
    ...z.object(campaignFields).partial().shape,
    issueIds: issueIdsField.optional(),
    goals: goalsField(goalInputSchema).optional(),
    version: versionField,
  })
  .refine(endsAfterStart, ENDS_AFTER_START);
export type UpdateCampaign = z.infer<typeof updateCampaignSchema>;
export type UpdateCampaignInput = z.input<typeof updateCampaignSchema>;
