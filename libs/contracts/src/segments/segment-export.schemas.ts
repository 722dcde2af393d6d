import { z } from 'zod';
import { enumOf } from '../common/enums';
import { listParam } from '../common/query';

/** Columns a segment's contact export can carry, in the order they appear in the file. */
export const SEGMENT_EXPORT_COLUMNS = [
  'firstName',
  'lastName',
  'preferredName',
  'pronouns',
  'email',
  'phone',
  'organizations',
  'roles',
  'languages',
  'city',
  'county',
  'consentEmail',
  'consentSms',
  'consentPhone',
  'tags',
] as const;
export type SegmentExportColumn = (typeof SEGMENT_EXPORT_COLUMNS)[number];
export const SEGMENT_EXPORT_COLUMN_LABELS: Record<SegmentExportColumn, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  preferredName: 'Preferred name',
  pronouns: 'Pronouns',
  email: 'Email',
  phone: 'Phone',
  organizations: 'Organizations',
  roles: 'Roles',
  languages: 'Languages',
  city: 'City',
  county: 'County',
  consentEmail: 'Consents to email',
  consentSms: 'Consents to texts',
  consentPhone: 'Consents to calls',
  tags: 'Tags',
};
/** What a new export offers ticked. */
export const DEFAULT_SEGMENT_EXPORT_COLUMNS: readonly SegmentExportColumn[] = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'organizations',
  'languages',
  'city',
];

/**
 * What the list is for. "calling" keeps only contacts who consented to phone calls and have a
 * phone; "texting" likewise for SMS; "email" only those who consented to email and have an
 * address; "all" keeps everyone (a list for reading, not for contacting).
 */
export const SEGMENT_EXPORT_PURPOSES = ['all', 'calling', 'texting', 'email'] as const;
export type SegmentExportPurpose = (typeof SEGMENT_EXPORT_PURPOSES)[number];
export const SEGMENT_EXPORT_PURPOSE_LABELS: Record<SegmentExportPurpose, string> = {
  all: 'Everyone (not for contacting)',
  calling: 'For calling: consented to phone calls',
  texting: 'For texting: consented to text messages',
  email: 'For email: consented to email',
};

export const SEGMENT_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type SegmentExportFormat = (typeof SEGMENT_EXPORT_FORMATS)[number];

/** `GET /segments/:id/export`: the segment's contacts, one row per person, as a download. */
export const segmentExportQuerySchema = z.strictObject({
  format: enumOf(SEGMENT_EXPORT_FORMATS).default('csv'),
  purpose: enumOf(SEGMENT_EXPORT_PURPOSES).default('all'),
  /** Comma-separated or repeated; left out: the default columns. */
  columns: listParam(enumOf(SEGMENT_EXPORT_COLUMNS)),
});
export type SegmentExportQuery = z.infer<typeof segmentExportQuerySchema>;
export type SegmentExportParams = z.input<typeof segmentExportQuerySchema>;

/**
 * `GET /segments/:id/emails`: the primary addresses of the segment's contacts who consented to
 * email, ready to paste into a BCC field. Audited like an export.
 */
export const segmentEmailsResponseSchema = z.object({
  /** Distinct addresses, sorted, one per consenting contact. */
  emails: z.array(z.string()),
  /** The same addresses joined with ", " for a BCC field. */
  bcc: z.string(),
  /** Contacts in the segment left out for lack of consent or of an address. */
  leftOut: z.number().int(),
});
export type SegmentEmailsResponse = z.infer<typeof segmentEmailsResponseSchema>;
