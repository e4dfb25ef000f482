import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../test/support.js';
import { demoPeriods, loadDemoPeriods } from './demo-periods.js';

let t: TestContext;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const names = (today: string) => demoPeriods(today).map((p) => `${p.kind}:${p.year}:${p.index}:${p.dueDate}:${p.open ? 'open' : 'closed'}`);

describe('demo periods on any date', () => {
  it('keeps the sourced 2024–2025 periods and adds the current and previous half-years of the day given', () => {
    const history = ['year:2024:1:2025-01-15:closed', 'half_year:2025:1:2025-07-15:open', 'half_year:2025:2:2026-01-15:open'];
    expect(names('2026-12-01')).toEqual([...history, 'half_year:2026:1:2026-07-15:open', 'half_year:2026:2:2027-01-15:open']);
    expect(names('2031-03-10')).toEqual([...history, 'half_year:2030:2:2031-01-15:open', 'half_year:2031:1:2031-07-15:open']);
    // While the history is still current, it is not duplicated.
    expect(names('2025-09-01')).toEqual(history);
    expect(names('2026-02-01')).toEqual([...history, 'half_year:2026:1:2026-07-15:open']);
  });

  it('loads a previous half-year under review and a current one being drafted, relative to an injected today', async () => {
    const hq = await t.factory.user({ role: 'hq_coordinator' });
    const loaded = await t.db.transaction((tx) => loadDemoPeriods(tx, { hqUserId: hq.id, today: '2031-03-10' }));
    expect(loaded.periods).toBe(5);
    const headers = await t.login(hq);
    const periods = (await t.app.inject({ method: 'GET', url: '/api/v1/periods?pageSize=20', headers })).json().items as { id: string; label: { en: string }; open: boolean }[];
    const board = async (label: string) => {
      const period = periods.find((p) => p.label.en === label)!;
      expect(period.open).toBe(true);
      return (await t.app.inject({ method: 'GET', url: `/api/v1/periods/${period.id}/completeness`, headers })).json();
    };
    const previous = await board('H2 2030');
    expect(previous.counts.submitted).toBeGreaterThan(10);
    expect(previous.counts.approved).toBeGreaterThan(10);
    expect(previous.counts.none).toBeGreaterThan(0);
    const current = await board('H1 2031');
    expect(current.counts.draft).toBeGreaterThan(0);
    expect(current.counts.submitted + current.counts.approved).toBe(0);
    // Submitted reports were frozen when they went in.
    const submitted = previous.items.find((item: { status: string }) => item.status === 'submitted');
    const detail = (await t.app.inject({ method: 'GET', url: `/api/v1/periods/${previous.period.id}/submissions/${submitted.submissionId}`, headers })).json();
    expect(detail.snapshot).toMatchObject({ frozenAt: '2031-01-15T03:00:00.000Z' });
  });
});
