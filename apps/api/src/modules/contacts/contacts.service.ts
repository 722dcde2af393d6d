import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type {
  ConsentChannel,
  ContactDetail,
  ContactEmailInput,
  ContactListQuery,
  ContactPhoneInput,
  ContactSummary,
  CreateContact,
  ListResponse,
  OrganizationContact,
  OrganizationContactsQuery,
  UpdateContact,
} from '@coalition/contracts';
import { currentActorCan } from '../../common/request-context';
import { OrganizationsService } from '../organizations/organizations.service';
import type { ContactEntity } from './contact.entity';
import { AffiliationsRepository, type AffiliationRow } from './affiliations.repository';
import { AffiliationsService } from './affiliations.service';
import { contactInvalid, contactNotFound, contactVersionConflict } from './contacts.errors';
import {
  toConsentColumns,
  toContactDetail,
  toContactOrganization,
  toContactSummary,
} from './contacts.mapper';
import { ContactsRepository } from './contacts.repository';
import { channelProblems, emailKey, phoneDigits, withOnePrimary } from './contacts.rules';

/** The date a change is recorded on, when the caller gives none (consent). */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function groupByContact(rows: AffiliationRow[]): Map<string, AffiliationRow[]> {
  const groups = new Map<string, AffiliationRow[]>();
  for (const row of rows) groups.set(row.contactId, [...(groups.get(row.contactId) ?? []), row]);
  return groups;
}

import { diffChanges } from '../audit/audit-diff';
import { AuditService } from '../audit/audit.service';
@Injectable()
export class ContactsService {
  constructor(
    private readonly repository: ContactsRepository,
    private readonly affiliationRows: AffiliationsRepository,
    private readonly affiliations: AffiliationsService,
    private readonly organizations: OrganizationsService,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: ContactListQuery): Promise<ListResponse<ContactSummary>> {
    const { page, pageSize, sort, ...filter } = query;
    // A role that may not see emails and phone numbers must not find people by them either.
    const searchNamesOnly = !currentActorCan('contacts.details');
    const { rows, total } = await this.repository.list(
      { ...filter, searchNamesOnly },
      { page, pageSize, sort },
    );
    return { items: await this.summaries(rows), total, page, pageSize };
  }

  /** The people of one organization, each with the roles they hold (or held) there. */
  async listForOrganization(
    organizationId: string,
    query: OrganizationContactsQuery,
  ): Promise<ListResponse<OrganizationContact>> {
    await this.organizations.get(organizationId); // 404 for an unknown organization
    const { page, pageSize, sort, q, role, includePast = false } = query;
    const filter = {
      q,
      role,
      organizationId: [organizationId],
      includePastAffiliations: includePast,
    };
    const { rows, total } = await this.repository.list(filter, { page, pageSize, sort });
    const ids = rows.map((r) => r.id);
    const [summaries, here] = await Promise.all([
      this.summaries(rows),
      this.affiliationRows.atOrganization(organizationId, ids, includePast),
    ]);
    const rolesByContact = groupByContact(here);
    const items = summaries.map((summary) => ({
      ...summary,
      roles: (rolesByContact.get(summary.id) ?? []).map((a) => ({
        affiliationId: a.id,
        role: a.role,
        startedOn: a.startedOn,
        endedOn: a.endedOn,
        current: a.endedOn === null,
      })),
    }));
    return { items, total, page, pageSize };
  }

  /**
   * Where to reach each listed contact on a channel, as it stands now: their primary phone
   * number (calls and texts) or primary email address. Contacts without one are left out.
   */
  reachOn(contactIds: string[], channel: ConsentChannel): Promise<Map<string, string>> {
    return channel === 'email' ? this.repository.primaryEmails(contactIds) : this.repository.primaryPhones(contactIds);
  }

  async get(id: string, manager?: EntityManager): Promise<ContactDetail> {
    const contact = await this.repository.findById(id, manager);
    if (!contact) throw contactNotFound(id);
    // One after another: inside a transaction on the embedded database there is one connection.
    const emails = await this.repository.emailsOf(id, manager);
    const phones = await this.repository.phonesOf(id, manager);
    const affiliations = await this.affiliationRows.forContact(id, manager);
    return toContactDetail(contact, emails, phones, affiliations);
  }

  /** Creates the contact with its emails, phones and affiliations, all or nothing. */
  async create(input: CreateContact): Promise<ContactDetail> {
    // Refused before a transaction is opened; createIn checks again for its other callers.
    this.checkChannels(input.emails, input.phones);
    return this.dataSource.transaction((manager) => this.createIn(manager, input));
  }

  /** The same, inside the caller's transaction (a meeting's sign-in sheet adds people with their attendance). */
  async createIn(manager: EntityManager, input: CreateContact): Promise<ContactDetail> {
    const { emails, phones, affiliations, consent, ...columns } = input;
    this.checkChannels(emails, phones);
    const id = await this.repository.insert(manager, {
      ...columns,
      ...toConsentColumns(consent, today()),
    });
    await this.repository.replaceEmails(manager, id, withOnePrimary(emails));
    await this.repository.replacePhones(manager, id, withOnePrimary(phones));
    await this.affiliations.addAll(manager, id, affiliations);
    const created = await this.get(id, manager);
    await this.audit.record(manager, { action: 'create', entityType: 'contact', entityId: id, changes: diffChanges(null, { ...columns, consent, emails, phones, affiliations }) });
    return created;
  }

  /** Changes the fields sent; `emails` or `phones`, when sent, replace the whole list. */
  async update(id: string, input: UpdateContact): Promise<ContactDetail> {
    const { version, emails, phones, consent, ...columns } = input;
    this.checkChannels(emails ?? [], phones ?? []);
    return this.dataSource.transaction(async (manager) => {
      const current = await this.get(id, manager);
      const changes = { ...columns, ...toConsentColumns(consent, today()) };
      if (!(await this.repository.updateIfVersion(manager, id, version, changes))) {
        throw contactVersionConflict(current);
      }
      if (emails) await this.repository.replaceEmails(manager, id, withOnePrimary(emails));
      if (phones) await this.repository.replacePhones(manager, id, withOnePrimary(phones));
      const after = await this.get(id, manager);
      const sent = Object.fromEntries(Object.keys({ ...columns, ...(consent ? { consent } : {}), ...(emails ? { emails } : {}), ...(phones ? { phones } : {}) }).map((k) => [k, after[k as keyof ContactDetail]]));
      await this.audit.record(manager, { action: 'update', entityType: 'contact', entityId: id, changes: diffChanges(current, sent) });
      return after;
    });
  }

  /** Archiving hides a contact from lists but keeps its history; it can be restored. */
  async setArchived(id: string, version: number, archived: boolean): Promise<ContactDetail> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.get(id, manager);
      const updated = await this.repository.updateIfVersion(manager, id, version, {
        archivedAt: archived ? new Date() : null,
      });
      if (!updated) throw contactVersionConflict(current);
      await this.audit.record(manager, { action: archived ? 'archive' : 'restore', entityType: 'contact', entityId: id });
      return this.get(id, manager);
    });
  }

  /** The same address or number twice, or two primaries, is refused naming the item. */
  private checkChannels(emails: ContactEmailInput[], phones: ContactPhoneInput[]): void {
    const problems = [
      ...channelProblems(emails, 'emails', 'address', (e) => emailKey(e.address)),
      ...channelProblems(phones, 'phones', 'number', (p) => phoneDigits(p.number)),
    ];
    if (problems.length) throw contactInvalid(problems);
  }

  /** List items for one page: primary email, primary phone and current organizations, one query each. */
  private async summaries(rows: ContactEntity[]): Promise<ContactSummary[]> {
    const ids = rows.map((r) => r.id);
    const [emails, phones, current] = await Promise.all([
      this.repository.primaryEmails(ids),
      this.repository.primaryPhones(ids),
      this.affiliationRows.current(ids),
    ]);
    const organizations = groupByContact(current);
    return rows.map((row) =>
      toContactSummary(row, {
        primaryEmail: emails.get(row.id) ?? null,
        primaryPhone: phones.get(row.id) ?? null,
        organizations: (organizations.get(row.id) ?? []).map(toContactOrganization),
      }),
    );
  }
}
