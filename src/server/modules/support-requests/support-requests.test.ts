import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activities } from '../../db/schema/index.js';
import { newId } from '../../lib/ids.js';
import type { TestUser } from '../../test/factories.js';
import { buildTestApp, type TestContext } from '../../test/support.js';
import { loadDemoPeriods } from '../../seed/demo-periods.js';

let t: TestContext;
let hcmEditor: TestUser;
let dongThapEditor: TestUser;
let usEditor: TestUser;
let uaeEditor: TestUser;
let leader: TestUser;
let hcm: string;
let us: string;

beforeAll(async () => {
  t = await buildTestApp();
  hcm = (await t.factory.unit('province', '79')).id;
  us = (await t.factory.unit('mission', 'EMB-US')).id;
  hcmEditor = await t.factory.user({ role: 'unit_editor', unitId: hcm });
  dongThapEditor = await t.factory.user({ role: 'unit_editor', unitId: (await t.factory.unit('province', '82')).id });
  usEditor = await t.factory.user({ role: 'unit_editor', unitId: us });
  uaeEditor = await t.factory.user({ role: 'unit_editor', unitId: (await t.factory.unit('mission', 'EMB-AE')).id });
  leader = await t.factory.user({ role: 'leader' });
});
afterAll(() => t.close());

async function call(user: TestUser | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) {
  return t.app.inject({ method, url, payload, headers: user ? await t.login(user) : {} });
}

const delegation = () => ({
  targetUnitId: us,
  title: 'Hỗ trợ đoàn xúc tiến thương mại TP. Hồ Chí Minh tại Hoa Kỳ',
  description: 'Kết nối doanh nghiệp dệt may, điện tử với nhà nhập khẩu tại bang California',
  neededFrom: '2025-09-08',
  neededTo: '2025-09-12',
});

describe('support requests', () => {
  let request: { id: string; version: number };

  it('a province asks a current mission; country defaults to the mission\'s; audited', async () => {
    expect((await call(null, 'POST', '/api/v1/support-requests', delegation())).statusCode).toBe(401);
    expect((await call(leader, 'POST', '/api/v1/support-requests', delegation())).statusCode).toBe(403);
    const res = await call(hcmEditor, 'POST', '/api/v1/support-requests', delegation());
    expect(res.statusCode).toBe(201);
    request = res.json();
    expect(request).toMatchObject({ status: 'open', countryCode: 'US', requestingUnit: { id: hcm }, targetUnit: { id: us }, activities: [], version: 1 });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'support_request.created', entityId: request.id, actorUserId: hcmEditor.id });
  });

  it('names bad fields (400) and refuses a target that is not a mission (422)', async () => {
    const bad = await call(hcmEditor, 'POST', '/api/v1/support-requests', { ...delegation(), title: '', countryCode: 'usa', neededTo: '2025-09-01' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(expect.arrayContaining(['title', 'countryCode']));
    const order = await call(hcmEditor, 'POST', '/api/v1/support-requests', { ...delegation(), neededTo: '2025-09-01' });
    expect(order.json().error.fields).toHaveProperty('neededTo');
    expect((await call(hcmEditor, 'POST', '/api/v1/support-requests', { ...delegation(), countryCode: 'ZZ' })).json().error.fields).toHaveProperty('countryCode');
    expect((await call(hcmEditor, 'POST', '/api/v1/support-requests', { ...delegation(), targetUnitId: hcm })).statusCode).toBe(422);
  });

  it('scoping: the requester and the target see it, HQ/leaders see all, another province and mission get 404', async () => {
    expect((await call(hcmEditor, 'GET', `/api/v1/support-requests/${request.id}`)).statusCode).toBe(200);
    expect((await call(usEditor, 'GET', `/api/v1/support-requests/${request.id}`)).statusCode).toBe(200);
    expect((await call(leader, 'GET', `/api/v1/support-requests/${request.id}`)).statusCode).toBe(200);
    expect((await call(dongThapEditor, 'GET', `/api/v1/support-requests/${request.id}`)).statusCode).toBe(404);
    expect((await call(uaeEditor, 'GET', `/api/v1/support-requests/${request.id}`)).statusCode).toBe(404);
    expect((await call(dongThapEditor, 'GET', '/api/v1/support-requests')).json().total).toBe(0);
    expect((await call(hcmEditor, 'GET', '/api/v1/support-requests?direction=sent')).json().total).toBe(1);
    expect((await call(hcmEditor, 'GET', '/api/v1/support-requests?direction=received')).json().total).toBe(0);
    expect((await call(usEditor, 'GET', '/api/v1/support-requests?direction=received&q=det%20may')).json().total).toBe(1);
  });

  it('only the requester edits an open request; stale is 409', async () => {
    expect((await call(usEditor, 'PATCH', `/api/v1/support-requests/${request.id}`, { title: 'x', version: 1 })).statusCode).toBe(403);
    const edited = await call(hcmEditor, 'PATCH', `/api/v1/support-requests/${request.id}`, { neededTo: '2025-09-13', version: 1 });
    expect(edited.json()).toMatchObject({ neededTo: '2025-09-13', version: 2 });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'support_request.updated', before: { neededTo: '2025-09-12' }, after: { neededTo: '2025-09-13' } });
    expect((await call(hcmEditor, 'PATCH', `/api/v1/support-requests/${request.id}`, { title: 'y', version: 1 })).statusCode).toBe(409);
    request = edited.json();
  });

  it('only the target mission accepts and answers; only the requester closes; wrong status is 422', async () => {
    const url = (action: string) => `/api/v1/support-requests/${request.id}/${action}`;
    const abilities = async (user: TestUser) => (await call(user, 'GET', `/api/v1/support-requests/${request.id}`)).json().abilities;
    const none = { update: false, accept: false, decline: false, answer: false, close: false };
    expect(await abilities(hcmEditor)).toEqual({ ...none, update: true, close: true });
    expect(await abilities(usEditor)).toEqual({ ...none, accept: true, decline: true, answer: true });
    expect(await abilities(leader)).toEqual(none);
    const listed = (await call(usEditor, 'GET', '/api/v1/support-requests?direction=received')).json().items.find((r: { id: string }) => r.id === request.id);
    expect(listed.abilities).toEqual({ ...none, accept: true, decline: true, answer: true });
    expect((await call(hcmEditor, 'POST', url('accept'), { version: request.version })).statusCode).toBe(403);
    expect((await call(leader, 'POST', url('accept'), { version: request.version })).statusCode).toBe(403);
    expect((await call(usEditor, 'POST', url('decline'), { version: request.version })).statusCode).toBe(400);
    const accepted = await call(usEditor, 'POST', url('accept'), { version: request.version });
    expect(accepted.json()).toMatchObject({ status: 'accepted' });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'support_request.accepted', entityId: request.id });
    expect((await call(usEditor, 'POST', url('accept'), { version: accepted.json().version })).statusCode).toBe(422);
    expect((await call(usEditor, 'POST', url('answer'), { answer: 'ok', version: request.version })).statusCode).toBe(409);
    expect((await call(usEditor, 'POST', url('answer'), { version: accepted.json().version })).json().error.fields).toHaveProperty('answer');
    const answered = await call(usEditor, 'POST', url('answer'), { answer: 'Đã bố trí 25 cuộc gặp B2B tại Los Angeles', version: accepted.json().version });
    expect(answered.json()).toMatchObject({ status: 'answered', answer: 'Đã bố trí 25 cuộc gặp B2B tại Los Angeles' });
    expect(answered.json().answeredAt).toBeTruthy();
    expect((await call(usEditor, 'POST', url('close'), { version: answered.json().version })).statusCode).toBe(403);
    // Answered: the mission has nothing left to do; the requester may only close.
    expect(answered.json().abilities).toEqual({ ...none });
    expect(await abilities(hcmEditor)).toEqual({ ...none, close: true });

    // An activity recorded in answer keeps the link.
    await t.db.insert(activities).values({ id: newId(), unitId: us, type: 'business_delegation', title: 'Đoàn doanh nghiệp TP.HCM tại California', startDate: '2025-09-08', endDate: '2025-09-12', supportRequestId: request.id });
    const detail = (await call(hcmEditor, 'GET', `/api/v1/support-requests/${request.id}`)).json();
    expect(detail.activities).toMatchObject([{ title: 'Đoàn doanh nghiệp TP.HCM tại California', unitId: us }]);

    const closed = await call(hcmEditor, 'POST', url('close'), { version: answered.json().version });
    expect(closed.json()).toMatchObject({ status: 'closed' });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'support_request.closed' });
  });
});

describe('demo periods and requests', () => {
  it('loads periods with a meaningful completeness board and the provinces\' requests', async () => {
    const loaded = await t.db.transaction((tx) => loadDemoPeriods(tx, { hqUserId: null, today: '2026-12-01' }));
    expect(loaded).toMatchObject({ periods: 5, supportRequests: 3 });
    const h1 = (await call(leader, 'GET', '/api/v1/periods?kind=half_year&year=2025')).json().items.find((p: { index: number }) => p.index === 1);
    const board = (await call(leader, 'GET', `/api/v1/periods/${h1.id}/completeness`)).json();
    expect(board.counts.total).toBe(94 + 34);
    expect(board.counts.approved).toBeGreaterThan(50);
    expect(board.counts.submitted).toBeGreaterThan(5);
    expect(board.counts.none).toBeGreaterThan(10);
    expect((await call(dongThapEditor, 'GET', '/api/v1/support-requests?direction=sent')).json().items[0]).toMatchObject({ status: 'answered', targetUnit: { code: 'EMB-AE' } });
  });
});
