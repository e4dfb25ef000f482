import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DASHBOARD_GROUPS } from '../../../shared/schemas/dashboard.js';
import type { TestUser } from '../../test/factories.js';
import { implementationFixtures } from '../../test/implementation.js';
import { buildTestApp, type TestContext } from '../../test/support.js';

const AS_OF = '2026-03-10';

let t: TestContext;
let coordinator: TestUser;
let usViewer: TestUser;
let japanEditor: TestUser;
let business: TestUser;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await buildTestApp();
  const fx = implementationFixtures(t.db);
  const us = await t.factory.unit('mission', 'EMB-US');
  const japan = await t.factory.unit('mission', 'EMB-JP');
  const hcm = await t.factory.unit('province', '79');
  const eco = await t.factory.unit('hq', 'MOFA-ECO');
  coordinator = await t.factory.user({ role: 'hq_coordinator', unitId: eco.id });
  usViewer = await t.factory.user({ role: 'unit_viewer', unitId: us.id });
  japanEditor = await t.factory.user({ role: 'unit_editor', unitId: japan.id });
  business = await t.factory.user({ role: 'business' });
  const apple = await fx.partner({ nameEn: 'Apple' });
  const nvidia = await fx.partner({ nameEn: 'NVIDIA' });
  ids.apple = apple.id;
  const usVisit = await fx.engagement({ leadUnitId: us.id, startDate: '2025-09-20', partnerIds: [apple.id], title: 'PM visit to the United States' });
  const japanVisit = await fx.engagement({ leadUnitId: japan.id, startDate: '2025-03-01', partnerIds: [nvidia.id], title: 'Working visit to Japan' });
  ids.usVisit = usVisit.id;
  ids.japanVisit = japanVisit.id;
  const task = (values: Parameters<typeof fx.task>[0]) => fx.task(values).then((row) => row.id);
  ids.c1 = (await fx.commitment({ ownerUnitId: us.id, engagementId: usVisit.id, dueDate: '2025-12-31', status: 'fulfilled', fields: ['trade'] })).id;
  ids.c2 = (await fx.commitment({ ownerUnitId: us.id, engagementId: usVisit.id, dueDate: '2026-06-30', fields: ['investment', 'trade'] })).id;
  ids.t1 = await task({ commitmentId: ids.c2, responsibleUnitId: us.id, assigningUnitId: eco.id, dueDate: '2026-01-10', status: 'completed' });
  ids.t2 = await task({ commitmentId: ids.c2, responsibleUnitId: us.id, assigningUnitId: eco.id, dueDate: '2026-02-01', status: 'on_track' });
  ids.c3 = (await fx.commitment({ ownerUnitId: japan.id, engagementId: japanVisit.id, dueDate: '2026-01-15', fields: ['digital'] })).id;
  ids.c4 = (await fx.commitment({ ownerUnitId: japan.id, engagementId: japanVisit.id, dueDate: null })).id;
  ids.t3 = await task({ commitmentId: ids.c4, responsibleUnitId: japan.id, assigningUnitId: eco.id, dueDate: '2025-10-01', status: 'completed' });
  ids.t4 = await task({ commitmentId: ids.c4, responsibleUnitId: japan.id, assigningUnitId: eco.id, dueDate: '2025-11-01', originalDueDate: '2025-10-01', slipCount: 1, status: 'completed_with_changes' });
  ids.c5 = (await fx.commitment({ ownerUnitId: hcm.id, engagementId: usVisit.id, dueDate: '2026-09-01', coOwnerIds: [us.id] })).id;
  ids.t5 = await task({ responsibleUnitId: us.id, assigningUnitId: eco.id, dueDate: '2026-03-01', originalDueDate: '2025-12-01', slipCount: 2, status: 'delayed' });
});
afterAll(() => t.close());

const get = async (url: string, user: TestUser = coordinator) => t.app.inject({ method: 'GET', url, headers: await t.login(user) });
const dashboard = async (query: string, user?: TestUser) => (await get(`/api/v1/dashboard/implementation?asOf=${AS_OF}&${query}`, user)).json();
const records = async (query: string, user?: TestUser) => (await get(`/api/v1/dashboard/implementation/records?asOf=${AS_OF}&pageSize=500&${query}`, user)).json();
const idsOf = (items: { id: string }[]) => items.map((item) => item.id).sort();

describe('GET /api/v1/dashboard/implementation', () => {
  it('needs a session, an internal role and valid filters', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/dashboard/implementation' })).statusCode).toBe(401);
    expect((await get('/api/v1/dashboard/implementation', business)).statusCode).toBe(403);
    const bad = await get('/api/v1/dashboard/implementation?groupBy=planet&from=2026-05-01&to=2026-01-01');
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(expect.arrayContaining(['groupBy']));
    expect((await get('/api/v1/dashboard/implementation?from=2026-05-01&to=2026-01-01')).statusCode).toBe(400);
  });

  it('counts commitments fulfilled and overdue, and lists overdue and slipping tasks', async () => {
    const body = await dashboard('groupBy=engagement');
    expect(body.totals).toEqual({ total: 5, fulfilled: 2, overdue: 2, fulfilmentRate: 0.4 });
    const us = body.groups.find((g: { key: string }) => g.key === ids.usVisit);
    expect(us).toMatchObject({ label: { en: 'PM visit to the United States' }, commitments: { total: 3, fulfilled: 1, overdue: 1 } });
    expect(idsOf(body.overdueTasks.items)).toEqual([ids.t2, ids.t5].sort());
    expect(idsOf(body.slippingTasks.items)).toEqual([ids.t4, ids.t5].sort());
    expect(body.overdueTasks.total).toBe(2);
  });

  it('groups by partner, field and half-year, and filters by period, partner and field', async () => {
    const byPartner = await dashboard('groupBy=partner');
    expect(byPartner.groups.find((g: { key: string }) => g.key === ids.apple).commitments.total).toBe(3);
    const byField = await dashboard('groupBy=field');
    expect(Object.fromEntries(byField.groups.map((g: { key: string; commitments: { total: number } }) => [g.key, g.commitments.total]))).toEqual({ trade: 2, investment: 1, digital: 1, none: 2 });
    const byPeriod = await dashboard('groupBy=period');
    expect(Object.fromEntries(byPeriod.groups.map((g: { key: string; commitments: { total: number } }) => [g.key, g.commitments.total]))).toEqual({ '2025-H1': 1, '2025-H2': 1, '2026-H1': 2, '2026-H2': 1 });
    expect((await dashboard('from=2026-01-01&to=2026-07-01')).totals.total).toBe(2);
    expect((await dashboard(`partnerId=${ids.apple}`)).totals.total).toBe(3);
    expect((await dashboard('field=trade')).totals).toMatchObject({ total: 2, fulfilled: 1 });
  });

  it('shows a mission only its own numbers', async () => {
    const japan = await dashboard('groupBy=unit', japanEditor);
    expect(japan.totals).toEqual({ total: 2, fulfilled: 1, overdue: 1, fulfilmentRate: 0.5 });
    expect(japan.overdueTasks.total).toBe(0);
    expect(idsOf(japan.slippingTasks.items)).toEqual([ids.t4]);
    expect((await records('metric=commitments.total', japanEditor)).items.map((r: { id: string }) => r.id).sort()).toEqual([ids.c3, ids.c4].sort());
    // co-owned commitments count for the co-owner too
    expect((await dashboard('groupBy=unit', usViewer)).totals.total).toBe(3);
    const usUnit = (await t.factory.unit('mission', 'EMB-US')).id;
    expect((await dashboard(`unitId=${usUnit}`, japanEditor)).totals.total).toBe(0);
    expect((await dashboard(`unitId=${usUnit}`)).totals.total).toBe(3);
  });
});

describe('GET /api/v1/dashboard/implementation/records', () => {
  it('needs a session, an internal role and a known metric', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/dashboard/implementation/records?metric=tasks.overdue' })).statusCode).toBe(401);
    expect((await get('/api/v1/dashboard/implementation/records?metric=tasks.overdue', business)).statusCode).toBe(403);
    expect((await get('/api/v1/dashboard/implementation/records?metric=tasks.lost')).statusCode).toBe(400);
    expect((await get('/api/v1/dashboard/implementation/records?metric=tasks.overdue&groupKey=x')).statusCode).toBe(400);
  });

  it('lists exactly the records behind every number of every grouping', async () => {
    for (const groupBy of DASHBOARD_GROUPS) {
      for (const user of [coordinator, japanEditor]) {
        const body = await dashboard(`groupBy=${groupBy}`, user);
        const totals = { total: 'commitments.total', fulfilled: 'commitments.fulfilled', overdue: 'commitments.overdue' } as const;
        for (const [field, metric] of Object.entries(totals)) {
          const all = await records(`metric=${metric}`, user);
          expect(all.total, `${groupBy} ${metric}`).toBe(body.totals[field]);
          expect(all.items).toHaveLength(all.total);
          for (const group of body.groups) {
            const drill = await records(`metric=${metric}&groupBy=${groupBy}&groupKey=${encodeURIComponent(group.key)}`, user);
            expect(drill.total, `${groupBy}=${group.key} ${metric}`).toBe(group.commitments[field]);
            expect(drill.items).toHaveLength(drill.total);
          }
        }
        for (const [list, metric] of [['overdueTasks', 'tasks.overdue'], ['slippingTasks', 'tasks.slipping']] as const) {
          const drill = await records(`metric=${metric}`, user);
          expect(drill.total).toBe(body[list].total);
          expect(idsOf(drill.items)).toEqual(idsOf(body[list].items));
          expect(drill.items.every((item: { entity: string }) => item.entity === 'task')).toBe(true);
        }
      }
    }
  });

  it('pages the records', async () => {
    const page = await get(`/api/v1/dashboard/implementation/records?asOf=${AS_OF}&metric=commitments.total&pageSize=2&page=2`);
    expect(page.json()).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(page.json().items).toHaveLength(2);
  });
});

describe('GET /api/v1/engagements/:id/promised-vs-delivered', () => {
  it('lists the promises of a visit with the tasks delivering them', async () => {
    const res = await get(`/api/v1/engagements/${ids.usVisit}/promised-vs-delivered?asOf=${AS_OF}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.totals).toMatchObject({ total: 3, fulfilled: 1, overdue: 1 });
    const c2 = body.commitments.find((c: { id: string }) => c.id === ids.c2);
    expect(c2).toMatchObject({ fulfilled: false, overdue: true });
    expect(c2.tasks.map((task: { id: string; status: string }) => [task.id, task.status])).toEqual([
      [ids.t1, 'completed'],
      [ids.t2, 'on_track'],
    ]);
  });

  it('shows a reader only the tasks it could open itself', async () => {
    const fx = implementationFixtures(t.db);
    const [us, eco, hcm] = [await t.factory.unit('mission', 'EMB-US'), await t.factory.unit('hq', 'MOFA-ECO'), await t.factory.unit('province', '79')];
    // c5 is Hồ Chí Minh City's commitment co-owned by the embassy; each delivers a task of it on HQ's assignment.
    const delivering = await fx.task({ commitmentId: ids.c5, responsibleUnitId: us.id, assigningUnitId: eco.id, dueDate: '2026-08-01', status: 'on_track' });
    const provincial = await fx.task({ commitmentId: ids.c5, responsibleUnitId: hcm.id, assigningUnitId: eco.id, dueDate: '2026-08-01', status: 'on_track' });
    const tasksOfC5 = async (user: TestUser) =>
      (await get(`/api/v1/engagements/${ids.usVisit}/promised-vs-delivered?asOf=${AS_OF}`, user)).json()
        .commitments.find((c: { id: string }) => c.id === ids.c5).tasks.map((task: { id: string }) => task.id);
    expect(await tasksOfC5(usViewer)).toEqual([delivering.id]);
    expect((await get(`/api/v1/tasks/${provincial.id}`, usViewer)).statusCode).toBe(404);
  });

  it('is 404 to a province whose commitment hangs under an engagement it cannot open', async () => {
    const hcmEditor = await t.factory.user({ role: 'unit_editor', unitId: (await t.factory.unit('province', '79')).id });
    const engagement = await get(`/api/v1/engagements/${ids.usVisit}`, hcmEditor);
    const page = await get(`/api/v1/engagements/${ids.usVisit}/promised-vs-delivered?asOf=${AS_OF}`, hcmEditor);
    expect(engagement.statusCode).toBe(404);
    expect([page.statusCode, page.json()]).toEqual([engagement.statusCode, engagement.json()]);
  });

  it('answers for a commitment without a due date: not overdue', async () => {
    const fx = implementationFixtures(t.db);
    const us = await t.factory.unit('mission', 'EMB-US');
    const visit = await fx.engagement({ leadUnitId: us.id, startDate: '2025-10-01', partnerIds: [ids.apple!], title: 'Call without deadlines' });
    const open = await fx.commitment({ ownerUnitId: us.id, engagementId: visit.id, dueDate: null });
    const res = await get(`/api/v1/engagements/${visit.id}/promised-vs-delivered?asOf=${AS_OF}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().commitments).toMatchObject([{ id: open.id, dueDate: null, fulfilled: false, overdue: false }]);
    expect(res.json().totals).toMatchObject({ total: 1, overdue: 0 });
  });

  it('is 404 for another mission\'s visit and an unknown one, 400 for a bad id, 401 and 403', async () => {
    expect((await get(`/api/v1/engagements/${ids.usVisit}/promised-vs-delivered`, japanEditor)).statusCode).toBe(404);
    expect((await get(`/api/v1/engagements/${ids.japanVisit}/promised-vs-delivered`, japanEditor)).json().commitments).toHaveLength(2);
    expect((await get('/api/v1/engagements/01900000-0000-7000-8000-000000000000/promised-vs-delivered')).statusCode).toBe(404);
    expect((await get('/api/v1/engagements/nope/promised-vs-delivered')).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/engagements/${ids.usVisit}/promised-vs-delivered` })).statusCode).toBe(401);
    expect((await get(`/api/v1/engagements/${ids.usVisit}/promised-vs-delivered`, business)).statusCode).toBe(403);
  });
});
