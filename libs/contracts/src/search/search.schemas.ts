import { z } from 'zod';
import { CAMPAIGN_KINDS } from '../campaigns/campaign.schemas';
import { ISSUE_STATUSES } from '../issues/issue.schemas';
import { MEMBERSHIP_STATUSES, ORGANIZATION_KINDS } from '../organizations/organization.schemas';

export const SEARCH_MAX_LENGTH = 100;
export const SEARCH_DEFAULT_LIMIT = 5;
export const SEARCH_MAX_LIMIT = 10;

const NO_CONTROL = /^[^\u0000-\u001F\u007F]*$/;

/** `GET /search`: what a person typed in the header's search box. */
export const searchQuerySchema = z.strictObject({
  q: z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') })
    .trim()
    .min(1, { error: 'must not be blank' })
    .max(SEARCH_MAX_LENGTH, { error: `must be at most ${SEARCH_MAX_LENGTH} characters` })
    .regex(NO_CONTROL, { error: 'must not contain control characters' }),
  /** How many records of each kind to answer; `total` counts them all. */
  limit: z.coerce
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be 1 or more' })
    .max(SEARCH_MAX_LIMIT, { error: `must be at most ${SEARCH_MAX_LIMIT}` })
    .default(SEARCH_DEFAULT_LIMIT),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;
export type SearchParams = z.input<typeof searchQuerySchema>;

export const organizationHitSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(ORGANIZATION_KINDS),
  membershipStatus: z.enum(MEMBERSHIP_STATUSES),
  city: z.string(),
});
export type OrganizationHit = z.infer<typeof organizationHitSchema>;

/** A person by name and organization only: never an email address or a phone number. */
export const contactHitSchema = z.object({
  id: z.uuid(),
  displayName: z.string(),
  /** The first of the person's current organizations; null when they belong to none. */
  organizationName: z.string().nullable(),
  city: z.string().nullable(),
});
export type ContactHit = z.infer<typeof contactHitSchema>;

export const issueHitSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  tier: z.number().int().min(1).max(3),
  status: z.enum(ISSUE_STATUSES),
});
export type IssueHit = z.infer<typeof issueHitSchema>;

export const campaignHitSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(CAMPAIGN_KINDS),
  active: z.boolean(),
});
export type CampaignHit = z.infer<typeof campaignHitSchema>;

/** The first matches of one kind, and how many match in all (for "see all 23"). */
function hitsSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int() });
}

/** Matches among records that are not archived, each kind in its list's default order. */
export const searchResponseSchema = z.object({
  q: z.string(),
  organizations: hitsSchema(organizationHitSchema),
  contacts: hitsSchema(contactHitSchema),
  issues: hitsSchema(issueHitSchema),
  campaigns: hitsSchema(campaignHitSchema),
});
export type SearchResponse = z.infer<typeof searchResponseSchema>;
