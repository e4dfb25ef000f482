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
    expect(loaded).toEqual({ commitments: 8, tasks: 11 });
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
