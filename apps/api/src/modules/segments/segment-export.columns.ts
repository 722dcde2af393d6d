import {
  AFFILIATION_ROLE_LABELS,
  DEFAULT_SEGMENT_EXPORT_COLUMNS,
  languageLabel,
  SEGMENT_EXPORT_COLUMN_LABELS,
  SEGMENT_EXPORT_COLUMNS,
  type SegmentExportColumn,
} from '@coalition/contracts';
import type { CsvColumn } from '../../common/csv-export';
import type { SegmentExportContactRow } from './segment-export.repository';

/** A contact with the roles they hold at their organizations in the segment. */
export type SegmentExportRow = SegmentExportContactRow;

const yesNo = (granted: boolean) => (granted ? 'Yes' : 'No');
const list = (values: string[]) => values.join('; ');

const VALUES: Record<SegmentExportColumn, CsvColumn<SegmentExportRow>['value']> = {
  firstName: (r) => r.firstName,
  lastName: (r) => r.lastName,
  preferredName: (r) => r.preferredName,
  pronouns: (r) => r.pronouns,
  email: (r) => r.primaryEmail,
  phone: (r) => r.primaryPhone,
  // One name per organization, though the person may hold several roles there.
  organizations: (r) => list([...new Set(r.memberships.map((m) => m.organizationName))]),
  roles: (r) => list(r.memberships.map((m) => `${AFFILIATION_ROLE_LABELS[m.role]} (${m.organizationName})`)),
  languages: (r) => list(r.languages.map(languageLabel)),
  city: (r) => r.city,
  county: (r) => r.county,
  consentEmail: (r) => yesNo(r.consentEmail),
  consentSms: (r) => yesNo(r.consentSms),
  consentPhone: (r) => yesNo(r.consentPhone),
  tags: (r) => list(r.tags),
};

/** Email and phone are personal contact details: left blank for roles that may not see them. */
const CONTACT_DETAILS = new Set<SegmentExportColumn>(['email', 'phone']);

/** The chosen columns (the defaults when none), in the contract's order whatever the order asked. */
export function chosenColumns(chosen?: readonly SegmentExportColumn[]): SegmentExportColumn[] {
  const wanted = new Set(chosen?.length ? chosen : DEFAULT_SEGMENT_EXPORT_COLUMNS);
  return SEGMENT_EXPORT_COLUMNS.filter((column) => wanted.has(column));
}

/** Headers and cell values of the chosen columns. */
export function exportColumns(
  columns: readonly SegmentExportColumn[],
  options: { contactDetails: boolean },
): CsvColumn<SegmentExportRow>[] {
  return columns.map((column) => ({
    header: SEGMENT_EXPORT_COLUMN_LABELS[column],
    value: !options.contactDetails && CONTACT_DETAILS.has(column) ? () => null : VALUES[column],
  }));
}
