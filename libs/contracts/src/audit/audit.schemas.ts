import { z } from 'zod';
import { enumOf } from '../common/enums';
import { dateField } from '../common/fields';
import { idSchema } from '../common/ids';
import { listResponseSchema, pageQueryShape } from '../common/pagination';
import { listParam } from '../common/query';

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'archive',
  'restore',
  'delete',
  'erase',
  'export',
  'import',
  'sign_in',
  'sign_in_failed',
  'sign_out',
  'password_change',
  'invitation_accepted',
  'permission_denied',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const auditChangeSchema = z.object({
  field: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditChange = z.infer<typeof auditChangeSchema>;

export const auditEventSchema = z.object({
  id: z.number().int(),
  at: z.iso.datetime(),
  actor: z.object({ id: z.uuid().nullable(), email: z.string().nullable() }),
  ip: z.string().nullable(),
  action: z.enum(AUDIT_ACTIONS),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  changes: z.array(auditChangeSchema),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditQuerySchema = z.strictObject({
  ...pageQueryShape,
  userId: idSchema.optional(),
  entityType: z.string().max(40).optional(),
  entityId: z.string().max(60).optional(),
  action: listParam(enumOf(AUDIT_ACTIONS)),
  from: dateField.optional(),
  to: dateField.optional(),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;
export const auditListResponseSchema = listResponseSchema(auditEventSchema);
