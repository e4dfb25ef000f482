import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activities,
  activityOutputs,
  activityProvinces,
  agreementParties,
  partnershipChanges,
  outcomes,
  periodSubmissions,
  reportingPeriods,
  supportRequests,
} from '../../db/schema/index.js';
import { newId } from '../../lib/ids.js';
import type { TestUser } from '../../test/factories.js';
import { implementationFixtures } from '../../test/implementation.js';
import { multipartFile } from '../../test/multipart.js';
import { buildTestApp, type TestContext } from '../../test/support.js';
import { INDICATORS } from './indicators.catalogue.js';
import { sumDecimals } from './periods.js';
import { targetStatus } from './targets.service.js';

let t: TestContext;
let coordinator: TestUser;
let leader: TestUser;
let japanEditor: TestUser;
let business: TestUser;
const ids: Record<string, string> = {};

const H1_2025 = 'from=2025-01-01&to=2025-07-01';
const Y2025 = 'from=2025-01-01&to=2026-01-01';
const AS_OF = '2026-03-10';

beforeAll(async () => {
  t = await buildTestApp();
  const fx = implementationFixtures(t.db);
  const us = await t.factory.unit('mission', 'EMB-US');
  const japan = await t.factory.unit('mission', 'EMB-JP');
  const hcm = await t.factory.unit('province', '79');
  const eco = await t.factory.unit('hq', 'MOFA-ECO');
  // Hà Giang and the former Tuyên Quang merged into today's Tuyên Quang on 2025-07-01.
  const haGiang = await t.factory.unit('province', '02', '2025-01-01');
  const oldTuyenQuang = await t.factory.unit('province', '08', '2025-01-01');
  const tuyenQuang = await t.factory.unit('province', '08', '2025-08-01');
  Object.assign(ids, { us: us.id, japan: japan.id, haGiang: haGiang.id, oldTuyenQuang: oldTuyenQuang.id, tuyenQuang: tuyenQuang.id });
  coordinator = await t.factory.user({ role: 'hq_coordinator', unitId: eco.id });
  leader = await t.factory.user({ role: 'leader', unitId: eco.id });
  japanEditor = await t.factory.user({ role: 'unit_editor', unitId: japan.id });
  business = await t.factory.user({ role: 'business' });

  // Engagements: key leaders lead e1, e2 (2024), e4, e5 (H1-2025), e6 (H2-2025); a minister leads e3.
  const engagement = (leadUnitId: string, startDate: string, leaderLevel: string, countryCodes: string[] = []) =>
    t.factory.engagement({ leadUnitId, startDate, endDate: startDate, leaderLevel, countryCodes });
  ids.e1 = (await engagement(us.id, '2024-03-10', 'prime_minister', ['US'])).id;
  ids.e2 = (await engagement(japan.id, '2024-09-01', 'president', ['JP'])).id;
  ids.e3 = (await engagement(us.id, '2024-05-01', 'minister', ['US'])).id;
  ids.e4 = (await engagement(us.id, '2025-02-01', 'general_secretary', ['US'])).id;
  ids.e5 = (await engagement(japan.id, '2025-04-01', 'prime_minister', ['JP'])).id;
  ids.e6 = (await engagement(us.id, '2025-09-01', 'prime_minister', ['US'])).id;

  // Agreements signed: a1 (2024), a2, a3, a4 (H1-2025), a6 (H2-2025); a5 is still negotiated.
  const locality = await fx.partner({ nameEn: 'Gyeonggi Province', kind: 'foreign_locality' });
  const agreement = (ownerUnitId: string, signedDate: string | null, kind: string, fields: string[] = []) =>
    t.factory.agreement({ ownerUnitId, signedDate, kind, fields, status: signedDate ? 'signed' : 'negotiating' });
  ids.a1 = (await agreement(us.id, '2024-03-10', 'mou', ['trade'])).id;
  ids.a2 = (await agreement(us.id, '2025-02-01', 'agreement', ['investment', 'trade'])).id;
  ids.a3 = (await agreement(haGiang.id, '2025-03-01', 'mou')).id;
  await t.db.insert(agreementParties).values([{ agreementId: ids.a3, unitId: haGiang.id }, { agreementId: ids.a3, partnerId: locality.id }]);
  ids.a4 = (await agreement(oldTuyenQuang.id, '2025-05-01', 'mou')).id;
  ids.a5 = (await agreement(us.id, null, 'mou')).id;
  ids.a6 = (await agreement(tuyenQuang.id, '2025-08-01', 'mou')).id;

  // Activities: missions act1–act3 (H1-2025; act1 supports Hà Giang), provinces act4, act5 (H1), act6 (H2), act7 (2024).
  const activity = async (unitId: string, startDate: string, type: string, countryCode: string | null = null) =>
    (
      await t.db
        .insert(activities)
        .values({ id: newId(), unitId, type, title: `Activity ${startDate}`, startDate, endDate: startDate, countryCode })
        .returning()
    )[0]!.id;
  ids.act1 = await activity(us.id, '2025-02-10', 'trade_promotion', 'US');
  await t.db.insert(activityProvinces).values({ activityId: ids.act1, unitId: haGiang.id });
  ids.act2 = await activity(us.id, '2025-03-10', 'investment_promotion', 'US');
  await t.db.insert(activityOutputs).values({ id: newId(), activityId: ids.act2, kind: 'meetings_held', quantity: 3 });
  ids.act3 = await activity(japan.id, '2025-04-10', 'trade_promotion', 'JP');
  ids.act4 = await activity(haGiang.id, '2025-03-01', 'trade_promotion');
  ids.act5 = await activity(oldTuyenQuang.id, '2025-05-01', 'investment_promotion');
  ids.act6 = await activity(tuyenQuang.id, '2025-08-01', 'tourism_promotion');
  ids.act7 = await activity(hcm.id, '2024-06-01', 'trade_promotion');

  // Outcomes: export contracts 1,000,000.50 (confirmed) + 250,000 (unconfirmed) in USD; EUR and denied ones never count.
  const outcome = (activityId: string, values: Partial<typeof outcomes.$inferInsert>) =>
    t.db.insert(outcomes).values({ id: newId(), activityId, kind: 'export_contract', ...values });
  await outcome(ids.act3, { value: '1000000.50', currency: 'USD', confirmationStatus: 'confirmed' });
  await outcome(ids.act3, { value: '250000', currency: 'USD' });
  await outcome(ids.act2, { value: '500', currency: 'EUR', confirmationStatus: 'confirmed' });
  await outcome(ids.act2, { value: '300', currency: 'USD', confirmationStatus: 'denied' });
  await outcome(ids.act3, { kind: 'jobs', quantity: 40, confirmationStatus: 'corrected', confirmedQuantity: 35 });
  await outcome(ids.act2, { kind: 'investment_registered', value: '2000000', currency: 'USD', confirmationStatus: 'corrected', confirmedValue: '1500000' });

  // Support requests: one answered in H1-2025.
  const request = (answeredAt: Date | null) =>
    t.db.insert(supportRequests).values({ id: newId(), requestingUnitId: haGiang.id, targetUnitId: us.id, title: 'Trade fair', description: 'Help', status: answeredAt ? 'answered' : 'open', answeredAt, answer: answeredAt ? 'Yes' : null });
  await request(new Date('2025-03-05T03:00:00Z'));
  await request(null);

  // Commitments c1 (fulfilled), c2 (overdue), c3 (fulfilled by its completed task t1); t2 slipped and overdue.
  const c1 = await fx.commitment({ ownerUnitId: us.id, engagementId: ids.e4, dueDate: '2025-06-30', status: 'fulfilled' });
  const c2 = await fx.commitment({ ownerUnitId: us.id, engagementId: ids.e4, dueDate: '2025-05-01' });
  const c3 = await fx.commitment({ ownerUnitId: japan.id, engagementId: ids.e5, dueDate: '2025-10-01' });
  Object.assign(ids, { c1: c1.id, c2: c2.id, c3: c3.id });
  ids.t1 = (await fx.task({ commitmentId: c3.id, responsibleUnitId: japan.id, assigningUnitId: eco.id, dueDate: '2025-09-01', status: 'completed' })).id;
  ids.t2 = (await fx.task({ responsibleUnitId: us.id, assigningUnitId: eco.id, dueDate: '2025-04-01', originalDueDate: '2025-03-01', slipCount: 1, status: 'delayed' })).id;

  // Relations with Iceland (no sourced history) raised twice in H1-2025, established in 2024.
  const change = (fromLevel: string | null, toLevel: string, date: string) =>
    t.db.insert(partnershipChanges).values({ id: newId(), countryCode: 'IS', fromLevel, toLevel, date, demo: true }).returning().then(([row]) => row!.id);
  ids.u1 = await change(null, 'comprehensive', '2024-05-01');
  ids.u2 = await change('comprehensive', 'strategic', '2025-02-01');
  ids.u3 = await change('strategic', 'comprehensive_strategic', '2025-06-01');

  // A reporting period: the embassy in the US submitted, Japan's is a draft.
  const [period] = await t.db.insert(reportingPeriods).values({ id: newId(), kind: 'half_year', label: 'H1 2025', startDate: '2025-01-01', endDate: '2025-07-01' }).returning();
  ids.period = period!.id;
  await t.db.insert(periodSubmissions).values([
    { id: newId(), periodId: period!.id, unitId: us.id, status: 'submitted' },
    { id: newId(), periodId: period!.id, unitId: japan.id, status: 'draft' },
  ]);
});
afterAll(() => t.close());

const sessions = new Map<string, { cookie: string }>();
const headersOf = async (user: TestUser) => sessions.get(user.id) ?? sessions.set(user.id, await t.login(user)).get(user.id)!;
const get = async (url: string, user: TestUser = coordinator) => t.app.inject({ method: 'GET', url, headers: await headersOf(user) });
const send = async (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, user: TestUser = coordinator) =>
  t.app.inject({ method, url, payload, headers: await headersOf(user) });
const values = async (code: string, query: string, user?: TestUser) => {
  const res = await get(`/api/v1/indicators/${code}/values?asOf=${AS_OF}&${query}`, user);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const recordsOf = async (code: string, filter: Record<string, string>, user?: TestUser) => {
  const res = await get(`/api/v1/indicators/${code}/records?${new URLSearchParams({ ...filter, pageSize: '500' })}`, user);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const idsOf = (items: { id: string }[]) => items.map((item) => item.id).sort();

describe('GET /api/v1/indicators', () => {
  it('lists the catalogue with definitions in both languages, to internal users only', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/indicators' })).statusCode).toBe(401);
    expect((await get('/api/v1/indicators', business)).statusCode).toBe(403);
    const body = (await get('/api/v1/indicators', japanEditor)).json();
    const codes = body.items.map((item: { code: string }) => item.code);
    expect(codes).toEqual(expect.arrayContaining(['engagements.high_level', 'agreements.signed', 'activities.missions', 'commitments.fulfilment_rate', 'macro.gdp_growth']));
    const rate = body.items.find((item: { code: string }) => item.code === 'commitments.fulfilment_rate');
    expect(rate).toMatchObject({ kind: 'ratio', numerator: 'commitments.fulfilled', denominator: 'commitments.total', unit: 'percent' });
    expect(rate.definition.vi).toMatch(/Cam kết/);
    expect((await get('/api/v1/indicators/nope/values')).statusCode).toBe(404);
    const bad = await get('/api/v1/indicators/agreements.signed/values?from=2025-07-01&to=2025-01-01&groupBy=planet');
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(expect.arrayContaining(['groupBy']));
    expect((await get('/api/v1/indicators/macro.gdp_growth/values?groupBy=unit')).statusCode).toBe(400);
  });
});

describe('computed indicators against hand-counted records', () => {
  it('counts high-level engagements by leader level, with both comparison bases', async () => {
    const body = await values('engagements.high_level', `${H1_2025}&groupBy=category`);
    expect(body.total.value).toBe('2');
    expect(idsOf((await recordsOf('engagements.high_level', body.total.filter)).items)).toEqual([ids.e4, ids.e5].sort());
    expect(Object.fromEntries(body.groups.map((g: { key: string; value: string }) => [g.key, g.value]))).toEqual({ general_secretary: '1', prime_minister: '1' });
    const [same, whole] = body.comparisons;
    expect(same).toMatchObject({ base: 'same_period_previous_year', period: { label: '2024-H1' }, value: '1', ratio: 2 });
    expect(whole).toMatchObject({ base: 'previous_year', period: { label: '2024' }, value: '2', ratio: 1 });
    expect((await values('engagements.all', 'from=2024-01-01&to=2025-01-01')).total.value).toBe('3');
  });

  it('counts relation upgrades, visible to every internal user', async () => {
    const body = await values('relations.upgrades', `${H1_2025}&countryCode=IS`, japanEditor);
    expect(body.total.value).toBe('2');
    expect(idsOf((await recordsOf('relations.upgrades', body.total.filter, japanEditor)).items)).toEqual([ids.u2, ids.u3].sort());
    expect(body.comparisons[1]).toMatchObject({ value: '1', ratio: 2 });
  });

  it('filters and groups by MOFA region', async () => {
    expect((await values('activities.missions', `${H1_2025}&region=north_america`)).total.value).toBe('2');
    const byRegion = await values('activities.missions', `${H1_2025}&groupBy=region`);
    expect(Object.fromEntries(byRegion.groups.map((g: { key: string; value: string }) => [g.key, g.value]))).toEqual({ north_america: '2', northeast_asia: '1' });
  });

  it('counts agreements signed by kind, field and unit, and the local–international ones', async () => {
    const body = await values('agreements.signed', `${H1_2025}&groupBy=category`);
    expect(body.total.value).toBe('3');
    expect(Object.fromEntries(body.groups.map((g: { key: string; value: string }) => [g.key, g.value]))).toEqual({ mou: '2', agreement: '1' });
    expect(body.comparisons[0]).toMatchObject({ value: '1', ratio: 3 });
    expect((await values('agreements.signed', `${H1_2025}&field=trade`)).total.value).toBe('1');
    expect((await values('agreements.signed', `${H1_2025}&unitId=${ids.us}`)).total.value).toBe('1');
    const local = await values('agreements.local_international', Y2025);
    expect(local.total.value).toBe('1');
    expect(idsOf((await recordsOf('agreements.local_international', local.total.filter)).items)).toEqual([ids.a3]);
  });

  it('counts mission and province activities and missions supporting localities', async () => {
    expect((await values('activities.missions', H1_2025)).total.value).toBe('3');
    expect((await values('activities.provinces', H1_2025)).total.value).toBe('2');
    expect((await values('activities.provinces', Y2025)).total.value).toBe('3');
    const supporting = await values('activities.missions_supporting_localities', H1_2025);
    expect(idsOf((await recordsOf('activities.missions_supporting_localities', supporting.total.filter)).items)).toEqual([ids.act1]);
    const byCountry = await values('activities.missions', `${H1_2025}&groupBy=country`);
    expect(Object.fromEntries(byCountry.groups.map((g: { key: string; value: string }) => [g.key, g.value]))).toEqual({ US: '2', JP: '1' });
  });

  it('ranks a mission or province among the units of its type, its former units rolled up, telling only its own value', async () => {
    const ranking = (unitId: string, query: string, user = coordinator) => get(`/api/v1/org-units/${unitId}/ranking?${query}`, user);
    const japan = await ranking(ids.japan!, 'year=2025&half=1&asOf=2025-07-15', japanEditor);
    expect(japan.statusCode, japan.body).toBe(200);
    const body = japan.json();
    expect(body.peers).toBeGreaterThanOrEqual(2);
    const item = (code: string) => body.items.find((i: { indicator: { code: string } }) => i.indicator.code === code);
    expect(item('activities.missions')).toMatchObject({ value: { value: '1' }, rank: 2 });
    expect(item('outcomes.export_contracts.confirmed')).toMatchObject({ value: { value: '1000000.5' }, rank: 1 });
    expect(item('agreements.signed')).toMatchObject({ value: { value: '0' }, rank: null });
    // Its value opens exactly its own records.
    expect(idsOf((await recordsOf('activities.missions', item('activities.missions').value.filter)).items)).toEqual([ids.act3]);
    // Today's Tuyên Quang counts Hà Giang's and the former Tuyên Quang's activities of 2025 too.
    const tuyenQuang = (await ranking(ids.tuyenQuang!, 'year=2025&asOf=2025-09-01')).json();
    expect(tuyenQuang.items.find((i: { indicator: { code: string } }) => i.indicator.code === 'activities.provinces')).toMatchObject({ value: { value: '3' }, rank: 1 });
    expect((await ranking(ids.us!, 'year=2025', japanEditor)).statusCode).toBe(404);
    expect((await ranking(newId(), 'year=2025')).statusCode).toBe(404);
    expect((await ranking(ids.japan!, 'year=2025', business)).statusCode).toBe(403);
    const hq = (await get('/api/v1/org-units?type=hq', coordinator)).json().items[0].id;
    expect((await ranking(hq, 'year=2025')).statusCode).toBe(400);
  });

  it('computes the formalism share from activities without result', async () => {
    const share = await values('activities.formalism_share', Y2025);
    // act1, act4, act5, act6 have no output or outcome; act2 has an output, act3 outcomes.
    expect(share.total).toMatchObject({ value: '66.67', numerator: { value: '4' }, denominator: { value: '6' } });
    expect(idsOf((await recordsOf('activities.formalism_share', share.total.numerator.filter)).items)).toEqual([ids.act1, ids.act4, ids.act5, ids.act6].sort());
  });

  it('counts support requests answered, commitments and tasks by their state', async () => {
    expect((await values('support_requests.answered', H1_2025)).total.value).toBe('1');
    expect((await values('commitments.total', Y2025)).total.value).toBe('3');
    const fulfilled = await values('commitments.fulfilled', Y2025);
    expect(idsOf((await recordsOf('commitments.fulfilled', fulfilled.total.filter)).items)).toEqual([ids.c1, ids.c3].sort());
    const overdue = await values('commitments.overdue', Y2025);
    expect(idsOf((await recordsOf('commitments.overdue', overdue.total.filter)).items)).toEqual([ids.c2]);
    expect((await values('commitments.fulfilment_rate', Y2025)).total.value).toBe('66.67');
    expect(idsOf((await recordsOf('tasks.on_time', (await values('tasks.on_time', Y2025)).total.filter)).items)).toEqual([ids.t1]);
    expect(idsOf((await recordsOf('tasks.slipped', (await values('tasks.slipped', Y2025)).total.filter)).items)).toEqual([ids.t2]);
    expect((await values('tasks.overdue', Y2025)).total.value).toBe('1');
  });

  it('adds outcome values exactly: all vs confirmed only, USD only, never denied', async () => {
    expect((await values('outcomes.export_contracts', Y2025)).total).toMatchObject({ value: '1250000.5', count: 2 });
    expect((await values('outcomes.export_contracts.confirmed', Y2025)).total).toMatchObject({ value: '1000000.5', count: 1 });
    expect((await values('outcomes.jobs', Y2025)).total.value).toBe('35');
    expect((await values('outcomes.investment_registered.confirmed', Y2025)).total.value).toBe('1500000');
    expect((await values('outcomes.tourists', Y2025)).total).toMatchObject({ value: '0', count: 0 });
  });

  it('measures report completeness like the completeness board', async () => {
    const board = (await get(`/api/v1/periods/${ids.period}/completeness`)).json();
    const completeness = await values('reports.completeness', H1_2025);
    expect(completeness.total.denominator.value).toBe(String(board.counts.total));
    expect(completeness.total.numerator.value).toBe(String(board.counts.submitted + board.counts.approved));
  });
});

describe('as reported vs mapped to today\'s units', () => {
  it('keeps totals equal across the 63→34 merger and moves the former provinces\' records to today\'s', async () => {
    const reported = await values('activities.provinces', `${Y2025}&groupBy=unit&view=as_reported`);
    const mapped = await values('activities.provinces', `${Y2025}&groupBy=unit&view=mapped`);
    expect(reported.total.value).toBe(mapped.total.value);
    const sum = (groups: { value: string }[]) => sumDecimals(groups.map((g) => g.value));
    expect(sum(reported.groups)).toBe(sum(mapped.groups));
    expect(Object.fromEntries(reported.groups.map((g: { key: string; value: string }) => [g.key, g.value]))).toEqual({ [ids.haGiang!]: '1', [ids.oldTuyenQuang!]: '1', [ids.tuyenQuang!]: '1' });
    expect(Object.fromEntries(mapped.groups.map((g: { key: string; value: string }) => [g.key, g.value]))).toEqual({ [ids.tuyenQuang!]: '3' });
    expect((await values('activities.provinces', `${Y2025}&unitId=${ids.tuyenQuang}&view=mapped`)).total.value).toBe('3');
    expect((await values('activities.provinces', `${Y2025}&unitId=${ids.tuyenQuang}`)).total.value).toBe('1');
    const agreements = [await values('agreements.signed', `${Y2025}&groupBy=unit`), await values('agreements.signed', `${Y2025}&groupBy=unit&view=mapped`)];
    expect(sum(agreements[0].groups)).toBe(sum(agreements[1].groups));
  });
});

describe('scope', () => {
  it('shows a unit its own values and leadership everything', async () => {
    expect((await values('activities.missions', H1_2025, japanEditor)).total.value).toBe('1');
    expect((await values('activities.missions', H1_2025, leader)).total.value).toBe('3');
    const filter = (await values('engagements.high_level', H1_2025, japanEditor)).total.filter;
    expect(idsOf((await recordsOf('engagements.high_level', filter, japanEditor)).items)).toEqual([ids.e5]);
    expect((await get('/api/v1/indicators/activities.missions/records', business)).statusCode).toBe(403);
  });
});

describe('every indicator of the catalogue', () => {
  it('lists exactly the records its values count, in total and per group', { timeout: 600_000 }, async () => {
    await send('POST', '/api/v1/reported-values', { indicatorCode: 'macro.trade_turnover', from: '2025-01-01', to: '2025-07-01', value: '432.03', source: 'Demo', publishedOn: '2025-07-06' });
    for (const indicator of INDICATORS) {
      // Quarters and years are bucketed like months and halves; every other grouping is checked.
      for (const groupBy of [undefined, ...indicator.groupBys.filter((g) => g !== 'quarter' && g !== 'year')]) {
        const body = await values(indicator.code, `${Y2025}${groupBy ? `&groupBy=${groupBy}` : ''}&compare=false`);
        const parts = indicator.kind === 'ratio' ? (['numerator', 'denominator'] as const) : ([undefined] as const);
        for (const value of [body.total, ...body.groups]) {
          for (const part of parts) {
            const figure = part ? value[part] : value;
            const listed = await recordsOf(indicator.code, figure.filter);
            const label = `${indicator.code} ${groupBy ?? ''} ${value.key ?? 'total'} ${part ?? ''}`;
            expect(listed.total, label).toBe(figure.count);
            expect(listed.items, label).toHaveLength(figure.count);
            if (indicator.kind === 'count') expect(String(figure.count), label).toBe(figure.value);
            if (indicator.kind === 'sum' || (indicator.kind === 'reported' && indicator.timeAggregation === 'sum' && figure.count > 0)) {
              expect(sumDecimals(listed.items.map((item: { amount: string }) => item.amount)), label).toBe(figure.value);
            }
          }
        }
      }
    }
  });
});

describe('reported values', () => {
  it('adds non-overlapping periods for a sum and takes the latest for a growth rate; keeps revisions', async () => {
    const post = (indicatorCode: string, from: string, to: string, value: string) =>
      send('POST', '/api/v1/reported-values', { indicatorCode, from, to, value, source: 'General Statistics Office (demo)', publishedOn: to });
    expect((await post('macro.fdi_registered', '2025-01-01', '2025-02-01', '10.5')).statusCode).toBe(201);
    expect((await post('macro.fdi_registered', '2025-02-01', '2025-03-01', '20')).statusCode).toBe(201);
    expect((await values('macro.fdi_registered', 'from=2025-01-01&to=2025-03-01')).total).toMatchObject({ value: '30.5', count: 2 });
    // A quarter containing both months replaces them in the sum.
    await post('macro.fdi_registered', '2025-01-01', '2025-04-01', '31');
    expect((await values('macro.fdi_registered', Y2025)).total).toMatchObject({ value: '31', count: 1 });
    const q1 = (await post('macro.gdp_growth', '2025-01-01', '2025-04-01', '6.93')).json();
    await post('macro.gdp_growth', '2025-01-01', '2025-07-01', '7.52');
    expect((await values('macro.gdp_growth', Y2025)).total.value).toBe('7.52');
    expect((await post('macro.gdp_growth', '2025-01-01', '2025-04-01', '7')).statusCode).toBe(400);
    expect((await post('agreements.signed', '2025-01-01', '2025-04-01', '7')).statusCode).toBe(400);
    expect((await post('macro.gdp_growth', '2025-01-01', '2025-04-01', '7,05')).statusCode).toBe(400);
    const revised = await send('PATCH', `/api/v1/reported-values/${q1.id}`, { value: '7.05', source: 'GSO revision', publishedOn: '2025-05-01', version: q1.version });
    expect(revised.statusCode, revised.body).toBe(200);
    expect(revised.json()).toMatchObject({ value: '7.05', version: 2, revisions: [{ version: 1, value: '6.93' }] });
    expect((await send('PATCH', `/api/v1/reported-values/${q1.id}`, { value: '7.1', source: 'x', publishedOn: '2025-05-01', version: 1 })).statusCode).toBe(409);
    expect((await send('POST', '/api/v1/reported-values', { indicatorCode: 'macro.gdp_growth', from: '2026-01-01', to: '2026-04-01', value: '1', source: 'x', publishedOn: '2026-04-01' }, leader)).statusCode).toBe(403);
    expect((await send('POST', '/api/v1/reported-values', { indicatorCode: 'macro.gdp_growth', from: '2026-01-01', to: '2026-04-01', value: '1', source: 'x', publishedOn: '2026-04-01', extra: 1 })).statusCode).toBe(400);
  });
});

describe('POST /api/v1/reported-values/import', () => {
  const workbook = async (rows: string[][]) => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Data');
    sheet.addRow(['indicator_code', 'from', 'to', 'value', 'source', 'source_url', 'published_on', 'note']);
    for (const row of rows) sheet.addRow(row);
    return Buffer.from(await book.xlsx.writeBuffer());
  };
  const upload = async (file: Buffer, user: TestUser = coordinator) => {
    const body = multipartFile('figures.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', file);
    return t.app.inject({ method: 'POST', url: '/api/v1/reported-values/import', payload: body.payload, headers: { ...(await headersOf(user)), ...body.headers } });
  };

  it('imports all rows or none, and revises a figure of the same period', async () => {
    const good = ['macro.international_arrivals', '2024-01-01', '2025-01-01', '17600000', 'Demo source', '', '2025-01-06', 'demo'];
    const bad = await upload(await workbook([good, ['agreements.signed', '2024-01-01', '2025-01-01', '1', 'x', '', '2025-01-06', ''], ['macro.gdp_growth', '2024-01-01', '2025-01-01', 'seven', 'x', '', '2025-01-06', '']]));
    expect(bad.statusCode, bad.body).toBe(422);
    expect(bad.json().rows.map((row: { row: number; field: string }) => [row.row, row.field])).toEqual([[3, 'indicatorCode'], [4, 'value']]);
    expect((await values('macro.international_arrivals', 'from=2024-01-01&to=2025-01-01')).total.count).toBe(0);
    const ok = await upload(await workbook([good]));
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ created: 1, revised: 0, unchanged: 0 });
    expect((await upload(await workbook([good]))).json()).toEqual({ created: 0, revised: 0, unchanged: 1 });
    expect((await upload(await workbook([[...good.slice(0, 3), '17584000', ...good.slice(4)]]))).json()).toEqual({ created: 0, revised: 1, unchanged: 0 });
    const listed = (await get('/api/v1/reported-values?indicatorCode=macro.international_arrivals')).json();
    expect(listed.items[0]).toMatchObject({ value: '17584000', revisions: [{ value: '17600000' }] });
    expect((await upload(await workbook([good]), leader)).statusCode).toBe(403);
  });
});

describe('targets', () => {
  it('judges status by the written rule', () => {
    const sum = { direction: 'higher_is_better', timeAggregation: 'sum', low: '100', high: null } as const;
    expect(targetStatus({ ...sum, actual: '60', elapsed: 0.5 })).toEqual({ status: 'on_track', projected: '120' });
    expect(targetStatus({ ...sum, actual: '40', elapsed: 0.5 }).status).toBe('at_risk');
    expect(targetStatus({ ...sum, actual: '100', elapsed: 0.2 }).status).toBe('met');
    expect(targetStatus({ ...sum, actual: '99', elapsed: 1 }).status).toBe('missed');
    const range = { direction: 'higher_is_better', timeAggregation: 'latest', low: '8.3', high: '8.5' } as const;
    expect(targetStatus({ ...range, actual: '8.4', elapsed: 1 }).status).toBe('met');
    expect(targetStatus({ ...range, actual: '8.6', elapsed: 1 }).status).toBe('met');
    expect(targetStatus({ ...range, actual: '8.2', elapsed: 1 }).status).toBe('missed');
    expect(targetStatus({ ...range, actual: '7.5', elapsed: 0.5 })).toEqual({ status: 'at_risk', projected: '7.5' });
    const lower = { direction: 'lower_is_better', timeAggregation: 'sum', low: '2', high: '3' } as const;
    expect(targetStatus({ ...lower, actual: '3', elapsed: 1 }).status).toBe('met');
    expect(targetStatus({ ...lower, actual: '2', elapsed: 0.5 }).status).toBe('at_risk');
    expect(targetStatus({ ...sum, actual: null, elapsed: 0.5 }).status).toBe('no_data');
  });

  it('sets national and unit targets, computes actual, progress and status, and a scorecard', async () => {
    const create = (body: object, user = coordinator) => send('POST', '/api/v1/targets', body, user);
    const missions = await create({ indicatorCode: 'activities.missions', year: 2025, low: '3', baseline: '0' });
    expect(missions.statusCode, missions.body).toBe(201);
    const growth = await create({ indicatorCode: 'macro.gdp_growth', year: 2025, low: '8.3', high: '8.5', source: 'Resolution of the National Assembly (demo)' });
    expect(growth.statusCode, growth.body).toBe(201);
    await create({ indicatorCode: 'commitments.overdue', year: 2025, low: '2' });
    expect((await create({ indicatorCode: 'activities.missions', year: 2025, unitId: ids.japan, low: '1' })).statusCode).toBe(201);
    expect((await create({ indicatorCode: 'macro.gdp_growth', year: 2025, unitId: ids.japan, low: '1' })).statusCode).toBe(400);
    expect((await create({ indicatorCode: 'activities.missions', year: 2025, low: '3' })).statusCode).toBe(409);
    expect((await create({ indicatorCode: 'activities.missions', year: 2025, half: 1, low: '5', high: '4' })).statusCode).toBe(400);
    expect((await create({ indicatorCode: 'activities.missions', year: 2024, low: '1' }, leader)).statusCode).toBe(403);
    // The web shows the forms to exactly those the server lets set targets.
    expect((await get('/api/v1/me', coordinator)).json().abilities).toMatchObject({ 'indicators.manage': true });
    expect((await get('/api/v1/me', leader)).json().abilities).toMatchObject({ 'indicators.manage': false });

    const midYear = (await get('/api/v1/targets?year=2025&national=true&asOf=2025-07-15')).json();
    const byCode = (body: { items: { indicatorCode: string }[] }, code: string) => body.items.find((item) => item.indicatorCode === code) as Record<string, unknown>;
    expect(byCode(midYear, 'activities.missions')).toMatchObject({ status: 'met', actual: { value: '3' }, progress: 1 });
    expect(byCode(midYear, 'macro.gdp_growth')).toMatchObject({ status: 'at_risk', low: '8.3', high: '8.5', period: { label: '2025' } });

    const scorecard = (await get('/api/v1/targets/scorecard?year=2025&asOf=2026-01-10')).json();
    // Growth has only its first half published: the year is judged at its half, not as missed.
    expect(scorecard).toMatchObject({ total: 3, counts: { met: 2, at_risk: 1, missed: 0 }, metOrOnTrack: 2 });
    const japanTargets = (await get('/api/v1/targets?year=2025', japanEditor)).json();
    const japanOwn = japanTargets.items.find((item: { unit: { id: string } | null }) => item.unit?.id === ids.japan);
    expect(japanOwn).toMatchObject({ actual: { value: '1' } });

    const target = missions.json();
    const moved = await send('PATCH', `/api/v1/targets/${target.id}`, { low: '4', version: target.version });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await send('PATCH', `/api/v1/targets/${target.id}`, { low: '5', version: target.version })).statusCode).toBe(409);
    expect((await send('DELETE', `/api/v1/targets/${target.id}?version=${moved.json().version}`)).statusCode).toBe(204);
  });
});
