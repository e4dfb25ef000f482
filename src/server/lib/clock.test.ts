import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../test/factories.js';
import { buildTestApp, type TestContext } from '../test/support.js';
import { setClock, timeZoneFromEnv, todayIso } from './clock.js';

/** 20:00 UTC on 1 December is already 03:00 on 2 December in Viet Nam; 16:00 UTC is 23:00 on the 1st. */
const VN_NIGHT = new Date('2026-12-01T20:00:00Z');
const VN_EVENING = new Date('2026-12-01T16:00:00Z');

let restore: (() => void) | undefined;
afterEach(() => restore?.());

describe('one "today", in the configured time zone', () => {
  it('is the day in Viet Nam by default, not in UTC', () => {
    expect(timeZoneFromEnv({})).toBe('Asia/Ho_Chi_Minh');
    expect(todayIso(VN_NIGHT)).toBe('2026-12-02');
    expect(todayIso(VN_EVENING)).toBe('2026-12-01');
  });

  it('follows ECONDIP_TIME_ZONE, and refuses a zone that does not exist', () => {
    expect(timeZoneFromEnv({ ECONDIP_TIME_ZONE: 'Europe/Paris' })).toBe('Europe/Paris');
    restore = setClock(() => VN_NIGHT, 'Europe/Paris');
    expect(todayIso()).toBe('2026-12-01');
    expect(() => timeZoneFromEnv({ ECONDIP_TIME_ZONE: 'Mars/Olympus' })).toThrow(/ECONDIP_TIME_ZONE/);
  });
});

describe('overdue and the time zone the web app is told', () => {
  let t: TestContext;
  let coordinator: TestUser;
  let taskId: string;
  beforeAll(async () => {
    t = await buildTestApp();
    const hq = (await t.factory.unit('hq', 'MOFA-ECO')).id;
    coordinator = await t.factory.user({ role: 'hq_coordinator', unitId: hq });
    taskId = (await t.factory.task({ responsibleUnitId: hq, startDate: '2026-11-01', dueDate: '2026-12-01' })).id;
  });
  afterAll(() => t.close());

  const overdue = async () => (await t.app.inject({ method: 'GET', url: `/api/v1/tasks/${taskId}`, headers: await t.login(coordinator) })).json().overdue;

  it('a task due 1 December is overdue at 03:00 on 2 December in Viet Nam (20:00 UTC), not at 23:00 on the 1st', async () => {
    restore = setClock(() => VN_NIGHT);
    expect(await overdue()).toBe(true);
    restore();
    restore = setClock(() => VN_EVENING);
    expect(await overdue()).toBe(false);
  });

  it('tells the web app the zone with the session and /me', async () => {
    const headers = await t.login(coordinator);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers })).json().timeZone).toBe('Asia/Ho_Chi_Minh');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/session' })).json()).toEqual({ me: null, timeZone: 'Asia/Ho_Chi_Minh', demoData: false });
  });
});
