import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../test/support.js';
import type { TestUser } from '../test/factories.js';
import { loadDemoActivities } from './demo-activities.js';

let t: TestContext;
let hq: TestUser;
beforeAll(async () => {
  t = await buildTestApp();
  hq = await t.factory.user({ role: 'hq_coordinator' });
});
afterAll(() => t.close());

const get = async (url: string) => (await t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: await t.login(hq) })).json();

describe('loadDemoActivities', () => {
  it('loads the spread the conference reports give quickly, once', async () => {
    const result = await t.db.transaction((tx) => loadDemoActivities(tx));
    expect(result.activities).toBeGreaterThan(1500);
    expect(await t.db.transaction((tx) => loadDemoActivities(tx))).toEqual({ activities: 0, outputs: 0, outcomes: 0 });

    const missions2024 = await get('/activities/summary?groupBy=unit&from=2024-01-01&to=2024-12-31');
    const byType = (buckets: { unit: { type: string } | null; count: number }[], type: string) => buckets.filter((b) => b.unit?.type === type).reduce((sum, b) => sum + b.count, 0);
    expect(byType(missions2024.buckets, 'mission')).toBe(700);
    expect(byType(missions2024.buckets, 'province')).toBeGreaterThan(400);
    const h1 = await get('/activities/summary?groupBy=unit&from=2025-01-01&to=2025-06-30');
    expect(byType(h1.buckets, 'mission')).toBe(300);

    // Former provinces roll up to today's HCMC when mapped.
    const mapped = await get('/activities/summary?groupBy=unit&from=2024-01-01&to=2024-12-31&view=mapped');
    expect(byType(mapped.buckets, 'province')).toBe(byType(missions2024.buckets, 'province'));
    expect(mapped.buckets.filter((b: { unit: { type: string } }) => b.unit.type === 'province').length).toBeLessThanOrEqual(34);
    const hcm = await t.factory.unit('province', '79');
    const hcmMapped = mapped.buckets.find((b: { key: string }) => b.key === hcm.id);
    const hcmReported = missions2024.buckets.filter((b: { unit: { code: string; type: string } }) => b.unit.type === 'province' && ['74', '77', '79'].includes(b.unit.code));
    expect(hcmMapped.count).toBe(hcmReported.reduce((sum: number, b: { count: number }) => sum + b.count, 0));

    const formalism = await get('/activities/formalism?from=2024-01-01&to=2024-12-31');
    expect(formalism.units.some((u: { flagged: number }) => u.flagged > 0)).toBe(true);
    const totals = await get('/outcomes/totals?from=2024-01-01&to=2025-06-30&confirmedOnly=true');
    expect(totals.items.length).toBeGreaterThan(0);
    for (const status of ['unconfirmed', 'confirmed', 'corrected', 'denied']) {
      expect((await get(`/outcomes?confirmationStatus=${status}&pageSize=1`)).total).toBeGreaterThan(0);
    }
  });
});
