import { z } from 'zod';
import { enumOf } from '../common/enums';
import { dateField, nullable, optionalText } from '../common/fields';
import { idSchema } from '../common/ids';
import { listResponseSchema, pageQueryShape } from '../common/pagination';
import { listParam } from '../common/query';
import { ORGANIZATION_KINDS } from '../organizations/organization.schemas';

export const PARTICIPATION_ROLES = ['lead_partner', 'funder', 'participant', 'endorser'] as const;
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];

export const PARTICIPATION_ROLE_LABELS: Record<ParticipationRole, string> = {
  lead_partner: 'Lead partner',
  funder: 'Funder',
  participant: 'Participant',
  endorser: 'Endorser',
};

/** Path of one participation in a campaign. */
export const participationParamsSchema = z.strictObject({
  id: idSchema,
  participationId: idSchema,
});
export type ParticipationParams = z.infer<typeof participationParamsSchema>;

/** Either an organization or a person (contact) takes part, never both. */
export const createParticipationSchema = z
  .strictObject({
    organizationId: idSchema.optional(),
    contactId: idSchema.optional(),
    role: enumOf(PARTICIPATION_ROLES),
    /** Left out means today; null means unknown. */
    joinedOn: nullable(dateField),
    note: optionalText(1000),
  })
  .refine((p) => (p.organizationId === undefined) !== (p.contactId === undefined), {
    path: ['organizationId'],
    error: 'send exactly one of organizationId or contactId',
  });
export type CreateParticipation = z.infer<typeof createParticipationSchema>;
export type CreateParticipationInput = z.input<typeof createParticipationSchema>;

/** Who takes part is fixed; the role, date and note may change. */
export const updateParticipationSchema = z.strictObject({
  role: enumOf(PARTICIPATION_ROLES).optional(),
  joinedOn: nullable(dateField),
  note: optionalText(1000),
});
export type UpdateParticipation = z.infer<typeof updateParticipationSchema>;
export type UpdateParticipationInput = z.input<typeof updateParticipationSchema>;

export const participantSchema = z.object({
  id: z.uuid(),
  role: z.enum(PARTICIPATION_ROLES),
  organization: z
    .object({ id: z.uuid(), name: z.string(), kind: z.enum(ORGANIZATION_KINDS) })
    .nullable(),
  /** `name` is null until contacts are joined in (see the campaigns repository). */
  contact: z.object({ id: z.uuid(), name: z.string().nullable() }).nullable(),
  joinedOn: z.iso.date().nullable(),
  note: z.string().nullable(),
  /** Sum of this participant's contributions, all goals together. */
  contributed: z.number().int(),
});
export type Participant = z.infer<typeof participantSchema>;

export const participantsByRoleSchema = z.object({
  lead_partner: z.array(participantSchema),
  funder: z.array(participantSchema),
  participant: z.array(participantSchema),
  endorser: z.array(participantSchema),
});
export type ParticipantsByRole = z.infer<typeof participantsByRoleSchema>;

/** A campaign an organization takes part in, on the organization's page. */
export const organizationCampaignSchema = z.object({
  participationId: z.uuid(),
  role: z.enum(PARTICIPATION_ROLES),
  joinedOn: z.iso.date().nullable(),
  note: z.string().nullable(),
  contributed: z.number().int(),
  campaign: z.object({
    id: z.uuid(),
    name: z.string(),
    kind: z.string(),
    startsOn: z.iso.date(),
    endsOn: z.iso.date().nullable(),
    active: z.boolean(),
  }),
});
export type OrganizationCampaign = z.infer<typeof organizationCampaignSchema>;
export const organizationCampaignListSchema = z.array(organizationCampaignSchema);

/** A dated amount toward one goal, e.g. 120 voters registered on 2026-07-14 by one organization. */
export const createContributionSchema = z.strictObject({
  goalId: idSchema,
  participationId: nullable(idSchema),
  amount: z
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be more than 0' })
    .max(1_000_000, { error: 'must be at most 1000000' }),
  recordedOn: dateField,
  note: optionalText(1000),
});
export type CreateContribution = z.infer<typeof createContributionSchema>;
export type CreateContributionInput = z.input<typeof createContributionSchema>;

export const contributionListQuerySchema = z.strictObject({
  ...pageQueryShape,
  goalId: listParam(idSchema),
  participationId: listParam(idSchema),
});
export type ContributionListQuery = z.infer<typeof contributionListQuerySchema>;
export type ContributionListParams = z.input<typeof contributionListQuerySchema>;

export const contributionSchema = z.object({
  id: z.uuid(),
  campaignId: z.uuid(),
  goalId: z.uuid(),
  goalLabel: z.string(),
  unit: z.string(),
  participationId: z.uuid().nullable(),
  /** The organization's name; null for a contact (until contacts are joined in) or no participant. */
  participantName: z.string().nullable(),
  amount: z.number().int(),
  recordedOn: z.iso.date(),
  note: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type Contribution = z.infer<typeof contributionSchema>;

/** Newest first (by recordedOn). */
export const contributionListResponseSchema = listResponseSchema(contributionSchema);
export type ContributionListResponse = z.infer<typeof contributionListResponseSchema>;
