import { type EntityManager, QueryFailedError } from 'typeorm';

/**
 * Runs hand-written SQL with named parameters (`:name`), turned into positional ones by
 * TypeORM's driver, so values are never spliced into the text. Arrays are passed whole:
 * write `= ANY(CAST(:ids AS uuid[]))`. Avoid parameter names that are type names
 * (`:int`, `:date`), since `x::int` would then be read as a parameter.
 */
export async function namedQuery<T>(
  manager: EntityManager,
  sql: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const [text, values] = manager.connection.driver.escapeQueryWithParameters(sql, params);
  return manager.query<T[]>(text, values);
}

/** Escapes LIKE wildcards so a search for "100%" means the characters, not a pattern. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The constraint PostgreSQL named when it refused a write with `sqlState` (e.g. 23503), if any. */
export function violatedConstraint(
  error: unknown,
  sqlState: '23503' | '23505' | '23514',
): string | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === sqlState ? driverError.constraint : undefined;
}

export const FOREIGN_KEY_VIOLATION = '23503';
export const UNIQUE_VIOLATION = '23505';
