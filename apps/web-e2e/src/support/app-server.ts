import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');
const START_DEADLINE_MS = 120_000;
/** The demo accounts' password in browser runs (production mode refuses the public default). */
export const E2E_DEMO_PASSWORD = 'browser-tests-demo-password';

export interface AppServer {
  url: string;
  dataDir: string;
  process: ChildProcess;
  output: () => string;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port'))));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + START_DEADLINE_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output()}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not become healthy within ${START_DEADLINE_MS} ms:\n${output()}`);
}

/** Starts the built app the way `npm start` does, on a fresh embedded database. */
export async function startAppServer(): Promise<AppServer> {
  const main = join(ROOT, 'apps/api/dist/main.js');
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'coalition-e2e-'));
  let log = '';
  const child = spawn(process.execPath, [main], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn', NODE_ENV: 'production', DEMO_PASSWORD: E2E_DEMO_PASSWORD },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, () => log);
  return { url, dataDir, process: child, output: () => log };
}

/** SIGTERM, as a process manager would; the server closes its database before exiting. */
export function stopAppServer(server: AppServer): Promise<number | null> {
  return new Promise((ok) => {
    if (server.process.exitCode !== null) return ok(server.process.exitCode);
    server.process.once('exit', (code) => ok(code));
    server.process.kill('SIGTERM');
  });
}
