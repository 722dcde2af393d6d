import { types } from 'pg';

/**
 * The one place where database values are normalized, so both databases answer alike:
 * - `bigint` (e.g. count(*)) arrives from `pg` as a string; counts here stay far below 2^53.
 * - `date` arrives as a local-time JS Date, which shifts days across time zones; keep it as
 *   the ISO string PostgreSQL sent.
 */
let installed = false;
export function installPgTypeParsers(): void {
  if (installed) return;
  installed = true;
  types.setTypeParser(types.builtins.INT8, (v) => Number.parseInt(v, 10));
  types.setTypeParser(types.builtins.DATE, (v) => v);
}
