import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, type SelectQueryBuilder } from 'typeorm';
import type {
  ConsentChannel,
  ContactEmailInput,
  ContactListQuery,
  ContactPhoneInput,
  ContactSortField,
} from '@coalition/contracts';
import { ContactEmailEntity } from './contact-email.entity';
import { ContactEntity } from './contact.entity';
import { ContactPhoneEntity } from './contact-phone.entity';
import { phoneSearchDigits } from './contacts.rules';
import { likeContains } from '../../common/sql-query';
import { channelMatches, contactSearchCondition } from './contact-search.sql';

/** What a list can be narrowed by; `includePastAffiliations` widens organization/role filters. */
export type ContactFilter = Pick<
  ContactListQuery,
  | 'q'
  | 'language'
  | 'organizationId'
  | 'role'
  | 'county'
  | 'tag'
  | 'consent'
  | 'hasEmail'
  | 'hasPhone'
> & {
  includePastAffiliations?: boolean;
  /** Match `q` against names only, not emails or phone numbers (for roles that may not see them). */
  searchNamesOnly?: boolean;
};

export type ContactPageRequest = Pick<ContactListQuery, 'page' | 'pageSize' | 'sort'>;

/** The contact columns a write may set (never id, version or timestamps, which the database keeps). */
export type ContactColumns = Partial<
  Omit<ContactEntity, 'id' | 'municipality' | 'version' | 'createdAt' | 'updatedAt'>
>;

const SORT_COLUMNS: Record<ContactSortField, string[]> = {
  name: ['search_key(c.last_name)', 'search_key(c.first_name)'],
  firstName: ['search_key(c.first_name)', 'search_key(c.last_name)'],
  city: ['c.city'],
  county: ['m.county'],
  createdAt: ['c.created_at'],
  updatedAt: ['c.updated_at'],
};

const TIE_BREAKERS = ['search_key(c.last_name)', 'search_key(c.first_name)', 'c.id'];

const CONSENT_COLUMNS: Record<ConsentChannel, string> = {
  email: 'c.consent_email_granted',
  sms: 'c.consent_sms_granted',
  phone: 'c.consent_phone_granted',
};


/** Every query of contacts and their emails and phones. */
@Injectable()
export class ContactsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(
    filter: ContactFilter,
    request: ContactPageRequest,
  ): Promise<{ rows: ContactEntity[]; total: number }> {
    const qb = this.filtered(filter);
    const total = await qb.getCount();
    const direction = request.sort.startsWith('-') ? 'DESC' : 'ASC';
    const columns = SORT_COLUMNS[request.sort.replace(/^-/, '') as ContactSortField];
    qb.orderBy(columns[0], direction, 'NULLS LAST');
    for (const column of columns.slice(1)) qb.addOrderBy(column, direction, 'NULLS LAST');
    // Ties break by name, then id, so pages never overlap. TypeORM keys ORDER BY terms by their
    // text, so a tie-breaker already used above must not be added again (it would replace it).
    for (const column of TIE_BREAKERS) if (!columns.includes(column)) qb.addOrderBy(column, 'ASC');
    const rows = await qb
      .offset((request.page - 1) * request.pageSize)
      .limit(request.pageSize)
      .getMany();
    return { rows, total };
  }

  findById(id: string, manager?: EntityManager): Promise<ContactEntity | null> {
    return (manager ?? this.dataSource.manager)
      .getRepository(ContactEntity)
      .findOne({ where: { id }, relations: { municipality: true } });
  }

  async exists(id: string, manager?: EntityManager): Promise<boolean> {
    return (manager ?? this.dataSource.manager)
      .getRepository(ContactEntity)
      .exists({ where: { id } });
  }

  emailsOf(contactId: string, manager?: EntityManager): Promise<ContactEmailEntity[]> {
    return (manager ?? this.dataSource.manager)
      .getRepository(ContactEmailEntity)
      .find({ where: { contactId }, order: { position: 'ASC' } });
  }

  phonesOf(contactId: string, manager?: EntityManager): Promise<ContactPhoneEntity[]> {
    return (manager ?? this.dataSource.manager)
      .getRepository(ContactPhoneEntity)
      .find({ where: { contactId }, order: { position: 'ASC' } });
  }

  /** The primary email of each listed contact, in one query. */
  async primaryEmails(contactIds: string[]): Promise<Map<string, string>> {
    if (!contactIds.length) return new Map();
    const rows = await this.dataSource.query<{ contactId: string; value: string }[]>(
      `SELECT contact_id AS "contactId", address AS value
         FROM contact_email WHERE contact_id = ANY($1) AND is_primary`,
      [contactIds],
    );
    return new Map(rows.map((r) => [r.contactId, r.value]));
  }

  /** The primary phone number of each listed contact, in one query. */
  async primaryPhones(contactIds: string[]): Promise<Map<string, string>> {
    if (!contactIds.length) return new Map();
    const rows = await this.dataSource.query<{ contactId: string; value: string }[]>(
      `SELECT contact_id AS "contactId", number AS value
         FROM contact_phone WHERE contact_id = ANY($1) AND is_primary`,
      [contactIds],
    );
    return new Map(rows.map((r) => [r.contactId, r.value]));
  }

  async insert(manager: EntityManager, columns: ContactColumns): Promise<string> {
    const result = await manager.insert(ContactEntity, columns);
    return (result.identifiers[0] as { id: string }).id;
  }

  /** Applies `changes` only if the row is still at `version`; false when it is not (or gone). */
  async updateIfVersion(
    manager: EntityManager,
    id: string,
    version: number,
    changes: ContactColumns,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(ContactEntity)
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /** Replaces every email of a contact with `emails`, kept in the order given. */
  async replaceEmails(
    manager: EntityManager,
    contactId: string,
    emails: ContactEmailInput[],
  ): Promise<void> {
    await manager.delete(ContactEmailEntity, { contactId });
    if (!emails.length) return;
    await manager.insert(
      ContactEmailEntity,
      emails.map((e, position) => ({
        contactId,
        address: e.address,
        label: e.label,
        primary: e.primary,
        position,
      })),
    );
  }

  /** Replaces every phone number of a contact with `phones`, kept in the order given. */
  async replacePhones(
    manager: EntityManager,
    contactId: string,
    phones: ContactPhoneInput[],
  ): Promise<void> {
    await manager.delete(ContactPhoneEntity, { contactId });
    if (!phones.length) return;
    await manager.insert(
      ContactPhoneEntity,
      phones.map((p, position) => ({
        contactId,
        number: p.number,
        label: p.label,
        primary: p.primary,
        position,
      })),
    );
  }

  private filtered(filter: ContactFilter): SelectQueryBuilder<ContactEntity> {
    const qb = this.dataSource
      .getRepository(ContactEntity)
      .createQueryBuilder('c')
      .leftJoinAndSelect('c.municipality', 'm')
      .where('c.archived_at IS NULL');
    if (filter.q) this.matchSearch(qb, filter.q, filter.searchNamesOnly ?? false);
    if (filter.language)
      qb.andWhere('c.languages && CAST(:languages AS text[])', { languages: filter.language });
    if (filter.county) qb.andWhere('m.county IN (:...counties)', { counties: filter.county });
    if (filter.tag) qb.andWhere('c.tags && CAST(:tags AS text[])', { tags: filter.tag });
    for (const channel of filter.consent ?? []) qb.andWhere(`${CONSENT_COLUMNS[channel]} = true`);
    if (filter.hasEmail !== undefined) {
      const exists = 'EXISTS (SELECT 1 FROM contact_email e WHERE e.contact_id = c.id)';
      qb.andWhere(filter.hasEmail ? exists : `NOT ${exists}`);
    }
    if (filter.hasPhone !== undefined) {
      const exists = 'EXISTS (SELECT 1 FROM contact_phone p WHERE p.contact_id = c.id)';
      qb.andWhere(filter.hasPhone ? exists : `NOT ${exists}`);
    }
    if (filter.organizationId || filter.role) this.matchAffiliation(qb, filter);
    return qb;
  }

  /**
   * Names and preferred name ignoring case and accents ("jose" finds "José"), any email
   * address, and, when the search looks like a phone number, any number's digits, shaped so
   * the trigram indexes serve it (contact-search.sql). `namesOnly` leaves out the emails and
   * phones, so a role that may not see them cannot probe for them either.
   */
  private matchSearch(qb: SelectQueryBuilder<ContactEntity>, q: string, namesOnly: boolean): void {
    const digits = namesOnly ? undefined : phoneSearchDigits(q);
    qb.andWhere(contactSearchCondition(q, channelMatches(namesOnly, digits)), {
      q: likeContains(q),
      digits: digits && likeContains(digits),
    });
  }

  /** Organization and role filters apply to the same affiliation: "board members of X". */
  private matchAffiliation(qb: SelectQueryBuilder<ContactEntity>, filter: ContactFilter): void {
    const conditions = filter.includePastAffiliations ? ['true'] : ['a.ended_on IS NULL'];
    if (filter.organizationId) conditions.push('a.organization_id IN (:...organizationIds)');
    if (filter.role) conditions.push('a.role IN (:...roles)');
    qb.andWhere(
      `c.id IN (SELECT a.contact_id FROM affiliation a WHERE ${conditions.join(' AND ')})`,
      {
        organizationIds: filter.organizationId,
        roles: filter.role,
      },
    );
  }

  /** Erasure only: the row and, by cascade, its emails, phones and affiliations. */
  async deleteForErasure(manager: EntityManager, id: string): Promise<void> {
    await manager.query('DELETE FROM contact WHERE id = $1', [id]);
  }
}
