import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../test/support.js';
import { loadDemoIndicators } from './demo-indicators.js';

let t: TestContext;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

interface ScorecardItem {
  indicatorCode: string;
  status: string;
  low: string;
  high: string | null;
  actual: { value: string | null };
  elapsed: number;
}

describe('demo national figures and targets', () => {
  it('tell the sources\' 2024 and H1-2025 story through the scorecard and the indicator values', async () => {
    const hq = await t.factory.user({ role: 'hq_coordinator' });
    const leader = await t.factory.user({ role: 'leader' });
    await t.db.transaction((tx) => loadDemoIndicators(tx, { createdBy: hq.id }));
    const headers = await t.login(leader);
    const get = async (url: string) => {
      const response = await t.app.inject({ method: 'GET', url, headers });
      expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
      return response.json();
    };
    const byCode = (items: ScorecardItem[], code: string) => items.find((item) => item.indicatorCode === code)!;

    // 2024: growth above the plan's 6–6.5%, and the Government's 15 of 15 main targets.
    const y2024 = await get('/api/v1/targets/scorecard?year=2024&asOf=2025-01-20');
    expect(y2024).toMatchObject({ total: 2, counts: { met: 2 }, metOrOnTrack: 2 });
    expect(byCode(y2024.items, 'macro.gdp_growth')).toMatchObject({ low: '6', high: '6.5', actual: { value: '7.09' }, status: 'met' });
    expect(byCode(y2024.items, 'macro.socioeconomic_targets_met')).toMatchObject({ low: '15', actual: { value: '15' }, status: 'met' });

    // The conference's FDI figures are the first 11 months', and the values say so.
    const fdi = await get('/api/v1/indicators/macro.fdi_registered/values?from=2024-01-01&to=2025-01-01');
    expect(fdi.total).toMatchObject({ value: '31.4', count: 1 });
    const records = await get(`/api/v1/indicators/macro.fdi_registered/records?${new URLSearchParams(fdi.total.filter)}`);
    expect(records.items).toHaveLength(1);
    expect((await get('/api/v1/indicators/macro.trade_turnover/values?from=2024-01-01&to=2025-01-01')).total.value).toBe('800');

    // 2025: the 8.3–8.5% target against the first half's 7.52%. With only H1 published the year is judged at its
    // half (at risk), never as missed, however late the as-of day.
    for (const asOf of ['2025-07-22', '2026-12-01']) {
      const y2025 = await get(`/api/v1/targets/scorecard?year=2025&asOf=${asOf}`);
      expect(byCode(y2025.items, 'macro.gdp_growth'), asOf).toMatchObject({ low: '8.3', high: '8.5', actual: { value: '7.52' }, status: 'at_risk', elapsed: 0.496 });
    }
  });
});
