import { z } from 'zod';
import { enumOf } from '../common/enums';
import {
  dateField,
  emailField,
  nullable,
  optionalText,
  phoneField,
  requiredText,
  tagsField,
  versionField,
} from '../common/fields';
import { idSchema } from '../common/ids';
import { LANGUAGE_CODES } from '../common/languages';
import { listResponseSchema, pageQueryShape } from '../common/pagination';
import { listParam, searchParam } from '../common/query';
import { COUNTIES } from '../geo/geo';
import { municipalityField } from '../organizations/organization.schemas';
import {
  AFFILIATION_ROLES,
  affiliationDetailSchema,
  createAffiliationSchema,
} from './affiliation.schemas';

// Deliberately absent, here and everywhere: immigration or citizenship status, country of birth,
// document numbers (docs: DOMAIN.md, "Data that must never be kept"). Strict schemas refuse them.

export const EMAIL_LABELS = ['work', 'personal', 'other'] as const;
export type EmailLabel = (typeof EMAIL_LABELS)[number];
export const EMAIL_LABEL_LABELS: Record<EmailLabel, string> = {
  work: 'Work',
  personal: 'Personal',
  other: 'Other',
};

export const PHONE_LABELS = ['mobile', 'work', 'home', 'other'] as const;
export type PhoneLabel = (typeof PHONE_LABELS)[number];
export const PHONE_LABEL_LABELS: Record<PhoneLabel, string> = {
  mobile: 'Mobile',
  work: 'Work',
  home: 'Home',
  other: 'Other',
};

/** Channels a person may consent to be contacted on. */
export const CONSENT_CHANNELS = ['email', 'sms', 'phone'] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];
export const CONSENT_CHANNEL_LABELS: Record<ConsentChannel, string> = {
  email: 'Email',
  sms: 'Text messages (SMS)',
  phone: 'Phone calls',
};

/** Sort keys for the contact list; `name` is last name then first name; a leading `-` sorts descending. */
export const CONTACT_SORT_FIELDS = [
  'name',
  'firstName',
  'city',
  'county',
  'createdAt',
  'updatedAt',
] as const;
export type ContactSortField = (typeof CONTACT_SORT_FIELDS)[number];
export const CONTACT_SORTS = CONTACT_SORT_FIELDS.flatMap((f) => [f, `-${f}`]) as [
  string,
  ...string[],
];

/** `?hasEmail=true|false`; blank means no filter. */
const booleanParam = z.preprocess(
  (value) => (value === '' ? undefined : value),
  z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .transform((v) => v === 'true')
    .optional(),
);

export const contactListQuerySchema = z.strictObject({
  ...pageQueryShape,
  /** Names, preferred name, any email address, any phone number's digits. */
  q: searchParam,
  language: listParam(enumOf(LANGUAGE_CODES)),
  /** Contacts currently affiliated with any of these organizations. */
  organizationId: listParam(idSchema),
  /** Contacts currently holding any of these roles (at the organizations above, if given). */
  role: listParam(enumOf(AFFILIATION_ROLES)),
  county: listParam(enumOf(COUNTIES)),
  tag: listParam(requiredText(40)),
  /** Contacts who consented to every channel listed. */
  consent: listParam(enumOf(CONSENT_CHANNELS)),
  hasEmail: booleanParam,
  hasPhone: booleanParam,
  sort: enumOf(CONTACT_SORTS).default('name'),
});
export type ContactListQuery = z.infer<typeof contactListQuerySchema>;
export type ContactListParams = z.input<typeof contactListQuerySchema>;

/** The people of one organization: `GET /organizations/:id/contacts`. */
export const organizationContactsQuerySchema = z.strictObject({
  ...pageQueryShape,
  q: searchParam,
  role: listParam(enumOf(AFFILIATION_ROLES)),
  /** Also list people whose affiliation has ended. */
  includePast: booleanParam,
  sort: enumOf(CONTACT_SORTS).default('name'),
});
export type OrganizationContactsQuery = z.infer<typeof organizationContactsQuerySchema>;
export type OrganizationContactsParams = z.input<typeof organizationContactsQuerySchema>;

const isoDate = z.iso.date();

export const contactOrganizationSchema = z.object({
  organizationId: z.uuid(),
  organizationName: z.string(),
  role: z.enum(AFFILIATION_ROLES),
});
export type ContactOrganization = z.infer<typeof contactOrganizationSchema>;

export const consentSummarySchema = z.object({
  email: z.boolean(),
  sms: z.boolean(),
  phone: z.boolean(),
});
export type ConsentSummary = z.infer<typeof consentSummarySchema>;

export const contactSummarySchema = z.object({
  id: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  preferredName: z.string().nullable(),
  /** Preferred (or first) name and last name, as the person is addressed. */
  displayName: z.string(),
  primaryEmail: z.string().nullable(),
  primaryPhone: z.string().nullable(),
  languages: z.array(z.enum(LANGUAGE_CODES)),
  city: z.string().nullable(),
  county: z.enum(COUNTIES).nullable(),
  /** Current affiliations only. */
  organizations: z.array(contactOrganizationSchema),
  tags: z.array(z.string()),
  consent: consentSummarySchema,
});
export type ContactSummary = z.infer<typeof contactSummarySchema>;

export const contactListResponseSchema = listResponseSchema(contactSummarySchema);
export type ContactListResponse = z.infer<typeof contactListResponseSchema>;

/** A person at one organization, with every role they hold (or held) there. */
export const organizationContactSchema = contactSummarySchema.extend({
  roles: z.array(
    z.object({
      affiliationId: z.uuid(),
      role: z.enum(AFFILIATION_ROLES),
      startedOn: isoDate.nullable(),
      endedOn: isoDate.nullable(),
      current: z.boolean(),
    }),
  ),
});
export type OrganizationContact = z.infer<typeof organizationContactSchema>;
export const organizationContactListResponseSchema = listResponseSchema(organizationContactSchema);
export type OrganizationContactListResponse = z.infer<typeof organizationContactListResponseSchema>;

export const contactEmailSchema = z.object({
  address: z.string(),
  label: z.enum(EMAIL_LABELS),
  primary: z.boolean(),
});
export type ContactEmail = z.infer<typeof contactEmailSchema>;

export const contactPhoneSchema = z.object({
  number: z.string(),
  label: z.enum(PHONE_LABELS),
  primary: z.boolean(),
});
export type ContactPhone = z.infer<typeof contactPhoneSchema>;

export const consentRecordSchema = z.object({
  granted: z.boolean(),
  recordedOn: isoDate.nullable(),
  source: z.string().nullable(),
});
export type ConsentRecord = z.infer<typeof consentRecordSchema>;

export const contactDetailSchema = contactSummarySchema
  .omit({ organizations: true, consent: true })
  .extend({
    pronouns: z.string().nullable(),
    emails: z.array(contactEmailSchema),
    phones: z.array(contactPhoneSchema),
    consent: z.object({
      email: consentRecordSchema,
      sms: consentRecordSchema,
      phone: consentRecordSchema,
    }),
    /** Current and past, current first. */
    affiliations: z.array(affiliationDetailSchema),
    notes: z.string().nullable(),
    version: z.number().int(),
    archivedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  });
export type ContactDetail = z.infer<typeof contactDetailSchema>;

const primaryFlag = z.boolean({ error: 'must be true or false' }).default(false);

export const contactEmailInputSchema = z.strictObject({
  address: emailField,
  label: enumOf(EMAIL_LABELS).default('personal'),
  primary: primaryFlag,
});
export type ContactEmailInput = z.infer<typeof contactEmailInputSchema>;

export const contactPhoneInputSchema = z.strictObject({
  number: phoneField,
  label: enumOf(PHONE_LABELS).default('mobile'),
  primary: primaryFlag,
});
export type ContactPhoneInput = z.infer<typeof contactPhoneInputSchema>;

/** Consent on one channel. `recordedOn` left out means "today"; send null to leave it unknown. */
export const consentInputSchema = z.strictObject({
  granted: z.boolean({ error: 'must be true or false' }),
  recordedOn: nullable(dateField),
  source: optionalText(200),
});
export type ConsentInput = z.infer<typeof consentInputSchema>;

/** Only the channels sent change. */
export const consentInputsSchema = z.strictObject({
  email: consentInputSchema.optional(),
  sms: consentInputSchema.optional(),
  phone: consentInputSchema.optional(),
});
export type ConsentInputs = z.infer<typeof consentInputsSchema>;

const contactFields = {
  firstName: requiredText(100),
  lastName: requiredText(100),
  preferredName: optionalText(100),
  pronouns: optionalText(40),
  emails: z.array(contactEmailInputSchema, { error: 'must be a list of email addresses' }).max(10, {
    error: 'must have at most 10 email addresses',
  }),
  phones: z.array(contactPhoneInputSchema, { error: 'must be a list of phone numbers' }).max(10, {
    error: 'must have at most 10 phone numbers',
  }),
  languages: z
    .array(enumOf(LANGUAGE_CODES), { error: 'must be a list of language codes' })
    .max(20)
    .transform((codes) => [...new Set(codes)]),
  city: nullable(municipalityField),
  consent: consentInputsSchema,
  tags: tagsField,
  notes: optionalText(5000),
};

export const createContactSchema = z.strictObject({
  ...contactFields,
  emails: contactFields.emails.default([]),
  phones: contactFields.phones.default([]),
  languages: contactFields.languages.default([]),
  consent: contactFields.consent.default({}),
  tags: contactFields.tags.default([]),
  affiliations: z
    .array(createAffiliationSchema, { error: 'must be a list of affiliations' })
    .max(20, { error: 'must have at most 20 affiliations' })
    .default([]),
});
export type CreateContact = z.infer<typeof createContactSchema>;
export type CreateContactInput = z.input<typeof createContactSchema>;

/** Only the fields sent change; `emails` and `phones`, when sent, replace the whole list. */
export const updateContactSchema = z.strictObject({
  ...z.object(contactFields).partial().shape,
  version: versionField,
});
export type UpdateContact = z.infer<typeof updateContactSchema>;
export type UpdateContactInput = z.input<typeof updateContactSchema>;

/**
 * "Forget this person": removes the contact's personal data everywhere. The caller confirms by
 * typing the person's display name and gives a reason, which the audit trail keeps.
 */
export const eraseContactSchema = z.strictObject({
  reason: requiredText(500),
  confirmName: requiredText(200),
});
export type EraseContactInput = z.input<typeof eraseContactSchema>;
