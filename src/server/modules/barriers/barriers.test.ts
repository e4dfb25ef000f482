import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { barrierStatusChanges, partners } from '../../db/schema/index.js';
import { todayIso } from '../../lib/dates.js';
import { newId } from '../../lib/ids.js';
import type { TestUser } from '../../test/factories.js';
import { refusal } from '../../test/refusal.js';
import { buildTestApp, type TestContext } from '../../test/support.js';

let t: TestContext;
let usEditor: TestUser;
let usViewer: TestUser;
let jpEditor: TestUser;
let hq: TestUser;
let leader: TestUser;
let provinceViewer: TestUser;
let business: TestUser;
let us: string;
let province: string;
let company: string;

const call = async (user: TestUser | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, ...(payload ? { payload } : {}), headers: user ? await t.login(user) : {} });

const barrier = (overrides: object = {}) => ({
  title: 'Kiểm dịch tôm nhập khẩu',
  description: 'Yêu cầu kiểm tra 100% lô hàng tôm tại cảng.',
  countryCode: 'US',
  sectors: ['agriculture'],
  hsCodes: ['0306'],
  measureType: 'sps',
  valueAtStake: '12500000.50',
  currency: 'USD',
  priority: 'high',
  since: '2025-02-01',
  ...overrides,
});

beforeAll(async () => {
  t = await buildTestApp();
  us = (await t.factory.unit('mission', 'EMB-US')).id;
  province = (await t.factory.unit('province', '79')).id;
  usEditor = await t.factory.user({ role: 'unit_editor', unitId: us });
  usViewer = await t.factory.user({ role: 'unit_viewer', unitId: us });
  jpEditor = await t.factory.user({ role: 'unit_editor', unitId: (await t.factory.unit('mission', 'EMB-JP')).id });
  hq = await t.factory.user({ role: 'hq_coordinator', unitId: (await t.factory.unit('hq', 'MOFA')).id });
  leader = await t.factory.user({ role: 'leader' });
  provinceViewer = await t.factory.user({ role: 'unit_viewer', unitId: province });
  business = await t.factory.user({ role: 'business' });
  company = (await t.db.insert(partners).values({ id: newId(), kind: 'vietnamese_company', nameVi: 'Công ty Thủy sản Sao Biển (demo)', nameEn: 'Sao Bien Seafood (demo)' }).returning())[0]!.id;
});
afterAll(() => t.close());

describe('recording a barrier', () => {
  it('a mission records one with its affected province and company; exact value; history starts open; audited', async () => {
    expect((await call(null, 'POST', '/barriers', barrier())).statusCode).toBe(401);
    expect((await call(usViewer, 'POST', '/barriers', barrier())).statusCode).toBe(403);
    expect((await call(business, 'POST', '/barriers', barrier())).statusCode).toBe(403);
    const res = await call(usEditor, 'POST', '/barriers', barrier({ provinceUnitIds: [province], businessIds: [company], milestones: [{ title: 'Gặp cơ quan kiểm dịch', dueDate: '2030-03-01' }] }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      unit: { id: us },
      status: 'open',
      statusSince: '2025-02-01',
      valueAtStake: '12500000.50',
      currency: 'USD',
      provinces: [{ id: province }],
      businesses: [{ id: company }],
      milestones: [{ title: 'Gặp cơ quan kiểm dịch', dueDate: '2030-03-01', commitment: null }],
      history: [{ status: 'open', effectiveDate: '2025-02-01' }],
      abilities: { update: true, changeStatus: true },
      version: 1,
    });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'barrier.created', entityId: res.json().id, actorUserId: usEditor.id });
  });

  it('bad input is a 400 naming each field, and writes nothing', async () => {
    const before = (await call(hq, 'GET', '/barriers')).json().total;
    const bad = await call(usEditor, 'POST', '/barriers', barrier({ title: '', measureType: 'quota', hsCodes: ['3a'], valueAtStake: '1,5', currency: 'usd' }));
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(expect.arrayContaining(['title', 'measureType', 'hsCodes.0', 'valueAtStake', 'currency']));
    expect((await call(usEditor, 'POST', '/barriers', barrier({ currency: null }))).json().error.fields).toHaveProperty('currency');
    expect((await call(usEditor, 'POST', '/barriers', { ...barrier(), secret: 1 })).statusCode).toBe(400);
    expect((await call(usEditor, 'POST', '/barriers', barrier({ countryCode: 'ZZ' }))).json().error.fields).toHaveProperty('countryCode');
    expect((await call(usEditor, 'POST', '/barriers', barrier({ provinceUnitIds: [us] }))).json().error.fields).toHaveProperty('provinceUnitIds.0');
    expect((await call(usEditor, 'POST', '/barriers', barrier({ businessIds: [newId()] }))).json().error.fields).toHaveProperty('businessIds.0');
    expect((await call(usEditor, 'POST', '/barriers', barrier({ since: '2999-01-01' }))).json().error.fields).toHaveProperty('since');
    expect((await call(hq, 'GET', '/barriers')).json().total).toBe(before);
  });

  it('another mission\'s commitment in the action plan answers like an unknown one', async () => {
    const jp = (await t.factory.unit('mission', 'EMB-JP')).id;
    const engagement = await call(jpEditor, 'POST', '/engagements', {
      title: { vi: 'Làm việc với Bộ Nông nghiệp Nhật Bản', en: 'Meeting Japan\'s agriculture ministry' },
      type: 'working_visit_abroad',
      leaderName: 'Đại sứ',
      leaderLevel: 'other',
      startDate: '2025-03-03',
      endDate: '2025-03-03',
      countryCodes: ['JP'],
      leadUnitId: jp,
    });
    const commitment = await call(jpEditor, 'POST', '/commitments', { title: 'Đàm phán mở cửa thị trường', engagementId: engagement.json().id, ownerUnitId: jp, dueDate: '2030-12-31' });
    expect(commitment.statusCode, commitment.body).toBe(201);
    const theirs = await call(usEditor, 'POST', '/barriers', barrier({ milestones: [{ title: 'x', commitmentId: commitment.json().id }] }));
    const unknown = await call(usEditor, 'POST', '/barriers', barrier({ milestones: [{ title: 'x', commitmentId: newId() }] }));
    expect(theirs.statusCode).toBe(400);
    expect(theirs.json()).toEqual(unknown.json());
    const linked = await call(jpEditor, 'POST', '/barriers', barrier({ countryCode: 'JP', milestones: [{ title: 'Đàm phán', commitmentId: commitment.json().id }] }));
    expect(linked.json().milestones[0]).toMatchObject({ commitment: { id: commitment.json().id, title: 'Đàm phán mở cửa thị trường' } });
  });
});

describe('scoping', () => {
  it('another mission gets a 404 for the barrier and does not list it; the affected province and leadership read it; businesses are refused', async () => {
    const created = (await call(usEditor, 'POST', '/barriers', barrier({ title: 'Thuế chống bán phá giá cá tra', measureType: 'trade_remedy', provinceUnitIds: [province] }))).json();
    expect((await call(jpEditor, 'GET', `/barriers/${created.id}`)).statusCode).toBe(404);
    expect((await call(jpEditor, 'PATCH', `/barriers/${created.id}`, { title: 'x', version: 1 })).statusCode).toBe(404);
    expect((await call(jpEditor, 'POST', `/barriers/${created.id}/status`, { status: 'resolved', effectiveDate: todayIso(), note: 'x', version: 1 })).statusCode).toBe(404);
    expect(((await call(jpEditor, 'GET', '/barriers?countryCode=US')).json().items as { id: string }[]).map((b) => b.id)).not.toContain(created.id);
    expect((await call(provinceViewer, 'GET', `/barriers/${created.id}`)).json()).toMatchObject({ abilities: { update: false } });
    expect((await call(leader, 'GET', `/barriers/${created.id}`)).statusCode).toBe(200);
    expect((await call(business, 'GET', '/barriers')).statusCode).toBe(403);
    expect((await call(business, 'GET', `/barriers/${created.id}`)).statusCode).toBe(403);
  });

  it('lists filter by country, region, sector, status and measure type', async () => {
    const titles = async (query: string) => ((await call(hq, 'GET', `/barriers${query}`)).json().items as { title: string }[]).map((b) => b.title);
    expect(await titles('?measureType=trade_remedy')).toEqual(['Thuế chống bán phá giá cá tra']);
    expect(await titles('?region=north_america&measureType=trade_remedy&sector=agriculture&status=open')).toHaveLength(1);
    expect(await titles('?countryCode=JP&measureType=trade_remedy')).toEqual([]);
    expect(await titles('?q=chong%20ban%20pha%20gia')).toEqual(['Thuế chống bán phá giá cá tra']);
    expect((await call(hq, 'GET', '/barriers?measureType=quota')).statusCode).toBe(400);
  });
});

describe('status and its history', () => {
  it('moves open → partly resolved → resolved with dated notes; invalid moves are 422; stale is 409; HQ may move any', async () => {
    const created = (await call(usEditor, 'POST', '/barriers', barrier({ title: 'Thẻ vàng IUU (thử)', measureType: 'iuu_yellow_card', since: '2024-01-10' }))).json();
    const url = `/barriers/${created.id}/status`;
    const partly = await call(usEditor, 'POST', url, { status: 'partly_resolved', effectiveDate: '2024-06-01', note: 'Đã khắc phục một phần', version: 1 });
    expect(partly.statusCode, partly.body).toBe(200);
    expect(partly.json()).toMatchObject({ status: 'partly_resolved', statusSince: '2024-06-01', version: 2 });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'barrier.status_changed', before: { status: 'open' }, after: { status: 'partly_resolved' } });

    const same = await call(usEditor, 'POST', url, { status: 'partly_resolved', effectiveDate: '2024-07-01', note: 'x', version: 2 });
    expect(same.statusCode).toBe(422);
    expect(same.json().error.fields).toHaveProperty('status');
    const earlier = await call(usEditor, 'POST', url, { status: 'resolved', effectiveDate: '2024-05-01', note: 'x', version: 2 });
    expect(earlier.statusCode).toBe(422);
    expect(earlier.json().error.fields).toHaveProperty('effectiveDate');
    expect((await call(usEditor, 'POST', url, { status: 'resolved', effectiveDate: '2999-01-01', note: 'x', version: 2 })).json().error.fields).toHaveProperty('effectiveDate');
    expect((await call(usEditor, 'POST', url, { status: 'resolved', effectiveDate: '2024-08-01', version: 2 })).json().error.fields).toHaveProperty('note');
    expect((await call(usEditor, 'POST', url, { status: 'resolved', effectiveDate: '2024-08-01', note: 'x', version: 1 })).statusCode).toBe(409);
    expect((await call(usViewer, 'POST', url, { status: 'resolved', effectiveDate: '2024-08-01', note: 'x', version: 2 })).statusCode).toBe(403);

    const resolved = await call(hq, 'POST', url, { status: 'resolved', effectiveDate: '2024-08-01', note: 'Gỡ bỏ', version: 2 });
    expect(resolved.json()).toMatchObject({ status: 'resolved', version: 3 });
    expect((await call(usEditor, 'POST', url, { status: 'partly_resolved', effectiveDate: todayIso(), note: 'x', version: 3 })).statusCode).toBe(422);
    expect(resolved.json().history.map((h: { status: string; effectiveDate: string; note: string | null }) => [h.status, h.effectiveDate, h.note])).toEqual([
      ['open', '2024-01-10', null],
      ['partly_resolved', '2024-06-01', 'Đã khắc phục một phần'],
      ['resolved', '2024-08-01', 'Gỡ bỏ'],
    ]);
  });

  it('the history is append-only in the database itself; values outside the lists are refused', async () => {
    const [change] = await t.db.select().from(barrierStatusChanges).limit(1);
    expect(await refusal(t.db.update(barrierStatusChanges).set({ note: 'rewritten' }).where(eq(barrierStatusChanges.id, change!.id)))).toMatchObject({ message: 'barrier_status_changes is append-only' });
    expect(await refusal(t.db.delete(barrierStatusChanges).where(eq(barrierStatusChanges.id, change!.id)))).toMatchObject({ message: 'barrier_status_changes is append-only' });
    expect(await refusal(t.db.execute(sql`TRUNCATE barrier_status_changes`))).toMatchObject({ message: 'barrier_status_changes is append-only' });
    expect(await refusal(t.db.execute(sql`UPDATE barriers SET measure_type = 'quota'`))).toMatchObject({ constraint: 'barriers_measure_type_ck' });
  });

  it('an edit replaces the lists sent, keeps the rest; stale is 409', async () => {
    const created = (await call(usEditor, 'POST', '/barriers', barrier({ title: 'Nhãn năng lượng', measureType: 'tbt', provinceUnitIds: [province] }))).json();
    const edited = await call(usEditor, 'PATCH', `/barriers/${created.id}`, { priority: 'low', milestones: [{ title: 'Gửi góp ý WTO TBT', doneOn: '2025-03-01' }], version: 1 });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ priority: 'low', provinces: [{ id: province }], milestones: [{ title: 'Gửi góp ý WTO TBT', doneOn: '2025-03-01' }], version: 2 });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'barrier.updated', before: { priority: 'high' }, after: { priority: 'low' } });
    expect((await call(usEditor, 'PATCH', `/barriers/${created.id}`, { priority: 'medium', version: 1 })).statusCode).toBe(409);
    expect((await call(usEditor, 'PATCH', `/barriers/${created.id}`, { status: 'resolved', version: 2 })).statusCode).toBe(400);
  });
});
