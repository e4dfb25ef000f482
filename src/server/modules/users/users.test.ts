import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/support.js';
import type { TestUser } from '../../test/factories.js';

let t: TestContext;
let admin: TestUser;
let embassyId: string;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.factory.user({ role: 'admin' });
  embassyId = (await t.factory.unit('mission', 'EMB-US')).id;
});
afterAll(() => t.close());

const newUser = (overrides: Record<string, unknown> = {}) => ({
  email: `new-${Math.random().toString(36).slice(2)}@mofa.test`,
  name: 'Đỗ Văn An',
  role: 'unit_editor',
  unitId: embassyId,
  locale: 'vi',
  password: 'a-long-enough-password',
  ...overrides,
});

describe('POST /api/v1/users', () => {
  it('lets the system admin create a user who can then sign in; audited without the password', async () => {
    const payload = newUser();
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/users', payload, headers: await t.login(admin) });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ email: payload.email, role: 'unit_editor', unit: { code: 'EMB-US' }, active: true, version: 1 });
    const [audit] = await t.auditRows(1);
    expect(audit).toMatchObject({ action: 'user.created', entityId: res.json().id, actorUserId: admin.id });
    expect(JSON.stringify(audit)).not.toMatch(/password/i);
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: payload.email, password: payload.password } });
    expect(login.statusCode).toBe(200);
  });

  it('is 401 without a session and 403 for an HQ coordinator, writing nothing', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/users', payload: newUser() })).statusCode).toBe(401);
    const coordinator = await t.factory.user({ role: 'hq_coordinator' });
    const before = (await t.auditRows(1))[0]!.id;
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/users', payload: newUser(), headers: await t.login(coordinator) });
    expect(res.statusCode).toBe(403);
    expect((await t.auditRows(1))[0]!.id).toBe(before);
  });

  it('names each bad field', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/users', payload: { email: 'nope', name: '', role: 'emperor', unitId: 'x', password: 'short' }, headers: await t.login(admin) });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(expect.arrayContaining(['email', 'name', 'role', 'unitId', 'password']));
  });

  it('requires a unit for unit roles, refuses a former unit, and refuses a taken e-mail', async () => {
    const headers = await t.login(admin);
    const noUnit = await t.app.inject({ method: 'POST', url: '/api/v1/users', payload: newUser({ unitId: null }), headers });
    expect(noUnit.statusCode).toBe(400);
    expect(noUnit.json().error.fields).toHaveProperty('unitId');

    const binhDuong = await t.factory.unit('province', '74', '2025-01-01');
    const former = await t.app.inject({ method: 'POST', url: '/api/v1/users', payload: newUser({ unitId: binhDuong.id }), headers });
    expect(former.statusCode).toBe(422);
    expect(former.json().error.fields).toHaveProperty('unitId');

    const payload = newUser();
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/users', payload, headers })).statusCode).toBe(201);
    const taken = await t.app.inject({ method: 'POST', url: '/api/v1/users', payload: { ...payload, email: payload.email.toUpperCase() }, headers });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.fields).toEqual({ email: 'taken' });
  });
});

describe('GET /api/v1/users', () => {
  it('lists and searches users without diacritics', async () => {
    const headers = await t.login(admin);
    await t.factory.user({ name: 'Nguyễn Thị Hường' });
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/users?q=nguyen%20thi%20huong', headers });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((u: { name: string }) => u.name)).toContain('Nguyễn Thị Hường');
    const byRole = await t.app.inject({ method: 'GET', url: '/api/v1/users?role=admin&active=true', headers });
    expect(byRole.json().items.every((u: { role: string }) => u.role === 'admin')).toBe(true);
  });

  it('hides users from non-admins: a user can read only themself', async () => {
    const viewer = await t.factory.user({ role: 'unit_viewer', unitId: embassyId });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: await t.login(viewer) })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/users/${admin.id}`, headers: await t.login(viewer) })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/users/${viewer.id}`, headers: await t.login(viewer) })).statusCode).toBe(200);
  });
});

describe('PATCH /api/v1/users/:id', () => {
  it('deactivates a user, which ends their sessions; a stale version is a 409', async () => {
    const headers = await t.login(admin);
    const target = await t.factory.user({ role: 'unit_viewer', unitId: embassyId });
    const targetSession = await t.login(target);
    const res = await t.app.inject({ method: 'PATCH', url: `/api/v1/users/${target.id}`, payload: { active: false, version: 1 }, headers });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ active: false, version: 2 });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'user.deactivated', before: { active: true }, after: { active: false } });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: targetSession })).statusCode).toBe(401);

    const stale = await t.app.inject({ method: 'PATCH', url: `/api/v1/users/${target.id}`, payload: { name: 'Overwrite', version: 1 }, headers });
    expect(stale.statusCode).toBe(409);
    const current = await t.app.inject({ method: 'GET', url: `/api/v1/users/${target.id}`, headers });
    expect(current.json().name).not.toBe('Overwrite');
  });

  it('keeps an admin from locking themself out', async () => {
    const res = await t.app.inject({ method: 'PATCH', url: `/api/v1/users/${admin.id}`, payload: { active: false, version: 1 }, headers: await t.login(admin) });
    expect(res.statusCode).toBe(422);
  });

  it('moves a user to another unit', async () => {
    const headers = await t.login(admin);
    const target = await t.factory.user({ role: 'unit_editor', unitId: embassyId });
    const hcm = await t.factory.unit('province', '79');
    const res = await t.app.inject({ method: 'PATCH', url: `/api/v1/users/${target.id}`, payload: { unitId: hcm.id, version: 1 }, headers });
    expect(res.statusCode).toBe(200);
    expect(res.json().unit.code).toBe('79');
  });
});

describe('POST /api/v1/users/:id/password', () => {
  it('sets a new password and signs the user out', async () => {
    const headers = await t.login(admin);
    const target = await t.factory.user();
    const session = await t.login(target);
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/users/${target.id}/password`, payload: { password: 'brand-new-password' }, headers });
    expect(res.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: session })).statusCode).toBe(401);
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: target.email, password: 'brand-new-password' } });
    expect(login.statusCode).toBe(200);
  });
});
