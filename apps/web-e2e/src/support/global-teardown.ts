import { type AppServer, stopAppServer } from './app-server';

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __APP_SERVER__?: AppServer }).__APP_SERVER__;
  if (server) await stopAppServer(server);
}
