import type { AuditAction } from '@coalition/contracts';
import { Tag } from 'antd';
import { AUDIT_ACTION_COLORS, AUDIT_ACTION_LABELS } from './audit-labels';

export function AuditActionTag({ action }: { action: AuditAction }) {
  return <Tag color={AUDIT_ACTION_COLORS[action]}>{AUDIT_ACTION_LABELS[action]}</Tag>;
}
