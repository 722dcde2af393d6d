import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EraseContactInput } from '@coalition/contracts';
import { DomainError } from '../../common/domain-error';
import { AuditService } from '../audit/audit.service';
import { ImportsService } from '../imports/imports.service';
import { ReportsService } from '../reports/reports.service';
import { contactNotFound } from './contacts.errors';
import { ContactsRepository } from './contacts.repository';
import { displayNameOf } from './contacts.rules';

export interface ErasureResult {
  erased: true;
  redactedAuditEvents: number;
}

/**
 * "Forget this person" (a data-subject request). Removes the contact row with its emails,
 * phones, affiliations, engagement score and imported rows, and blanks the person's values in earlier audit events; counts in
 * reports stay, without a name. The erasure itself is audited with its reason only.
 */
@Injectable()
export class ContactsErasureService {
  constructor(
    private readonly contacts: ContactsRepository,
    private readonly audit: AuditService,
    private readonly reports: ReportsService,
    private readonly imports: ImportsService,
    private readonly dataSource: DataSource,
  ) {}

  async erase(id: string, input: EraseContactInput): Promise<ErasureResult> {
    return this.dataSource.transaction(async (manager) => {
      const contact = await this.contacts.findById(id, manager);
      if (!contact) throw contactNotFound(id);
      const name = displayNameOf(contact);
      if (input.confirmName.trim().toLocaleLowerCase() !== name.toLocaleLowerCase()) {
        throw new DomainError('invalid', 'erasure_not_confirmed', `Type the person's name, ${name}, to confirm`, [
          { path: 'confirmName', message: `must be the person's name as shown (${name})` },
        ]);
      }
      await this.contacts.deleteForErasure(manager, id);
      await this.reports.forget(manager, 'contact', id);
      await this.imports.forgetPerson(manager, id);
      const redactedAuditEvents = await this.audit.redactPerson(manager, id);
      await this.audit.record(manager, { action: 'erase', entityType: 'contact', entityId: id, details: { reason: input.reason } });
      return { erased: true, redactedAuditEvents };
    });
  }
}
