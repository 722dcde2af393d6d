/**
 * The real API under test: apps/api/dist/main.js, built as `npm start` builds it, started on a
 * free port with the benchmark's database, and stopped with SIGTERM as a process manager would.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import type { BenchTarget } from './database';
import { progress } from './progress';

export const ROOT = resolve(__dirname, '../..');
const MAIN = join(ROOT, 'apps/api/dist/main.js');
const READY_DEADLINE_MS = 10 * 60_000;

export interface ApiServer {
  url: string;
  pid: number;
  logFile: string;
  stop(): Promise<void>;
}

/** `nx run-many -t build`, as `npm start` does (Nx skips what is already built). */
export function buildApp(build: boolean): void {
  if (!build) {
    if (!existsSync(MAIN) || !existsSync(join(ROOT, 'apps/web/dist/index.html'))) {
      throw new Error('--no-build: the app is not built (run npm run build)');
    }
    return;
  }
  progress('building the app (nx run-many -t build)…');
  execFileSync(
    join(ROOT, 'node_modules/.bin/nx'),
    ['run-many', '-t', 'build', '--output-style=static'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? ok(address.port) : fail(new Error('no free port')),
      );
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Healthy, then the start-up jobs done: the engagement recompute and the segments' daily counts
 * both run in the background at start, and would otherwise share the CPU with the first scenarios.
 */
async function waitUntilReady(url: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + READY_DEADLINE_MS;
  const log = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');
  let healthy = false;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the API exited with ${child.exitCode}:\n${log().slice(-3000)}`);
    if (!healthy) {
      healthy = await fetch(`${url}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
    } else {
      const text = log();
      const scored = /Scored \d+ organizations|Could not recompute/.test(text);
      const counted = /Recorded today's counts|Could not record the daily segment counts/.test(
        text,
      );
      if (scored && counted) return;
    }
    await sleep(200);
  }
  throw new Error(
    `the API was not ready within ${READY_DEADLINE_MS / 1000} s:\n${log().slice(-3000)}`,
  );
}

/** Starts the built API (NODE_ENV=production, default log level) on the benchmark database. */
export async function startApi(target: BenchTarget, workDir: string): Promise<ApiServer> {
  const port = await freePort();
  const logFile = join(workDir, `api-${port}.log`);
  const out = openSync(logFile, 'w');
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      DEMO_SEED: 'false',
      LOG_LEVEL: 'info',
      DATABASE_URL: target.databaseUrl ?? '',
      DATA_DIR: target.dataDir ?? join(workDir, 'unused'),
    },
    stdio: ['ignore', out, out],
  });
  closeSync(out);
  const url = `http://127.0.0.1:${port}`;
  progress(`starting the API on ${url} (log: ${logFile})`);
  const started = Date.now();
  await waitUntilReady(url, child, logFile);
  progress(
    `API ready in ${((Date.now() - started) / 1000).toFixed(1)} s (start-up scoring and segment counts done)`,
  );
  return {
    url,
    pid: child.pid!,
    logFile,
    stop: () =>
      new Promise<void>((ok) => {
        if (child.exitCode !== null) return ok();
        child.once('exit', () => ok());
        child.kill('SIGTERM');
      }),
  };
}

/** Resets the process's peak resident memory (VmHWM) so the next reading covers one scenario. */
export function resetPeakMemory(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

function statusMb(pid: number, field: 'VmHWM' | 'VmRSS'): number | null {
  try {
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(
      readFileSync(`/proc/${pid}/status`, 'utf8'),
    );
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** Peak resident memory in MB since start or the last reset (Linux /proc). */
export const peakMemoryMb = (pid: number) => statusMb(pid, 'VmHWM');
/** Resident memory now, in MB. */
export const memoryMb = (pid: number) => statusMb(pid, 'VmRSS');
