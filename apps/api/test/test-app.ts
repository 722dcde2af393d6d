import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Role } from '@coalition/contracts';
import type { DataSource } from 'typeorm';
import request from 'supertest';
import { loadConfig } from '../src/config/app-config';
import { createApp } from '../src/create-app';
import type { DatabaseConnection } from '../src/database/database-connection';
import { hashPassword } from '../src/modules/auth/secrets';
import { UserEntity } from '../src/modules/auth/user.entity';
import { openTestDatabase } from './test-database';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
/** Supertest requests that carry a session cookie and the CSRF header, as the dashboard does. */
export type Client = Record<Method, (url: string) => request.Test>;

export interface TestApp {
  app: NestExpressApplication;
  dataSource: DataSource;
  database: DatabaseConnection;
  /** Signed in as an admin (every permission). */
  http: () => Client;
  /** No session at all. */
  anonymous: () => ReturnType<typeof request>;
  /** Signs in a user with `role` (created on first use) and returns a client for it. */
  as: (role: Role) => Promise<Client>;
  signIn: (email: string, password?: string) => Promise<Client>;
  createUser: (role: Role, email?: string) => Promise<UserEntity>;
  close(): Promise<void>;
}

function clientFor(server: Parameters<typeof request>[0], cookie: string, csrf: string): Client {
  const make = (method: Method) => (url: string) => request(server)[method](url).set('Cookie', cookie).set('X-CSRF-Token', csrf);
  return { get: make('get'), post: make('post'), put: make('put'), patch: make('patch'), delete: make('delete') };
}

/** The real app (same module, guard, pipes, filter, docs) on a fresh database, without the demo seed. */
export async function startTestApp(): Promise<TestApp> {
  const database = await openTestDatabase();
  const config = { ...loadConfig({ NODE_ENV: 'test' }), demoSeed: false };
  const app = await createApp(config, database);
  await app.init();
  const server = app.getHttpServer() as Parameters<typeof request>[0];
  const users = database.dataSource.getRepository(UserEntity);

  const createUser = async (role: Role, email = `${role}@test.example.org`) => {
    passwordHash ??= hashPassword(TEST_PASSWORD);
    return users.save(users.create({ email, name: `Test ${role}`, role, passwordHash: await passwordHash }));
  };
  const signIn = async (email: string, password = TEST_PASSWORD) => {
    const res = await request(server).post('/api/auth/login').send({ email, password });
    if (res.status !== 200) throw new Error(`sign-in as ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    const cookie = (res.headers['set-cookie'] as unknown as string[]).map((c) => c.split(';')[0]).join('; ');
    return clientFor(server, cookie, (res.body as { csrfToken: string }).csrfToken);
  };
  const clients = new Map<Role, Client>();
  const as = async (role: Role) => {
    let client = clients.get(role);
    if (!client) {
      const user = (await users.findOne({ where: { email: `${role}@test.example.org` } })) ?? (await createUser(role));
      client = await signIn(user.email);
      clients.set(role, client);
    }
    return client;
  };
  const admin = await as('admin');
  return {
    app,
    dataSource: database.dataSource,
    database,
    http: () => admin,
    anonymous: () => request(server),
    as,
    signIn,
    createUser,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
