import type { RowMatch, RowProblem } from '@coalition/contracts';
import type { RowValues } from './import-kind';

/** A text value of the row, or null when blank or absent. */
export function textOf(values: RowValues, field: string): string | null {
  const value = values[field];
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

export function listOf(values: RowValues, field: string): string[] | null {
  const value = values[field];
  if (!Array.isArray(value)) return null;
  const items = value.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  return items.length ? [...new Set(items)] : null;
}

export function booleanOf(values: RowValues, field: string): boolean | null {
  const value = values[field];
  return typeof value === 'boolean' ? value : null;
}

export function integerOf(values: RowValues, field: string): number | null {
  const value = values[field];
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}

/** The value when it is one of `choices` (the parser gives contract keys), else null and a problem. */
export function choiceOf<T extends string>(
  values: RowValues,
  field: string,
  choices: readonly T[],
  problems: RowProblem[],
): T | null {
  const value = textOf(values, field);
  if (value === null) return null;
  if ((choices as readonly string[]).includes(value)) return value as T;
  problems.push({ field, message: `must be one of: ${choices.join(', ')}` });
  return null;
}

/** Lists are compared as sets: the same languages in another order are no change. */
export function sameList(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  return left.size === new Set(b).size && b.every((item) => left.has(item));
}

/** The columns among `wanted` whose value differs from `current` (lists as sets); undefined = not given. */
export function changedColumns<T extends object>(current: T, wanted: Partial<T>): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(wanted) as (keyof T)[]) {
    const next = wanted[key];
    if (next === undefined || next === null) continue;
    const now = current[key];
    const same =
      Array.isArray(next) && Array.isArray(now)
        ? sameList(now as string[], next as string[])
        : now === next;
    if (!same) changes[key] = next;
  }
  return changes;
}

/** A match at most once, in the order found, leaving out `except`. */
export function distinctMatches(matches: RowMatch[], except: string | null, limit = 5): RowMatch[] {
  const seen = new Set(except ? [except] : []);
  const out: RowMatch[] = [];
  for (const m of matches) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    out.push(m);
    if (out.length === limit) break;
  }
  return out;
}

/** Groups items by a key, keeping their order. */
export function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
