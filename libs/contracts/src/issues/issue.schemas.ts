import { z } from 'zod';
import { enumOf } from '../common/enums';
import { optionalText, requiredText, versionField } from '../common/fields';
import { idSchema } from '../common/ids';
import { listResponseSchema, pageQueryShape } from '../common/pagination';
import { listParam, searchParam } from '../common/query';
import { MEMBERSHIP_STATUSES, ORGANIZATION_KINDS } from '../organizations/organization.schemas';

/** Advocacy priorities are ranked in three tiers; tier 1 is what the coalition leads with. */
export const ISSUE_TIERS = [1, 2, 3] as const;
export type IssueTier = (typeof ISSUE_TIERS)[number];

export const ISSUE_STATUSES = ['active', 'won', 'lost', 'paused'] as const;
export type IssueStatus = (typeof ISSUE_STATUSES)[number];

export const ISSUE_STATUS_LABELS: Record<IssueStatus, string> = {
  active: 'Active',
  won: 'Won',
  lost: 'Lost',
  paused: 'Paused',
};

export const BILL_STATUSES = [
  'filed',
  'in_committee',
  'reported',
  'passed_one_chamber',
  'enacted',
  'dead',
] as const;
export type BillStatus = (typeof BILL_STATUSES)[number];

export const BILL_STATUS_LABELS: Record<BillStatus, string> = {
  filed: 'Filed',
  in_committee: 'In committee',
  reported: 'Reported out of committee',
  passed_one_chamber: 'Passed one chamber',
  enacted: 'Enacted',
  dead: 'Dead',
};

/** An organization's stance on an issue, weakest first. */
export const INTEREST_LEVELS = ['interested', 'active', 'leading'] as const;
export type InterestLevel = (typeof INTEREST_LEVELS)[number];

export const INTEREST_LEVEL_LABELS: Record<InterestLevel, string> = {
  interested: 'Interested',
  active: 'Active',
  leading: 'Leading',
};

const SESSION_PATTERN = /^(\d{4})-(\d{4})$/;

/**
 * A legislative session spans two consecutive years ("2025-2026"). Massachusetts sessions
 * start in odd years, but other states differ, so only the two-year span is enforced.
 */
export function isLegislativeSession(value: string): boolean {
  const match = SESSION_PATTERN.exec(value);
  if (!match) return false;
  const first = Number(match[1]);
  return first >= 1900 && Number(match[2]) === first + 1;
}

export const sessionField = z
  .string({ error: 'must be text' })
  .trim()
  .regex(SESSION_PATTERN, { error: 'must be a legislative session such as 2025-2026' })
  .refine(isLegislativeSession, { error: 'must span two consecutive years, such as 2025-2026' });

export const tierField = z
  .number({ error: 'must be a number' })
  .int({ error: 'must be a whole number' })
  .min(1, { error: 'must be 1, 2 or 3' })
  .max(3, { error: 'must be 1, 2 or 3' })
  .transform((tier) => tier as IssueTier);

/** Tiers in a query string arrive as text. */
const tierParam = enumOf(['1', '2', '3']).transform((tier) => Number(tier) as IssueTier);

/** Sort keys for the issue list; `tier` orders by tier, then by rank within the tier. */
export const ISSUE_SORT_FIELDS = ['tier', 'title', 'session', 'status', 'updatedAt'] as const;
export type IssueSortField = (typeof ISSUE_SORT_FIELDS)[number];
export const ISSUE_SORTS = ISSUE_SORT_FIELDS.flatMap((f) => [f, `-${f}`]) as [string, ...string[]];

export const issueListQuerySchema = z.strictObject({
  ...pageQueryShape,
  q: searchParam,
  tier: listParam(tierParam),
  status: listParam(enumOf(ISSUE_STATUSES)),
  session: listParam(sessionField),
  sort: enumOf(ISSUE_SORTS).default('tier'),
});
export type IssueListQuery = z.infer<typeof issueListQuerySchema>;
export type IssueListParams = z.input<typeof issueListQuerySchema>;

const isoDate = z.iso.date();

/** How many (non-archived) organizations stand at each level on an issue. */
export const interestCountsSchema = z.object({
  interested: z.number().int(),
  active: z.number().int(),
  leading: z.number().int(),
});
export type InterestCounts = z.infer<typeof interestCountsSchema>;

/** A bill as shown under its issue. */
export const issueBillSchema = z.object({
  id: z.uuid(),
  number: z.string(),
  title: z.string(),
  status: z.enum(BILL_STATUSES),
  version: z.number().int(),
});
export type IssueBill = z.infer<typeof issueBillSchema>;

export const issueSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  summary: z.string().nullable(),
  tier: z.number().int().min(1).max(3),
  /** 1-based position within the tier among issues that are not archived. */
  rank: z.number().int(),
  session: z.string(),
  status: z.enum(ISSUE_STATUSES),
  interestCounts: interestCountsSchema,
  bills: z.array(issueBillSchema),
  version: z.number().int(),
});
export type IssueSummary = z.infer<typeof issueSummarySchema>;

/** An organization standing on an issue, as listed on the issue's page. */
export const issueOrganizationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(ORGANIZATION_KINDS),
  membershipStatus: z.enum(MEMBERSHIP_STATUSES),
  level: z.enum(INTEREST_LEVELS),
  note: z.string().nullable(),
  confirmedOn: isoDate.nullable(),
});
export type IssueOrganization = z.infer<typeof issueOrganizationSchema>;

export const issueDetailSchema = issueSummarySchema.extend({
  /** Leading first, then active, then interested; by name within a level. */
  organizations: z.array(issueOrganizationSchema),
  archivedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type IssueDetail = z.infer<typeof issueDetailSchema>;

export const issueListResponseSchema = listResponseSchema(issueSummarySchema);
export type IssueListResponse = z.infer<typeof issueListResponseSchema>;

const issueFields = {
  title: requiredText(200),
  summary: optionalText(2000),
  tier: tierField,
  session: sessionField,
  status: enumOf(ISSUE_STATUSES),
};

/** A new issue goes last in its tier; re-rank with POST /issues/reorder. */
export const createIssueSchema = z.strictObject({
  ...issueFields,
  status: issueFields.status.default('active'),
});
export type CreateIssue = z.infer<typeof createIssueSchema>;
export type CreateIssueInput = z.input<typeof createIssueSchema>;

/** Only the fields sent change; a new `tier` puts the issue last in that tier. */
export const updateIssueSchema = z.strictObject({
  ...z.object(issueFields).partial().shape,
  version: versionField,
});
export type UpdateIssue = z.infer<typeof updateIssueSchema>;
export type UpdateIssueInput = z.input<typeof updateIssueSchema>;

function unique(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}

/** The new order of a whole tier: every issue of the tier that is not archived, once each. */
export const reorderIssuesSchema = z.strictObject({
  tier: tierField,
  issueIds: z
    .array(idSchema, { error: 'must be a list of issue ids' })
    .min(1, { error: 'must list the issues of the tier' })
    .max(100, { error: 'must have at most 100 issues' })
    .refine(unique, { error: 'must not list an issue twice' }),
});
export type ReorderIssues = z.infer<typeof reorderIssuesSchema>;
export type ReorderIssuesInput = z.input<typeof reorderIssuesSchema>;

export const reorderIssuesResponseSchema = z.object({
  tier: z.number().int(),
  items: z.array(issueSummarySchema),
});
export type ReorderIssuesResponse = z.infer<typeof reorderIssuesResponseSchema>;
