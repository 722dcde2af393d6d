import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AffiliationDetail, CreateAffiliation, UpdateAffiliation } from '@coalition/contracts';
import { isUniqueViolation } from '../../common/database-errors';
import { AffiliationsRepository } from './affiliations.repository';
import {
  affiliationDatesInvalid,
  affiliationDuplicate,
  affiliationNotFound,
  affiliationOrganizationUnknown,
  affiliationVersionConflict,
  contactNotFound,
} from './contacts.errors';
import { toAffiliationDetail } from './contacts.mapper';
import { ContactsRepository } from './contacts.repository';

const CURRENT_KEY = 'affiliation_current_key';
const ORGANIZATION_FKEY = 'affiliation_organization_fkey';

/** A contact's affiliations with member organizations: add, change (or end), remove. */
import { diffChanges } from '../audit/audit-diff';
import { AuditService } from '../audit/audit.service';
import { isForeignKeyViolation } from '../../common/database-errors';
@Injectable()
export class AffiliationsService {
  constructor(
    private readonly repository: AffiliationsRepository,
    private readonly contacts: ContactsRepository,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async add(contactId: string, input: CreateAffiliation): Promise<AffiliationDetail> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.contacts.exists(contactId, manager))) throw contactNotFound(contactId);
      const id = await this.insertOne(manager, contactId, input, '');
      await this.audit.record(manager, { action: 'create', entityType: 'affiliation', entityId: id, changes: diffChanges(null, input), details: { contactId } });
      return this.get(contactId, id, manager);
    });
  }

  /**
   * Inserts a new contact's affiliations inside its transaction. One at a time, so a refusal
   * names the item: `affiliations.2.organizationId`.
   */
  async addAll(
    manager: EntityManager,
    contactId: string,
    inputs: CreateAffiliation[],
  ): Promise<void> {
    for (const [index, input] of inputs.entries()) {
      await this.insertOne(manager, contactId, input, `affiliations.${index}.`);
    }
  }

  async get(
    contactId: string,
    affiliationId: string,
    manager?: EntityManager,
  ): Promise<AffiliationDetail> {
    const row = await this.repository.findOne(contactId, affiliationId, manager);
    if (!row) throw affiliationNotFound(contactId, affiliationId);
    return toAffiliationDetail(row);
  }

  /** Ending an affiliation is setting `endedOn`; sending `endedOn: null` makes it current again. */
  async update(
    contactId: string,
    affiliationId: string,
    input: UpdateAffiliation,
  ): Promise<AffiliationDetail> {
    const { version, ...changes } = input;
    return this.dataSource.transaction(async (manager) => {
      const current = await this.get(contactId, affiliationId, manager);
      const startedOn = changes.startedOn === undefined ? current.startedOn : changes.startedOn;
      const endedOn = changes.endedOn === undefined ? current.endedOn : changes.endedOn;
      if (startedOn && endedOn && endedOn < startedOn) throw affiliationDatesInvalid('endedOn');
      const updated = await this.repository
        .update(manager, affiliationId, version, changes)
        .catch((error: unknown) => {
          throw this.refusal(error, '', current.organizationId);
        });
      if (!updated) throw affiliationVersionConflict(current);
      await this.audit.record(manager, { action: 'update', entityType: 'affiliation', entityId: affiliationId, changes: diffChanges(current, changes), details: { contactId } });
      return this.get(contactId, affiliationId, manager);
    });
  }

  /** Removes a mistaken affiliation; one that ended is kept and given an end date instead. */
  async remove(contactId: string, affiliationId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const deleted = await this.repository.delete(manager, contactId, affiliationId);
      if (!deleted) throw affiliationNotFound(contactId, affiliationId);
      await this.audit.record(manager, { action: 'delete', entityType: 'affiliation', entityId: affiliationId, details: { contactId } });
    });
  }

  private insertOne(
    manager: EntityManager,
    contactId: string,
    input: CreateAffiliation,
    path: string,
  ): Promise<string> {
    const row = {
      contactId,
      organizationId: input.organizationId,
      role: input.role,
      startedOn: input.startedOn ?? null,
      endedOn: input.endedOn ?? null,
      note: input.note ?? null,
    };
    return this.repository.insert(manager, row).catch((error: unknown) => {
      throw this.refusal(error, path, input.organizationId);
    });
  }

  /**
   * Turns the database's refusals into answers naming the field. The organization's existence
   * is checked by the foreign key, not by reading the organizations domain's table.
   */
  private refusal(error: unknown, path: string, organizationId: string): unknown {
    if (isUniqueViolation(error, CURRENT_KEY)) return affiliationDuplicate(`${path}role`);
    if (isForeignKeyViolation(error, ORGANIZATION_FKEY)) {
      return affiliationOrganizationUnknown(`${path}organizationId`, organizationId);
    }
    return error;
  }
}
