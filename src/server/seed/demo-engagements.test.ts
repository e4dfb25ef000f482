import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../test/support.js';
import { demoEngagementsContext, loadDemoEngagements } from './demo-engagements.js';

let t: TestContext;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('loadDemoEngagements', () => {
  it('records the 2024 and H1-2025 visits with agreements for period stats, once', async () => {
    const first = await t.db.transaction((tx) => loadDemoEngagements(tx, demoEngagementsContext(tx)));
    expect(first.engagements).toBe(22);
    const again = await t.db.transaction((tx) => loadDemoEngagements(tx, demoEngagementsContext(tx)));
    expect(again).toEqual({ engagements: 0, agreements: 0 });
    const headers = await t.login(await t.factory.user({ role: 'leader' }));
    const stats = async (query: string) => (await t.app.inject({ method: 'GET', url: `/api/v1/agreements/stats?${query}`, headers })).json();
    const y2024 = await stats('groupBy=kind&from=2024-01-01&to=2024-12-31');
    const h1 = await stats('groupBy=month&from=2025-01-01&to=2025-06-30');
    expect(y2024.total).toBeGreaterThanOrEqual(35);
    expect(h1.total).toBeGreaterThan(y2024.total);
    expect((await stats('groupBy=unit&localInternational=true')).total).toBeGreaterThanOrEqual(5);
    const cepa = await t.app.inject({ method: 'GET', url: '/api/v1/agreements?q=CEPA', headers });
    expect(cepa.json().items[0]).toMatchObject({ kind: 'treaty', signedDate: '2024-10-28', partners: [{ code: 'AE' }] });
  });
});
