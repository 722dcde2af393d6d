import { z } from 'zod';
import { enumOf } from '../common/enums';
import { dateField, requiredText } from '../common/fields';
import { idSchema } from '../common/ids';
import { LANGUAGE_CODES } from '../common/languages';
import { PARTICIPATION_ROLES } from '../campaigns/participation.schemas';
import { AFFILIATION_ROLES } from '../contacts/affiliation.schemas';
import { CONSENT_CHANNELS } from '../contacts/contact.schemas';
import { COUNTIES } from '../geo/geo';
import { INTEREST_LEVELS, ISSUE_TIERS } from '../issues/issue.schemas';
import { MEMBERSHIP_STATUSES, ORGANIZATION_KINDS, municipalityField } from '../organizations/organization.schemas';
import { ENGAGEMENT_BANDS } from '../reports/engagement.schemas';

/**
 * A segment's filter: a tree of AND/OR groups over conditions on organizations and on their
 * contacts. How a tree is evaluated (over organization-contact pairs) is in docs/segments.md.
 * Every condition is a strict object carrying exactly the operands its `field` needs, so the
 * builder UI and the API's compiler switch on `field` and nothing else.
 */

export const FILTER_MAX_DEPTH = 5;
export const FILTER_MAX_CONDITIONS = 50;
const MAX_VALUES = 50;

/** How an organization's dues stand, from its annual dues and the date they are paid through. */
export const DUES_STATUSES = ['current', 'overdue', 'none'] as const;
export type DuesStatus = (typeof DUES_STATUSES)[number];
export const DUES_STATUS_LABELS: Record<DuesStatus, string> = {
  current: 'Paid up',
  overdue: 'Overdue',
  none: 'No dues',
};

/**
 * A non-empty list of values, one condition operand ("any of these"). A repeated value is
 * harmless to every condition, so it is not refused; no transform either, since the same
 * schema describes stored filters in responses (and the OpenAPI document).
 */
function valuesOf<T extends z.ZodType>(item: T) {
  return z
    .array(item, { error: 'must be a list' })
    .min(1, { error: 'must name at least one value' })
    .max(MAX_VALUES, { error: `must name at most ${MAX_VALUES} values` });
}

const issueTierField = z.union(ISSUE_TIERS.map((tier) => z.literal(tier)), {
  error: 'must be 1, 2 or 3',
});

function condition<F extends string, S extends z.ZodRawShape>(field: F, shape: S) {
  return z.strictObject({ type: z.literal('condition'), field: z.literal(field), ...shape });
}

// --- Conditions on the organization -------------------------------------------------------

export const organizationKindCondition = condition('organization.kind', {
  values: valuesOf(enumOf(ORGANIZATION_KINDS)),
});
export const organizationStatusCondition = condition('organization.status', {
  values: valuesOf(enumOf(MEMBERSHIP_STATUSES)),
});
export const organizationCountyCondition = condition('organization.county', {
  values: valuesOf(enumOf(COUNTIES)),
});
export const organizationCityCondition = condition('organization.city', {
  values: valuesOf(municipalityField),
});
export const organizationTagCondition = condition('organization.tag', {
  values: valuesOf(requiredText(40)),
});
/** Organizations serving any of these languages. */
export const organizationLanguageCondition = condition('organization.language', {
  values: valuesOf(enumOf(LANGUAGE_CODES)),
});
/** An interest at `minLevel` or stronger (leading > active > interested) in any / all of the issues. */
export const organizationInterestCondition = condition('organization.interest', {
  issueIds: valuesOf(idSchema),
  match: enumOf(['any', 'all']).default('any'),
  minLevel: enumOf(INTEREST_LEVELS).default('interested'),
});
/** An interest at `minLevel` or stronger in any (not archived) issue of these tiers. */
export const organizationIssueTierCondition = condition('organization.issueTier', {
  tiers: valuesOf(issueTierField),
  minLevel: enumOf(INTEREST_LEVELS).default('interested'),
});
/** Taking part in any of these campaigns, in any of `roles` (left out: any role). */
export const organizationCampaignCondition = condition('organization.campaign', {
  campaignIds: valuesOf(idSchema),
  roles: valuesOf(enumOf(PARTICIPATION_ROLES)).optional(),
});
export const organizationDuesCondition = condition('organization.dues', {
  values: valuesOf(enumOf(DUES_STATUSES)),
});

/**
 * The last meeting attended falls on or after `after` and/or on or before `before` (the
 * meeting's start date), or, with `never: true`, no meeting was ever attended. Only meetings
 * not archived, and attendance with status attended, count.
 */
function lastMeetingCondition<F extends string>(field: F) {
  return condition(field, {
    after: dateField.optional(),
    before: dateField.optional(),
    never: z.literal(true, { error: 'must be true (leave it out otherwise)' }).optional(),
  }).superRefine((operands, ctx) => {
    const dated = operands.after !== undefined || operands.before !== undefined;
    if (operands.never && dated) {
      ctx.addIssue({ code: 'custom', path: ['never'], message: 'cannot be combined with after or before' });
    } else if (!operands.never && !dated) {
      ctx.addIssue({ code: 'custom', path: [], message: 'needs after, before (dates), or never: true' });
    } else if (operands.after && operands.before && operands.after > operands.before) {
      // ISO dates compare as text.
      ctx.addIssue({ code: 'custom', path: ['before'], message: 'must not be earlier than after' });
    }
  });
}

/** Any of the organization's people attended (counted for it): docs/meetings.md. */
export const organizationLastMeetingCondition = lastMeetingCondition('organization.lastMeeting');
/**
 * The organization's current engagement score (docs/engagement.md) is in any of these bands.
 * One not scored yet (created since the last recompute) is in no band.
 */
export const organizationEngagementBandCondition = condition('organization.engagementBand', {
  values: valuesOf(enumOf(ENGAGEMENT_BANDS)),
});

// --- Conditions on the contact ------------------------------------------------------------

export const contactLanguageCondition = condition('contact.language', {
  values: valuesOf(enumOf(LANGUAGE_CODES)),
});
/** The contact currently holds one of these roles at the organization of the pair. */
export const contactRoleCondition = condition('contact.role', {
  values: valuesOf(enumOf(AFFILIATION_ROLES)),
});
/** The contact consented to every channel listed. */
export const contactConsentCondition = condition('contact.consent', {
  channels: valuesOf(enumOf(CONSENT_CHANNELS)),
});
export const contactHasEmailCondition = condition('contact.hasEmail', {
  value: z.boolean({ error: 'must be true or false' }),
});
export const contactHasPhoneCondition = condition('contact.hasPhone', {
  value: z.boolean({ error: 'must be true or false' }),
});
export const contactTagCondition = condition('contact.tag', {
  values: valuesOf(requiredText(40)),
});
/** The contact's own attendance, whichever organization they were counted for. */
export const contactLastMeetingCondition = lastMeetingCondition('contact.lastMeeting');
/** The contact's own engagement score is in any of these bands; not scored yet: in none. */
export const contactEngagementBandCondition = condition('contact.engagementBand', {
  values: valuesOf(enumOf(ENGAGEMENT_BANDS)),
});

// A new condition is a new option here, a case in the API's compiler (its switch is
// exhaustive) and a field in the builder.
const CONDITIONS = [
  organizationKindCondition,
  organizationStatusCondition,
  organizationCountyCondition,
  organizationCityCondition,
  organizationTagCondition,
  organizationLanguageCondition,
  organizationInterestCondition,
  organizationIssueTierCondition,
  organizationCampaignCondition,
  organizationDuesCondition,
  organizationLastMeetingCondition,
  organizationEngagementBandCondition,
  contactLanguageCondition,
  contactRoleCondition,
  contactConsentCondition,
  contactHasEmailCondition,
  contactHasPhoneCondition,
  contactTagCondition,
  contactLastMeetingCondition,
  contactEngagementBandCondition,
] as const;

export const FILTER_FIELDS = CONDITIONS.map((c) => c.shape.field.value);
export type FilterField = (typeof FILTER_FIELDS)[number];

export const filterConditionSchema = z.discriminatedUnion('field', [...CONDITIONS], {
  error: (issue) =>
    issue.code === 'invalid_union' ? `must be one of: ${FILTER_FIELDS.join(', ')}` : undefined,
});
export type FilterCondition = z.infer<typeof filterConditionSchema>;
export type FilterConditionInput = z.input<typeof filterConditionSchema>;

const groupSchema = z.strictObject({
  type: z.literal('group'),
  op: enumOf(['and', 'or']),
  // A getter lets the schema refer to itself; the annotation breaks TypeScript's inference cycle.
  get children(): z.ZodArray<typeof filterNodeSchema> {
    return z
      .array(filterNodeSchema, { error: 'must be a list of conditions and groups' })
      .min(1, { error: 'must hold at least one condition or group' });
  },
});

// Discriminated on `type`, then on `field`: zod follows the matching branch only, so an error
// carries the path to the bad node (`children.1.children.0.minLevel`), not a union of guesses.
export const filterNodeSchema = z.discriminatedUnion('type', [groupSchema, filterConditionSchema], {
  error: (issue) =>
    issue.code === 'invalid_union' ? 'must be "group" or "condition"' : undefined,
});

export type FilterGroup = z.infer<typeof groupSchema>;
export type FilterGroupInput = z.input<typeof groupSchema>;
export type FilterNode = z.infer<typeof filterNodeSchema>;
export type FilterNodeInput = z.input<typeof filterNodeSchema>;

/** The deepest group, counting the root as 1, and the number of conditions. */
export function measureFilter(node: FilterNodeInput): { depth: number; conditions: number } {
  if (node.type === 'condition') return { depth: 0, conditions: 1 };
  const inner = node.children.map(measureFilter);
  return {
    depth: 1 + Math.max(0, ...inner.map((m) => m.depth)),
    conditions: inner.reduce((sum, m) => sum + m.conditions, 0),
  };
}

/** The path to the first group nested deeper than the limit, if any. */
function tooDeep(node: FilterNodeInput, depth: number, path: (string | number)[]): (string | number)[] | undefined {
  if (node.type === 'condition') return undefined;
  if (depth > FILTER_MAX_DEPTH) return path;
  for (const [index, child] of node.children.entries()) {
    const found = tooDeep(child, depth + 1, [...path, 'children', index]);
    if (found) return found;
  }
  return undefined;
}

/** A whole filter: always a group at the root, so the builder always has somewhere to add. */
export const segmentFilterSchema = groupSchema
  .superRefine((filter, ctx) => {
    const deep = tooDeep(filter, 1, []);
    if (deep) {
      ctx.addIssue({ code: 'custom', path: deep, message: `nests groups more than ${FILTER_MAX_DEPTH} levels deep` });
    }
    const { conditions } = measureFilter(filter);
    if (conditions > FILTER_MAX_CONDITIONS) {
      ctx.addIssue({ code: 'custom', path: [], message: `has ${conditions} conditions; at most ${FILTER_MAX_CONDITIONS} are allowed` });
    }
  });
export type SegmentFilter = FilterGroup;
export type SegmentFilterInput = FilterGroupInput;
