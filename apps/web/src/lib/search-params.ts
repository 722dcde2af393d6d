/**
 * Reading list state from the URL: a hand-edited or outdated address still opens a working
 * view, because values that make no sense fall back to defaults instead of failing the request.
 */

export function isOneOf<T extends string>(allowed: readonly T[]) {
  return (value: string): value is T => (allowed as readonly string[]).includes(value);
}

/** A repeatable parameter (`?role=a&role=b`, or `?role=a,b`), unknown values dropped. */
export function readList<T extends string>(
  params: URLSearchParams,
  key: string,
  allowed: readonly T[],
): T[] | undefined {
  const values = params
    .getAll(key)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(isOneOf(allowed));
  return values.length > 0 ? [...new Set(values)] : undefined;
}

/** A whole number from 1 to `max`, or `fallback`. */
export function readInt(raw: string | null, fallback: number, max: number): number {
  const n = Number(raw);
  return raw !== null && Number.isInteger(n) && n >= 1 && n <= max ? n : fallback;
}

/** Trimmed text of at most `max` characters; blank is absent. */
export function readText(raw: string | null, max: number): string | undefined {
  return raw?.trim().slice(0, max) || undefined;
}

/** A calendar day as `YYYY-MM-DD` that exists (not `2025-02-30`); otherwise absent. */
export function readDate(raw: string | null): string | undefined {
  if (!raw || !/^\d{4}-\d{2}-\d{2}$/.test(raw)) return undefined;
  const date = new Date(`${raw}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(raw) ? raw : undefined;
}
