import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activities, agreements, commitments, engagements, outcomes, partners, supportRequests, tasks, users } from '../../db/schema/index.js';
import { loadDemoData } from '../../seed/demo.js';
import { buildTestApp, type TestContext } from '../../test/support.js';

/** The demo flag on invented records: the banner's answer, and every count of the sources' figures without them. */
let plain: TestContext;
let demo: TestContext;
beforeAll(async () => {
  [plain, demo] = await Promise.all([buildTestApp(), buildTestApp()]);
  expect(await loadDemoData(demo.db, 'demo-test-password')).toBe(true);
}, 240_000);
afterAll(async () => {
  await Promise.all([plain?.close(), demo?.close()]);
});

const session = async (t: TestContext) => {
  const response = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session' });
  expect(response.statusCode).toBe(200);
  return response.json() as { me: unknown; demoData: boolean };
};

async function getter(t: TestContext) {
  const headers = await t.login(await t.factory.user({ role: 'leader' }));
  return async (url: string) => {
    const response = await t.app.inject({ method: 'GET', url, headers });
    expect(response.statusCode, url).toBe(200);
    return response.json();
  };
}

describe('demo data', () => {
  it('the session says whether invented records are loaded, signed in or not', async () => {
    expect(await session(plain)).toMatchObject({ me: null, demoData: false });
    expect(await session(demo)).toMatchObject({ me: null, demoData: true });
    const get = await getter(plain);
    await get('/api/v1/me');
    expect((await session(plain)).demoData).toBe(false);
  });

  it('marks every invented record with the flag, and leaves the records from the sources unmarked', async () => {
    const flagged = async (table: typeof engagements | typeof agreements | typeof commitments | typeof tasks | typeof activities | typeof outcomes | typeof supportRequests | typeof users | typeof partners, demoValue: boolean) =>
      (await demo.db.select({ n: count() }).from(table).where(eq(table.demo, demoValue)))[0]!.n;
    for (const table of [engagements, agreements, commitments, tasks, activities, outcomes, supportRequests, users]) expect(await flagged(table, true)).toBeGreaterThan(0);
    // Everything the demo invents: commitments, tasks, activities, outcomes, support requests and sign-ins.
    for (const table of [commitments, tasks, activities, outcomes, supportRequests]) expect(await flagged(table, false)).toBe(0);
    // The fictional demo company is flagged; the real corporations named by the sources are not.
    const companies = await demo.db.select({ code: partners.code, demo: partners.demo }).from(partners).where(eq(partners.kind, 'vietnamese_company'));
    expect(companies.every((c) => c.demo)).toBe(true);
    // Agreements named by the sources (the UAE CEPA, NVIDIA's AI centres) are real; invented ones say so in their title too.
    const rows = await demo.db.select({ title: agreements.titleEn, demo: agreements.demo }).from(agreements);
    expect(rows.filter((a) => !a.demo).map((a) => a.title).join(' | ')).toMatch(/CEPA/);
    expect(rows.every((a) => a.demo === a.title.includes('[demo]'))).toBe(true);
    const real = await demo.db.select({ title: engagements.titleEn }).from(engagements).where(eq(engagements.demo, false));
    expect(real.map((e) => e.title)).toContain('PM official visit to Hungary');
  });

  it('every count of the sources\' figures can leave invented records out: indicators, drill-downs, dashboard, lists', async () => {
    const get = await getter(demo);
    const value = async (code: string, query: string) => (await get(`/api/v1/indicators/${code}/values?${query}&compare=false`)).total as { value: string; count: number; filter: Record<string, string> };

    const year = 'from=2024-01-01&to=2025-01-01&asOf=2025-12-31';
    const all = await value('agreements.signed', year);
    const sourced = await value('agreements.signed', `${year}&excludeDemo=true`);
    expect(Number(all.value)).toBeGreaterThan(170);
    expect(Number(sourced.value)).toBeGreaterThan(0);
    expect(Number(sourced.value)).toBeLessThan(10);
    // The drill-down of the value without demo records lists exactly those records.
    expect(sourced.filter).toMatchObject({ excludeDemo: 'true' });
    const records = await get(`/api/v1/indicators/agreements.signed/records?${new URLSearchParams(sourced.filter).toString()}&pageSize=100`);
    expect(records.total).toBe(sourced.count);
    expect((await get(`/api/v1/agreements?from=2024-01-01&to=2024-12-31&excludeDemo=true&pageSize=100`)).total).toBe(sourced.count);

    const engagementsAll = await value('engagements.high_level', year);
    const engagementsSourced = await value('engagements.high_level', `${year}&excludeDemo=true`);
    expect(engagementsSourced.count).toBeLessThan(engagementsAll.count);
    expect(engagementsSourced.count).toBeGreaterThan(5);
    for (const code of ['activities.all', 'activities.missions_supporting_localities', 'commitments.total', 'tasks.slipped', 'outcomes.export_contracts', 'support_requests.answered']) {
      const query = 'from=2024-01-01&to=2027-01-01&asOf=2026-12-31';
      expect((await value(code, query)).count, code).toBeGreaterThan(0);
      expect((await value(code, `${query}&excludeDemo=true`)).count, code).toBe(0);
    }
    // National figures reported by the sources are never invented.
    expect((await value('macro.fdi_registered', 'from=2024-01-01&to=2025-01-01&excludeDemo=true')).value).not.toBeNull();

    const dashboard = await get('/api/v1/dashboard/implementation?asOf=2025-12-31');
    expect(dashboard.totals.total).toBeGreaterThan(0);
    const dashboardSourced = await get('/api/v1/dashboard/implementation?asOf=2025-12-31&excludeDemo=true');
    expect(dashboardSourced.totals.total).toBe(0);
    expect(dashboardSourced.overdueTasks.total).toBe(0);
    expect((await get('/api/v1/dashboard/implementation/records?metric=commitments.total&excludeDemo=true')).total).toBe(0);
  });

  it('a database without demo data counts the same with or without the exclusion', async () => {
    const get = await getter(plain);
    const a = await get('/api/v1/indicators/engagements.all/values?compare=false');
    const b = await get('/api/v1/indicators/engagements.all/values?compare=false&excludeDemo=true');
    expect(b.total.count).toBe(a.total.count);
  });
});

describe('leaving demo records out of the commitment, task and outcome lists', () => {
  it('excludeDemo keeps only the real records, in the items and in the totals', async () => {
    const hq = await demo.factory.user({ role: 'hq_coordinator' });
    const headers = await demo.login(hq);
    const call = async (method: 'GET' | 'POST', url: string, payload?: object) => {
      const response = await demo.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });
      expect(response.statusCode, `${url}: ${response.body}`).toBeLessThan(300);
      return response.json();
    };
    // Real records next to the demo ones: a commitment from the 2024 conclusions, a task for it, an activity's outcome.
    const conclusions = (await call('GET', '/source-documents?kind=conference_conclusions&from=2024-12-20&to=2024-12-21')).items[0];
    const embUs = (await demo.factory.unit('mission', 'EMB-US')).id;
    const commitment = await call('POST', '/commitments', { title: 'Cam kết ghi nhận thật', sourceDocumentId: conclusions.id, ownerUnitId: embUs });
    const task = await call('POST', '/tasks', {
      commitmentId: commitment.id,
      title: 'Nhiệm vụ ghi nhận thật',
      objective: 'Mục tiêu',
      responsibleUnitId: embUs,
      assigningUnitId: (await demo.factory.unit('hq', 'MOFA-ECO')).id,
      responsiblePerson: 'Tham tán',
      startDate: '2026-01-01',
      dueDate: '2026-12-31',
      accountableTo: 'Đại sứ',
      checkedBy: 'Vụ Tổng hợp kinh tế',
      expectedOutput: 'Báo cáo',
      expectedOutcome: 'Kết quả',
    });
    const activity = await call('POST', '/activities', { type: 'trade_promotion', title: 'Xúc tiến ghi nhận thật', startDate: '2025-03-03', endDate: '2025-03-03', countryCode: 'US', unitId: embUs });
    const outcome = await call('POST', '/outcomes', { activityId: activity.id, kind: 'export_contract', value: '1000.00', currency: 'USD', product: 'Tôm', businessName: 'Công ty TNHH Thủy sản Sông Hậu Xanh' });

    for (const [list, id] of [['/commitments', commitment.id], ['/tasks', task.id], ['/outcomes', outcome.id]] as const) {
      const all = await call('GET', `${list}?pageSize=1`);
      const real = await call('GET', `${list}?pageSize=100&excludeDemo=true`);
      expect(all.total, list).toBeGreaterThan(1);
      expect(real.total, list).toBe(1);
      expect(real.items.map((item: { id: string }) => item.id), list).toEqual([id]);
      // Other filters still apply with it, and excludeDemo=false is the same as leaving it out.
      expect((await call('GET', `${list}?pageSize=1&excludeDemo=false`)).total, list).toBe(all.total);
      expect((await call('GET', `${list}?pageSize=1&excludeDemo=true&q=không-có-gì`)).total, list).toBe(0);
    }
    // The outcome totals count only the real contract, and their drill-down lists it.
    const totals = await call('GET', '/outcomes/totals?from=2024-01-01&to=2026-01-01&excludeDemo=true');
    expect(totals.items).toEqual([{ kind: 'export_contract', currency: 'USD', value: '1000.00', quantity: null, count: 1 }]);
    expect((await call('GET', '/outcomes?from=2024-01-01&to=2026-01-01&excludeDemo=true&counted=true')).total).toBe(1);
    expect((await call('GET', '/outcomes/totals?from=2024-01-01&to=2026-01-01')).items.length).toBeGreaterThan(1);
    // A bad flag is a field error.
    const bad = await demo.app.inject({ method: 'GET', url: '/api/v1/tasks?excludeDemo=yes', headers });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('excludeDemo');
  });
});
