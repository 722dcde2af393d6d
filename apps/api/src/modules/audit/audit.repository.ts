import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AuditQuery } from '@coalition/contracts';
import { AuditEventEntity } from './audit-event.entity';

export type NewAuditEvent = Omit<AuditEventEntity, 'id' | 'at'>;

/** Every query of the audit trail. There is deliberately no update or delete. */
@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, e: NewAuditEvent): Promise<void> {
    await manager.query(
      `INSERT INTO audit_event (actor_user_id, actor_email, ip, action, entity_type, entity_id, changes, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8::jsonb)`,
      [e.actorUserId, e.actorEmail, e.ip, e.action, e.entityType, e.entityId, JSON.stringify(e.changes), JSON.stringify(e.details)],
    );
  }

  async list(query: AuditQuery): Promise<{ rows: AuditEventEntity[]; total: number }> {
    const qb = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('a');
    if (query.userId) qb.andWhere('a.actor_user_id = :userId', { userId: query.userId });
    if (query.entityType) qb.andWhere('a.entity_type = :entityType', { entityType: query.entityType });
    if (query.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: query.entityId });
    if (query.action) qb.andWhere('a.action IN (:...actions)', { actions: query.action });
    if (query.from) qb.andWhere('a.at >= :from::date', { from: query.from });
    if (query.to) qb.andWhere(`a.at < (:to::date + interval '1 day')`, { to: query.to });
    const total = await qb.getCount();
    const rows = await qb
      .orderBy('a.at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getMany();
    return { rows, total };
  }

  /** Failed sign-ins in the window, by account and by address: the rate limiter's memory. */
  async countFailedSignIns(since: Date, email: string, ip: string | null): Promise<{ byEmail: number; byIp: number }> {
    const [row] = await this.dataSource.query<{ by_email: number; by_ip: number }[]>(
      `SELECT count(*) FILTER (WHERE lower(details->>'email') = lower($2))::int AS by_email,
              count(*) FILTER (WHERE ip = $3)::int AS by_ip
         FROM audit_event
        WHERE action = 'sign_in_failed' AND at > $1`,
      [since, email, ip],
    );
    return { byEmail: row.by_email, byIp: row.by_ip };
  }

  /**
   * Erasure: blanks the values of earlier events about one person (the events themselves stay,
   * so the trail still shows that something happened). The append-only trigger allows this
   * only inside a transaction that set coalition.audit_redaction.
   */
  async redactPerson(manager: EntityManager, contactId: string): Promise<number> {
    await manager.query(`SELECT set_config('coalition.audit_redaction', 'on', true)`);
    const result: unknown = await manager.query(
      `UPDATE audit_event SET changes = '[]'::jsonb, details = jsonb_build_object('redacted', true)
        WHERE (entity_type = 'contact' AND entity_id = $1) OR details->>'contactId' = $1`,
      [contactId],
    );
    await manager.query(`SELECT set_config('coalition.audit_redaction', 'off', true)`);
    return Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0;
  }
}
