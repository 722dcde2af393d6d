import { z } from 'zod';
import { enumOf } from '../common/enums';
import { dateField, nullable, optionalText } from '../common/fields';
import { idSchema } from '../common/ids';
import { INTEREST_LEVELS, ISSUE_STATUSES } from './issue.schemas';

/** Path of one organization's interest in one issue. */
export const interestParamsSchema = z.strictObject({ id: idSchema, issueId: idSchema });
export type InterestParams = z.infer<typeof interestParamsSchema>;

/**
 * Declares (or re-declares) an organization's interest: the whole interest is replaced.
 * `confirmedOn` left out means "confirmed today"; null means the date is unknown.
 */
export const putInterestSchema = z.strictObject({
  level: enumOf(INTEREST_LEVELS),
  note: optionalText(1000),
  confirmedOn: nullable(dateField),
});
export type PutInterest = z.infer<typeof putInterestSchema>;
export type PutInterestInput = z.input<typeof putInterestSchema>;

/** An organization's interest, with what the organization's page shows of the issue. */
export const organizationInterestSchema = z.object({
  organizationId: z.uuid(),
  issueId: z.uuid(),
  issueTitle: z.string(),
  tier: z.number().int(),
  session: z.string(),
  issueStatus: z.enum(ISSUE_STATUSES),
  level: z.enum(INTEREST_LEVELS),
  note: z.string().nullable(),
  confirmedOn: z.iso.date().nullable(),
  updatedAt: z.iso.datetime(),
});
export type OrganizationInterest = z.infer<typeof organizationInterestSchema>;

/** All interests of one organization (a dozen or so: not paginated), by tier then rank. */
export const organizationInterestListSchema = z.array(organizationInterestSchema);
