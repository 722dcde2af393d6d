import { AUDIT_ACTIONS, type AuditAction } from '@coalition/contracts';

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  create: 'Created',
  update: 'Updated',
  archive: 'Archived',
  restore: 'Restored',
  delete: 'Deleted',
  erase: 'Erased',
  export: 'Exported',
  import: 'Imported',
  sign_in: 'Signed in',
  sign_in_failed: 'Sign-in failed',
  sign_out: 'Signed out',
  password_change: 'Password changed',
  invitation_accepted: 'Invitation accepted',
  permission_denied: 'Permission denied',
};

/** Writes in calm colours; what removes data or was refused stands out in red. */
export const AUDIT_ACTION_COLORS: Record<AuditAction, string> = {
  create: 'green',
  update: 'blue',
  archive: 'orange',
  restore: 'cyan',
  delete: 'red',
  erase: 'red',
  export: 'purple',
  import: 'geekblue',
  sign_in: 'default',
  sign_in_failed: 'volcano',
  sign_out: 'default',
  password_change: 'geekblue',
  invitation_accepted: 'lime',
  permission_denied: 'red',
};

export const AUDIT_ACTION_OPTIONS = AUDIT_ACTIONS.map((value) => ({
  value,
  label: AUDIT_ACTION_LABELS[value],
}));

/**
 * The kinds of record the API writes to the trail (`entityType`). The contracts do not list
 * them, so a type missing here still shows and filters, under its raw name.
 */
const ENTITY_TYPE_LABELS: Record<string, string> = {
  organization: 'Organization',
  contact: 'Contact',
  issue: 'Issue',
  campaign: 'Campaign',
  meeting: 'Meeting',
  user: 'User',
};

export function entityTypeLabel(entityType: string): string {
  return ENTITY_TYPE_LABELS[entityType] ?? entityType;
}

export function entityTypeOptions(current: string | undefined) {
  const types = Object.keys(ENTITY_TYPE_LABELS);
  if (current && !types.includes(current)) types.push(current);
  return types.map((value) => ({ value, label: entityTypeLabel(value) }));
}

/** A before or after value as text: absent values say so instead of showing nothing. */
export function formatAuditValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
