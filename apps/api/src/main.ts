import 'reflect-metadata';
import { ROLES, ROLE_SUMMARIES } from '@coalition/contracts';
import { ConfigError, DEFAULT_DEMO_PASSWORD, loadConfig } from './config/app-config';
import { createApp } from './create-app';
import { prepareDatabase } from './database/prepare-database';
import { demoUserEmail } from './database/seed/demo-users';

const SHUTDOWN_GRACE_MS = 10_000;

function printBanner(url: string, databaseLabel: string, demoPassword?: string): void {
  const lines = [
    '',
    `  Coalition CRM is running at ${url}`,
    `  API: ${url}/api   OpenAPI docs: ${url}/api/docs`,
    `  Database: ${databaseLabel}`,
    ...(demoPassword
      ? ['', `  Demo sign-ins (password: ${demoPassword}):`, ...ROLES.map((r) => `    ${demoUserEmail(r).padEnd(26)} ${ROLE_SUMMARIES[r]}`)]
      : []),
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

async function main(): Promise<void> {
  const config = loadConfig();
  const log = (message: string) => process.stdout.write(`${message}\n`);
  const database = await prepareDatabase(config, log);
  const app = await createApp(config, database);
  await app.listen(config.port, config.host);

  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const label = database.kind === 'embedded' ? `embedded PostgreSQL (PGlite) in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)';
  // After Nest's buffered start-up logs, so the URL is the last thing on screen.
  // The demo password is printed only when it is the public default; a chosen one stays secret.
  const shownPassword = config.demoPassword === DEFAULT_DEMO_PASSWORD ? DEFAULT_DEMO_PASSWORD : '(from DEMO_PASSWORD)';
  setImmediate(() => printBanner(`http://${host}:${config.port}`, label, config.demoSeed ? shownPassword : undefined));

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received: finishing open requests, then closing the database`);
    const force = setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS);
    force.unref();
    void app
      .close()
      .then(() => database.close())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        console.error(error);
        process.exit(1);
      });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
