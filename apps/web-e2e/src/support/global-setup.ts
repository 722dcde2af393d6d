import { startAppServer } from './app-server';

export default async function globalSetup(): Promise<void> {
  const server = await startAppServer();
  (globalThis as { __APP_SERVER__?: unknown }).__APP_SERVER__ = server;
  process.env.E2E_BASE_URL = server.url;
}
