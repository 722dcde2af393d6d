import { z } from 'zod';
import { enumOf } from '../common/enums';
import { requiredText } from '../common/fields';
import { idSchema } from '../common/ids';
import { LANGUAGE_CODES } from '../common/languages';
import { listParam, searchParam } from '../common/query';
import { pageQueryShape } from '../common/pagination';
import { PARTICIPATION_ROLES } from '../campaigns/participation.schemas';
import { COUNTIES } from '../geo/geo';
import { INTEREST_LEVELS } from '../issues/issue.schemas';
import { MEMBERSHIP_STATUSES, ORGANIZATION_KINDS, ORGANIZATION_SORTS } from './organization.schemas';

// This schema has a file of its own because it names interest levels and participation roles:
// the issue and campaign schemas import organization.schemas.ts, so importing theirs from there
// would be an import cycle (and a crash at load time, whichever file loads first).

/** The organization list's filters; several values of one filter mean "any of them". */
export const organizationListQuerySchema = z
  .strictObject({
    ...pageQueryShape,
    q: searchParam,
    kind: listParam(enumOf(ORGANIZATION_KINDS)),
    status: listParam(enumOf(MEMBERSHIP_STATUSES)),
    county: listParam(enumOf(COUNTIES)),
    /** Organizations with an interest in any of these issues... */
    issueId: listParam(idSchema),
    /** ...at this level or a stronger one (leading > active > interested). Left out: interested. */
    minLevel: enumOf(INTEREST_LEVELS).optional(),
    /** Organizations taking part in any of these campaigns... */
    campaignId: listParam(idSchema),
    /** ...in any of these roles. Left out: any role. */
    role: listParam(enumOf(PARTICIPATION_ROLES)),
    /** Organizations carrying any of these tags (exact spelling). */
    tag: listParam(requiredText(40)),
    /** Organizations serving any of these languages. */
    language: listParam(enumOf(LANGUAGE_CODES)),
    sort: enumOf(ORGANIZATION_SORTS).default('name'),
  })
  // A level without an issue, or a role without a campaign, would be silently ignored: refuse
  // it, so a caller never reads an unfiltered list as a filtered one.
  .refine((query) => query.minLevel === undefined || query.issueId !== undefined, {
    path: ['minLevel'],
    error: 'applies only together with issueId',
  })
  .refine((query) => query.role === undefined || query.campaignId !== undefined, {
    path: ['role'],
    error: 'applies only together with campaignId',
  });
export type OrganizationListQuery = z.infer<typeof organizationListQuerySchema>;
/** What a caller may send: every field optional, as in a URL. */
export type OrganizationListParams = z.input<typeof organizationListQuerySchema>;
