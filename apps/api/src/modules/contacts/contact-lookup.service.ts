import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { currentActorCan } from '../../common/request-context';
import { ContactLookupRepository, type KeyMatchRow, type PersonRow } from './contact-lookup.repository';
import { emailKey, phoneDigits, phoneSearchDigits } from './contacts.rules';

export type { KeyMatchRow, PersonRow } from './contact-lookup.repository';

/** The fewest digits that make a phone number worth comparing whole. */
const MIN_PHONE_DIGITS = 7;

/**
 * Finding people for other domains (meetings): by name, email or phone, accents and case
 * ignored; likely duplicates; and the checks a write about people needs.
 */
@Injectable()
export class ContactLookupService {
  constructor(private readonly repository: ContactLookupRepository) {}

  people(ids: string[], manager?: EntityManager): Promise<PersonRow[]> {
    return this.repository.people(ids, manager);
  }

  /** Which of the ids are contacts, and whether each is archived (unknown ids are absent). */
  states(ids: string[], manager: EntityManager): Promise<Map<string, { archived: boolean }>> {
    return this.repository.states([...new Set(ids)], manager);
  }

  /** `contactId:organizationId` keys of the pairs where the person is or ever was affiliated. */
  everAffiliated(pairs: { contactId: string; organizationId: string }[], manager: EntityManager): Promise<Set<string>> {
    return this.repository.everAffiliated(pairs, manager);
  }

  /** People matching `q`; roles without contacts.details find by name only (no probing emails). */
  async search(q: string, limit: number): Promise<PersonRow[]> {
    const namesOnly = !currentActorCan('contacts.details');
    return this.people(await this.repository.search(q, phoneSearchDigits(q), namesOnly, limit));
  }

  /** Current people of each organization, by name. */
  async currentPeople(organizationIds: string[], limit: number): Promise<Map<string, PersonRow[]>> {
    const pairs = await this.repository.currentPeople(organizationIds, limit);
    const people = new Map((await this.people([...new Set(pairs.map((p) => p.contactId))])).map((p) => [p.id, p]));
    const byOrganization = new Map<string, PersonRow[]>(organizationIds.map((id) => [id, []]));
    for (const pair of pairs) {
      const person = people.get(pair.contactId);
      if (person) byOrganization.get(pair.organizationId)?.push(person);
    }
    return byOrganization;
  }

  byEmail(email: string): Promise<string[]> {
    return this.repository.byEmail(emailKey(email));
  }

  /** Contacts with a phone of the same digits; numbers too short to tell people apart find nobody. */
  byPhone(phone: string): Promise<string[]> {
    const digits = phoneDigits(phone);
    return digits.length >= MIN_PHONE_DIGITS ? this.repository.byPhoneDigits(digits) : Promise.resolve([]);
  }

  similarNames(firstName: string, lastName: string, organizationId: string | null): Promise<string[]> {
    return this.repository.similarNames(firstName, lastName, organizationId);
  }

  emailMatches(emails: string[]): Promise<KeyMatchRow[]> {
    return this.repository.emailMatches(emails);
  }

  exactNameMatches(names: string[]): Promise<KeyMatchRow[]> {
    return this.repository.exactNameMatches(names);
  }

  fuzzyNameMatches(names: string[]): Promise<KeyMatchRow[]> {
    return this.repository.fuzzyNameMatches(names);
  }
}
