import {
  languageLabel,
  MEMBERSHIP_STATUS_LABELS,
  ORGANIZATION_KIND_LABELS,
  type OrganizationDetail,
} from '@coalition/contracts';
import type { CsvColumn } from '../../common/csv-export';

const dollars = (cents: number | null) => (cents === null ? null : (cents / 100).toFixed(2));

/** The columns of an organization export, in the words of the dashboard. */
export const ORGANIZATION_EXPORT_COLUMNS: CsvColumn<OrganizationDetail>[] = [
  { header: 'Name', value: (o) => o.name },
  { header: 'Kind', value: (o) => ORGANIZATION_KIND_LABELS[o.kind] },
  { header: 'Membership', value: (o) => MEMBERSHIP_STATUS_LABELS[o.membershipStatus] },
  { header: 'Joined on', value: (o) => o.joinedOn },
  { header: 'Street address', value: (o) => o.streetAddress },
  { header: 'City or town', value: (o) => o.city },
  { header: 'County', value: (o) => o.county },
  { header: 'ZIP', value: (o) => o.zip },
  { header: 'Website', value: (o) => o.website },
  { header: 'Email', value: (o) => o.email },
  { header: 'Phone', value: (o) => o.phone },
  { header: 'Languages served', value: (o) => o.languages.map(languageLabel).join('; ') },
  { header: 'Annual dues (USD)', value: (o) => dollars(o.annualDuesCents) },
  { header: 'Dues paid through', value: (o) => o.duesPaidThrough },
  { header: 'Tags', value: (o) => o.tags.join('; ') },
  { header: 'Id', value: (o) => o.id },
];
