import {
  type AffiliationRole,
  CONSENT_CHANNELS,
  type ConsentChannel,
  type ConsentInputs,
  type ContactDetail,
  type CreateContact,
  type CreateContactInput,
  type EmailLabel,
  type LanguageCode,
  type PhoneLabel,
  type UpdateContactInput,
} from '@coalition/contracts';

export interface EmailValue {
  address?: string;
  label: EmailLabel;
}
export interface PhoneValue {
  number?: string;
  label: PhoneLabel;
}
export interface ConsentValue {
  granted: boolean;
  /** How it was given: "sign-up form at the 2025 lobby day", "said so on a call"… */
  source?: string | null;
}

/** What the form holds. Emails and phones are in order: the first is the primary one. */
export interface ContactFormValues {
  firstName?: string;
  lastName?: string;
  preferredName?: string | null;
  pronouns?: string | null;
  emails: EmailValue[];
  phones: PhoneValue[];
  languages: LanguageCode[];
  city?: string | null;
  consent: Record<ConsentChannel, ConsentValue>;
  tags: string[];
  notes?: string | null;
  /** Creating only: a first organization the person belongs to, and their role there. */
  organizationId?: string;
  role?: AffiliationRole;
}

export const NEW_EMAIL: EmailValue = { address: '', label: 'personal' };
export const NEW_PHONE: PhoneValue = { number: '', label: 'mobile' };

const NO_CONSENT: ConsentValue = { granted: false, source: null };

export function newContactValues(organizationId?: string): ContactFormValues {
  return {
    emails: [],
    phones: [],
    languages: [],
    tags: [],
    consent: { email: NO_CONSENT, sms: NO_CONSENT, phone: NO_CONSENT },
    organizationId,
  };
}

/** The primary one first, as the form shows it (and as it will send it back). */
function primaryFirst<T extends { primary: boolean }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => Number(b.primary) - Number(a.primary));
}

export function toContactFormValues(contact: ContactDetail): ContactFormValues {
  const consentOf = (channel: ConsentChannel): ConsentValue => ({
    granted: contact.consent[channel].granted,
    source: contact.consent[channel].source,
  });
  return {
    firstName: contact.firstName,
    lastName: contact.lastName,
    preferredName: contact.preferredName,
    pronouns: contact.pronouns,
    emails: primaryFirst(contact.emails).map(({ address, label }) => ({ address, label })),
    phones: primaryFirst(contact.phones).map(({ number, label }) => ({ number, label })),
    languages: contact.languages,
    city: contact.city,
    consent: { email: consentOf('email'), sms: consentOf('sms'), phone: consentOf('phone') },
    tags: contact.tags,
    notes: contact.notes,
  };
}

/** Form values → what `createContactSchema` parses. */
export function toContactInput(values: ContactFormValues): CreateContactInput {
  const { organizationId, role, emails, phones, consent, city, ...rest } = values;
  const wantsAffiliation = Boolean(organizationId) || Boolean(role);
  return {
    ...rest,
    firstName: rest.firstName ?? '',
    lastName: rest.lastName ?? '',
    city: city ?? null,
    emails: emails.map((e, i) => ({ address: e.address ?? '', label: e.label, primary: i === 0 })),
    phones: phones.map((p, i) => ({ number: p.number ?? '', label: p.label, primary: i === 0 })),
    consent: Object.fromEntries(
      CONSENT_CHANNELS.map((ch) => [
        ch,
        { granted: consent[ch].granted, source: consent[ch].source },
      ]),
    ),
    // Either half alone is a mistake the schema names (organization or role missing).
    affiliations: wantsAffiliation
      ? [{ organizationId: organizationId as string, role: role as AffiliationRole }]
      : [],
  };
}

/**
 * A new person's consent: only the channels with something to record. An untouched channel is
 * left out, so its date stays unknown rather than "refused today".
 */
export function createBody(data: CreateContact): CreateContactInput {
  const consent: ConsentInputs = {};
  for (const channel of CONSENT_CHANNELS) {
    const given = data.consent[channel];
    if (given && (given.granted || given.source)) consent[channel] = given;
  }
  return { ...data, consent };
}

const sameValue = (a: unknown, b: unknown): boolean =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

const SIMPLE_FIELDS = [
  'firstName',
  'lastName',
  'preferredName',
  'pronouns',
  'languages',
  'city',
  'tags',
  'notes',
] as const;

/**
 * The PATCH body: only what differs from the record the form was filled from (so the change,
 * and its audit entry, name what was edited), plus the version read: if someone saved in
 * between, the API refuses with 409 rather than overwrite their work. A consent channel is
 * sent only when changed, since sending it records it as of today.
 */
export function contactChanges(base: ContactDetail, data: CreateContact): UpdateContactInput {
  const changes: Record<string, unknown> = {};
  for (const key of SIMPLE_FIELDS) {
    if (!sameValue(data[key], base[key])) changes[key] = data[key];
  }
  const listOf = <T extends { primary: boolean }>(items: readonly T[]) =>
    primaryFirst(items).map((item, i) => ({ ...item, primary: i === 0 }));
  if (!sameValue(data.emails, listOf(base.emails))) changes.emails = data.emails;
  if (!sameValue(data.phones, listOf(base.phones))) changes.phones = data.phones;

  const consent: ConsentInputs = {};
  for (const channel of CONSENT_CHANNELS) {
    const next = data.consent[channel];
    const before = base.consent[channel];
    if (next && (next.granted !== before.granted || !sameValue(next.source, before.source))) {
      consent[channel] = next;
    }
  }
  if (Object.keys(consent).length > 0) changes.consent = consent;
  return { ...changes, version: base.version };
}

export function hasChanges(update: UpdateContactInput): boolean {
  return Object.keys(update).some((key) => key !== 'version');
}
