import type { AuditEvent } from '@coalition/contracts';
import type { AuditEventEntity } from './audit-event.entity';

export function toAuditEvent(e: AuditEventEntity): AuditEvent {
  return {
    id: Number(e.id),
    at: e.at.toISOString(),
    actor: { id: e.actorUserId, email: e.actorEmail },
    ip: e.ip,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    changes: e.changes,
    details: e.details,
  };
}
