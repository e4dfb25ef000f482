import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMissionRecords } from '../../test/mission-records.js';
import { buildTestApp, type TestContext } from '../../test/support.js';

let t: TestContext;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

/**
 * Every list that filters by unit reads the filter as reported (the unit itself) or mapped to today's units (the
 * unit and those it succeeded), across the 1 Jul 2025 merger: Bình Dương's records are found under today's
 * Hồ Chí Minh City in the mapped view only, and the mapped total of today's city is the sum of the as-reported
 * totals of the units it is made of.
 */
describe('the mapped view on every unit filter', () => {
  it('rolls a former province’s engagements, agreements, commitments, tasks, activities, outcomes, support requests and dashboard figures up to its successor', async () => {
    const admin = await t.factory.user({ role: 'admin' });
    const binhDuong = await t.factory.unit('province', '74', '2025-03-01');
    const hcmc = await t.factory.unit('province', '79');
    const oldHcmc = await t.factory.unit('province', '79', '2025-03-01');
    const bariaVungtau = await t.factory.unit('province', '77', '2025-03-01');
    expect(new Set([binhDuong.id, oldHcmc.id, bariaVungtau.id, hcmc.id]).size).toBe(4);
    const editor = await t.factory.user({ role: 'unit_editor', unitId: binhDuong.id });
    const mission = await t.factory.unit('mission', 'EMB-US');
    await createMissionRecords(t, editor, admin, binhDuong.id, mission.id);

    const headers = await t.login(admin);
    const total = async (url: string) => {
      const response = await t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });
      expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
      const body = response.json() as { total: number | { total: number } } & { totals?: { total: number } };
      return typeof body.total === 'number' ? body.total : (body.totals?.total ?? body.total.total);
    };
    const lists: [string, string][] = [
      ['/engagements', 'unitId'],
      ['/agreements', 'unitId'],
      ['/commitments', 'unitId'],
      ['/tasks', 'unitId'],
      ['/tasks', 'responsibleUnitId'],
      ['/tasks', 'assigningUnitId'],
      ['/activities', 'unitId'],
      ['/outcomes', 'unitId'],
      ['/support-requests', 'requestingUnitId'],
      ['/dashboard/implementation', 'unitId'],
      ['/dashboard/implementation/records?metric=commitments.total', 'unitId'],
    ];
    for (const [path, param] of lists) {
      const url = (unitId: string, view: string) => `${path}${path.includes('?') ? '&' : '?'}${param}=${unitId}&view=${view}`;
      const asReported = async (unitId: string) => total(url(unitId, 'as_reported'));
      expect(await asReported(binhDuong.id), `${path} ${param} as reported`).toBe(1);
      expect(await asReported(hcmc.id), `${path} ${param} as reported`).toBe(0);
      expect(await total(url(hcmc.id, 'mapped')), `${path} ${param} mapped`).toBe(1);
      // Totals are equal both ways: today's city mapped is the sum of its parts as reported.
      const parts = await Promise.all([hcmc, oldHcmc, binhDuong, bariaVungtau].map((unit) => asReported(unit.id)));
      expect(parts.reduce((a, b) => a + b, 0), `${path} ${param} sum`).toBe(await total(url(hcmc.id, 'mapped')));
    }
    // The dashboard keeps reading a unit mapped unless asked otherwise.
    expect(await total(`/dashboard/implementation?unitId=${hcmc.id}`)).toBe(1);
  });
});
