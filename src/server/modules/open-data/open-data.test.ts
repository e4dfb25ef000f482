import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../lib/csv.js';
import type { TestUser } from '../../test/factories.js';
import { buildTestApp, type TestContext } from '../../test/support.js';

let t: TestContext;
let coordinator: TestUser;
let hcmEditor: TestUser;
let hcm: string;
let japan: string;
let osaka: string;
let published: { id: string; version: number };
let internal: { id: string; version: number };
let negotiating: { id: string; version: number };

const SECRET = 'Internal negotiating note 7f3a';

beforeAll(async () => {
  t = await buildTestApp();
  hcm = (await t.factory.unit('province', '79')).id;
  coordinator = await t.factory.user({ role: 'hq_coordinator' });
  hcmEditor = await t.factory.user({ role: 'unit_editor', unitId: hcm });
  const headers = await t.login(coordinator);
  japan = (await t.app.inject({ method: 'GET', url: '/api/v1/partners?kind=country&countryCode=JP', headers })).json().items[0].id;
  osaka = (await t.app.inject({ method: 'POST', url: '/api/v1/partners', headers, payload: { kind: 'foreign_locality', name: { vi: 'Tỉnh Osaka', en: 'Osaka Prefecture' }, countryCode: 'JP' } })).json().id;
  const create = async (title: string, extra: Record<string, unknown> = {}) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/agreements',
      headers,
      payload: { title: { vi: title, en: title }, kind: 'mou', signedDate: '2025-03-10', fields: ['trade', 'investment'], unitIds: [hcm], partnerIds: [japan, osaka], ownerUnitId: hcm, summary: SECRET, value: '1000000.00', currency: 'USD', ...extra },
    });
    expect(res.statusCode).toBe(201);
    return res.json() as { id: string; version: number };
  };
  published = await create('Bản ghi nhớ hợp tác TP.HCM – Osaka');
  internal = await create('Thỏa thuận nội bộ chưa công bố');
  negotiating = await create('Đang đàm phán', { signedDate: undefined, status: 'negotiating' });
});
afterAll(() => t.close());

const publish = async (user: TestUser, target: { id: string; version: number }, published = true) =>
  t.app.inject({ method: 'PUT', url: `/api/v1/agreements/${target.id}/publication`, headers: await t.login(user), payload: { published, version: target.version } });

describe('publishing an agreement', () => {
  it('HQ publishes a signed agreement; audited; the version moves on', async () => {
    const res = await publish(coordinator, published);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ publishedAt: expect.any(String), version: published.version + 1, abilities: { publish: true } });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'agreement.published', entityId: published.id });
    published = res.json();
  });

  it('refuses a unit editor, a negotiating agreement and a stale version', async () => {
    expect((await publish(hcmEditor, internal)).statusCode).toBe(403);
    const early = await publish(coordinator, negotiating);
    expect(early.statusCode).toBe(422);
    expect(early.json().error.fields).toEqual({ published: 'not_signed' });
    expect((await publish(coordinator, { ...internal, version: internal.version + 5 })).statusCode).toBe(409);
  });
});

describe('the public data sets (no sign-in)', () => {
  it('lists the data sets with stable download addresses', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/public/datasets' });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      expect.objectContaining({ id: 'agreements', records: 1, downloads: { csv: '/api/v1/public/datasets/agreements.csv', json: '/api/v1/public/datasets/agreements.json' }, licence: 'CC-BY-4.0' }),
      expect.objectContaining({ id: 'agreement-statistics', records: 2 }),
    ]);
  });

  it('gives the published agreement with only its public facts, in JSON and CSV', async () => {
    const json = await t.app.inject({ method: 'GET', url: '/api/v1/public/datasets/agreements.json' });
    expect(json.statusCode).toBe(200);
    const [item, ...rest] = json.json().items;
    expect(rest).toEqual([]);
    expect(Object.keys(item).sort()).toEqual(['fields', 'foreignParties', 'id', 'kind', 'publishedAt', 'signedDate', 'signedPlace', 'title', 'vietnameseParties']);
    expect(item).toMatchObject({ id: published.id, signedDate: '2025-03-10', fields: ['trade', 'investment'], foreignParties: expect.arrayContaining([{ name: { vi: 'Tỉnh Osaka', en: 'Osaka Prefecture' }, countryCode: 'JP' }]) });
    const csv = await t.app.inject({ method: 'GET', url: '/api/v1/public/datasets/agreements.csv' });
    expect(csv.headers['content-type']).toContain('text/csv');
    const rows = parseCsv(csv.body);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: published.id, title_vi: 'Bản ghi nhớ hợp tác TP.HCM – Osaka', foreign_countries: 'JP', fields: 'trade; investment' });
  });

  it('leaks nothing internal: no unpublished title, no summary, no value, by any data set', async () => {
    for (const url of ['/api/v1/public/datasets', '/api/v1/public/datasets/agreements.json', '/api/v1/public/datasets/agreements.csv', '/api/v1/public/datasets/agreement-statistics.json', '/api/v1/public/datasets/agreement-statistics.csv']) {
      const body = (await t.app.inject({ method: 'GET', url })).body;
      for (const secret of ['Thỏa thuận nội bộ', 'Đang đàm phán', SECRET, '1000000', internal.id, negotiating.id]) expect(body, `${url} shows ${secret}`).not.toContain(secret);
    }
  });

  it('counts published agreements by year, country and field; a withdrawn one leaves every data set', async () => {
    const stats = (await t.app.inject({ method: 'GET', url: '/api/v1/public/datasets/agreement-statistics.json' })).json().items;
    expect(stats).toEqual([
      { year: 2025, countryCode: 'JP', country: { vi: expect.any(String), en: 'Japan' }, field: 'investment', agreements: 1 },
      { year: 2025, countryCode: 'JP', country: { vi: expect.any(String), en: 'Japan' }, field: 'trade', agreements: 1 },
    ]);
    expect((await publish(coordinator, published, false)).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/public/datasets/agreements.json' })).json().items).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/public/datasets/agreement-statistics.csv' })).body.replace(/^\uFEFF/, '').trim()).toBe('year,country_code,country_vi,country_en,field,agreements');
  });
});
