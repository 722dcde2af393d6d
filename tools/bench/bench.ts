/**
 * npm run bench: generate and load a dataset, time every scenario through the real API and
 * beside it the same SQL run raw, and write docs/benchmarks.md. `npm run bench -- --help`.
 *
 * 1. In this process: a fresh database, the API's migrations, the dataset, today's scores; each
 *    scenario's SQL recorded from the API's own controllers and timed raw (the floor).
 * 2. The built API started on that database: every scenario through HTTP, the export, the load
 *    tests, the dashboard in Chromium, and last the import (it writes).
 * 3. The API stopped: the bare node:http ceiling (PostgreSQL) and the import's floor.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_DEMO_PASSWORD } from '../../apps/api/src/config/app-config';
import { type BenchTarget, createTarget, openBenchDatabase, removeTarget } from './database';
import { EXPORT_SEGMENT_NAME, finishDataset, loadDataset, migrate } from './dataset';
import { exportFloor, exportThroughApi } from './export-scenario';
import { type FloorResult, type Statement, captureStatements, openAppContext } from './floor';
import { type ImportPerson, importFloor, importThroughApi } from './import-scenario';
import { measureDashboard } from './dashboard';
import { type BenchOptions, HELP, SCENARIO_GROUPS, UsageError, parseOptions } from './options';
import { progress } from './progress';
import { type RunResult, machine, runSection, writeResults } from './report';
import { measureApi, measureFloors } from './run-scenarios';
import { type Fixtures, type Scenario, findFixtures, readScenarios } from './scenarios';
import { buildApp, startApi } from './server';
import { ApiSession } from './session';
import { apiThroughput, ceilingThroughput, loadTargets } from './throughput';

interface Prepared {
  fixtures: Fixtures;
  scenarios: Scenario[];
  floors: FloorResult[];
  exportFloor?: FloorResult;
  /** The SQL of each load-tested route, for the bare server (PostgreSQL only). */
  ceiling?: Record<string, Statement[]>;
}

const exportRuns = (o: BenchOptions) => (o.quick ? 1 : 3);

/** Phase 1: everything that needs the database in this process. */
async function prepare(o: BenchOptions, target: BenchTarget, run: RunResult): Promise<Prepared> {
  const db = await openBenchDatabase(target);
  try {
    await migrate(db);
    await loadDataset(db, o.scale, o.fraction);
    const context = await openAppContext(db.connection);
    try {
      run.dataset = await finishDataset(db, context);
      const fixtures = await findFixtures(db.connection.dataSource, EXPORT_SEGMENT_NAME);
      const scenarios = readScenarios(fixtures, o.only);
      const prepared: Prepared = {
        fixtures,
        scenarios,
        floors: await measureFloors(context, db.raw, scenarios, o.requests, o.warmup),
      };
      if (o.only.has('export')) {
        progress('floor: export (its statements replayed)…');
        prepared.exportFloor = await exportFloor(
          context,
          db.raw,
          fixtures.exportSegmentId,
          exportRuns(o),
        );
      }
      if (o.only.has('throughput') && target.databaseUrl) {
        prepared.ceiling = {};
        for (const t of loadTargets(fixtures)) {
          prepared.ceiling[t.key] = await captureStatements(() =>
            context.as('organizer', () => t.floor(context)),
          );
        }
      }
      return prepared;
    } finally {
      await context.close();
    }
  } finally {
    await db.connection.close();
  }
}

/** Phase 2: the real API. Answers the import's people for its floor. */
async function throughApi(
  o: BenchOptions,
  target: BenchTarget,
  workDir: string,
  prepared: Prepared,
  run: RunResult,
): Promise<ImportPerson[] | undefined> {
  const api = await startApi(target, workDir);
  const session = new ApiSession(api.url);
  try {
    await session.signIn('organizer@example.org', DEFAULT_DEMO_PASSWORD);
    run.scenarios = await measureApi(
      session,
      prepared.scenarios,
      prepared.floors,
      o.requests,
      o.warmup,
    );
    if (o.only.has('export')) {
      progress('export: every contact of a segment as CSV…');
      run.export = {
        ...(await exportThroughApi(
          session,
          prepared.fixtures.exportSegmentId,
          api.pid,
          exportRuns(o),
        )),
        floor: prepared.exportFloor,
      };
    }
    if (o.only.has('throughput')) {
      run.throughput = await apiThroughput(
        session,
        loadTargets(prepared.fixtures),
        o.connections,
        o.loadSeconds,
      );
      run.throughputSetup = { connections: o.connections, seconds: o.loadSeconds };
    }
    if (o.only.has('dashboard'))
      run.dashboard = await measureDashboard(api.url, DEFAULT_DEMO_PASSWORD, o.quick ? 1 : 5);
    if (!o.only.has('import')) return undefined;
    const { result, people } = await importThroughApi(session, o.importRows);
    run.import = result;
    return people;
  } finally {
    session.close();
    await api.stop();
    progress('API stopped');
  }
}

/** Phase 3: the ceiling server and the import's floor, with the API stopped. */
async function afterApi(
  o: BenchOptions,
  target: BenchTarget,
  workDir: string,
  prepared: Prepared,
  run: RunResult,
  people?: ImportPerson[],
): Promise<void> {
  if (prepared.ceiling && run.throughput && target.databaseUrl) {
    await ceilingThroughput(
      run.throughput,
      loadTargets(prepared.fixtures),
      prepared.ceiling,
      target.databaseUrl,
      workDir,
      o.connections,
      o.loadSeconds,
    );
  }
  if (people && run.import) {
    const db = await openBenchDatabase(target);
    try {
      const floorMs = await importFloor(db.raw, people);
      run.import.floorMs = Math.round(floorMs);
      run.import.floorRowsPerSecond = Math.round(people.length / (floorMs / 1000));
      progress(`floor: import as four bulk INSERTs (rolled back): ${Math.round(floorMs)} ms`);
    } finally {
      await db.connection.close();
    }
  }
}

function notesFor(o: BenchOptions, target: BenchTarget): string[] {
  const notes = [];
  if (o.fraction < 1) {
    notes.push(`A reduced large dataset (--fraction ${o.fraction}): not the targets' scale.`);
  }
  if (o.quick) notes.push('A --quick smoke run: too few requests for stable percentiles.');
  if (o.only.size < SCENARIO_GROUPS.length)
    notes.push(`Only these groups: ${[...o.only].join(', ')}.`);
  if (target.kind === 'pglite') {
    notes.push(
      'PGlite runs inside the API process: its memory figures include the database itself, and ' +
        'there is no bare node:http ceiling (it would need the database the API holds).',
    );
  }
  return notes;
}

async function main(o: BenchOptions): Promise<void> {
  buildApp(o.build);
  const workDir = mkdtempSync(join(tmpdir(), 'coalition-bench-run-'));
  const target = await createTarget(o.database, o.scale, o.adminUrl, o.databaseName);
  const run: RunResult = {
    scale: o.scale,
    database: o.database,
    fraction: o.fraction,
    databaseVersion: target.label,
    date: new Date().toISOString(),
    machine: machine(),
    dataset: {},
    requests: o.requests,
    warmup: o.warmup,
    scenarios: [],
    notes: notesFor(o, target),
  };
  try {
    const prepared = await prepare(o, target, run);
    const people = await throughApi(o, target, workDir, prepared, run);
    await afterApi(o, target, workDir, prepared, run, people);
  } finally {
    removeTarget(target, o.keep);
    if (!o.keep) rmSync(workDir, { recursive: true, force: true });
  }
  if (o.write) {
    writeResults(run);
    progress('wrote docs/benchmarks.md and docs/benchmarks.json');
  }
  process.stdout.write(runSection(run));
}

let options: BenchOptions | 'help';
try {
  options = parseOptions(process.argv.slice(2), process.env);
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`${error.message}\n\nnpm run bench -- --help for the options\n`);
  process.exit(2);
}
if (options === 'help') {
  process.stdout.write(HELP);
} else {
  main(options).then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(
        `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exit(1);
    },
  );
}
