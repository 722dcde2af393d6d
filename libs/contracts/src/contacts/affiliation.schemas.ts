import { z } from 'zod';
import { enumOf } from '../common/enums';
import { dateField, nullable, optionalText, versionField } from '../common/fields';
import { idSchema } from '../common/ids';

/** The roles a person holds at a member organization. */
export const AFFILIATION_ROLES = [
  'executive_director',
  'staff',
  'board',
  'member',
  'volunteer',
  'primary_contact',
] as const;
export type AffiliationRole = (typeof AFFILIATION_ROLES)[number];

export const AFFILIATION_ROLE_LABELS: Record<AffiliationRole, string> = {
  executive_director: 'Executive director',
  staff: 'Staff',
  board: 'Board member',
  member: 'Member',
  volunteer: 'Volunteer',
  primary_contact: 'Primary contact',
};

const isoDate = z.iso.date();

/** One affiliation as the API answers it; `current` means it has no end date. */
export const affiliationDetailSchema = z.object({
  id: z.uuid(),
  contactId: z.uuid(),
  organizationId: z.uuid(),
  organizationName: z.string(),
  role: z.enum(AFFILIATION_ROLES),
  startedOn: isoDate.nullable(),
  endedOn: isoDate.nullable(),
  note: z.string().nullable(),
  current: z.boolean(),
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type AffiliationDetail = z.infer<typeof affiliationDetailSchema>;

const affiliationFields = {
  organizationId: idSchema,
  role: enumOf(AFFILIATION_ROLES),
  startedOn: nullable(dateField),
  /** Null (or absent) while the affiliation is current; ending one is setting this date. */
  endedOn: nullable(dateField),
  note: optionalText(500),
};

export const createAffiliationSchema = z
  .strictObject(affiliationFields)
  .refine((a) => !a.startedOn || !a.endedOn || a.endedOn >= a.startedOn, {
    error: 'must not be before startedOn',
    path: ['endedOn'],
  });
export type CreateAffiliation = z.infer<typeof createAffiliationSchema>;
export type CreateAffiliationInput = z.input<typeof createAffiliationSchema>;

/**
 * Only the fields sent change. Moving an affiliation to another organization is a delete and a
 * create, so `organizationId` is not accepted. `version` is optional: when sent, a stale one is
 * answered with 409 and the current affiliation.
 */
export const updateAffiliationSchema = z.strictObject({
  role: affiliationFields.role.optional(),
  startedOn: affiliationFields.startedOn,
  endedOn: affiliationFields.endedOn,
  note: affiliationFields.note,
  version: versionField.optional(),
});
export type UpdateAffiliation = z.infer<typeof updateAffiliationSchema>;
export type UpdateAffiliationInput = z.input<typeof updateAffiliationSchema>;

export const affiliationParamsSchema = z.strictObject({ id: idSchema, affiliationId: idSchema });
export type AffiliationParams = z.infer<typeof affiliationParamsSchema>;
