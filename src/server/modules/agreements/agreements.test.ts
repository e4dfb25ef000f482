import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../../test/factories.js';
import { buildTestApp, type TestContext } from '../../test/support.js';

let t: TestContext;
let coordinator: TestUser;
let hcmEditor: TestUser;
let usEditor: TestUser;
let hcm: string;
let most: string;
let us: string;
let bavaria: string;
beforeAll(async () => {
  t = await buildTestApp();
  hcm = (await t.factory.unit('province', '79')).id;
  most = (await t.factory.unit('ministry', 'MOST')).id;
  coordinator = await t.factory.user({ role: 'hq_coordinator' });
  hcmEditor = await t.factory.user({ role: 'unit_editor', unitId: hcm });
  usEditor = await t.factory.user({ role: 'unit_editor', unitId: (await t.factory.unit('mission', 'EMB-US')).id });
  const headers = await t.login(coordinator);
  us = (await t.app.inject({ method: 'GET', url: '/api/v1/partners?kind=country&countryCode=US', headers })).json().items[0].id;
  bavaria = (await t.app.inject({ method: 'POST', url: '/api/v1/partners', headers, payload: { kind: 'foreign_locality', name: { vi: 'Bang Bayern', en: 'Bavaria' }, countryCode: 'DE' } })).json().id;
});
afterAll(() => t.close());

const mou = (overrides: Record<string, unknown> = {}) => ({
  title: { vi: 'Thỏa thuận hợp tác trung tâm R&D trí tuệ nhân tạo', en: 'Agreement on an AI R&D centre' },
  kind: 'agreement',
  signedDate: '2024-12-05',
  signedPlace: 'Hà Nội',
  fields: ['science_technology', 'digital'],
  unitIds: [most],
  partnerIds: [us],
  ownerUnitId: most,
  ...overrides,
});
const create = async (user: TestUser, payload: object) => t.app.inject({ method: 'POST', url: '/api/v1/agreements', payload, headers: await t.login(user) });
const get = async (url: string, user: TestUser = coordinator) => t.app.inject({ method: 'GET', url, headers: await t.login(user) });

describe('POST /api/v1/agreements', () => {
  it('records a signed agreement with its first event; audited', async () => {
    const res = await create(coordinator, mou({ value: '1500000000.50', currency: 'USD' }));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'signed', value: '1500000000.50', currency: 'USD', ownerUnit: { code: 'MOST' }, units: [{ code: 'MOST' }], partners: [{ code: 'US' }], localInternational: false, events: [{ status: 'signed', effectiveDate: '2024-12-05' }] });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'agreement.created', entityId: res.json().id });
  });

  it('marks a province with a foreign locality as local–international; owner defaults to the editor\'s unit', async () => {
    const res = await create(hcmEditor, mou({ title: { vi: 'Ghi nhớ hợp tác TP.HCM – Bayern', en: 'HCMC–Bavaria MoU' }, kind: 'mou', unitIds: [hcm], partnerIds: [bavaria], ownerUnitId: undefined }));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ localInternational: true, ownerUnit: { id: hcm } });
    expect(res.json().events).toMatchObject([{ fromStatus: null, status: 'signed', actor: { id: hcmEditor.id, name: hcmEditor.name, unit: { id: hcm, code: '79' } } }]);
    expect((await get('/api/v1/agreements?localInternational=true')).json().items.map((a: { id: string }) => a.id)).toEqual([res.json().id]);
  });

  it('needs at least two parties, on create and on an update that would leave one; nothing is written', async () => {
    const before = (await t.auditRows(1))[0]!.id;
    const alone = await create(coordinator, mou({ partnerIds: [] }));
    expect(alone.statusCode).toBe(400);
    expect(alone.json().error.fields).toHaveProperty('partnerIds');
    const twice = await create(coordinator, mou({ unitIds: [most, most], partnerIds: [] }));
    expect(twice.statusCode).toBe(400);
    expect((await t.auditRows(1))[0]!.id).toBe(before);
    const created = (await create(coordinator, mou({ title: { vi: 'Hai bên', en: 'Two parties' } }))).json();
    const update = await t.app.inject({ method: 'PATCH', url: `/api/v1/agreements/${created.id}`, payload: { unitIds: [], version: created.version }, headers: await t.login(coordinator) });
    expect(update.statusCode).toBe(400);
    expect(update.json().error.fields).toHaveProperty('unitIds');
  });

  it('is 401/403 as it should be, and names bad fields', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/agreements', payload: mou() })).statusCode).toBe(401);
    const viewer = await t.factory.user({ role: 'unit_viewer', unitId: hcm });
    expect((await create(viewer, mou({ ownerUnitId: hcm }))).statusCode).toBe(403);
    expect((await create(hcmEditor, mou())).statusCode).toBe(403);
    const bad = await create(coordinator, mou({ kind: 'deal', fields: ['gossip'], value: '12,5', currency: 'usd' }));
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(expect.arrayContaining(['kind', 'fields.0', 'value', 'currency']));
    expect((await create(coordinator, mou({ value: '100' }))).json().error.fields).toHaveProperty('currency');
    expect((await create(coordinator, mou({ value: '100', currency: 'XYZ' }))).json().error.fields).toHaveProperty('currency');
    expect((await create(coordinator, mou({ status: 'signed', signedDate: null }))).json().error.fields).toHaveProperty('signedDate');
  });
});

describe('lifecycle and edits', () => {
  it('moves negotiating → signed → in_force, refuses skipping back (422) and a stale version (409)', async () => {
    const created = (await create(coordinator, mou({ title: { vi: 'Hiệp định CEPA', en: 'CEPA' }, kind: 'treaty', signedDate: null }))).json();
    expect(created.status).toBe('negotiating');
    const url = `/api/v1/agreements/${created.id}/status`;
    const move = async (payload: object, user: TestUser = coordinator) => t.app.inject({ method: 'POST', url, payload, headers: await t.login(user) });
    const signed = await move({ status: 'signed', effectiveDate: '2024-10-28', version: 1 });
    expect(signed.json()).toMatchObject({ status: 'signed', signedDate: '2024-10-28', version: 2 });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'agreement.status_changed', before: { status: 'negotiating' }, after: { status: 'signed' } });
    const back = await move({ status: 'negotiating', effectiveDate: '2024-11-01', version: 2 });
    expect(back.statusCode).toBe(422);
    expect(back.json().error).toMatchObject({ code: 'rule_violated', fields: { status: 'invalid_transition' } });
    expect((await move({ status: 'in_force', effectiveDate: '2025-01-01', version: 1 })).statusCode).toBe(409);
    expect((await move({ status: 'in_force', effectiveDate: '2025-01-01', version: 2 }, usEditor)).statusCode).toBe(404);
    const inForce = await move({ status: 'in_force', effectiveDate: '2025-01-01', note: 'Có hiệu lực', version: 2 });
    expect(inForce.json()).toMatchObject({ status: 'in_force', inForceDate: '2025-01-01' });
    expect(inForce.json().events.map((e: { status: string }) => e.status)).toEqual(['negotiating', 'signed', 'in_force']);
    // Each event says what it changed from, and who recorded it with their unit.
    expect(inForce.json().events).toMatchObject([
      { fromStatus: null, status: 'negotiating', actor: { id: coordinator.id, name: coordinator.name } },
      { fromStatus: 'negotiating', status: 'signed', effectiveDate: '2024-10-28' },
      { fromStatus: 'signed', status: 'in_force', note: 'Có hiệu lực', actor: { id: coordinator.id } },
    ]);
    expect(inForce.json().abilities).toEqual({ update: true, changeStatus: true, publish: true });
    const completed = await move({ status: 'completed', effectiveDate: '2025-02-01', version: 3 });
    // Completed is final: no status step is left, though details may still be edited.
    expect(completed.json().abilities).toEqual({ update: true, changeStatus: false, publish: true });
  });

  it('tells owner, HQ, a viewer and another unit what they may do, by the rules the writes enforce', async () => {
    const created = (await create(hcmEditor, mou({ title: { vi: 'Quyền', en: 'Abilities' }, unitIds: [hcm], ownerUnitId: undefined }))).json();
    expect(created.abilities).toEqual({ update: true, changeStatus: true, publish: false });
    const url = `/api/v1/agreements/${created.id}`;
    const viewer = await t.factory.user({ role: 'unit_viewer', unitId: hcm });
    const leader = await t.factory.user({ role: 'leader' });
    expect((await get(url)).json().abilities).toEqual({ update: true, changeStatus: true, publish: true });
    expect((await get(url, viewer)).json().abilities).toEqual({ update: false, changeStatus: false, publish: false });
    expect((await get(url, leader)).json().abilities).toEqual({ update: false, changeStatus: false, publish: false });
    expect((await t.app.inject({ method: 'PATCH', url, payload: { summary: 'x', version: 1 }, headers: await t.login(leader) })).statusCode).toBe(403);
    expect((await get(url, usEditor)).statusCode).toBe(404);
    const listed = (await get('/api/v1/agreements?pageSize=500', hcmEditor)).json().items.find((a: { id: string }) => a.id === created.id);
    expect(listed.abilities).toEqual({ update: true, changeStatus: true, publish: false });
  });

  it('edits with the version read; other units get 404; unsent lists stay', async () => {
    const created = (await create(hcmEditor, mou({ title: { vi: 'Hợp đồng thương mại', en: 'Contract' }, kind: 'commercial_contract', unitIds: [hcm], ownerUnitId: undefined }))).json();
    const url = `/api/v1/agreements/${created.id}`;
    const edit = async (user: TestUser, payload: object) => t.app.inject({ method: 'PATCH', url, payload, headers: await t.login(user) });
    expect((await edit(usEditor, { summary: 'x', version: 1 })).statusCode).toBe(404);
    expect((await get(url, usEditor)).statusCode).toBe(404);
    const ok = await edit(hcmEditor, { summary: 'Giá trị dự kiến', value: '2500000', currency: 'EUR', version: 1 });
    expect(ok.json()).toMatchObject({ summary: 'Giá trị dự kiến', value: '2500000.00', currency: 'EUR', units: [{ id: hcm }], partners: [{ code: 'US' }] });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'agreement.updated', after: { summary: 'Giá trị dự kiến' } });
    expect((await edit(hcmEditor, { summary: 'lost', version: 1 })).statusCode).toBe(409);
    expect((await edit(hcmEditor, { currency: null, version: 2 })).json().error.fields).toHaveProperty('currency');
  });
});

describe('GET /api/v1/agreements/stats', () => {
  it('counts by kind, field, partner, unit and month; each bucket\'s filter lists exactly its records', async () => {
    const headers = await t.login(coordinator);
    for (const [i, date] of ['2025-01-15', '2025-02-10', '2025-02-20', '2025-06-30', '2025-07-01'].entries()) {
      await create(coordinator, mou({ title: { vi: `Văn kiện ${i}`, en: `Doc ${i}` }, kind: i % 2 ? 'mou' : 'agreement', signedDate: date, fields: i % 2 ? ['trade'] : ['trade', 'energy'] }));
    }
    for (const groupBy of ['kind', 'field', 'partner', 'unit', 'month']) {
      const stats = (await t.app.inject({ method: 'GET', url: `/api/v1/agreements/stats?groupBy=${groupBy}&from=2025-01-01&to=2025-07-01`, headers })).json();
      expect(stats.total).toBe(4);
      for (const bucket of stats.buckets) {
        const list = (await t.app.inject({ method: 'GET', url: `/api/v1/agreements?${new URLSearchParams({ ...bucket.filter, pageSize: '1' })}`, headers })).json();
        expect(list.total, `${groupBy} ${bucket.key}`).toBe(bucket.count);
      }
      if (groupBy === 'month') expect(stats.buckets.map((b: { key: string; count: number }) => [b.key, b.count])).toEqual([['2025-01', 1], ['2025-02', 2], ['2025-06', 1]]);
      if (groupBy === 'partner') expect(stats.buckets[0]).toMatchObject({ key: us, label: { en: 'United States' } });
    }
    const mine = (await t.app.inject({ method: 'GET', url: '/api/v1/agreements/stats?groupBy=kind', headers: await t.login(usEditor) })).json();
    expect(mine.total).toBe(0);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/agreements/stats?groupBy=colour', headers })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/agreements/stats?groupBy=kind' })).statusCode).toBe(401);
  });
});
