import type { DataSource } from 'typeorm';
import type { AffiliationRole, EmailLabel, PhoneLabel } from '@coalition/contracts';
import { AffiliationEntity } from '../../src/modules/contacts/affiliation.entity';
import { ContactEmailEntity } from '../../src/modules/contacts/contact-email.entity';
import { ContactEntity } from '../../src/modules/contacts/contact.entity';
import { ContactPhoneEntity } from '../../src/modules/contacts/contact-phone.entity';

export type ContactFields = Partial<Omit<ContactEntity, 'id' | 'municipality'>>;

export interface ContactFixture extends ContactFields {
  /** The first is primary unless one says otherwise. */
  emails?: { address: string; label?: EmailLabel; primary?: boolean }[];
  phones?: { number: string; label?: PhoneLabel; primary?: boolean }[];
  affiliations?: {
    organizationId: string;
    role: AffiliationRole;
    startedOn?: string | null;
    endedOn?: string | null;
    note?: string | null;
  }[];
}

let sequence = 0;

/** A valid contact row; tests override only what they assert on. */
export function buildContact(overrides: ContactFields = {}): ContactFields {
  sequence += 1;
  return {
    firstName: `Test${sequence}`,
    lastName: 'Person',
    city: 'Boston',
    languages: ['en'],
    ...overrides,
  };
}

function primaryIndex(items: { primary?: boolean }[]): number {
  const marked = items.findIndex((i) => i.primary);
  return marked === -1 ? 0 : marked;
}

/** Inserts contacts with their emails, phones and affiliations, bypassing the API. */
export async function insertContacts(
  dataSource: DataSource,
  ...fixtures: ContactFixture[]
): Promise<ContactEntity[]> {
  return dataSource.transaction(async (manager) => {
    const saved: ContactEntity[] = [];
    for (const { emails = [], phones = [], affiliations = [], ...fields } of fixtures) {
      const contact = await manager.save(manager.create(ContactEntity, buildContact(fields)));
      const emailPrimary = primaryIndex(emails);
      const phonePrimary = primaryIndex(phones);
      for (const [position, e] of emails.entries()) {
        await manager.insert(ContactEmailEntity, {
          contactId: contact.id,
          address: e.address,
          label: e.label ?? 'personal',
          primary: position === emailPrimary,
          position,
        });
      }
      for (const [position, p] of phones.entries()) {
        await manager.insert(ContactPhoneEntity, {
          contactId: contact.id,
          number: p.number,
          label: p.label ?? 'mobile',
          primary: position === phonePrimary,
          position,
        });
      }
      for (const a of affiliations) {
        await manager.insert(AffiliationEntity, {
          contactId: contact.id,
          organizationId: a.organizationId,
          role: a.role,
          startedOn: a.startedOn ?? null,
          endedOn: a.endedOn ?? null,
          note: a.note ?? null,
        });
      }
      saved.push(contact);
    }
    return saved;
  });
}
