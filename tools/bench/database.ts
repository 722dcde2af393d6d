/**
 * The benchmark's database: a fresh one per run (a temporary PGlite folder, or
 * coalition_bench_<scale> recreated on a PostgreSQL server), opened with the API's own entities
 * and migrations, plus a raw handle (PGlite itself, or a pg.Client) for the floor.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import pg from 'pg';
import { prepareValue } from 'pg/lib/utils';
import { DataSource } from 'typeorm';
import { lockDataDir } from '../../apps/api/src/database/data-dir-lock';
import {
  type DatabaseConnection,
  openDatabase,
  POSTGRES_SESSION_OPTIONS,
} from '../../apps/api/src/database/database-connection';
import { ENTITIES } from '../../apps/api/src/database/entities';
import { MIGRATIONS } from '../../apps/api/src/database/migrations';
import { installPgTypeParsers } from '../../apps/api/src/database/pg-types';
import type { DatabaseChoice, Scale } from './options';
import { progress } from './progress';

/** Where the run's data lives; what the API is started with. */
export interface BenchTarget {
  kind: DatabaseChoice;
  /** "embedded PGlite 0.5.16" or "PostgreSQL 15.20". */
  label: string;
  dataDir?: string;
  databaseUrl?: string;
}

/** Runs SQL with no ORM in between: the floor every API scenario is compared with. */
export interface RawSql {
  query(sql: string, params: readonly unknown[]): Promise<number>;
  close(): Promise<void>;
}

export interface BenchDatabase {
  connection: DatabaseConnection;
  raw: RawSql;
}

function urlWithDatabase(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh, empty database for this run (the previous run's benchmark database is dropped). */
export async function createTarget(
  kind: DatabaseChoice,
  scale: Scale,
  adminUrl: string,
  name: string,
): Promise<BenchTarget> {
  if (kind === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), `coalition-bench-${scale}-`));
    const manifest = join(__dirname, '../../node_modules/@electric-sql/pglite/package.json');
    const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
    progress(`database: embedded PGlite ${version} in ${dataDir}`);
    return { kind, label: `embedded PGlite ${version}`, dataDir };
  }
  const version = await withClient(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
    const { rows } = await client.query<{ v: string }>(
      `SELECT current_setting('server_version') AS v`,
    );
    return rows[0].v;
  });
  const databaseUrl = urlWithDatabase(adminUrl, name);
  progress(`database: PostgreSQL ${version}, fresh database ${name}`);
  return { kind, label: `PostgreSQL ${version.split(' ')[0]}`, databaseUrl };
}

export function removeTarget(target: BenchTarget, keep: boolean): void {
  if (!target.dataDir) return;
  if (keep) progress(`kept the embedded database in ${target.dataDir}`);
  else rmSync(target.dataDir, { recursive: true, force: true });
}

async function openEmbedded(dataDir: string): Promise<BenchDatabase> {
  installPgTypeParsers();
  const unlock = lockDataDir(dataDir);
  const pglite = await PGlite.create({ dataDir, extensions: { pg_trgm, unaccent, pgcrypto } });
  // The same options as the API's openDatabase(), which keeps its PGlite handle to itself.
  const dataSource = new DataSource({
    type: 'postgres',
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    poolSize: 1,
    extra: { ...createPgConfig(pglite), idleTimeoutMillis: 0 },
  });
  await dataSource.initialize();
  const connection: DatabaseConnection = {
    dataSource,
    kind: 'embedded',
    close: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      if (!pglite.closed) await pglite.close();
      unlock();
    },
  };
  const raw: RawSql = {
    // PGlite takes the text values pg would send (arrays, dates and JSON prepared as pg does).
    query: async (sql, params) =>
      (
        await pglite.query(
          sql,
          params.map((p) => prepareValue(p)),
        )
      ).rows.length,
    close: () => Promise.resolve(),
  };
  return { connection, raw };
}

async function openServer(databaseUrl: string): Promise<BenchDatabase> {
  const connection = await openDatabase({ databaseUrl });
  // The API's own session settings, so the floor runs the statements as the API does.
  const client = new pg.Client({
    connectionString: databaseUrl,
    options: POSTGRES_SESSION_OPTIONS,
  });
  await client.connect();
  const raw: RawSql = {
    query: async (sql, params) => (await client.query(sql, params as unknown[])).rowCount ?? 0,
    close: () => client.end(),
  };
  return { connection, raw };
}

/** Opens the run's database in this process (the API must not be running on a PGlite folder). */
export async function openBenchDatabase(target: BenchTarget): Promise<BenchDatabase> {
  const opened = target.dataDir
    ? await openEmbedded(target.dataDir)
    : await openServer(target.databaseUrl!);
  const close = opened.connection.close;
  return {
    raw: opened.raw,
    connection: {
      ...opened.connection,
      close: async () => {
        await opened.raw.close();
        await close();
      },
    },
  };
}
