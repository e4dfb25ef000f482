import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../../test/factories.js';
import { buildTestApp, type TestContext } from '../../test/support.js';
import { agreementsRepo } from './agreements.repo.js';

let t: TestContext;
let hq: TestUser;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await buildTestApp();
  hq = await t.factory.user({ role: 'hq_coordinator' });
  for (const [key, type, code, asOf] of [
    ['hcmcOld', 'province', '79', '2025-01-01'],
    ['binhDuong', 'province', '74', '2025-01-01'],
    ['hcmc', 'province', '79', '2025-08-01'],
    ['moit', 'ministry', 'MOIT', '2025-08-01'],
    ['embJp', 'mission', 'EMB-JP', '2025-08-01'],
    ['embKr', 'mission', 'EMB-KR', '2025-08-01'],
  ] as const) ids[key] = (await t.factory.unit(type, code, asOf)).id;
});
afterAll(() => t.close());

const headers = () => t.login(hq);
const get = async (url: string) => {
  const response = await t.app.inject({ method: 'GET', url, headers: await headers() });
  expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
  return response.json();
};
const post = async (url: string, payload: object) => {
  const response = await t.app.inject({ method: 'POST', url, payload, headers: await headers() });
  expect(response.statusCode, `${url}: ${response.body}`).toBe(201);
  return response.json();
};
const partner = async (kind: string, code: string, countryCode: string | null, name: string) =>
  (await post('/api/v1/partners', { kind, code, countryCode, name: { vi: name, en: name } })).id as string;

describe('what the conference counts', () => {
  it('counts a province with any foreign party as local–international, and the missions that facilitated each', async () => {
    const osaka = await partner('foreign_locality', 'T-JP-OSA', 'JP', 'Osaka (test)');
    const maker = await partner('foreign_company', 'T-KR-CO', 'KR', 'Fictional Korean Maker Co.');
    const bank = (await get('/api/v1/partners?kind=international_org&q=ADB')).items[0].id as string;
    const japan = (await get('/api/v1/partners?kind=country&countryCode=JP')).items[0].id as string;
    const vnFirm = await partner('vietnamese_company', 'T-VN-CO', 'VN', 'Công ty Hư cấu Việt Nam');
    const agreement = (title: string, ownerUnitId: string, partnerIds: string[], facilitatingUnitIds: string[] = [], unitIds: string[] = []) =>
      post('/api/v1/agreements', { title: { vi: title, en: `${title} (en)` }, kind: 'mou', signedDate: '2025-03-10', ownerUnitId, unitIds: [ownerUnitId, ...unitIds], partnerIds, facilitatingUnitIds });

    const withLocality = await agreement('Tỉnh – địa phương nước ngoài', ids.hcmcOld!, [osaka], [ids.embJp!]);
    const withCompany = await agreement('Tỉnh – doanh nghiệp nước ngoài', ids.binhDuong!, [maker], [ids.embKr!]);
    const withOrganisation = await agreement('Tỉnh – tổ chức quốc tế', ids.hcmcOld!, [bank]);
    const withGovernment = await agreement('Bộ – chính phủ nước ngoài, tỉnh là bên', ids.moit!, [japan], [ids.embJp!], [ids.binhDuong!]);
    const ministryOnly = await agreement('Bộ – chính phủ nước ngoài', ids.moit!, [japan]);
    const domestic = await agreement('Tỉnh – doanh nghiệp Việt Nam', ids.hcmcOld!, [vnFirm]);
    expect([withLocality, withCompany, withOrganisation, withGovernment].map((a) => a.localInternational)).toEqual([true, true, true, true]);
    expect([ministryOnly, domestic].map((a) => a.localInternational)).toEqual([false, false]);
    expect(withLocality.facilitatingUnits.map((u: { code: string }) => u.code)).toEqual(['EMB-JP']);

    const period = 'from=2025-03-01&to=2025-04-01';
    expect((await get(`/api/v1/agreements/stats?groupBy=kind&localInternational=true&${period}`)).total).toBe(4);
    const facilitated = await get(`/api/v1/agreements/stats?groupBy=facilitator&localInternational=true&facilitated=true&${period}`);
    expect(facilitated.total).toBe(3);
    expect(facilitated.buckets.map((b: { label: { en: string }; count: number }) => [b.label.en, b.count])).toEqual([
      ['Embassy of Viet Nam in Japan', 2],
      ['Embassy of Viet Nam in South Korea', 1],
    ]);
    const drill = facilitated.buckets[0].filter as Record<string, string>;
    expect((await get(`/api/v1/agreements?${new URLSearchParams(drill)}`)).total).toBe(2);
    expect(await agreementsRepo.count(t.db, { scope: { all: true }, localInternational: true, facilitated: true, from: '2025-03-01', to: '2025-04-01' })).toBe(3);

    // Only missions facilitate; the field is named.
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/agreements',
      headers: await headers(),
      payload: { title: { vi: 'x', en: 'x' }, kind: 'mou', signedDate: '2025-03-10', ownerUnitId: ids.moit, unitIds: [ids.moit], partnerIds: [japan], facilitatingUnitIds: [ids.hcmc] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('facilitatingUnitIds');

    // Region: a foreign party of a Northeast Asian country; the stats by region drill down to the same list.
    const northeastAsia = await get(`/api/v1/agreements?region=northeast_asia&${period}`);
    expect(northeastAsia.total).toBe(4);
    const byRegion = await get(`/api/v1/agreements/stats?groupBy=region&${period}`);
    expect(byRegion.buckets.find((b: { key: string }) => b.key === 'northeast_asia').count).toBe(4);
    expect((await get(`/api/v1/agreements?countryCode=KR&${period}`)).total).toBe(1);

    // Mapped to today: Bình Dương's and the former HCMC's agreements are found under today's HCMC; totals equal both ways.
    const reported = await Promise.all([ids.hcmcOld, ids.binhDuong, ids.hcmc].map(async (id) => (await get(`/api/v1/agreements?unitId=${id}&${period}`)).total as number));
    expect(reported).toEqual([3, 2, 0]);
    const mapped = (await get(`/api/v1/agreements?unitId=${ids.hcmc}&view=mapped&${period}`)).total;
    expect(mapped).toBe(5);
    expect((await get(`/api/v1/agreements/stats?groupBy=kind&unitId=${ids.hcmc}&view=mapped&${period}`)).total).toBe(mapped);
  });

  it('counts mission activities that supported at least one province in one query, with its drill-down', async () => {
    const activity = (unitId: string, title: string, provinceIds: string[], countryCode: string, sectors: string[] = []) =>
      post('/api/v1/activities', { unitId, type: 'trade_promotion', title, startDate: '2025-04-02', endDate: '2025-04-03', countryCode, provinceIds, sectors });
    await activity(ids.embJp!, 'Hỗ trợ TP.HCM xúc tiến tại Osaka', [ids.hcmcOld!], 'JP', ['semiconductors']);
    await activity(ids.embKr!, 'Hỗ trợ Bình Dương và TP.HCM tại Busan', [ids.binhDuong!, ids.hcmcOld!], 'KR');
    await activity(ids.embKr!, 'Hội chợ của Đại sứ quán', [], 'KR');
    await activity(ids.hcmcOld!, 'Đoàn xúc tiến của Thành phố', [], 'JP');
    const query = 'unitType=mission&supportsProvinces=true&from=2025-04-01&to=2025-05-01';
    const summary = await get(`/api/v1/activities/summary?${query}&groupBy=unit`);
    expect(summary.total).toBe(2);
    expect((await get(`/api/v1/activities?${query}`)).total).toBe(2);
    expect((await get('/api/v1/activities/summary?unitType=mission&supportsProvinces=false&from=2025-04-01&to=2025-05-01')).total).toBe(1);
    expect((await get('/api/v1/activities?region=northeast_asia&from=2025-04-01&to=2025-05-01')).total).toBe(4);
    expect((await get('/api/v1/activities?sector=semiconductors&from=2025-04-01&to=2025-05-01')).total).toBe(1);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/activities?region=mars', headers: await headers() })).statusCode).toBe(400);
  });

  it('filters engagements by region and sector, and maps a unit filter to today\'s units with equal totals', async () => {
    const engagement = (title: string, countryCodes: string[], sectors: string[], participatingUnitIds: string[]) =>
      post('/api/v1/engagements', {
        title: { vi: title, en: `${title} (en)` },
        type: 'visit_received',
        leaderName: 'Lãnh đạo',
        leaderLevel: 'prime_minister',
        startDate: '2025-05-05',
        endDate: '2025-05-06',
        countryCodes,
        sectors,
        leadUnitId: ids.moit,
        participatingUnitIds,
      });
    await engagement('Đoàn Kazakhstan', ['KZ'], ['halal', 'trade'], [ids.binhDuong!]);
    await engagement('Đoàn UAE', ['AE', 'QA'], ['finance'], [ids.hcmcOld!]);
    const period = 'from=2025-05-01&to=2025-06-01';
    expect((await get(`/api/v1/engagements?region=central_asia&${period}`)).items.map((e: { countryCodes: string[] }) => e.countryCodes)).toEqual([['KZ']]);
    expect((await get(`/api/v1/engagements?region=middle_east&${period}`)).total).toBe(1);
    expect((await get(`/api/v1/engagements?sector=halal&${period}`)).total).toBe(1);
    const asReported = (await get(`/api/v1/engagements?unitId=${ids.binhDuong}&${period}`)).total + (await get(`/api/v1/engagements?unitId=${ids.hcmcOld}&${period}`)).total;
    expect((await get(`/api/v1/engagements?unitId=${ids.hcmc}&${period}`)).total).toBe(0);
    expect((await get(`/api/v1/engagements?unitId=${ids.hcmc}&view=mapped&${period}`)).total).toBe(asReported);
    expect(asReported).toBe(2);
  });
});
