import type { AuditChange } from '@coalition/contracts';

/** Fields whose values never enter the audit trail, only the fact that they changed. */
const SECRET_FIELDS = new Set(['password', 'passwordHash', 'token', 'csrfToken']);

function normalize(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value === undefined ? null : value;
}

/**
 * The fields that differ between `before` and `after` (only keys present in `after`), with
 * their values; secrets appear as "[redacted]".
 */
export function diffChanges(before: object | null, after: object): AuditChange[] {
  const old = (before ?? {}) as Record<string, unknown>;
  return Object.entries(after).flatMap(([field, value]) => {
    const a = normalize(old[field]);
    const b = normalize(value);
    if (JSON.stringify(a) === JSON.stringify(b)) return [];
    if (SECRET_FIELDS.has(field)) return [{ field, before: '[redacted]', after: '[redacted]' }];
    return [{ field, before: before ? a : null, after: b }];
  });
}
