import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DataSource } from 'typeorm';
import request from 'supertest';
import { loadConfig } from '../src/config/app-config';
import { createApp } from '../src/create-app';
import type { DatabaseConnection } from '../src/database/database-connection';
import { openTestDatabase } from './test-database';

export interface TestApp {
  app: NestExpressApplication;
  dataSource: DataSource;
  database: DatabaseConnection;
  /** Supertest bound to the app's HTTP server. */
  http: () => ReturnType<typeof request>;
  close(): Promise<void>;
}

/** The real app (same module, pipes, filter, docs) on a fresh database, without the demo seed. */
export async function startTestApp(): Promise<TestApp> {
  const database = await openTestDatabase();
  const config = { ...loadConfig({ NODE_ENV: 'test' }), demoSeed: false };
  const app = await createApp(config, database);
  await app.init();
  return {
    app,
    dataSource: database.dataSource,
    database,
    http: () => request(app.getHttpServer()),
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
