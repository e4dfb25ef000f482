import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReferenceData } from '../../seed/reference.js';
import type { TestUser } from '../../test/factories.js';
import { buildTestApp, type TestContext } from '../../test/support.js';

let t: TestContext;
let coordinator: TestUser;
let editor: TestUser;
beforeAll(async () => {
  t = await buildTestApp();
  coordinator = await t.factory.user({ role: 'hq_coordinator' });
  editor = await t.factory.user({ role: 'unit_editor', unitId: (await t.factory.unit('province', '79')).id });
});
afterAll(() => t.close());

const get = async (url: string, user: TestUser = editor) => t.app.inject({ method: 'GET', url, headers: await t.login(user) });
const post = async (payload: object, user: TestUser) => t.app.inject({ method: 'POST', url: '/api/v1/partners', payload, headers: await t.login(user) });

describe('reference partners', () => {
  it('has countries, international organisations, partnerships and FTAs; loading again adds nothing', async () => {
    const before = (await get('/api/v1/partners?pageSize=1')).json().total;
    expect(before).toBeGreaterThan(80);
    expect((await get('/api/v1/partners?kind=international_org')).json().items.map((p: { code: string }) => p.code).sort()).toEqual(
      ['ADB', 'APEC', 'ASEAN', 'EU', 'IMF', 'OECD', 'UN', 'WB', 'WEF', 'WTO'],
    );
    await loadReferenceData(t.db);
    expect((await get('/api/v1/partners?pageSize=1')).json().total).toBe(before);
    expect((await get('/api/v1/partnerships')).json().items).toHaveLength(33);
    const ftas = (await get('/api/v1/ftas')).json().items;
    expect(ftas.find((f: { shortName: string }) => f.shortName === 'EVFTA').countryCodes).toContain('DE');
  });

  it('finds partners without diacritics and by country; a country shows its partnership level and FTAs', async () => {
    const [japan] = (await get('/api/v1/partners?q=nhat%20ban&kind=country')).json().items;
    expect(japan).toMatchObject({ code: 'JP', name: { vi: 'Nhật Bản' } });
    const detail = (await get(`/api/v1/partners/${japan.id}`)).json();
    expect(detail.partnership).toMatchObject({ level: 'comprehensive_strategic', established: '2023-11' });
    expect(detail.ftas.map((f: { shortName: string }) => f.shortName)).toEqual(expect.arrayContaining(['VJEPA', 'CPTPP', 'RCEP', 'AJCEP']));
    expect((await get('/api/v1/partners?countryCode=AE')).json().items[0]).toMatchObject({ kind: 'country', code: 'AE' });
  });

  it('lists names that start with the search first: "Nhật" finds Japan before the United Arab Emirates ("… Thống nhất")', async () => {
    const found = (await get(`/api/v1/partners?q=${encodeURIComponent('Nhật')}`)).json().items.map((p: { code: string | null }) => p.code);
    expect(found[0]).toBe('JP');
    expect(found).toContain('AE');
    expect((await get('/api/v1/partners?q=nhat')).json().items[0].code).toBe('JP');
  });

  it('needs a session; 404 for an unknown partner', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/partners' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/ftas' })).statusCode).toBe(401);
    expect((await get('/api/v1/partners/01900000-0000-7000-8000-000000000000')).statusCode).toBe(404);
  });
});

describe('writing partners', () => {
  const bavaria = { kind: 'foreign_locality', name: { vi: 'Bang Bayern', en: 'Bavaria' }, countryCode: 'DE' };

  it('lets a unit editor add a foreign locality (audited) but not a country', async () => {
    const res = await post(bavaria, editor);
    expect(res.statusCode).toBe(201);
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'partner.created', entityId: res.json().id, actorUserId: editor.id });
    const country = await post({ kind: 'country', code: 'XK', name: { vi: 'Kosovo', en: 'Kosovo' } }, editor);
    expect(country.statusCode).toBe(403);
    const viewer = await t.factory.user({ role: 'unit_viewer', unitId: editor.unitId });
    expect((await post(bavaria, viewer)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/partners', payload: bavaria })).statusCode).toBe(401);
  });

  it('names bad fields, refuses duplicate codes, and edits with the version read', async () => {
    const bad = await post({ kind: 'planet', name: { vi: '', en: 'x' }, countryCode: 'germany' }, coordinator);
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(expect.arrayContaining(['kind', 'name.vi', 'countryCode']));
    expect((await post({ ...bavaria, countryCode: 'ZZ' }, coordinator)).json().error.fields).toHaveProperty('countryCode');
    expect((await post({ kind: 'international_org', code: 'WTO', name: { vi: 'x', en: 'x' } }, coordinator)).statusCode).toBe(409);

    const nvidia = (await post({ kind: 'foreign_company', code: 'NVIDIA', name: { vi: 'NVIDIA', en: 'NVIDIA Corporation' }, countryCode: 'US' }, coordinator)).json();
    const headers = await t.login(coordinator);
    const url = `/api/v1/partners/${nvidia.id}`;
    expect((await t.app.inject({ method: 'PATCH', url, payload: { shortName: 'NVDA', version: 1 }, headers: await t.login(editor) })).statusCode).toBe(403);
    const first = await t.app.inject({ method: 'PATCH', url, payload: { shortName: 'NVDA', version: 1 }, headers });
    expect(first.json()).toMatchObject({ shortName: 'NVDA', version: 2 });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'partner.updated', before: { shortName: null }, after: { shortName: 'NVDA' } });
    const stale = await t.app.inject({ method: 'PATCH', url, payload: { shortName: 'lost', version: 1 }, headers });
    expect(stale.statusCode).toBe(409);
  });
});
