import { startTestApp, TEST_PASSWORD, type TestApp } from './test-app';

const cookieOf = (res: { headers: Record<string, unknown> }) =>
  ((res.headers['set-cookie'] as string[] | undefined) ?? []).map((c) => c.split(';')[0]).join('; ');

describe('signing in and out', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.createUser('staff', 'staff.person@test.example.org');
  });
  afterAll(() => t.close());

  it('signs in with an httpOnly, SameSite=Lax session cookie and answers who is signed in', async () => {
    const res = await t.anonymous().post('/api/auth/login').send({ email: 'STAFF.person@test.example.org', password: TEST_PASSWORD }).expect(200);
    const setCookie = (res.headers['set-cookie'] as unknown as string[])[0];
    expect(setCookie).toMatch(/^coalition_session=[\w-]{40,};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).not.toMatch(/Secure/); // plain HTTP here; Secure when the request is HTTPS
    expect(res.body.user).toMatchObject({ email: 'staff.person@test.example.org', role: 'staff' });
    expect(res.body.user.permissions).toContain('meetings.write');
    const me = await t.anonymous().get('/api/auth/me').set('Cookie', cookieOf(res)).expect(200);
    expect(me.body.user.role).toBe('staff');
  });

  it('marks the cookie Secure behind an HTTPS proxy', async () => {
    // trust proxy is loopback-only: supertest connects from 127.0.0.1.
    const res = await t.anonymous().post('/api/auth/login').set('X-Forwarded-Proto', 'https').send({ email: 'staff.person@test.example.org', password: TEST_PASSWORD }).expect(200);
    expect((res.headers['set-cookie'] as unknown as string[])[0]).toMatch(/Secure/);
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    const wrong = await t.anonymous().post('/api/auth/login').send({ email: 'staff.person@test.example.org', password: 'not the password' }).expect(401);
    const unknown = await t.anonymous().post('/api/auth/login').send({ email: 'nobody@test.example.org', password: 'not the password' }).expect(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toMatchObject({ code: 'invalid_credentials' });
  });

  it('takes about as long for an unknown email as for a wrong password', async () => {
    const time = async (email: string) => {
      const start = process.hrtime.bigint();
      await t.anonymous().post('/api/auth/login').send({ email, password: 'x' });
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 3; i++) {
      known.push(await time('timing@test.example.org'));
      unknown.push(await time(`ghost${i}@test.example.org`));
    }
    await t.createUser('viewer', 'timing@test.example.org');
    const k: number[] = [];
    for (let i = 0; i < 3; i++) k.push(await time('timing@test.example.org'));
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[1];
    // Both paths run one argon2 verification; neither answers in a fraction of the other's time.
    expect(median(unknown)).toBeGreaterThan(median(k) / 3);
  });

  it('refuses requests without a session, and with a signed-out session', async () => {
    await t.anonymous().get('/api/organizations').expect(401);
    const login = await t.anonymous().post('/api/auth/login').send({ email: 'staff.person@test.example.org', password: TEST_PASSWORD }).expect(200);
    const cookie = cookieOf(login);
    await t.anonymous().get('/api/organizations').set('Cookie', cookie).expect(200);
    await t.anonymous().post('/api/auth/logout').set('Cookie', cookie).set('X-CSRF-Token', login.body.csrfToken).expect(204);
    const reused = await t.anonymous().get('/api/organizations').set('Cookie', cookie).expect(401);
    expect(reused.body.code).toBe('unauthenticated');
  });

  it('refuses an expired session', async () => {
    const login = await t.anonymous().post('/api/auth/login').send({ email: 'staff.person@test.example.org', password: TEST_PASSWORD }).expect(200);
    await t.dataSource.query(`UPDATE user_session SET expires_at = now() - interval '1 minute' WHERE revoked_at IS NULL`);
    await t.anonymous().get('/api/organizations').set('Cookie', cookieOf(login)).expect(401);
  });

  it('refuses a session idle for longer than the idle timeout', async () => {
    const login = await t.anonymous().post('/api/auth/login').send({ email: 'staff.person@test.example.org', password: TEST_PASSWORD }).expect(200);
    await t.dataSource.query(`UPDATE user_session SET last_seen_at = now() - interval '3 hours' WHERE revoked_at IS NULL AND expires_at > now()`);
    await t.anonymous().get('/api/organizations').set('Cookie', cookieOf(login)).expect(401);
  });

  it('refuses a cookie-authenticated write without the CSRF token, and records the refusal', async () => {
    const login = await t.anonymous().post('/api/auth/login').send({ email: 'staff.person@test.example.org', password: TEST_PASSWORD }).expect(200);
    const res = await t.anonymous().post('/api/auth/password').set('Cookie', cookieOf(login)).send({ currentPassword: TEST_PASSWORD, newPassword: 'another long password' }).expect(403);
    expect(res.body.code).toBe('csrf_failed');
    const [row] = await t.dataSource.query(`SELECT details FROM audit_event WHERE action = 'permission_denied' ORDER BY id DESC LIMIT 1`);
    expect(row.details).toMatchObject({ reason: 'csrf', path: '/api/auth/password' });
  });
});

describe('accounts and rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers 429 after five failures for one account, with Retry-After', async () => {
    await t.createUser('organizer', 'limited@test.example.org');
    for (let i = 0; i < 5; i++) {
      await t.anonymous().post('/api/auth/login').send({ email: 'limited@test.example.org', password: `wrong ${i}` }).expect(401);
    }
    const res = await t.anonymous().post('/api/auth/login').send({ email: 'limited@test.example.org', password: TEST_PASSWORD }).expect(429);
    expect(res.body.code).toBe('too_many_attempts');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('answers 429 after twenty failures from one address across accounts', async () => {
    for (let i = 0; i < 20; i++) {
      await t.anonymous().post('/api/auth/login').send({ email: `spray${i}@test.example.org`, password: 'guess' });
    }
    await t.anonymous().post('/api/auth/login').send({ email: 'admin@test.example.org', password: TEST_PASSWORD }).expect(429);
  });
});

describe('invitations, disabling and password change', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lets an invited user choose a password once, and never again with the same link', async () => {
    const created = await t.http().post('/api/users').send({ email: 'new.organizer@test.example.org', name: 'Nuevo Organizador', role: 'organizer' }).expect(201);
    expect(created.body.user.status).toBe('invited');
    const token = new URL(created.body.invitationUrl).searchParams.get('token');
    const accepted = await t.anonymous().post('/api/auth/accept-invitation').send({ token, password: 'a long new password' }).expect(200);
    expect(accepted.body.user.email).toBe('new.organizer@test.example.org');
    const again = await t.anonymous().post('/api/auth/accept-invitation').send({ token, password: 'another long password' }).expect(400);
    expect(again.body.code).toBe('invitation_invalid');
    await t.signIn('new.organizer@test.example.org', 'a long new password');
  });

  it('signs a disabled user out everywhere and refuses their sign-in', async () => {
    const user = await t.createUser('staff', 'leaving@test.example.org');
    const client = await t.signIn(user.email);
    await client.get('/api/organizations').expect(200);
    await t.http().patch(`/api/users/${user.id}`).send({ disabled: true, version: user.version }).expect(200);
    await client.get('/api/organizations').expect(401);
    const res = await t.anonymous().post('/api/auth/login').send({ email: user.email, password: TEST_PASSWORD }).expect(403);
    expect(res.body.code).toBe('account_disabled');
  });

  it('changes a password, signing out the other sessions but not this one', async () => {
    const user = await t.createUser('leadership', 'changer@test.example.org');
    const here = await t.signIn(user.email);
    const elsewhere = await t.signIn(user.email);
    await here.post('/api/auth/password').send({ currentPassword: 'wrong', newPassword: 'a brand new password' }).expect(400);
    await here.post('/api/auth/password').send({ currentPassword: TEST_PASSWORD, newPassword: 'a brand new password' }).expect(204);
    await here.get('/api/auth/me').expect(200);
    await elsewhere.get('/api/auth/me').expect(401);
    await t.signIn(user.email, 'a brand new password');
  });

  it('never leaves the coalition without an admin who can sign in', async () => {
    const me = (await t.http().get('/api/users?role=admin').expect(200)).body.items[0];
    const demote = await t.http().patch(`/api/users/${me.id}`).send({ role: 'viewer', version: me.version }).expect(409);
    expect(demote.body).toMatchObject({ code: 'last_admin', fields: [{ path: 'role' }] });
    const disable = await t.http().patch(`/api/users/${me.id}`).send({ disabled: true, version: me.version }).expect(409);
    expect(disable.body).toMatchObject({ code: 'last_admin', fields: [{ path: 'disabled' }] });

    // With a second admin who can sign in, the first may step down.
    await t.createUser('admin', 'second.admin@test.example.org');
    await t.http().patch(`/api/users/${me.id}`).send({ name: 'Stepping down', version: me.version }).expect(200);
    const stepped = await t.http().patch(`/api/users/${me.id}`).send({ role: 'leadership', version: me.version + 1 }).expect(200);
    expect(stepped.body.role).toBe('leadership');
  });

  it('never shows a password hash or token in the audit trail', async () => {
    const res = await t.http().get('/api/audit?pageSize=100').expect(200);
    const text = JSON.stringify(res.body);
    expect(text).not.toMatch(/\$argon2/);
    expect(text).toContain('sign_in');
  });
});
