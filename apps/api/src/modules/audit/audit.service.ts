import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AuditAction, AuditChange, AuditEvent, AuditQuery, ListResponse } from '@coalition/contracts';
import { currentContext } from '../../common/request-context';
import { AuditRepository } from './audit.repository';
import { toAuditEvent } from './audit.mapper';

export interface AuditEntry {
  action: AuditAction;
  entityType?: string;
  entityId?: string;
  changes?: AuditChange[];
  details?: Record<string, unknown>;
  /** Who acted when there is no signed-in actor yet (a sign-in attempt). */
  actorEmail?: string;
}

@Injectable()
export class AuditService {
  constructor(
    private readonly repository: AuditRepository,
    private readonly dataSource: DataSource,
  ) {}

  /** Records one event in the caller's transaction, so it exists exactly when the change does. */
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    const context = currentContext();
    await this.repository.insert(manager, {
      actorUserId: context?.actor?.id ?? null,
      actorEmail: context?.actor?.email ?? entry.actorEmail ?? null,
      ip: context?.ip ?? null,
      action: entry.action,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      changes: entry.changes ?? [],
      details: entry.details ?? {},
    });
  }

  /** For events that are not part of a data change (sign-in, refusals): their own transaction. */
  recordAlone(entry: AuditEntry): Promise<void> {
    return this.dataSource.transaction((manager) => this.record(manager, entry));
  }

  async list(query: AuditQuery): Promise<ListResponse<AuditEvent>> {
    const { rows, total } = await this.repository.list(query);
    return { items: rows.map(toAuditEvent), total, page: query.page, pageSize: query.pageSize };
  }

  countFailedSignIns(since: Date, email: string, ip: string | null) {
    return this.repository.countFailedSignIns(since, email, ip);
  }

  redactPerson(manager: EntityManager, contactId: string): Promise<number> {
    return this.repository.redactPerson(manager, contactId);
  }
}
