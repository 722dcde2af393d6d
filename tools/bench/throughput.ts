/**
 * Throughput of three busy routes through the API, and through the bare node:http ceiling
 * (ceiling-server.ts, PostgreSQL only) running the same SQL: the ratio is what NestJS, the
 * session check, validation, TypeORM and mapping cost under load.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  kpiQuerySchema,
  organizationListQuerySchema,
  segmentPreviewRequestSchema,
} from '@coalition/contracts';
import { OrganizationListController } from '../../apps/api/src/modules/organizations/organization-list.controller';
import { ReportController } from '../../apps/api/src/modules/reports/report.controller';
import { SegmentsController } from '../../apps/api/src/modules/segments/segments.controller';
import type { AppContext, Statement } from './floor';
import { type LoadResult, runLoad } from './load';
import { progress } from './progress';
import type { Fixtures } from './scenarios';
import { benchFilters } from './segment-filters';
import { ROOT, freePort } from './server';
import { ApiSession, type HttpCall } from './session';

export interface LoadTarget {
  key: string;
  name: string;
  call: HttpCall;
  floor(context: AppContext): Promise<unknown>;
}

export interface ThroughputResult {
  name: string;
  route: string;
  api: LoadResult;
  ceiling?: LoadResult;
}

export function loadTargets(fixtures: Fixtures): LoadTarget[] {
  const filter = benchFilters(fixtures)[0].filter;
  return [
    {
      key: '/list',
      name: 'organization list (first page)',
      call: { method: 'GET', path: '/api/organizations' },
      floor: (c) =>
        c.app.get(OrganizationListController).list(organizationListQuerySchema.parse({})),
    },
    {
      key: '/preview',
      name: 'segment preview (organizer example)',
      call: { method: 'POST', path: '/api/segments/preview', body: { filter } },
      floor: (c) =>
        c.app.get(SegmentsController).preview(segmentPreviewRequestSchema.parse({ filter })),
    },
    {
      key: '/kpis',
      name: 'KPIs',
      call: { method: 'GET', path: '/api/reports/kpis' },
      floor: (c) => c.app.get(ReportController).kpis(kpiQuerySchema.parse({})),
    },
  ];
}

const describe = (r: LoadResult) =>
  `${r.requestsPerSecond} req/s, p99 ${r.latency.p99} ms${r.errors ? `, ${r.errors} errors` : ''}`;

export async function apiThroughput(
  session: ApiSession,
  targets: LoadTarget[],
  connections: number,
  seconds: number,
): Promise<ThroughputResult[]> {
  const results: ThroughputResult[] = [];
  for (const t of targets) {
    progress(`throughput: ${t.name} through the API, ${connections} connections, ${seconds} s…`);
    const api = await runLoad(session, t.call, connections, seconds);
    progress(`  ${describe(api)}`);
    results.push({ name: t.name, route: `${t.call.method} ${t.call.path}`, api });
  }
  return results;
}

/** Starts the bare server on the recorded statements, loads each route, stops it. */
export async function ceilingThroughput(
  results: ThroughputResult[],
  targets: LoadTarget[],
  statements: Record<string, Statement[]>,
  databaseUrl: string,
  workDir: string,
  connections: number,
  seconds: number,
): Promise<void> {
  const file = join(workDir, 'ceiling-statements.json');
  writeFileSync(file, JSON.stringify(statements));
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['-r', '@swc-node/register', join(ROOT, 'tools/bench/ceiling-server.ts'), file, String(port)],
    {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  try {
    await new Promise<void>((ok, fail) => {
      child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('listening') && ok());
      child.once('exit', (code) => fail(new Error(`the ceiling server exited with ${code}`)));
    });
    const bare = new ApiSession(`http://127.0.0.1:${port}`);
    for (const [i, t] of targets.entries()) {
      progress(`throughput: ${t.name} through bare node:http + pg…`);
      const ceiling = await runLoad(bare, { ...t.call, path: t.key }, connections, seconds);
      progress(`  ${describe(ceiling)}`);
      results[i].ceiling = ceiling;
    }
    bare.close();
  } finally {
    child.kill('SIGTERM');
  }
}
