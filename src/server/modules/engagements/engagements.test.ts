import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../../test/factories.js';
import { multipartFile } from '../../test/multipart.js';
import { buildTestApp, type TestContext } from '../../test/support.js';

let t: TestContext;
let coordinator: TestUser;
let usEditor: TestUser;
let inEditor: TestUser;
let mofaId: string;
let embUs: string;
let embIn: string;
let india: string;
beforeAll(async () => {
  t = await buildTestApp();
  mofaId = (await t.factory.unit('hq', 'MOFA')).id;
  embUs = (await t.factory.unit('mission', 'EMB-US')).id;
  embIn = (await t.factory.unit('mission', 'EMB-IN')).id;
  coordinator = await t.factory.user({ role: 'hq_coordinator' });
  usEditor = await t.factory.user({ role: 'unit_editor', unitId: embUs });
  inEditor = await t.factory.user({ role: 'unit_editor', unitId: embIn });
  const headers = await t.login(coordinator);
  india = (await t.app.inject({ method: 'GET', url: '/api/v1/partners?kind=country&countryCode=IN', headers })).json().items[0].id;
});
afterAll(() => t.close());

const visit = (overrides: Record<string, unknown> = {}) => ({
  title: { vi: 'Thủ tướng thăm chính thức Ấn Độ', en: 'Prime Minister\'s official visit to India' },
  type: 'official_visit_abroad',
  leaderName: 'Phạm Minh Chính',
  leaderLevel: 'prime_minister',
  startDate: '2024-07-30',
  endDate: '2024-08-01',
  countryCodes: ['IN'],
  partnerIds: [india],
  leadUnitId: mofaId,
  participatingUnitIds: [embIn],
  ...overrides,
});
const create = async (user: TestUser, payload: object) => t.app.inject({ method: 'POST', url: '/api/v1/engagements', payload, headers: await t.login(user) });
const get = async (url: string, user: TestUser) => t.app.inject({ method: 'GET', url, headers: await t.login(user) });

describe('POST /api/v1/engagements', () => {
  it('lets HQ record a visit with partners and units, audited', async () => {
    const res = await create(coordinator, visit());
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      type: 'official_visit_abroad',
      leader: { name: 'Phạm Minh Chính', level: 'prime_minister' },
      leadUnit: { code: 'MOFA' },
      participatingUnits: [{ code: 'EMB-IN' }],
      partners: [{ code: 'IN' }],
      version: 1,
    });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'engagement.created', entityId: res.json().id, after: { participatingUnitIds: [embIn] } });
  });

  it('records a review conference with the missions and provinces that attended; counts must be whole and not negative', async () => {
    const conference = visit({
      title: { vi: 'Hội nghị tổng kết ngoại giao kinh tế 2024', en: 'Economic diplomacy review conference 2024' },
      type: 'conference',
      startDate: '2024-12-20',
      endDate: '2024-12-20',
      countryCodes: [],
      partnerIds: [],
      participatingUnitIds: [],
      missionsAttending: 94,
      provincesAttending: 63,
    });
    const res = await create(coordinator, conference);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ type: 'conference', missionsAttending: 94, provincesAttending: 63 });
    const headers = await t.login(coordinator);
    const patched = await t.app.inject({ method: 'PATCH', url: `/api/v1/engagements/${res.json().id}`, payload: { provincesAttending: 34, version: 1 }, headers });
    expect(patched.json()).toMatchObject({ missionsAttending: 94, provincesAttending: 34, version: 2 });
    for (const bad of [{ missionsAttending: -1 }, { provincesAttending: 2.5 }, { missionsAttending: '94' }]) {
      const refused = await create(coordinator, { ...conference, ...bad });
      expect(refused.statusCode, JSON.stringify(bad)).toBe(400);
      expect(Object.keys(refused.json().error.fields)).toEqual(Object.keys(bad));
    }
    // Another type carries none.
    expect((await get('/api/v1/engagements?type=official_visit_abroad', coordinator)).json().items[0]).toMatchObject({ missionsAttending: null, provincesAttending: null });
  });

  it('is 401 without a session, 403 for a viewer or a lead unit not one\'s own', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/engagements', payload: visit() })).statusCode).toBe(401);
    const viewer = await t.factory.user({ role: 'unit_viewer', unitId: embUs });
    expect((await create(viewer, visit({ leadUnitId: embUs }))).statusCode).toBe(403);
    expect((await create(usEditor, visit())).statusCode).toBe(403);
    expect((await create(usEditor, visit({ leadUnitId: embUs, participatingUnitIds: [] }))).statusCode).toBe(201);
  });

  it('names bad fields: end before start, unknown country, unknown unit', async () => {
    const res = await create(coordinator, visit({ type: 'party', countryCodes: ['india'], leadUnitId: 'x' }));
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields)).toEqual(expect.arrayContaining(['type', 'countryCodes.0', 'leadUnitId']));
    expect((await create(coordinator, visit({ endDate: '2024-07-01' }))).json().error.fields).toHaveProperty('endDate');
    expect((await create(coordinator, visit({ countryCodes: ['ZZ'] }))).json().error.fields).toHaveProperty('countryCodes');
    expect((await create(coordinator, visit({ participatingUnitIds: [india] }))).json().error.fields).toHaveProperty('participatingUnitIds');
  });
});

describe('reading and editing engagements', () => {
  it('shows a mission only its own engagements (404 for another unit\'s) and filters by period, country, partner, unit', async () => {
    const own = (await create(inEditor, visit({ title: { vi: 'Đại sứ làm việc với bang Gujarat', en: 'Ambassador meets Gujarat' }, type: 'visit_received', leadUnitId: embIn, startDate: '2025-03-03', endDate: '2025-03-03', leaderName: 'Đại sứ', leaderLevel: 'other' }))).json();
    const usOnly = (await create(usEditor, visit({ title: { vi: 'Làm việc tại Washington', en: 'Washington meetings' }, leadUnitId: embUs, participatingUnitIds: [], countryCodes: ['US'], partnerIds: [], startDate: '2025-02-01', endDate: '2025-02-02' }))).json();

    expect((await get(`/api/v1/engagements/${usOnly.id}`, inEditor)).statusCode).toBe(404);
    expect((await get(`/api/v1/engagements/${own.id}`, inEditor)).statusCode).toBe(200);
    const mine = (await get('/api/v1/engagements?pageSize=100', inEditor)).json();
    expect(mine.items.map((e: { id: string }) => e.id)).not.toContain(usOnly.id);
    expect(mine.total).toBe(2);

    const all = async (query: string) => (await get(`/api/v1/engagements?${query}`, coordinator)).json();
    expect((await all('from=2025-01-01&to=2025-07-01')).total).toBe(2);
    // `to` is exclusive: an engagement starting on it is left out.
    expect((await all('from=2025-01-01&to=2025-02-01')).items.map((e: { id: string }) => e.id)).not.toContain(usOnly.id);
    expect((await all('from=2024-08-01&to=2024-08-02')).items.every((e: { startDate: string }) => e.startDate < '2024-08-02')).toBe(true);
    expect((await all('countryCode=US')).items.map((e: { id: string }) => e.id)).toEqual([usOnly.id]);
    expect((await all(`partnerId=${india}&unitId=${embIn}`)).total).toBe(2);
    expect((await all('q=GUJARAT')).items.map((e: { id: string }) => e.id)).toEqual([own.id]);
    expect((await all('q=pham%20minh%20chinh&sort=startDate')).items[0].startDate).toBe('2024-07-30');
    expect((await get('/api/v1/engagements?from=2025-13-01&sort=size', coordinator)).json().error.fields).toHaveProperty('from');
  });

  it('lets a participating unit edit; refuses others; 409 on a stale version', async () => {
    const e = (await create(coordinator, visit({ title: { vi: 'Thăm Úc', en: 'Visit to Australia' }, countryCodes: ['AU'], startDate: '2024-03-05', endDate: '2024-03-07' }))).json();
    const url = `/api/v1/engagements/${e.id}`;
    const edit = async (user: TestUser, payload: object) => t.app.inject({ method: 'PATCH', url, payload, headers: await t.login(user) });
    expect((await edit(usEditor, { summary: 'x', version: 1 })).statusCode).toBe(404);
    const ok = await edit(inEditor, { summary: 'Nâng cấp quan hệ', version: 1 });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ summary: 'Nâng cấp quan hệ', version: 2 });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'engagement.updated', before: { summary: null }, after: { summary: 'Nâng cấp quan hệ' } });
    expect((await edit(inEditor, { summary: 'lost', version: 1 })).statusCode).toBe(409);
    expect((await edit(inEditor, { endDate: '2024-03-01', version: 2 })).json().error.fields).toHaveProperty('endDate');
    expect((await edit(inEditor, { leadUnitId: embUs, version: 2 })).statusCode).toBe(403);
  });

  it('tells each actor whether they may edit, by the rule PATCH enforces', async () => {
    const e = (await create(inEditor, visit({ leadUnitId: embIn, participatingUnitIds: [], title: { vi: 'Quyền sửa', en: 'Abilities' } }))).json();
    expect(e.abilities).toEqual({ update: true });
    const otherUnit = await t.factory.user({ role: 'unit_editor', unitId: embUs });
    const viewer = await t.factory.user({ role: 'unit_viewer', unitId: embIn });
    const leader = await t.factory.user({ role: 'leader' });
    expect((await get(`/api/v1/engagements/${e.id}`, coordinator)).json().abilities).toEqual({ update: true });
    expect((await get(`/api/v1/engagements/${e.id}`, viewer)).json().abilities).toEqual({ update: false });
    expect((await get(`/api/v1/engagements/${e.id}`, leader)).json().abilities).toEqual({ update: false });
    const listed = (await get('/api/v1/engagements?pageSize=100', coordinator)).json().items.find((item: { id: string }) => item.id === e.id);
    expect(listed.abilities).toEqual({ update: true });
    // Another unit's editor does not even read it; with HQ it reads but the lead unit edits.
    expect((await get(`/api/v1/engagements/${e.id}`, otherUnit)).statusCode).toBe(404);
    const shared = (await create(coordinator, visit({ title: { vi: 'Chung', en: 'Shared' }, participatingUnitIds: [embIn] }))).json();
    expect((await get(`/api/v1/engagements/${shared.id}`, inEditor)).json().abilities).toEqual({ update: true });
    expect((await t.app.inject({ method: 'PATCH', url: `/api/v1/engagements/${shared.id}`, payload: { summary: 'ok', version: 1 }, headers: await t.login(viewer) })).statusCode).toBe(403);
  });
});

describe('engagement attachments', () => {
  const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

  it('uploads a PDF checked by content, lists and downloads it; audited', async () => {
    const e = (await create(inEditor, visit({ leadUnitId: embIn, participatingUnitIds: [], title: { vi: 'Có tài liệu', en: 'With papers' } }))).json();
    const url = `/api/v1/engagements/${e.id}/attachments`;
    const upload = multipartFile('Biên bản ghi nhớ.pdf', 'application/pdf', pdf);
    const res = await t.app.inject({ method: 'POST', url, ...upload, headers: { ...upload.headers, ...(await t.login(inEditor)) } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ filename: 'Biên bản ghi nhớ.pdf', contentType: 'application/pdf', size: pdf.length, entity: 'engagement' });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'attachment.uploaded', entity: 'engagement', entityId: e.id });
    expect((await get(url, coordinator)).json().items).toHaveLength(1);
    const file = await get(`${url}/${res.json().id}`, inEditor);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toContain("filename*=UTF-8''Bi%C3%AAn");
    expect(file.rawPayload.equals(pdf)).toBe(true);
    expect((await get(url, usEditor)).statusCode).toBe(404);
  });

  it('refuses a file over 10 MB (413), a disguised type (400), and other units (404)', async () => {
    const e = (await create(coordinator, visit({ title: { vi: 'Tệp lớn', en: 'Big file' } }))).json();
    const url = `/api/v1/engagements/${e.id}/attachments`;
    const send = async (user: TestUser, name: string, type: string, data: Buffer) => {
      const upload = multipartFile(name, type, data);
      return t.app.inject({ method: 'POST', url, ...upload, headers: { ...upload.headers, ...(await t.login(user)) } });
    };
    const big = Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024)]);
    const tooLarge = await send(coordinator, 'big.pdf', 'application/pdf', big);
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().error.code).toBe('payload_too_large');
    const exe = await send(coordinator, 'report.pdf', 'application/pdf', Buffer.from('MZ\x90\x00 this is not a pdf'));
    expect(exe.statusCode).toBe(400);
    expect(exe.json().error.fields).toHaveProperty('file');
    const mislabelled = await send(coordinator, 'photo.png', 'image/png', pdf);
    expect(mislabelled.statusCode).toBe(400);
    expect((await send(usEditor, 'a.pdf', 'application/pdf', pdf)).statusCode).toBe(404);
    expect((await get(url, coordinator)).json().items).toHaveLength(0);
  });
});
