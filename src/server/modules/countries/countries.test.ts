import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outcomes } from '../../db/schema/index.js';
import { todayIso } from '../../lib/clock.js';
import type { TestUser } from '../../test/factories.js';
import { createMissionRecords } from '../../test/mission-records.js';
import { buildTestApp, type TestContext } from '../../test/support.js';

let t: TestContext;
let hq: TestUser;
let leader: TestUser;
let usEditor: TestUser;
let deEditor: TestUser;
let jpViewer: TestUser;
let business: TestUser;

const PERIOD = 'from=2025-01-01&to=2026-01-01';

const get = async (user: TestUser | null, url: string) => t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: user ? await t.login(user) : {} });
const ok = async (user: TestUser, url: string) => {
  const res = await get(user, url);
  expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  return res.json();
};
const post = async (user: TestUser, url: string, payload: object) => {
  const res = await t.app.inject({ method: 'POST', url: `/api/v1${url}`, payload, headers: await t.login(user) });
  expect(res.statusCode, `${url}: ${res.body}`).toBe(201);
  return res.json() as { id: string };
};

interface Figure {
  list: string;
  count: number;
  filter: Record<string, string>;
}

beforeAll(async () => {
  t = await buildTestApp();
  const us = (await t.factory.unit('mission', 'EMB-US')).id;
  const de = (await t.factory.unit('mission', 'EMB-DE')).id;
  const jp = (await t.factory.unit('mission', 'EMB-JP')).id;
  const admin = await t.factory.user({ role: 'admin' });
  hq = await t.factory.user({ role: 'hq_coordinator' });
  leader = await t.factory.user({ role: 'leader' });
  usEditor = await t.factory.user({ role: 'unit_editor', unitId: us });
  deEditor = await t.factory.user({ role: 'unit_editor', unitId: de });
  jpViewer = await t.factory.user({ role: 'unit_viewer', unitId: jp });
  business = await t.factory.user({ role: 'business' });

  // The US mission's records (an engagement, agreement, open commitment, activity and outcome in the US, 2025).
  await createMissionRecords(t, usEditor, admin, us, jp);
  await post(usEditor, '/market-notes', { kind: 'alert', title: 'Quy định mới về tôm nhập khẩu', body: 'Nội dung', countryCode: 'US', classification: 'internal' });
  await post(usEditor, '/barriers', { title: 'Kiểm tra dư lượng kháng sinh tôm', description: 'Mọi lô hàng bị lấy mẫu', countryCode: 'US', measureType: 'sps', since: '2025-03-01' });

  // Another mission's records concerning the US: an overdue commitment, a confirmed export contract.
  const unitedStates = (await ok(hq, '/partners?kind=country&countryCode=US')).items[0].id as string;
  const engagement = await post(deEditor, '/engagements', {
    title: { vi: 'Đoàn doanh nghiệp Đức – Hoa Kỳ', en: 'German–US business delegation' },
    type: 'working_visit_abroad',
    leaderName: 'Đại sứ',
    leaderLevel: 'other',
    startDate: '2025-06-02',
    endDate: '2025-06-03',
    countryCodes: ['US', 'DE'],
    leadUnitId: de,
  });
  await post(deEditor, '/agreements', { title: { vi: 'Thỏa thuận ba bên', en: 'Trilateral arrangement' }, kind: 'mou', signedDate: '2025-06-03', unitIds: [de], partnerIds: [unitedStates] });
  await post(deEditor, '/commitments', { title: 'Gửi danh sách doanh nghiệp', engagementId: engagement.id, ownerUnitId: de, dueDate: '2025-07-01' });
  const activity = await post(deEditor, '/activities', { type: 'trade_promotion', title: 'Kết nối nhà nhập khẩu Hoa Kỳ', startDate: '2025-06-04', endDate: '2025-06-04', countryCode: 'US' });
  const contract = await post(deEditor, '/outcomes', {
    activityId: activity.id,
    kind: 'export_contract',
    value: '1250000.50',
    currency: 'USD',
    product: 'Tôm đông lạnh',
    businessName: 'Công ty Thủy sản (thử)',
    hsCode: '0306',
    contactEmail: 'sales@example.com',
  });
  await t.db.update(outcomes).set({ confirmationStatus: 'confirmed' }).where(eq(outcomes.id, contract.id));

  // Records elsewhere or outside the period that no US figure counts.
  await post(deEditor, '/activities', { type: 'trade_promotion', title: 'Hội chợ tại Đức', startDate: '2025-06-10', endDate: '2025-06-10', countryCode: 'DE' });
  await post(deEditor, '/activities', { type: 'trade_promotion', title: 'Hội thảo Hoa Kỳ năm trước', startDate: '2024-06-10', endDate: '2024-06-10', countryCode: 'US' });
}, 60_000);
afterAll(() => t.close());

const figuresOf = (view: { figures: Record<string, Figure>; outcomeValues: { kind: string; all: Figure; confirmed: Figure }[] }) => [
  ...Object.entries(view.figures),
  ...view.outcomeValues.flatMap((v) => [[`${v.kind} (all)`, v.all], [`${v.kind} (confirmed)`, v.confirmed]] as [string, Figure][]),
];

describe('GET /api/v1/countries/:iso2', () => {
  it('counts each figure exactly as its list totals with the filter it returns, for every reader', async () => {
    for (const user of [hq, leader, usEditor, deEditor, jpViewer]) {
      const view = await ok(user, `/countries/US?${PERIOD}`);
      for (const [name, figure] of figuresOf(view)) {
        const list = await ok(user, `/${figure.list}?${new URLSearchParams(figure.filter)}`);
        expect(list.total, `${name} as ${user.role} of ${user.unitId}`).toBe(figure.count);
      }
    }
  });

  it('shows HQ every unit\'s records of the country and the period, and a mission only its own', async () => {
    const all = await ok(hq, `/countries/US?${PERIOD}`);
    const counts = (view: { figures: Record<string, Figure> }) => Object.fromEntries(Object.entries(view.figures).map(([key, f]) => [key, f.count]));
    expect(counts(all)).toEqual({ engagements: 2, agreementsSigned: 2, commitmentsOpen: 2, commitmentsOverdue: 1, activities: 2, outcomes: 2, outcomesConfirmed: 1, marketNotes: 1, barriersOpen: 1 });
    expect(all.figures.agreementsSigned.filter).toEqual({ countryCode: 'US', from: '2025-01-01', to: '2026-01-01' });
    expect(all.outcomeValues.find((v: { kind: string }) => v.kind === 'export_contract')).toMatchObject({ all: { count: 1, value: '1250000.50' }, confirmed: { count: 1, value: '1250000.50' } });
    expect(all.recent.activities.map((a: { title: { vi: string } }) => a.title.vi)).toEqual(['Kết nối nhà nhập khẩu Hoa Kỳ', 'Hội thảo xúc tiến xuất khẩu']);
    expect(all.recent.agreements[0]).toMatchObject({ title: { en: 'Trilateral arrangement' }, date: '2025-06-03', path: expect.stringMatching(/^\/agreements\//) });

    const own = await ok(usEditor, `/countries/US?${PERIOD}`);
    expect(counts(own)).toEqual({ engagements: 1, agreementsSigned: 1, commitmentsOpen: 1, commitmentsOverdue: 0, activities: 1, outcomes: 1, outcomesConfirmed: 0, marketNotes: 1, barriersOpen: 1 });
    expect(counts(await ok(jpViewer, `/countries/US?${PERIOD}`))).toMatchObject({ engagements: 0, agreementsSigned: 0, activities: 0, outcomes: 0 });
  });

  it('gives the country\'s names, region, partnership history, FTAs and missions', async () => {
    const view = await ok(hq, '/countries/US');
    expect(view).toMatchObject({ code: 'US', name: { vi: 'Hoa Kỳ', en: 'United States' }, region: 'north_america', partnership: { level: 'comprehensive_strategic' } });
    expect(view.partnerId).toEqual(expect.any(String));
    expect(view.partnershipHistory.map((c: { toLevel: string }) => c.toLevel)).toEqual(['comprehensive', 'comprehensive_strategic']);
    expect(view.missions.map((m: { code: string }) => m.code)).toContain('EMB-US');
    expect(view.ftas.every((f: { countryCodes: string[] }) => f.countryCodes.includes('US'))).toBe(true);
    const japan = await ok(hq, '/countries/JP');
    expect(japan.ftas.map((f: { shortName: string }) => f.shortName)).toEqual(expect.arrayContaining(['VJEPA', 'CPTPP']));
  });

  it('defaults to this year in Viet Nam\'s calendar', async () => {
    const year = Number(todayIso().slice(0, 4));
    expect((await ok(hq, '/countries/US')).period).toEqual({ from: `${year}-01-01`, to: `${year + 1}-01-01` });
    expect((await ok(hq, '/countries/US?from=2024-07-01')).period).toEqual({ from: '2024-07-01', to: '2025-01-01' });
  });

  it('answers 401, 403 to a business, 404 for an unknown country and 400 for a malformed code or period', async () => {
    expect((await get(null, '/countries/US')).statusCode).toBe(401);
    expect((await get(business, '/countries/US')).statusCode).toBe(403);
    expect((await get(hq, '/countries/ZZ')).statusCode).toBe(404);
    for (const url of ['/countries/usa', '/countries/us', '/countries/U1', '/countries/US?from=2025-13-01', '/countries/US?from=2025-06-01&to=2025-01-01']) {
      const res = await get(hq, url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.code).toBe('invalid');
    }
  });
});

describe('country filters of the lists', () => {
  it('finds commitments and tasks by the country of their engagement or agreement, and outcomes by their activity\'s', async () => {
    const commitments = await ok(hq, '/commitments?countryCode=US');
    expect(commitments.items.map((c: { title: string }) => c.title).sort()).toEqual(['Gửi danh sách doanh nghiệp', 'Tổ chức đoàn doanh nghiệp sang Hoa Kỳ']);
    expect((await ok(hq, '/commitments?countryCode=DE')).total).toBe(1);
    expect((await ok(hq, '/commitments?countryCode=JP')).total).toBe(0);
    expect((await ok(hq, '/tasks?countryCode=US')).items.map((task: { title: string }) => task.title)).toEqual(['Tổ chức đoàn doanh nghiệp']);
    expect((await ok(hq, '/tasks?countryCode=DE')).total).toBe(0);
    expect((await ok(hq, '/outcomes?countryCode=US')).total).toBe(2);
    expect((await ok(hq, '/outcomes?countryCode=DE')).total).toBe(0);
    expect((await ok(hq, '/outcomes/totals?countryCode=US&kind=export_contract')).items).toMatchObject([{ kind: 'export_contract', currency: 'USD', value: '1250000.50', count: 1 }]);
  });
});

describe('GET /api/v1/regions/:region', () => {
  const countsOf = (figures: Record<string, Figure>) => Object.fromEntries(Object.entries(figures).map(([key, f]) => [key, f.count]));

  it('counts the region and each of its countries exactly as the lists total with the filters returned', async () => {
    for (const user of [hq, usEditor, deEditor]) {
      for (const region of ['north_america', 'western_europe']) {
        const view = await ok(user, `/regions/${region}?${PERIOD}`);
        const figures: [string, Figure][] = [
          ...figuresOf(view),
          ...(view.countries as { code: string; figures: Record<string, Figure> }[]).flatMap((c) => Object.entries(c.figures).map(([key, f]) => [`${c.code} ${key}`, f] as [string, Figure])),
        ];
        for (const [name, figure] of figures) {
          const list = await ok(user, `/${figure.list}?${new URLSearchParams(figure.filter)}`);
          expect(list.total, `${region} ${name} as ${user.role} of ${user.unitId}`).toBe(figure.count);
        }
      }
    }
  });

  it('aggregates over the region\'s countries, counting a record of two of them once, with a row per country', async () => {
    const northAmerica = await ok(hq, `/regions/north_america?${PERIOD}`);
    expect(countsOf(northAmerica.figures)).toEqual({ engagements: 2, agreementsSigned: 2, commitmentsOpen: 2, commitmentsOverdue: 1, activities: 2, outcomes: 2, outcomesConfirmed: 1, marketNotes: 1, barriersOpen: 1 });
    expect(northAmerica.figures.activities.filter).toEqual({ region: 'north_america', from: '2025-01-01', to: '2026-01-01' });
    const us = northAmerica.countries.find((c: { code: string }) => c.code === 'US');
    expect(us).toMatchObject({ name: { en: 'United States' }, partnershipLevel: 'comprehensive_strategic' });
    expect(countsOf(us.figures)).toEqual(countsOf(northAmerica.figures));
    expect(northAmerica.countries.map((c: { code: string }) => c.code)).toEqual(expect.arrayContaining(['CA', 'US']));

    const westernEurope = await ok(hq, `/regions/western_europe?${PERIOD}`);
    expect(countsOf(westernEurope.figures)).toMatchObject({ engagements: 1, agreementsSigned: 0, commitmentsOpen: 1, commitmentsOverdue: 1, activities: 1, marketNotes: 0 });
    expect(countsOf(await ok(usEditor, `/regions/western_europe?${PERIOD}`).then((v) => v.figures))).toMatchObject({ engagements: 0, activities: 0 });
  });

  it('answers 401, 403 to a business and 400 for an unknown region or period', async () => {
    expect((await get(null, '/regions/africa')).statusCode).toBe(401);
    expect((await get(business, '/regions/africa')).statusCode).toBe(403);
    expect((await get(hq, '/regions/atlantis')).statusCode).toBe(400);
    expect((await get(hq, '/regions/africa?from=2025-06-01&to=2025-01-01')).statusCode).toBe(400);
  });
});
