import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { DataSource } from 'typeorm';
import type { HealthResponse } from '@coalition/contracts';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { lockDataDir } from './data-dir-lock';
import { installPgTypeParsers } from './pg-types';

export type DatabaseKind = HealthResponse['database'];

export interface DatabaseOptions {
  /** A PostgreSQL server; when absent the embedded PGlite is used. */
  databaseUrl?: string;
  /** Folder of the embedded database; absent means in memory (throwaway tests). */
  dataDir?: string;
}

export interface DatabaseConnection {
  dataSource: DataSource;
  kind: DatabaseKind;
  /** Destroys the pool, then closes PGlite, so an embedded folder is never left half-written. */
  close(): Promise<void>;
}

const common = {
  type: 'postgres',
  entities: ENTITIES,
  migrations: MIGRATIONS,
  migrationsTransactionMode: 'each',
  synchronize: false,
  logging: false,
  uuidExtension: 'pgcrypto',
  installExtensions: false,
} as const;

/**
 * Startup settings of every PostgreSQL session the API opens. JIT compilation is off: it pays
 * off for long analytic scans, but the planner's cost guesses on a segment with many ORed
 * subqueries switched it on for statements that run in tens of milliseconds, adding 0.5 to 1 s
 * of compiling to each (docs/benchmarks.md).
 */
export const POSTGRES_SESSION_OPTIONS = '-c jit=off';

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseConnection> {
  installPgTypeParsers();
  if (options.databaseUrl) {
    const dataSource = new DataSource({
      ...common,
      url: options.databaseUrl,
      poolSize: 10,
      extra: { options: POSTGRES_SESSION_OPTIONS },
    });
    await dataSource.initialize();
    return { dataSource, kind: 'postgres', close: () => dataSource.destroy() };
  }
  let unlock = () => {};
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    unlock = lockDataDir(options.dataDir);
  }
  const pglite = await PGlite.create({
    dataDir: options.dataDir,
    extensions: { pg_trgm, unaccent, pgcrypto },
  });
  // PGlite is one connection: any query inside a transaction must use that transaction's manager.
  const dataSource = new DataSource({
    ...common,
    poolSize: 1,
    extra: { ...createPgConfig(pglite), idleTimeoutMillis: 0 },
  });
  await dataSource.initialize();
  return {
    dataSource,
    kind: 'embedded',
    close: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      if (!pglite.closed) await pglite.close();
      unlock();
    },
  };
}
