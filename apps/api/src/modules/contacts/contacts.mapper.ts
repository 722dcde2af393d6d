import type {
  AffiliationDetail,
  ConsentInputs,
  ContactDetail,
  ContactOrganization,
  ContactSummary,
  County,
  LanguageCode,
} from '@coalition/contracts';
import type { AffiliationRow } from './affiliations.repository';
import type { ContactEmailEntity } from './contact-email.entity';
import type { ContactEntity } from './contact.entity';
import type { ContactPhoneEntity } from './contact-phone.entity';
import type { ContactColumns } from './contacts.repository';
import { displayNameOf } from './contacts.rules';

/** What a list item adds to the contact row: fetched for the whole page at once. */
export interface ContactListExtras {
  primaryEmail: string | null;
  primaryPhone: string | null;
  organizations: ContactOrganization[];
}

function iso(value: Date | string): string {
  return new Date(value).toISOString();
}

function basics(c: ContactEntity) {
  return {
    id: c.id,
    firstName: c.firstName,
    lastName: c.lastName,
    preferredName: c.preferredName,
    displayName: displayNameOf(c),
    languages: c.languages as LanguageCode[],
    city: c.city,
    county: (c.municipality?.county ?? null) as County | null,
    tags: c.tags,
  };
}

export function toContactSummary(c: ContactEntity, extras: ContactListExtras): ContactSummary {
  return {
    ...basics(c),
    primaryEmail: extras.primaryEmail,
    primaryPhone: extras.primaryPhone,
    organizations: extras.organizations,
    consent: {
      email: c.consentEmailGranted,
      sms: c.consentSmsGranted,
      phone: c.consentPhoneGranted,
    },
  };
}

export function toAffiliationDetail(a: AffiliationRow): AffiliationDetail {
  return {
    id: a.id,
    contactId: a.contactId,
    organizationId: a.organizationId,
    organizationName: a.organizationName,
    role: a.role,
    startedOn: a.startedOn,
    endedOn: a.endedOn,
    note: a.note,
    current: a.endedOn === null,
    version: a.version,
    createdAt: iso(a.createdAt),
    updatedAt: iso(a.updatedAt),
  };
}

export function toContactOrganization(a: AffiliationRow): ContactOrganization {
  return { organizationId: a.organizationId, organizationName: a.organizationName, role: a.role };
}

export function toContactDetail(
  c: ContactEntity,
  emails: ContactEmailEntity[],
  phones: ContactPhoneEntity[],
  affiliations: AffiliationRow[],
): ContactDetail {
  return {
    ...basics(c),
    pronouns: c.pronouns,
    primaryEmail: emails.find((e) => e.primary)?.address ?? null,
    primaryPhone: phones.find((p) => p.primary)?.number ?? null,
    emails: emails.map((e) => ({ address: e.address, label: e.label, primary: e.primary })),
    phones: phones.map((p) => ({ number: p.number, label: p.label, primary: p.primary })),
    consent: {
      email: {
        granted: c.consentEmailGranted,
        recordedOn: c.consentEmailRecordedOn,
        source: c.consentEmailSource,
      },
      sms: {
        granted: c.consentSmsGranted,
        recordedOn: c.consentSmsRecordedOn,
        source: c.consentSmsSource,
      },
      phone: {
        granted: c.consentPhoneGranted,
        recordedOn: c.consentPhoneRecordedOn,
        source: c.consentPhoneSource,
      },
    },
    affiliations: affiliations.map(toAffiliationDetail),
    notes: c.notes,
    version: c.version,
    archivedAt: c.archivedAt ? iso(c.archivedAt) : null,
    createdAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
  };
}

/**
 * The consent columns for the channels sent. A change without a date is recorded as made
 * `today`; an explicit null keeps the date unknown.
 */
export function toConsentColumns(
  consent: ConsentInputs | undefined,
  today: string,
): ContactColumns {
  const columns: ContactColumns = {};
  const { email, sms, phone } = consent ?? {};
  if (email) {
    columns.consentEmailGranted = email.granted;
    columns.consentEmailRecordedOn = email.recordedOn === undefined ? today : email.recordedOn;
    columns.consentEmailSource = email.source ?? null;
  }
  if (sms) {
    columns.consentSmsGranted = sms.granted;
    columns.consentSmsRecordedOn = sms.recordedOn === undefined ? today : sms.recordedOn;
    columns.consentSmsSource = sms.source ?? null;
  }
  if (phone) {
    columns.consentPhoneGranted = phone.granted;
    columns.consentPhoneRecordedOn = phone.recordedOn === undefined ? today : phone.recordedOn;
    columns.consentPhoneSource = phone.source ?? null;
  }
  return columns;
}
