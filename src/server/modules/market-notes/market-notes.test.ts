import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { partners, users } from '../../db/schema/index.js';
import { newId } from '../../lib/ids.js';
import type { TestUser } from '../../test/factories.js';
import { buildTestApp, type TestContext } from '../../test/support.js';

let t: TestContext;
let usEditor: TestUser;
let jpEditor: TestUser;
let usViewer: TestUser;
let provinceViewer: TestUser;
let leader: TestUser;
let business: TestUser;
let us: string;

const call = async (user: TestUser | null, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, ...(payload ? { payload } : {}), headers: user ? await t.login(user) : {} });

const note = (overrides: object = {}) => ({
  kind: 'alert',
  title: 'Quy định mới về nhập khẩu tôm',
  body: 'Cơ quan quản lý yêu cầu giấy chứng nhận khai thác cho lô hàng tôm từ 2027.',
  sectors: ['agriculture'],
  hsCodes: ['0306'],
  classification: 'public',
  toBusinesses: true,
  toProvinces: true,
  ...overrides,
});

const titlesFor = async (user: TestUser, query = '') => ((await call(user, 'GET', `/market-notes${query}`)).json().items as { title: string }[]).map((n) => n.title).sort();

beforeAll(async () => {
  t = await buildTestApp();
  us = (await t.factory.unit('mission', 'EMB-US')).id;
  usEditor = await t.factory.user({ role: 'unit_editor', unitId: us });
  usViewer = await t.factory.user({ role: 'unit_viewer', unitId: us });
  jpEditor = await t.factory.user({ role: 'unit_editor', unitId: (await t.factory.unit('mission', 'EMB-JP')).id });
  provinceViewer = await t.factory.user({ role: 'unit_viewer', unitId: (await t.factory.unit('province', '79')).id });
  leader = await t.factory.user({ role: 'leader' });
  business = await t.factory.user({ role: 'business' });
  const company = await t.db.insert(partners).values({ id: newId(), kind: 'vietnamese_company', nameVi: 'Công ty Thủy sản Minh Phú (demo)', nameEn: 'Minh Phu Seafood (demo)' }).returning();
  await t.db.update(users).set({ partnerId: company[0]!.id }).where(eq(users.id, business.id));
});
afterAll(() => t.close());

describe('writing market notes', () => {
  it('a mission writes a draft, tagged with its country by default; audited', async () => {
    expect((await call(null, 'POST', '/market-notes', note())).statusCode).toBe(401);
    expect((await call(usViewer, 'POST', '/market-notes', note())).statusCode).toBe(403);
    expect((await call(business, 'POST', '/market-notes', note())).statusCode).toBe(403);
    const res = await call(usEditor, 'POST', '/market-notes', note());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'draft', countryCode: 'US', unit: { id: us }, version: 1, abilities: { update: true, publish: true } });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'market_note.created', entityId: res.json().id, actorUserId: usEditor.id });
  });

  it('names bad fields: only a public note goes to businesses; HS codes; unknown fields', async () => {
    const bad = await call(usEditor, 'POST', '/market-notes', note({ classification: 'internal', hsCodes: ['3a'], title: '' }));
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(expect.arrayContaining(['toBusinesses', 'hsCodes.0', 'title']));
    expect((await call(usEditor, 'POST', '/market-notes', { ...note(), secret: true })).statusCode).toBe(400);
    expect((await call(usEditor, 'POST', '/market-notes', note({ countryCode: 'ZZ' }))).json().error.fields).toHaveProperty('countryCode');
    const other = (await call(jpEditor, 'GET', '/market-notes')).json();
    expect(other.total).toBe(0);
  });

  it('only the writing unit edits; a change that would send an internal note to businesses is refused; stale is 409', async () => {
    const draft = (await call(usEditor, 'POST', '/market-notes', note({ title: 'Bản nháp chỉnh sửa' }))).json();
    expect((await call(jpEditor, 'PATCH', `/market-notes/${draft.id}`, { title: 'x', version: 1 })).statusCode).toBe(404);
    expect((await call(usEditor, 'PATCH', `/market-notes/${draft.id}`, { classification: 'internal', version: 1 })).json().error.fields).toHaveProperty('toBusinesses');
    const edited = await call(usEditor, 'PATCH', `/market-notes/${draft.id}`, { classification: 'internal', toBusinesses: false, version: 1 });
    expect(edited.json()).toMatchObject({ classification: 'internal', version: 2 });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'market_note.updated', before: { classification: 'public' }, after: { classification: 'internal' } });
    expect((await call(usEditor, 'PATCH', `/market-notes/${draft.id}`, { title: 'y', version: 1 })).statusCode).toBe(409);
  });
});

describe('classification, enforced on every read', () => {
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    expect((await call(business, 'POST', '/market-subscriptions', { countryCode: 'US' })).statusCode).toBe(201);
    expect((await call(provinceViewer, 'POST', '/market-subscriptions', { sector: 'agriculture' })).statusCode).toBe(201);
    expect((await call(jpEditor, 'POST', '/market-subscriptions', { countryCode: 'US', sector: 'agriculture' })).statusCode).toBe(201);
    const write = async (key: string, overrides: object) => {
      const draft = (await call(usEditor, 'POST', '/market-notes', note({ title: `Tôm ${key}`, ...overrides }))).json();
      const published = await call(usEditor, 'POST', `/market-notes/${draft.id}/publish`, { version: draft.version });
      expect(published.statusCode, published.body).toBe(200);
      ids[key] = draft.id;
    };
    await write('public', {});
    await write('internal', { classification: 'internal', toBusinesses: false, summary: 'Đánh giá nội bộ' });
    await write('restricted', { classification: 'restricted', toBusinesses: false, toProvinces: false });
    await write('notForBusinesses', { toBusinesses: false, toProvinces: false, hsCodes: ['160521'] });
  });

  it('a business user receives only published public notes sent to businesses: list, search, one note and export', async () => {
    expect(await titlesFor(business)).toEqual(['Tôm public']);
    expect((await call(business, 'GET', '/market-notes?q=tom')).json().total).toBe(1);
    expect((await call(business, 'GET', '/market-notes?q=noi%20bo')).json().total).toBe(0);
    expect((await call(business, 'GET', '/market-notes?classification=internal')).json().total).toBe(0);
    expect((await call(business, 'GET', '/market-notes?status=draft')).json().total).toBe(0);
    for (const key of ['internal', 'restricted', 'notForBusinesses']) expect((await call(business, 'GET', `/market-notes/${ids[key]}`)).statusCode).toBe(404);
    expect((await call(business, 'GET', `/market-notes/${ids.public}`)).json()).toMatchObject({ classification: 'public', abilities: { update: false, publish: false } });
    for (const format of ['csv', 'xlsx']) {
      const file = await call(business, 'GET', `/exports/market-notes?format=${format}&lang=en`);
      expect(file.statusCode, file.body).toBe(200);
      if (format === 'csv') {
        expect(file.body).toContain('Tôm public');
        expect(file.body).not.toMatch(/Tôm (internal|restricted|notForBusinesses)/);
      }
    }
    const csv = (await call(usEditor, 'GET', '/exports/market-notes?format=csv')).body;
    expect(csv).toContain('Tôm restricted');
  });

  it('a province reads what was sent to provinces and is not restricted; another mission all but restricted; leadership all', async () => {
    expect(await titlesFor(provinceViewer, '?status=published')).toEqual(['Tôm internal', 'Tôm public']);
    expect(await titlesFor(jpEditor, '?status=published')).toEqual(['Tôm internal', 'Tôm notForBusinesses', 'Tôm public']);
    expect((await call(jpEditor, 'GET', `/market-notes/${ids.restricted}`)).statusCode).toBe(404);
    expect(await titlesFor(leader, '?status=published')).toEqual(['Tôm internal', 'Tôm notForBusinesses', 'Tôm public', 'Tôm restricted']);
    expect(await titlesFor(usViewer, '?status=published')).toHaveLength(4);
    expect(await titlesFor(jpEditor, '?hsCode=16052110')).toEqual(['Tôm notForBusinesses']);
    expect(await titlesFor(jpEditor, '?hsCode=16&status=published')).toEqual(['Tôm notForBusinesses']);
  });

  it('publishing tells each subscriber who may read the note, and no one else', async () => {
    const publishedKinds = async (user: TestUser) =>
      ((await call(user, 'GET', '/notifications')).json().items as { kind: string; entityId: string }[]).filter((n) => n.kind === 'market_note.published').map((n) => n.entityId).sort();
    expect(await publishedKinds(business)).toEqual([ids.public]);
    expect(await publishedKinds(provinceViewer)).toEqual([ids.internal, ids.public].sort());
    expect(await publishedKinds(jpEditor)).toEqual([ids.internal, ids.notForBusinesses, ids.public].sort());
    expect((await call(usEditor, 'POST', `/market-notes/${ids.public}/publish`, { version: 2 })).statusCode).toBe(403);
  });

  it('subscriptions are each user\'s own', async () => {
    const mine = (await call(business, 'GET', '/market-subscriptions')).json().items;
    expect(mine).toMatchObject([{ countryCode: 'US', sector: null }]);
    expect((await call(business, 'POST', '/market-subscriptions', { countryCode: 'US' })).statusCode).toBe(409);
    expect((await call(business, 'POST', '/market-subscriptions', {})).json().error.fields).toHaveProperty('countryCode');
    expect((await call(jpEditor, 'DELETE', `/market-subscriptions/${mine[0].id}`)).statusCode).toBe(404);
    expect((await call(business, 'DELETE', `/market-subscriptions/${mine[0].id}`)).statusCode).toBe(204);
    expect((await call(business, 'GET', '/market-subscriptions')).json().items).toEqual([]);
  });
});
