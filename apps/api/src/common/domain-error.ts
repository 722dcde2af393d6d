import type { FieldError } from '@coalition/contracts';

/** What went wrong, in terms the HTTP edge maps to a status (see api-exception.filter.ts). */
export type DomainErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'unprocessable'
  | 'rate_limited';

/**
 * The one error type domains throw. `code` is stable and machine-readable
 * (e.g. `organization_not_found`); `message` is for people.
 */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    readonly fields?: FieldError[],
    /** Extra body members, e.g. the current record on a version conflict. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
