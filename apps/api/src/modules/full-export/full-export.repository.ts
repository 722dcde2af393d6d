import type { EntityManager } from 'typeorm';
import { type ExportTable, EXPORT_TABLES } from './full-export.tables';
import { type CellValue, insertPlaceholder, selectExpression } from './full-export.values';

const quote = (name: string) => `"${name}"`;

/** Text keys sort byte-wise, so the order (and the file) is the same whatever the collation. */
function keyExpression(table: ExportTable, name: string): string {
  const column = table.columns.find((c) => c.name === name);
  return column?.kind === 'text' ? `${quote(name)} COLLATE "C"` : quote(name);
}

/** Every query of the full export and the restore. Table and column names come from EXPORT_TABLES only. */
export class FullExportRepository {
  constructor(private readonly manager: EntityManager) {}

  /** The name of the newest migration applied: the schema version of an export. */
  async schemaVersion(): Promise<string> {
    const rows = await this.manager.query<{ name: string }[]>(
      'SELECT name FROM migrations ORDER BY "timestamp" DESC, id DESC LIMIT 1',
    );
    return rows[0]?.name ?? 'none';
  }

  /** Rows per exported table, in one statement (one snapshot). */
  async countRows(): Promise<Record<string, number>> {
    const counts = EXPORT_TABLES.map(
      (t) => `(SELECT count(*)::int FROM ${quote(t.table)}) AS ${quote(t.table)}`,
    );
    const [row] = await this.manager.query<Record<string, number>[]>(`SELECT ${counts.join(', ')}`);
    return row;
  }

  /** The exported tables that hold at least one row. */
  async tablesWithRows(): Promise<string[]> {
    const checks = EXPORT_TABLES.map(
      (t) => `SELECT '${t.table}' AS name WHERE EXISTS (SELECT 1 FROM ${quote(t.table)})`,
    );
    const rows = await this.manager.query<{ name: string }[]>(checks.join(' UNION ALL '));
    return rows.map((r) => r.name);
  }

  /** The table's rows as text cells in column order, `size` at a time, in primary-key order. */
  async *batches(table: ExportTable, size: number): AsyncGenerator<(string | null)[][]> {
    const cells = table.columns.map((c, i) => `${selectExpression(c)} AS c${i}`);
    const keys = table.key.map((k, i) => `${quote(k)}::text AS k${i}`);
    const order = table.key.map((k) => keyExpression(table, k));
    const kinds = table.key.map((k) => table.columns.find((c) => c.name === k)?.kind ?? 'text');
    const after = `(${order.join(', ')}) > (${kinds.map((kind, i) => `$${i + 1}::${kind}${kind === 'text' ? ' COLLATE "C"' : ''}`).join(', ')})`;
    let cursor: string[] | null = null;
    for (;;) {
      const rows: Record<string, string | null>[] = await this.manager.query(
        `SELECT ${[...cells, ...keys].join(', ')} FROM ${quote(table.table)} ${cursor ? `WHERE ${after}` : ''}
          ORDER BY ${order.join(', ')} LIMIT ${size}`,
        cursor ?? [],
      );
      if (!rows.length) return;
      yield rows.map((row) => table.columns.map((_, i) => row[`c${i}`]));
      if (rows.length < size) return;
      const last = rows[rows.length - 1];
      cursor = table.key.map((_, i) => last[`k${i}`] as string);
    }
  }

  /** One multi-row INSERT of `rows` (values in the table's column order). */
  async insert(table: ExportTable, rows: CellValue[][]): Promise<void> {
    const width = table.columns.length;
    const tuples = rows.map(
      (_, r) =>
        `(${table.columns.map((c, i) => insertPlaceholder(c.kind, r * width + i + 1)).join(', ')})`,
    );
    await this.manager.query(
      `INSERT INTO ${quote(table.table)} (${table.columns.map((c) => quote(c.name)).join(', ')}) VALUES ${tuples.join(', ')}`,
      rows.flat(),
    );
  }

  /** Moves the table's sequence past the restored values, so new rows get fresh ids. */
  async continueSequence(table: ExportTable): Promise<void> {
    if (!table.sequence) return;
    const column = quote(table.sequence);
    await this.manager.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), coalesce(max(${column}), 0) + 1, false) FROM ${quote(table.table)}`,
      [table.table, table.sequence],
    );
  }
}
