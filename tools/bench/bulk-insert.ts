/**
 * Bulk loading without COPY: pg-copy-streams is not a dependency of the project, so rows go in
 * as one `INSERT … SELECT FROM unnest($1::text[], $2::text[], …)` per 5,000 rows: one array
 * parameter per column, whatever the row count, cast to the column's type in the SELECT. The
 * same statement works on PGlite and PostgreSQL; on PostgreSQL it loads at a good fraction of
 * COPY's speed (the tables' trigram indexes dominate either way).
 */
import { prepareValue } from 'pg/lib/utils';
import type { EntityManager } from 'typeorm';

/** A column and the SQL type its text is cast to ("uuid", "date", "text[]"…). */
export type ColumnSpec = readonly [name: string, type: string];

export interface TableSpec {
  table: string;
  columns: readonly ColumnSpec[];
}

const CHUNK = 5_000;

function statementFor({ table, columns }: TableSpec): string {
  const names = columns.map(([name]) => name).join(', ');
  const casts = columns.map(([, type], i) => `x.c${i}::${type}`).join(', ');
  const arrays = columns.map((_, i) => `$${i + 1}::text[]`).join(', ');
  const aliases = columns.map((_, i) => `c${i}`).join(', ');
  return `INSERT INTO ${table} (${names}) SELECT ${casts} FROM unnest(${arrays}) AS x(${aliases})`;
}

/** Text as pg would send it (arrays become '{a,b}' literals, so a text[] column fits in one cell). */
function cell(value: unknown): string | null {
  return value === null || value === undefined ? null : (prepareValue(value) as string);
}

/** Inserts `rows` (each in the spec's column order) in chunks; calls `done(n)` after each chunk. */
export async function insertRows(
  manager: EntityManager,
  spec: TableSpec,
  rows: readonly (readonly unknown[])[],
  done: (count: number) => void = () => undefined,
): Promise<void> {
  const sql = statementFor(spec);
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const params = spec.columns.map((_, i) => chunk.map((row) => cell(row[i])));
    await manager.query(sql, params);
    done(chunk.length);
  }
}

/** Exactly `count` of `items`, evenly spread over them (all of them when there are fewer). */
export function evenlyPick<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, j) => items[Math.floor((j * items.length) / count)]);
}

/** Splits `total` over parts proportional to `weights`, in whole numbers that add up exactly. */
export function shares(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  let given = 0;
  let cumulative = 0;
  return weights.map((w) => {
    cumulative += w;
    const upTo = Math.round((total * cumulative) / sum);
    const share = upTo - given;
    given = upTo;
    return share;
  });
}
