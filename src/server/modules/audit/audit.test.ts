import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { buildTestApp, type TestContext } from '../../test/support.js';

let t: TestContext;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('GET /api/v1/audit', () => {
  it('lets the HQ coordinator browse and filter the log; others get 403', async () => {
    const coordinator = await t.factory.user({ role: 'hq_coordinator' });
    const headers = await t.login(coordinator);
    await t.app.inject({ method: 'PATCH', url: '/api/v1/me', payload: { locale: 'en' }, headers });
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/audit?actorId=${coordinator.id}`, headers });
    expect(res.statusCode).toBe(200);
    expect(res.json().items[0]).toMatchObject({ action: 'user.profile_updated', actor: { id: coordinator.id, email: coordinator.email }, after: { locale: 'en' } });
    const reference = await t.app.inject({ method: 'GET', url: '/api/v1/audit?entity=reference', headers });
    expect(reference.json().items[0]).toMatchObject({ action: 'reference.loaded', actor: null });

    const editor = await t.factory.user({ role: 'unit_editor' });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/audit', headers: await t.login(editor) })).statusCode).toBe(403);
  });

  it('is append-only in the database itself', async () => {
    await expect(t.db.execute(sql`DELETE FROM audit_log`)).rejects.toThrow();
    await expect(t.db.execute(sql`UPDATE audit_log SET action = 'x'`)).rejects.toThrow();
  });
});
