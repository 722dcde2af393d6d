/**
 * The floor of a scenario: the exact SQL the API runs for it, replayed with no framework.
 *
 * The API's own services run once inside a Nest application context (no HTTP, no background
 * jobs: NODE_ENV=test) on the benchmark database, with every statement TypeORM sends recorded
 * (text and parameters). Those statements are then timed through the raw driver (a pg.Client,
 * or PGlite's own query()), one after the other as the service ran them. What remains between
 * the API's figure and this one is HTTP, the session check, validation, TypeORM and mapping.
 */
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { DataSource, QueryRunner } from 'typeorm';
import type { Role } from '@coalition/contracts';
import { AppModule } from '../../apps/api/src/app.module';
import { type RequestActor, runAs } from '../../apps/api/src/common/request-context';
import { loadConfig } from '../../apps/api/src/config/app-config';
import type { DatabaseConnection } from '../../apps/api/src/database/database-connection';
import type { RawSql } from './database';
import { type Latency, summarize, timeRuns } from './measure';

export interface Statement {
  sql: string;
  params: unknown[];
}

let recording: Statement[] | undefined;

/**
 * Records every statement any query runner of the data source's driver sends while `recording`
 * is set (their shared prototype is patched once; TypeORM's class is not a public export).
 */
async function recordStatements(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  const prototype = Object.getPrototypeOf(runner) as QueryRunner & { benchPatched?: boolean };
  await runner.release();
  if (prototype.benchPatched) return;
  prototype.benchPatched = true;
  const original = prototype.query;
  prototype.query = function (this: QueryRunner, ...args: Parameters<QueryRunner['query']>) {
    recording?.push({ sql: args[0], params: Array.isArray(args[1]) ? args[1] : [] });
    return original.apply(this, args);
  } as QueryRunner['query'];
}

export interface AppContext {
  app: INestApplicationContext;
  /** Runs `fn` as the demo user of `role`, as a signed-in request would. */
  as<T>(role: Role, fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The whole API module on the open database, without HTTP and without background jobs. */
export async function openAppContext(connection: DatabaseConnection): Promise<AppContext> {
  await recordStatements(connection.dataSource);
  const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }), demoSeed: false };
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, connection), {
    logger: false,
  });
  const actors = new Map<Role, RequestActor>();
  const actorFor = async (role: Role): Promise<RequestActor> => {
    const known = actors.get(role);
    if (known) return known;
    const [user] = await connection.dataSource.query<{ id: string; email: string; name: string }[]>(
      `SELECT id, email, name FROM app_user WHERE email = $1`,
      [`${role}@example.org`],
    );
    if (!user) throw new Error(`the demo ${role} account is missing`);
    const actor: RequestActor = {
      ...user,
      role,
      sessionId: 'bench',
      csrfToken: 'bench',
      sessionExpiresAt: new Date(Date.now() + 3_600_000),
    };
    actors.set(role, actor);
    return actor;
  };
  return {
    app,
    as: async (role, fn) => {
      // Finding the account is the session check's work, not the scenario's: not recorded.
      const recorded = recording;
      recording = undefined;
      const actor = await actorFor(role);
      recording = recorded;
      return runAs({ ip: '127.0.0.1', userAgent: 'bench', actor }, fn);
    },
    close: () => app.close(),
  };
}

/** The statements one call of `fn` sends (recorded on its first call: warming is the replay's). */
export async function captureStatements(fn: () => Promise<unknown>): Promise<Statement[]> {
  recording = [];
  try {
    await fn();
    return recording;
  } finally {
    recording = undefined;
  }
}

export interface FloorResult {
  latency: Latency;
  /** Statements per call (the first variant's). */
  statements: number;
}

/** Replays each variant's statements in turn through the raw driver: warm-up, then timed. */
export async function timeStatements(
  raw: RawSql,
  variants: readonly Statement[][],
  count: number,
  warmup: number,
): Promise<FloorResult> {
  const samples = await timeRuns(count, warmup, async (i) => {
    for (const { sql, params } of variants[i % variants.length]) await raw.query(sql, params);
  });
  return { latency: summarize(samples), statements: variants[0]?.length ?? 0 };
}
