import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/support.js';
import type { TestUser } from '../../test/factories.js';

let t: TestContext;
let viewer: TestUser;
let coordinator: TestUser;
beforeAll(async () => {
  t = await buildTestApp();
  const embassy = await t.factory.unit('mission', 'EMB-US');
  viewer = await t.factory.user({ role: 'unit_viewer', unitId: embassy.id });
  coordinator = await t.factory.user({ role: 'hq_coordinator' });
});
afterAll(() => t.close());

const get = async (url: string, user: TestUser = viewer) => t.app.inject({ method: 'GET', url, headers: await t.login(user) });

describe('GET /api/v1/org-units', () => {
  it('needs a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/org-units' })).statusCode).toBe(401);
  });

  it('has 63 provinces until 30 Jun 2025 and 34 from 1 Jul 2025', async () => {
    const before = await get('/api/v1/org-units?type=province&asOf=2025-06-30&pageSize=500');
    const after = await get('/api/v1/org-units?type=province&asOf=2025-07-01&pageSize=500');
    expect(before.json().total).toBe(63);
    expect(after.json().total).toBe(34);
    expect(after.json().items).toHaveLength(34);
  });

  it('has the 94 representative offices of mid-2025, and the offices opened since', async () => {
    expect((await get('/api/v1/org-units?type=mission&asOf=2025-07-22&pageSize=1')).json().total).toBe(94);
    expect((await get('/api/v1/org-units?type=mission&asOf=2026-11-01&pageSize=1')).json().total).toBe(97);
  });

  it('finds units without diacritics, and former units with history=true', async () => {
    const today = await get('/api/v1/org-units?q=binh%20duong');
    expect(today.json().total).toBe(0);
    const history = await get('/api/v1/org-units?q=binh%20duong&history=true');
    expect(history.json().items.map((u: { name: { vi: string } }) => u.name.vi)).toEqual(['Bình Dương']);
    const hanoi = await get('/api/v1/org-units?q=ha%20noi&type=province');
    expect(hanoi.json().items[0].name.vi).toBe('Hà Nội');
  });

  it('treats LIKE wildcards in the search literally', async () => {
    expect((await get('/api/v1/org-units?q=%25')).json().total).toBe(0);
  });

  it('gives each unit its parent on the date asked, and filters by parent and country', async () => {
    const mofa = await t.factory.unit('hq', 'MOFA');
    const missions = await get(`/api/v1/org-units?parentId=${mofa.id}&pageSize=500&asOf=2025-07-01`);
    expect(missions.json().total).toBeGreaterThanOrEqual(94);
    const inChina = await get('/api/v1/org-units?type=mission&countryCode=CN&pageSize=50');
    expect(inChina.json().items.every((u: { countryCode: string }) => u.countryCode === 'CN')).toBe(true);
    expect(inChina.json().total).toBeGreaterThan(1);
  });

  it('rejects malformed filters with field messages', async () => {
    const res = await get('/api/v1/org-units?asOf=2025-02-30&type=planet&pageSize=100000');
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(expect.arrayContaining(['asOf', 'type', 'pageSize']));
  });
});

describe('GET /api/v1/org-units/:id', () => {
  it('shows a former province with its successor and the current unit its records roll up to', async () => {
    const [binhDuong] = (await get('/api/v1/org-units?q=binh%20duong&history=true')).json().items;
    const res = await get(`/api/v1/org-units/${binhDuong.id}`);
    expect(res.statusCode).toBe(200);
    const detail = res.json();
    expect(detail).toMatchObject({ validTo: '2025-07-01', successors: [{ kind: 'merger', effectiveDate: '2025-07-01', unit: { name: { vi: 'TP. Hồ Chí Minh' } } }] });
    expect(detail.currentUnits.map((u: { name: { vi: string } }) => u.name.vi)).toEqual(['TP. Hồ Chí Minh']);
    expect(detail.parents).toHaveLength(1);
  });

  it('shows a merged province with its three predecessors', async () => {
    const hcm = await t.factory.unit('province', '79');
    const detail = (await get(`/api/v1/org-units/${hcm.id}`)).json();
    expect(detail.predecessors.map((p: { unit: { name: { vi: string } } }) => p.unit.name.vi).sort()).toEqual(['Bà Rịa - Vũng Tàu', 'Bình Dương', 'TP. Hồ Chí Minh'].sort());
    expect(detail.validFrom).toBe('2025-07-01');
  });

  it('shows ministries merged on 1 Mar 2025', async () => {
    const mpi = await t.factory.unit('ministry', 'MPI', '2025-01-01');
    const detail = (await get(`/api/v1/org-units/${mpi.id}`)).json();
    expect(detail.successors[0]).toMatchObject({ effectiveDate: '2025-03-01', unit: { code: 'MOF' } });
  });

  it('gives country names in Vietnamese and English for a mission', async () => {
    const embassy = await t.factory.unit('mission', 'EMB-US');
    const detail = (await get(`/api/v1/org-units/${embassy.id}`)).json();
    expect(detail.countryName).toEqual({ vi: 'Hoa Kỳ', en: 'United States' });
    expect(detail.city).toBe('Washington, D.C.');
  });

  it('is 404 for an unknown unit and 400 for a malformed id', async () => {
    expect((await get('/api/v1/org-units/01900000-0000-7000-8000-000000000000')).statusCode).toBe(404);
    expect((await get('/api/v1/org-units/not-a-uuid')).statusCode).toBe(400);
  });
});

describe('writing units', () => {
  const unitInput = { code: 'CG-XX-TST', type: 'mission', kind: 'consulate_general', name: { vi: 'Tổng Lãnh sự quán thử', en: 'Test Consulate General' }, countryCode: 'AU', city: 'Melbourne' };

  it('refuses a unit editor or viewer, and writes nothing', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/org-units', payload: unitInput, headers: await t.login(viewer) });
    expect(res.statusCode).toBe(403);
    expect((await get('/api/v1/org-units?q=CG-XX-TST')).json().total).toBe(0);
  });

  it('lets the HQ coordinator create, audited; a duplicate code is a 409; a bad country is a 400', async () => {
    const mofa = await t.factory.unit('hq', 'MOFA');
    const headers = await t.login(coordinator);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/org-units', payload: { ...unitInput, parentId: mofa.id, validFrom: '2026-01-01' }, headers });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ code: 'CG-XX-TST', parentId: mofa.id });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'org_unit.created', entityId: res.json().id, actorUserId: coordinator.id });

    const duplicate = await t.app.inject({ method: 'POST', url: '/api/v1/org-units', payload: { ...unitInput, parentId: mofa.id, validFrom: '2026-01-01' }, headers });
    expect(duplicate.statusCode).toBe(409);
    const badCountry = await t.app.inject({ method: 'POST', url: '/api/v1/org-units', payload: { ...unitInput, code: 'X2', countryCode: 'ZZ' }, headers });
    expect(badCountry.statusCode).toBe(400);
    expect(badCountry.json().error.fields).toHaveProperty('countryCode');
    const overlong = await t.app.inject({ method: 'POST', url: '/api/v1/org-units', payload: { ...unitInput, code: 'X3', name: { vi: 'x'.repeat(400), en: 'ok' } }, headers });
    expect(overlong.statusCode).toBe(400);
    expect(overlong.json().error.fields).toHaveProperty(['name.vi']);
  });

  it('edits with the version read, and refuses a stale version with 409', async () => {
    const headers = await t.login(coordinator);
    const unit = await t.factory.unit('business_association', 'VITAS');
    const first = await t.app.inject({ method: 'PATCH', url: `/api/v1/org-units/${unit.id}`, payload: { shortName: 'VITAS (Dệt May)', version: unit.version }, headers });
    expect(first.statusCode).toBe(200);
    const stale = await t.app.inject({ method: 'PATCH', url: `/api/v1/org-units/${unit.id}`, payload: { shortName: 'lost update', version: unit.version }, headers });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');
    const detail = (await get(`/api/v1/org-units/${unit.id}`)).json();
    expect(detail.shortName).toBe('VITAS (Dệt May)');
    const [audit] = await t.auditRows(1);
    expect(audit).toMatchObject({ action: 'org_unit.updated', before: { shortName: 'VITAS' }, after: { shortName: 'VITAS (Dệt May)' } });
  });

  it('records a merger: predecessors end and roll up to the successor', async () => {
    const headers = await t.login(coordinator);
    const mofa = await t.factory.unit('hq', 'MOFA');
    const mk = async (code: string, validFrom?: string) =>
      (await t.app.inject({ method: 'POST', url: '/api/v1/org-units', payload: { code, type: 'mission', kind: 'embassy', name: { vi: code, en: code }, countryCode: 'FR', parentId: mofa.id, validFrom }, headers })).json();
    const a = await mk('TEST-A');
    const b = await mk('TEST-B');
    const merged = await mk('TEST-AB', '2026-06-01');
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/org-units/reorganisations', payload: { kind: 'merger', effectiveDate: '2026-06-01', predecessorIds: [a.id, b.id], successorIds: [merged.id] }, headers });
    expect(res.statusCode).toBe(201);
    const detail = (await get(`/api/v1/org-units/${a.id}`)).json();
    expect(detail).toMatchObject({ validTo: '2026-06-01', currentUnits: [{ id: merged.id }] });
    expect(detail.parents[0].validTo).toBe('2026-06-01');
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/org-units/reorganisations', payload: { kind: 'merger', effectiveDate: '2026-09-01', predecessorIds: [a.id], successorIds: [merged.id] }, headers });
    expect(again.statusCode).toBe(422);
  });
});
