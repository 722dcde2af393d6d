import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { loadConfig } from '../src/config/app-config';
import { createApp } from '../src/create-app';
import { startTestApp, type TestApp } from './test-app';

describe('the platform around every route', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports health with the kind of database in use', async () => {
    const res = await t.http().get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', database: process.env.DATABASE_URL ? 'postgres' : 'embedded' });
  });

  it('tags every response with a request id, reusing a sane incoming one', async () => {
    const minted = await t.http().get('/api/health');
    expect(minted.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const reused = await t.http().get('/api/health').set('x-request-id', 'abc-123');
    expect(reused.headers['x-request-id']).toBe('abc-123');
  });

  it('answers unknown API routes with the error shape', async () => {
    const res = await t.http().get('/api/nowhere').expect(404);
    expect(res.body).toMatchObject({ statusCode: 404, code: 'not_found' });
  });

  it('answers malformed JSON bodies with a 400, not a 500', async () => {
    const res = await t.http().post('/api/organizations').set('content-type', 'application/json').send('{"name":');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'bad_request', message: expect.stringMatching(/JSON/) });
  });

  it('publishes an OpenAPI document listing every route with its parameters', async () => {
    const res = await t.http().get('/api/docs-json').expect(200);
    const paths = res.body.paths as Record<string, Record<string, { parameters?: { name: string; in: string }[] }>>;
    const documented = Object.entries(paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    const router = t.app.getHttpAdapter().getInstance() as { router?: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] } };
    const routes = (router.router?.stack ?? [])
      .filter((layer) => layer.route?.path.startsWith('/api/') && !/^\/api\/docs|\{\*/.test(layer.route.path))
      .flatMap((layer) => Object.keys(layer.route!.methods).map((m) => `${m.toUpperCase()} ${layer.route!.path.replace(/:(\w+)/g, '{$1}')}`));
    expect(routes.length).toBeGreaterThanOrEqual(3);
    for (const route of routes) expect(documented).toContain(route);
    const listParams = paths['/api/organizations'].get.parameters?.map((p) => `${p.in}:${p.name}`);
    expect(listParams).toEqual(expect.arrayContaining(['query:page', 'query:pageSize', 'query:q', 'query:kind', 'query:status', 'query:county', 'query:sort']));
    expect(paths['/api/organizations/{id}'].get.parameters?.map((p) => `${p.in}:${p.name}`)).toEqual(['path:id']);
  });

  it('serves the docs page from local assets', async () => {
    const res = await t.http().get('/api/docs/').expect(200);
    expect(res.text).toContain('swagger-ui');
    expect(res.text).not.toMatch(/https?:\/\/(cdn|unpkg|fonts)/);
  });
});

describe('serving the dashboard on the same port', () => {
  it('answers client-side routes with index.html and keeps /api for the API', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'web-dist-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Coalition CRM</title>');
    const { openTestDatabase } = await import('./test-database');
    const database = await openTestDatabase();
    const app = await createApp({ ...loadConfig({ NODE_ENV: 'test' }), demoSeed: false, webDistDir: dist }, database);
    await app.init();
    try {
      const page = await request(app.getHttpServer()).get('/organizations/123').expect(200);
      expect(page.text).toContain('<title>Coalition CRM</title>');
      await request(app.getHttpServer()).get('/api/unknown').expect(404).expect('content-type', /json/);
    } finally {
      await app.close();
      await database.close();
    }
  });
});
