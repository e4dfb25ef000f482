import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/support.js';
import { notifications } from '../../db/schema/index.js';
import { newId } from '../../lib/ids.js';
import { TEST_PASSWORD } from '../../test/factories.js';

let t: TestContext;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, headers });

const sessionCookie = (res: { cookies: { name: string; value: string }[] }) => {
  const cookie = res.cookies.find((c) => c.name === 'econdip_session');
  return cookie ? `econdip_session=${cookie.value}` : '';
};

describe('POST /api/v1/auth/login', () => {
  it('signs in with e-mail (any case) and password, sets an HttpOnly cookie and audits it', async () => {
    const user = await t.factory.user({ role: 'leader' });
    const res = await login(user.email.toUpperCase(), TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ user: { id: user.id, role: 'leader' }, abilities: { 'audit.read': false } });
    const cookie = res.cookies.find((c) => c.name === 'econdip_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const [audit] = await t.auditRows(1);
    expect(audit).toMatchObject({ action: 'user.signed_in', entityId: user.id });

    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: sessionCookie(res) } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe(user.email);
    expect(me.json().unreadNotifications).toBe(0);
    // The header badge's count: unread notifications of this user only.
    await t.db.insert(notifications).values([
      { id: newId(), userId: user.id, kind: 'test', title: 'a', body: 'a' },
      { id: newId(), userId: user.id, kind: 'test', title: 'b', body: 'b', readAt: new Date() },
    ]);
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: sessionCookie(res) } });
    expect(after.json().unreadNotifications).toBe(1);
  });

  it('gives one message for a wrong password and an unknown e-mail', async () => {
    const user = await t.factory.user();
    const wrong = await login(user.email, 'not-the-password');
    const unknown = await login('nobody@test.local', 'whatever-password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error).toMatchObject({ code: 'unauthenticated', message: 'Wrong e-mail or password' });
  });

  it('audits a failed sign-in with the address and the e-mail tried, never the password, alike for an unknown e-mail', async () => {
    const user = await t.factory.user();
    const wrong = await login(user.email, 'not-the-password-1');
    const unknown = await login('Nobody-Audited@Test.local', 'not-the-password-2');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
    const [unknownEntry, wrongEntry] = await t.auditRows(2);
    const entry = (email: string) => ({ action: 'user.sign_in_failed', entity: 'sign_in', entityId: email, actorUserId: null, actorUnitId: null, before: null, after: { email, ip: '127.0.0.1' } });
    expect(wrongEntry).toMatchObject(entry(user.email));
    expect(unknownEntry).toMatchObject(entry('nobody-audited@test.local'));
    // Both entries have the same fields: the log tells no more about whether the account exists than the answer does.
    expect(Object.keys(unknownEntry!.after as object)).toEqual(Object.keys(wrongEntry!.after as object));
    expect(JSON.stringify([unknownEntry, wrongEntry])).not.toMatch(/not-the-password/);
  });

  it('refuses a deactivated user', async () => {
    const user = await t.factory.user({ active: false });
    expect((await login(user.email, TEST_PASSWORD)).statusCode).toBe(401);
  });

  it('rate-limits repeated failures for one e-mail with a clear message and Retry-After', async () => {
    const user = await t.factory.user();
    for (let i = 0; i < 5; i++) expect((await login(user.email, `wrong-${i}-password`)).statusCode).toBe(401);
    const blocked = await login(user.email, TEST_PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('rate_limited');
    expect(blocked.json().error.message).toMatch(/Too many failed sign-ins/);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('rejects malformed input with field messages', async () => {
    const res = await login('not-an-email', '');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid');
    expect(Object.keys(res.json().error.fields)).toEqual(expect.arrayContaining(['email', 'password']));
  });

  it('rejects a body that is not JSON, or of the wrong type, without a 500', async () => {
    const garbage = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: '{not json', headers: { 'content-type': 'application/json' } });
    expect(garbage.statusCode).toBe(400);
    const wrongType = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 42, password: ['x'] } });
    expect(wrongType.statusCode).toBe(400);
  });
});

describe('sessions', () => {
  it('GET /me is 401 without a session, and after sign-out', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
    const user = await t.factory.user();
    const res = await login(user.email, TEST_PASSWORD);
    const cookie = sessionCookie(res);
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })).statusCode).toBe(401);
    const [audit] = await t.auditRows(1);
    expect(audit).toMatchObject({ action: 'user.signed_out', entity: 'user', entityId: user.id, actorUserId: user.id, after: { ip: '127.0.0.1' } });
    // Signing out again with the ended session changes nothing and audits nothing.
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } })).statusCode).toBe(204);
    expect((await t.auditRows(1))[0]!.id).toBe(audit!.id);
  });

  it('GET /auth/session answers 200 with null when signed out and the user when signed in', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session' });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json()).toEqual({ me: null, timeZone: 'Asia/Ho_Chi_Minh', demoData: false });
    const expired = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie: 'econdip_session=not-a-session' } });
    expect(expired.json()).toEqual({ me: null, timeZone: 'Asia/Ho_Chi_Minh', demoData: false });
    const user = await t.factory.user({ role: 'leader' });
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: await t.login(user) });
    expect(res.statusCode).toBe(200);
    expect(res.json().me).toMatchObject({ user: { id: user.id }, abilities: { 'audit.read': false } });
  });

  it('refuses a cross-site write made with the session cookie', async () => {
    const user = await t.factory.user();
    const headers = { ...(await t.login(user)), origin: 'https://evil.example' };
    const res = await t.app.inject({ method: 'PATCH', url: '/api/v1/me', payload: { locale: 'en' }, headers });
    expect(res.statusCode).toBe(403);
  });
});

describe('own account', () => {
  it('changes the language', async () => {
    const user = await t.factory.user();
    const res = await t.app.inject({ method: 'PATCH', url: '/api/v1/me', payload: { locale: 'en' }, headers: await t.login(user) });
    expect(res.statusCode).toBe(200);
    expect(res.json().user.locale).toBe('en');
  });

  it('changes the password only with the current one, and signs out other sessions', async () => {
    const user = await t.factory.user();
    const current = await t.login(user);
    const other = await t.login(user);
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/me/password', payload: { currentPassword: 'nope-nope-nope', newPassword: 'a-new-long-password' }, headers: current });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toHaveProperty('currentPassword');
    const short = await t.app.inject({ method: 'POST', url: '/api/v1/me/password', payload: { currentPassword: TEST_PASSWORD, newPassword: 'short' }, headers: current });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields).toHaveProperty('newPassword');

    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/me/password', payload: { currentPassword: TEST_PASSWORD, newPassword: 'a-new-long-password' }, headers: current });
    expect(ok.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: current })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: other })).statusCode).toBe(401);
    expect((await login(user.email, 'a-new-long-password')).statusCode).toBe(200);
    const [audit] = await t.auditRows(2);
    expect(JSON.stringify(audit)).not.toContain('a-new-long-password');
  });
});

describe('personal API tokens', () => {
  it('creates a token shown once, authenticates with Bearer, lists without the secret, and revokes', async () => {
    const user = await t.factory.user({ role: 'leader' });
    const headers = await t.login(user);
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/me/tokens', payload: { name: 'Data warehouse', expiresInDays: 30 }, headers });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json();
    expect(token).toMatch(/^edp_/);

    const viaToken = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } });
    expect(viaToken.statusCode).toBe(200);
    expect(viaToken.json().user.id).toBe(user.id);

    const list = await t.app.inject({ method: 'GET', url: '/api/v1/me/tokens', headers });
    expect(list.json().items).toHaveLength(1);
    expect(JSON.stringify(list.json())).not.toContain(token);

    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/me/tokens/${id}`, headers })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v1/me/tokens/${id}`, headers })).statusCode).toBe(404);
  });

  it('a token cannot be revoked by another user', async () => {
    const owner = await t.factory.user();
    const other = await t.factory.user();
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/me/tokens', payload: { name: 'mine' }, headers: await t.login(owner) });
    const res = await t.app.inject({ method: 'DELETE', url: `/api/v1/me/tokens/${created.json().id}`, headers: await t.login(other) });
    expect(res.statusCode).toBe(404);
  });
});
