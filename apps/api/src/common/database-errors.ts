import { FOREIGN_KEY_VIOLATION, UNIQUE_VIOLATION, violatedConstraint } from './sql-query';

/** True when `error` is PostgreSQL's unique violation (23505) on the named constraint or index. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  return violatedConstraint(error, UNIQUE_VIOLATION) === constraint;
}

/** True when `error` is PostgreSQL's foreign-key violation (23503) on the named constraint. */
export function isForeignKeyViolation(error: unknown, constraint: string): boolean {
  return violatedConstraint(error, FOREIGN_KEY_VIOLATION) === constraint;
}
