import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partners } from '../../db/schema/index.js';
import { newId } from '../../lib/ids.js';
import { TEST_PASSWORD, type TestUser } from '../../test/factories.js';
import { buildTestApp, type TestContext } from '../../test/support.js';

/** A business user's workspace: its company's outcomes and answers, its profile, and its requests to missions. */
let t: TestContext;
let admin: TestUser;
let usEditor: TestUser;
let business: TestUser;
let unlinked: TestUser;
let company: string;
let otherCompany: string;
let us: string;

const call = async (user: TestUser | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, ...(payload ? { payload } : {}), headers: user ? await t.login(user) : {} });

const insertCompany = (nameVi: string) =>
  t.db.insert(partners).values({ id: newId(), kind: 'vietnamese_company', nameVi, nameEn: nameVi }).returning().then(([row]) => row!.id);

beforeAll(async () => {
  t = await buildTestApp();
  us = (await t.factory.unit('mission', 'EMB-US')).id;
  admin = await t.factory.user({ role: 'admin' });
  usEditor = await t.factory.user({ role: 'unit_editor', unitId: us });
  unlinked = await t.factory.user({ role: 'business' });
  company = await insertCompany('Công ty CP Thủy sản Sao Biển (demo)');
  otherCompany = await insertCompany('Công ty TNHH Dệt may Hòa Bình (demo)');
});
afterAll(() => t.close());

describe('linking a business user to a company', () => {
  it('is done by an admin, for business users and companies only', async () => {
    const body = { email: 'xuatkhau@saobien.example', name: 'Sao Biển', role: 'business', unitId: null, password: TEST_PASSWORD };
    expect((await call(admin, 'POST', '/users', { ...body, role: 'unit_viewer', unitId: us, partnerId: company })).json().error.fields).toHaveProperty('partnerId');
    const country = await t.db.insert(partners).values({ id: newId(), kind: 'country', nameVi: 'Nhật Bản', nameEn: 'Japan', code: 'JP-TEST' }).returning();
    expect((await call(admin, 'POST', '/users', { ...body, partnerId: country[0]!.id })).json().error.fields).toHaveProperty('partnerId');
    expect((await call(usEditor, 'POST', '/users', { ...body, partnerId: company })).statusCode).toBe(403);
    const res = await call(admin, 'POST', '/users', { ...body, partnerId: company });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ role: 'business', partnerId: company });
    business = { id: res.json().id, email: body.email, role: 'business', unitId: null };
    const me = (await call(business, 'GET', '/me')).json();
    expect(me.abilities).toMatchObject({ 'business.workspace': true, 'supportRequests.create': true, 'supportRequests.read': true });
    expect((await call(unlinked, 'GET', '/me')).json().abilities['business.workspace']).toBe(false);
  });
});

describe('the workspace', () => {
  let outcomeIds: { pending: string; denied: string; other: string };

  beforeAll(async () => {
    const activity = (await call(usEditor, 'POST', '/activities', { type: 'trade_promotion', title: 'Hội chợ thủy sản Boston (demo)', startDate: '2026-03-10', endDate: '2026-03-12', countryCode: 'US' })).json();
    const outcome = async (partnerId: string, contactEmail: string) => {
      const res = await call(usEditor, 'POST', '/outcomes', { activityId: activity.id, kind: 'export_contract', value: '1250000', currency: 'USD', product: 'Tôm đông lạnh', businessPartnerId: partnerId, businessName: 'Sao Biển', contactEmail });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as string;
    };
    outcomeIds = { pending: await outcome(company, 'a@saobien.example'), denied: await outcome(company, 'b@saobien.example'), other: await outcome(otherCompany, 'c@hoabinh.example') };
    for (const id of Object.values(outcomeIds)) expect((await call(usEditor, 'POST', `/outcomes/${id}/confirmation-requests`)).statusCode).toBe(201);
    const link = (await t.db.query.outboxEmails.findMany()).find((email) => email.toAddress === 'b@saobien.example')!.link!;
    expect((await call(null, 'POST', `/confirmations/${link.split('/confirm/')[1]}`, { decision: 'deny' })).statusCode).toBe(200);
  });

  it('lists the outcomes attributed to my company with the answer given, and the pending confirmations', async () => {
    expect((await call(null, 'GET', '/business/outcomes')).statusCode).toBe(401);
    expect((await call(usEditor, 'GET', '/business/outcomes')).statusCode).toBe(403);
    expect((await call(unlinked, 'GET', '/business/outcomes')).statusCode).toBe(403);
    const all = (await call(business, 'GET', '/business/outcomes')).json();
    expect(all.total).toBe(2);
    expect(all.items.find((o: { id: string }) => o.id === outcomeIds.denied)).toMatchObject({ confirmationStatus: 'denied', confirmationPending: false, unit: { id: us } });
    const pending = (await call(business, 'GET', '/business/outcomes?pending=true')).json();
    expect(pending.items.map((o: { id: string }) => o.id)).toEqual([outcomeIds.pending]);
    expect(pending.items[0]).toMatchObject({ confirmationStatus: 'unconfirmed', confirmationPending: true, value: '1250000.00' });
  });

  it("shows my company's profile and lets me edit its description, not its name", async () => {
    const profile = (await call(business, 'GET', '/business/company')).json();
    expect(profile).toMatchObject({ id: company, kind: 'vietnamese_company' });
    expect((await call(business, 'PATCH', '/business/company', { name: { vi: 'Khác', en: 'Other' }, version: profile.version })).statusCode).toBe(400);
    const edited = await call(business, 'PATCH', '/business/company', { website: 'https://saobien.example', notes: 'Chế biến, xuất khẩu tôm', version: profile.version });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ website: 'https://saobien.example', version: profile.version + 1 });
    expect((await call(business, 'PATCH', '/business/company', { notes: 'x', version: profile.version })).statusCode).toBe(409);
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'partner.updated', entityId: company, actorUserId: business.id });
  });
});

describe('support requests from a business', () => {
  it('a business user asks a mission; the mission sees it, answers, and the business is told', async () => {
    const asked = await call(business, 'POST', '/support-requests', { targetUnitId: us, title: 'Tìm nhà nhập khẩu tôm tại Texas', description: 'Cần danh sách nhà nhập khẩu' });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json()).toMatchObject({ requestingUnit: null, requestingBusiness: { id: company }, abilities: { update: true, close: true, answer: false } });
    expect((await call(business, 'POST', '/support-requests', { targetUnitId: us, title: 'x', description: 'y', requestingUnitId: us })).statusCode).toBe(403);
    expect((await call(unlinked, 'POST', '/support-requests', { targetUnitId: us, title: 'x', description: 'y' })).statusCode).toBe(403);

    const received = (await call(usEditor, 'GET', '/support-requests?direction=received')).json();
    expect(received.items.map((r: { id: string }) => r.id)).toContain(asked.json().id);
    const [told] = (await call(usEditor, 'GET', '/notifications')).json().items.filter((n: { kind: string }) => n.kind === 'support_request.created');
    expect(told.body).toContain('Sao Biển');

    const answered = await call(usEditor, 'POST', `/support-requests/${asked.json().id}/answer`, { answer: 'Đã gửi 5 đầu mối', version: 1 });
    expect(answered.statusCode, answered.body).toBe(200);
    const mine = (await call(business, 'GET', '/support-requests')).json();
    expect(mine.items.map((r: { id: string; status: string }) => [r.id, r.status])).toEqual([[asked.json().id, 'answered']]);
    expect((await call(business, 'GET', '/notifications')).json().items.map((n: { kind: string }) => n.kind)).toContain('support_request.answered');
    // Another company's user reads nothing of it.
    const rival = await t.factory.user({ role: 'business' });
    expect((await call(rival, 'GET', `/support-requests/${asked.json().id}`)).statusCode).toBe(403);
    expect((await call(business, 'POST', `/support-requests/${asked.json().id}/close`, { version: 2 })).statusCode).toBe(200);
  });
});
