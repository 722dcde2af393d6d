import { z } from 'zod';

/**
 * The engagement score (docs/engagement.md): points per component, summing to the score, and a
 * band from the thresholds in settings. Organizations and contacts are scored alike, except
 * that interests and dues only exist for organizations.
 */

/** Strongest first: a score at or above a band's threshold is in that band. */
export const ENGAGEMENT_BANDS = ['core', 'active', 'occasional', 'dormant'] as const;
export type EngagementBand = (typeof ENGAGEMENT_BANDS)[number];
export const ENGAGEMENT_BAND_LABELS: Record<EngagementBand, string> = {
  core: 'Core',
  active: 'Active',
  occasional: 'Occasional',
  dormant: 'Dormant',
};

export const ENGAGEMENT_SUBJECT_TYPES = ['organization', 'contact'] as const;
export type EngagementSubjectType = (typeof ENGAGEMENT_SUBJECT_TYPES)[number];

/** The parts of a score, in the order the record page lists them. */
export const ENGAGEMENT_COMPONENTS = [
  'meetingsLast90Days',
  'meetingsEarlierInYear',
  'campaigns',
  'outreach',
  'interests',
  'dues',
] as const;
export type EngagementComponentKey = (typeof ENGAGEMENT_COMPONENTS)[number];
export const ENGAGEMENT_COMPONENT_LABELS: Record<EngagementComponentKey, string> = {
  meetingsLast90Days: 'Meetings attended, last 90 days',
  meetingsEarlierInYear: 'Meetings attended, 90 to 364 days ago',
  campaigns: 'Roles in campaigns',
  outreach: 'Outreach outcomes, last 365 days',
  interests: 'Issues the organization is active on or leads',
  dues: 'Dues current',
};
/** Contacts have no interests or dues of their own. */
export const CONTACT_ENGAGEMENT_COMPONENTS: readonly EngagementComponentKey[] = [
  'meetingsLast90Days',
  'meetingsEarlierInYear',
  'campaigns',
  'outreach',
];

const points = z
  .number({ error: 'must be a number' })
  .min(0, { error: 'must be 0 or more' })
  .max(1000, { error: 'must be at most 1000' });

/** Points per item before decay; each key is one kind of thing a member did. */
export const engagementPointsSchema = z.strictObject({
  /** Per meeting attended 0–89 days ago, before decay. */
  meetingLast90Days: points,
  /** Per meeting attended 90–364 days ago, before decay. */
  meetingEarlierInYear: points,
  /** Per current campaign where the subject is lead partner. */
  campaignLeadPartner: points,
  /** Per current campaign with any other role (participant, funder, endorser). */
  campaignOtherRole: points,
  /** Per outreach target whose latest outcome, in the last 365 days, is committed. */
  outreachCommitted: points,
  /** ... is reached (spoken with, no commitment; declined earns nothing). */
  outreachReached: points,
  /** Per issue (not archived) the organization is active on. */
  interestActive: points,
  /** Per issue (not archived) the organization leads. */
  interestLeading: points,
  /** Once, when the organization owes dues and has paid through today or later. */
  duesCurrent: points,
});
export type EngagementPoints = z.infer<typeof engagementPointsSchema>;

/** Lowest score of each band but dormant (which is everything below `occasional`). */
export const engagementThresholdsSchema = z.strictObject({
  core: points,
  active: points,
  occasional: points,
});
export type EngagementThresholds = z.infer<typeof engagementThresholdsSchema>;

export const engagementSettingsSchema = z
  .strictObject({
    thresholds: engagementThresholdsSchema,
    points: engagementPointsSchema,
    /** A meeting attended this many days ago is worth half its points. */
    halfLifeDays: z
      .number({ error: 'must be a number' })
      .int({ error: 'must be a whole number of days' })
      .min(1, { error: 'must be at least 1' })
      .max(3650, { error: 'must be at most 3650' }),
  })
  .superRefine((s, ctx) => {
    const { core, active, occasional } = s.thresholds;
    if (!(active < core)) {
      ctx.addIssue({ code: 'custom', path: ['thresholds', 'active'], message: `must be below core (${core})` });
    }
    if (!(occasional < active)) {
      ctx.addIssue({ code: 'custom', path: ['thresholds', 'occasional'], message: `must be below active (${active})` });
    }
    if (!(occasional > 0)) {
      ctx.addIssue({ code: 'custom', path: ['thresholds', 'occasional'], message: 'must be above 0, so dormant means no activity' });
    }
  });
export type EngagementSettings = z.infer<typeof engagementSettingsSchema>;
export type EngagementSettingsInput = z.input<typeof engagementSettingsSchema>;

export const DEFAULT_ENGAGEMENT_SETTINGS: EngagementSettings = {
  thresholds: { core: 50, active: 20, occasional: 5 },
  points: {
    meetingLast90Days: 10,
    meetingEarlierInYear: 6,
    campaignLeadPartner: 15,
    campaignOtherRole: 8,
    outreachCommitted: 6,
    outreachReached: 2,
    interestActive: 3,
    interestLeading: 6,
    duesCurrent: 10,
  },
  halfLifeDays: 180,
};

/** The band of a score: the strongest band whose threshold the score reaches. */
export function engagementBandOf(score: number, thresholds: EngagementThresholds): EngagementBand {
  if (score >= thresholds.core) return 'core';
  if (score >= thresholds.active) return 'active';
  if (score >= thresholds.occasional) return 'occasional';
  return 'dormant';
}

export const engagementComponentSchema = z.object({
  key: z.enum(ENGAGEMENT_COMPONENTS),
  label: z.string(),
  /** Rounded to hundredths; the components' points add up to the score exactly. */
  points: z.number(),
  /** In words: what earned the points ("3 meetings; latest 12 days ago"). */
  detail: z.string(),
});
export type EngagementComponent = z.infer<typeof engagementComponentSchema>;

/** `GET /reports/engagement/organizations/:id` and `/contacts/:id`: the score, explained. */
export const engagementBreakdownSchema = z.object({
  score: z.number(),
  band: z.enum(ENGAGEMENT_BANDS),
  components: z.array(engagementComponentSchema),
  /** When the score was last computed (scores are recomputed daily and on demand). */
  computedAt: z.iso.datetime({ offset: true }),
});
export type EngagementBreakdown = z.infer<typeof engagementBreakdownSchema>;

/** `POST /reports/engagement/recompute`: no options; strict so a stray field is refused. */
export const engagementRecomputeRequestSchema = z.strictObject({});
export type EngagementRecomputeRequest = z.infer<typeof engagementRecomputeRequestSchema>;

export const engagementRecomputeResultSchema = z.object({
  organizations: z.number().int(),
  contacts: z.number().int(),
  computedAt: z.iso.datetime({ offset: true }),
});
export type EngagementRecomputeResult = z.infer<typeof engagementRecomputeResultSchema>;
