import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../test/support.js';
import { loadDemoCommitments } from './demo-commitments.js';
import { demoEngagementsContext, loadDemoEngagements } from './demo-engagements.js';

let t: TestContext;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('loadDemoCommitments', () => {
  it('records the heads-of-mission tasks with a mix of statuses, slips, overdue items and evidence; idempotent', async () => {
    await t.db.transaction((tx) => loadDemoEngagements(tx, demoEngagementsContext(tx)));
    const loaded = await t.db.transaction((tx) => loadDemoCommitments(tx));
    expect(loaded).toEqual({ commitments: 9, tasks: 15 });
    expect(await t.db.transaction((tx) => loadDemoCommitments(tx))).toEqual({ commitments: 0, tasks: 0 });

    const admin = await t.factory.user({ role: 'admin' });
    const headers = await t.login(admin);
    const usId = (await t.factory.unit('mission', 'EMB-US')).id;
    const tasks = (await t.app.inject({ method: 'GET', url: '/api/v1/tasks?pageSize=100', headers })).json().items as { responsibleUnit: { code: string }; status: string; slipCount: number; overdue: boolean; originalDueDate: string; dueDate: string }[];
    expect(tasks.filter((task) => task.responsibleUnit.code === 'EMB-US').length).toBe(3);
    expect(new Set(tasks.map((task) => task.status))).toEqual(new Set(['completed', 'on_track', 'at_risk', 'delayed', 'not_started']));
    expect(tasks.some((task) => task.slipCount === 2 && task.originalDueDate < task.dueDate)).toBe(true);
    expect(tasks.some((task) => task.overdue)).toBe(true);
    const fulfilled = (await t.app.inject({ method: 'GET', url: '/api/v1/commitments?status=fulfilled', headers })).json();
    expect(fulfilled.total).toBe(2);
    const us = (await t.app.inject({ method: 'GET', url: `/api/v1/commitments?unitId=${usId}`, headers })).json();
    expect(us.total).toBe(2);
  });
});

describe('demo tasks on any date', () => {
  it('dates the follow-up work around the day the demo is loaded: some overdue, some due in the coming weeks', async () => {
    const other = await buildTestApp();
    try {
      await other.db.transaction((tx) => loadDemoEngagements(tx, demoEngagementsContext(tx)));
      await other.db.transaction((tx) => loadDemoCommitments(tx, { today: '2031-03-10' }));
      const headers = await other.login(await other.factory.user({ role: 'admin' }));
      const tasks = (await other.app.inject({ method: 'GET', url: '/api/v1/tasks?pageSize=100', headers })).json().items as { dueDate: string; status: string }[];
      const open = tasks.filter((task) => task.status !== 'completed');
      expect(open.filter((task) => task.dueDate < '2031-03-10' && task.dueDate >= '2031-02-01').length).toBeGreaterThanOrEqual(2);
      expect(open.filter((task) => task.dueDate >= '2031-03-10' && task.dueDate <= '2031-04-10').length).toBeGreaterThanOrEqual(2);
    } finally {
      await other.close();
    }
  });
});
