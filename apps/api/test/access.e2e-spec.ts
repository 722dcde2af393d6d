import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { can, ROLES, type Permission } from '@coalition/contracts';
import { renderPermissionsDoc } from '../src/modules/auth/permissions-doc';
import { listRoutePermissions, type RoutePermission } from '../src/modules/auth/route-permissions';
import { startTestApp, type TestApp } from './test-app';

const SOME_ID = '6f1c1f5e-0d7e-4c55-9d2b-9a3f4b2f1a00';
const DOC = join(__dirname, '../../../docs/permissions.md');

function concrete(path: string): string {
  return path.replace(/:\w+/g, SOME_ID);
}

/** Logging out would end the walking session: walk it last. */
const lastOfAll = (r: RoutePermission) => (r.path.endsWith('/auth/logout') ? 1 : 0);

describe('access to every route, for every role and for no session', () => {
  let t: TestApp;
  let routes: RoutePermission[];
  beforeAll(async () => {
    t = await startTestApp();
    routes = listRoutePermissions(t.app).sort((a, b) => lastOfAll(a) - lastOfAll(b));
  });
  afterAll(() => t.close());

  it('finds every route of the router and each declares a permission or is public', () => {
    const stack = (t.app.getHttpAdapter().getInstance() as { router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] } }).router.stack;
    const mounted = stack.filter((l) => l.route?.path.startsWith('/api/') && !/^\/api\/docs|\{\*/.test(l.route.path)).length;
    expect(routes.length).toBe(mounted);
    expect(routes.filter((r) => r.permission === 'undeclared')).toEqual([]);
    expect(routes.filter((r) => r.permission === 'public').map((r) => `${r.method} ${r.path}`).sort()).toEqual([
      'GET /api/health',
      'POST /api/auth/accept-invitation',
      'POST /api/auth/login',
    ]);
  });

  it('answers 401 to every non-public route without a session', async () => {
    for (const route of routes.filter((r) => r.permission !== 'public')) {
      const res = await t.anonymous()[route.method.toLowerCase() as 'get'](concrete(route.path)).send({});
      expect(`${route.method} ${route.path} ${res.status}`).toBe(`${route.method} ${route.path} 401`);
    }
  });

  it.each(ROLES)('lets the %s role through exactly the routes the matrix allows', async (role) => {
    const client = await t.as(role);
    for (const route of routes.filter((r) => r.permission !== 'public')) {
      const res = await client[route.method.toLowerCase() as 'get'](concrete(route.path)).send({});
      const allowed = can(role, route.permission as Permission);
      const outcome = res.status === 403 ? 'denied' : res.status === 401 ? 'signed out' : 'allowed';
      expect(`${route.method} ${route.path}: ${outcome}`).toBe(`${route.method} ${route.path}: ${allowed ? 'allowed' : 'denied'}`);
    }
  });

  it('keeps docs/permissions.md in step with the code (npm run docs:permissions rewrites it)', () => {
    const rendered = renderPermissionsDoc(listRoutePermissions(t.app));
    if (process.env.UPDATE_DOCS === '1') writeFileSync(DOC, rendered);
    expect(readFileSync(DOC, 'utf8')).toBe(rendered);
  });
});
