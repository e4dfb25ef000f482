import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../../test/factories.js';
import { buildTestApp, type TestContext } from '../../test/support.js';
import { deriveCommitmentStatus } from './commitments.service.js';

let t: TestContext;
let coordinator: TestUser;
let usEditor: TestUser;
let cnEditor: TestUser;
let usViewer: TestUser;
let hq: string;
let embUs: string;
let embCn: string;
let moit: string;
let engagementId: string;
let agreementId: string;

beforeAll(async () => {
  t = await buildTestApp();
  hq = (await t.factory.unit('hq', 'MOFA-ECO')).id;
  embUs = (await t.factory.unit('mission', 'EMB-US')).id;
  embCn = (await t.factory.unit('mission', 'EMB-CN')).id;
  moit = (await t.factory.unit('ministry', 'MOIT')).id;
  coordinator = await t.factory.user({ role: 'hq_coordinator', unitId: hq });
  usEditor = await t.factory.user({ role: 'unit_editor', unitId: embUs });
  cnEditor = await t.factory.user({ role: 'unit_editor', unitId: embCn });
  usViewer = await t.factory.user({ role: 'unit_viewer', unitId: embUs });
  // Prepared by the embassy, so its editor reads both and may commit under them.
  engagementId = (await t.factory.engagement({ leadUnitId: embUs, titleEn: 'PM visit to the US' })).id;
  agreementId = (await t.factory.agreement({ ownerUnitId: embUs, engagementId })).id;
});
afterAll(() => t.close());

const commitment = (overrides: Record<string, unknown> = {}) => ({
  title: 'Vận động Hoa Kỳ sớm công nhận quy chế kinh tế thị trường',
  sourceQuote: 'Hai bên sẽ thúc đẩy việc công nhận quy chế kinh tế thị trường.',
  engagementId,
  ownerUnitId: embUs,
  coOwnerUnitIds: [moit],
  dueDate: '2030-12-31',
  indicatorCode: 'MES-US',
  fields: ['trade'],
  ...overrides,
});

const post = async (user: TestUser | null, url: string, payload: unknown) =>
  t.app.inject({ method: 'POST', url: `/api/v1${url}`, payload: payload as object, headers: user ? await t.login(user) : {} });
const get = async (user: TestUser, url: string) => t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: await t.login(user) });

describe('POST /api/v1/commitments', () => {
  it('records a commitment with its co-owners, audited', async () => {
    const res = await post(coordinator, '/commitments', commitment());
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      title: commitment().title,
      engagementId,
      agreementId: null,
      engagement: { id: engagementId, title: { en: 'PM visit to the US' } },
      agreement: null,
      ownerUnit: { code: 'EMB-US' },
      coOwnerUnits: [{ code: 'MOIT' }],
      status: 'open',
      progress: { tasks: 0, completed: 0 },
      unassigned: true,
      version: 1,
    });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'commitment.created', entity: 'commitment', entityId: res.json().id, actorUserId: coordinator.id });
  });

  it('is 401 without a session, 403 for a viewer and for another unit, writing nothing', async () => {
    const before = (await t.auditRows(1))[0]!.id;
    expect((await post(null, '/commitments', commitment())).statusCode).toBe(401);
    expect((await post(usViewer, '/commitments', commitment())).statusCode).toBe(403);
    expect((await post(cnEditor, '/commitments', commitment())).statusCode).toBe(403);
    expect((await t.auditRows(1))[0]!.id).toBe(before);
    expect((await post(usEditor, '/commitments', commitment({ agreementId }))).statusCode).toBe(201);
  });

  it('names each bad field and needs an agreement or an engagement', async () => {
    const bad = await post(coordinator, '/commitments', { title: '', ownerUnitId: 'x', dueDate: '2025-02-30' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(expect.arrayContaining(['title', 'ownerUnitId', 'dueDate']));
    const noSource = await post(coordinator, '/commitments', commitment({ engagementId: null }));
    expect(noSource.statusCode).toBe(400);
    expect(noSource.json().error.fields).toHaveProperty('agreementId');
    const unknown = await post(coordinator, '/commitments', commitment({ engagementId: '0190a3c4-0000-7000-8000-000000000000' }));
    expect(unknown.json().error.fields).toEqual({ engagementId: 'Unknown engagement' });
  });
});

describe('POST /api/v1/commitments/split and /bulk', () => {
  const text = [
    'Hai bên nhất trí:',
    '- Nâng cấp quan hệ lên Đối tác chiến lược toàn diện trong năm 2025;',
    '- Hoa Kỳ xem xét đưa Việt Nam ra khỏi danh sách D1–D3 trước 30/6/2026.',
    'Quan hệ thương mại phát triển tốt.',
  ].join('\n');

  it('suggests one candidate per bullet with a deadline or an obligation', async () => {
    const res = await post(usEditor, '/commitments/split', { text, locale: 'vi', referenceDate: '2024-12-20' });
    expect(res.statusCode).toBe(200);
    expect(res.json().candidates.map((c: { dueDate: string | null }) => c.dueDate)).toEqual(['2025-12-31', '2026-06-30']);
  });

  it('suggests the owner the text points at: the embassy in the one country a task to missions names, or the unit the directive names', async () => {
    const conclusions =
      "The Prime Minister assigned specific tasks to Vietnamese Ambassadors and Heads of Missions Abroad, including: lobbying the United States to recognize Vietnam as a market economy; promoting railway connections with China; cooperating with Middle Eastern countries, and lifting the EC's yellow card. The Prime Minister asked the missions to expand exports to the United States and China.";
    const suggested = async (user: TestUser, text: string, locale = 'en') => {
      const res = await post(user, '/commitments/split', { text, locale, referenceDate: '2024-12-20' });
      expect(res.statusCode).toBe(200);
      return (res.json().candidates as { suggestedOwnerUnit: { code: string } | null }[]).map((c) => c.suggestedOwnerUnit?.code ?? null);
    };
    // Two countries, or none, give no suggestion.
    expect(await suggested(coordinator, conclusions)).toEqual(['EMB-US', 'EMB-CN', null, null, null]);
    const [first] = (await post(coordinator, '/commitments/split', { text: conclusions, locale: 'en' })).json().candidates;
    expect(first.suggestedOwnerUnit).toEqual({ id: embUs, code: 'EMB-US', name: { vi: 'Đại sứ quán Việt Nam tại Hoa Kỳ', en: 'Embassy of Viet Nam in the United States' }, type: 'mission' });
    const mofa = (await t.factory.unit('hq', 'MOFA')).id;
    const ministry = (await post(coordinator, '/commitments/split', { text: 'Thủ tướng giao Bộ Ngoại giao chủ trì xây dựng nghị quyết của Quốc hội.', locale: 'vi' })).json();
    expect(ministry.candidates.map((c: { suggestedOwnerUnit: { id: string } | null }) => c.suggestedOwnerUnit?.id)).toEqual([mofa]);
    // Only a unit the caller may record a commitment for: the embassy in Washington is not offered to Beijing's editor.
    expect(await suggested(cnEditor, conclusions)).toEqual([null, 'EMB-CN', null, null, null]);
    expect(await suggested(usEditor, 'Thủ tướng giao Bộ Ngoại giao chủ trì xây dựng nghị quyết.', 'vi')).toEqual([null]);
  });

  it('is 401, 403 for a viewer and 400 for empty text', async () => {
    expect((await post(null, '/commitments/split', { text })).statusCode).toBe(401);
    expect((await post(usViewer, '/commitments/split', { text })).statusCode).toBe(403);
    const empty = await post(usEditor, '/commitments/split', { text: '  ', locale: 'fr' });
    expect(empty.statusCode).toBe(400);
    expect(Object.keys(empty.json().error.fields)).toEqual(expect.arrayContaining(['text', 'locale']));
  });

  it('creates accepted candidates all or nothing', async () => {
    const { candidates } = (await post(usEditor, '/commitments/split', { text, locale: 'vi' })).json() as { candidates: { title: string; text: string; dueDate: string }[] };
    const items = candidates.map((c) => ({ title: c.title, sourceQuote: c.text, dueDate: c.dueDate.replace(/^\d{4}/, '2030'), engagementId, ownerUnitId: embUs }));
    const count = async () => (await get(coordinator, `/commitments?engagementId=${engagementId}&pageSize=1`)).json().total as number;
    const before = await count();

    const failing = await post(usEditor, '/commitments/bulk', { items: [items[0], { ...items[1], agreementId: '0190a3c4-0000-7000-8000-000000000000' }] });
    expect(failing.statusCode).toBe(400);
    expect(failing.json().error.fields).toEqual({ 'items.1.agreementId': 'Unknown agreement' });
    expect(await count()).toBe(before);

    const ok = await post(usEditor, '/commitments/bulk', { items });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().items).toHaveLength(2);
    expect(await count()).toBe(before + 2);
    const audits = await t.auditRows(2);
    expect(audits.map((a) => a.action)).toEqual(['commitment.created', 'commitment.created']);
    expect((await post(usEditor, '/commitments/bulk', { items: [] })).statusCode).toBe(400);
  });
});

describe('deadlines that fit together', () => {
  it("warns, naming both dates, when a commitment or a split candidate is due after its agreement expires", async () => {
    const expiring = await t.factory.agreement({ ownerUnitId: embUs, engagementId, expiryDate: '2026-12-31' });
    const split = await post(usEditor, '/commitments/split', { text: '- Hai bên sẽ mở văn phòng xúc tiến trước 30/6/2026;\n- Hai bên sẽ hoàn thành đến hết năm 2027.', locale: 'vi', agreementId: expiring.id });
    expect(split.statusCode).toBe(200);
    expect(split.json().candidates.map((c: { deadlineWarnings: unknown[] }) => c.deadlineWarnings)).toEqual([
      [],
      [{ field: 'dueDate', date: '2027-12-31', limit: 'agreement_expiry', limitDate: '2026-12-31' }],
    ]);
    expect((await post(cnEditor, '/commitments/split', { text: 'Hai bên sẽ hợp tác.', agreementId: expiring.id })).json().error.fields).toEqual({ agreementId: 'Unknown agreement' });

    const late = await post(usEditor, '/commitments', commitment({ agreementId: expiring.id, dueDate: '2027-03-31' }));
    expect(late.statusCode).toBe(201);
    expect(late.json()).toMatchObject({ agreementExpiryDate: '2026-12-31', deadlineWarnings: [{ field: 'dueDate', date: '2027-03-31', limit: 'agreement_expiry', limitDate: '2026-12-31' }] });
    const fits = await t.app.inject({ method: 'PATCH', url: `/api/v1/commitments/${late.json().id}`, payload: { dueDate: '2026-12-31', version: 1 }, headers: await t.login(usEditor) });
    expect(fits.json().deadlineWarnings).toEqual([]);
  });
});

describe('GET /api/v1/commitments', () => {
  it('filters by co-owner unit, accent-free text, status, due period and overdue', async () => {
    const overdue = (await post(coordinator, '/commitments', commitment({ title: 'Mở lại đường bay thẳng', dueDate: '2020-01-31', coOwnerUnitIds: [embCn] }))).json();
    const byCoOwner = (await get(coordinator, `/commitments?unitId=${embCn}`)).json();
    expect(byCoOwner.items.map((c: { id: string }) => c.id)).toEqual([overdue.id]);
    expect((await get(coordinator, '/commitments?q=mo%20lai%20duong%20bay')).json().items[0]).toMatchObject({ id: overdue.id, overdue: true });
    const late = (await get(coordinator, '/commitments?overdue=true')).json();
    expect(late.items.map((c: { id: string }) => c.id)).toEqual([overdue.id]);
    expect((await get(coordinator, '/commitments?dueFrom=2020-01-01&dueTo=2020-12-31')).json().total).toBe(1);
    expect((await get(coordinator, '/commitments?status=fulfilled')).json().total).toBe(0);
    expect((await get(coordinator, '/commitments?page=1&pageSize=2')).json()).toMatchObject({ page: 1, pageSize: 2, items: expect.any(Array) });
  });

  it('shows a unit only what it owns or co-owns; others get 404 on the record', async () => {
    const own = (await post(coordinator, '/commitments', commitment({ coOwnerUnitIds: [] }))).json();
    const cnList = (await get(cnEditor, '/commitments?pageSize=500')).json();
    expect(cnList.items.every((c: { ownerUnit: { id: string }; coOwnerUnits: { id: string }[] }) => c.ownerUnit.id === embCn || c.coOwnerUnits.some((u) => u.id === embCn))).toBe(true);
    expect((await get(cnEditor, `/commitments/${own.id}`)).statusCode).toBe(404);
    expect((await get(usViewer, `/commitments/${own.id}`)).statusCode).toBe(200);
    const business = await t.factory.user({ role: 'business' });
    expect((await get(business, '/commitments')).statusCode).toBe(403);
  });
});

describe('PATCH /api/v1/commitments/:id', () => {
  it('edits for the owner unit, audits the change, and refuses a stale version', async () => {
    const created = (await post(coordinator, '/commitments', commitment({ coOwnerUnitIds: [embCn] }))).json();
    const patch = async (user: TestUser, payload: object) =>
      t.app.inject({ method: 'PATCH', url: `/api/v1/commitments/${created.id}`, payload, headers: await t.login(user) });
    const res = await patch(usEditor, { dueDate: '2026-06-30', coOwnerUnitIds: [moit], version: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ dueDate: '2026-06-30', coOwnerUnits: [{ code: 'MOIT' }], version: 2 });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'commitment.updated', before: { dueDate: '2030-12-31', coOwnerUnitIds: [embCn] }, after: { dueDate: '2026-06-30', coOwnerUnitIds: [moit] } });
    expect((await patch(usEditor, { title: 'Lost update', version: 1 })).statusCode).toBe(409);
    expect((await patch(usEditor, { engagementId: null, version: 2 })).json().error.fields).toHaveProperty('agreementId');
    expect((await patch(cnEditor, { title: 'Not mine', version: 2 })).statusCode).toBe(404);
    expect((await patch(usEditor, { ownerUnitId: embCn, version: 2 })).statusCode).toBe(403);
  });
});

describe('commitment abilities', () => {
  it('lets the owner unit and HQ edit, not a co-owner or a viewer, by the rule PATCH enforces', async () => {
    const created = (await post(coordinator, '/commitments', commitment({ agreementId, coOwnerUnitIds: [embCn] }))).json();
    expect(created.agreement).toMatchObject({ id: agreementId, title: { vi: expect.any(String), en: expect.any(String) } });
    const url = `/commitments/${created.id}`;
    expect((await get(usEditor, url)).json().abilities).toEqual({ update: true });
    expect((await get(coordinator, url)).json().abilities).toEqual({ update: true });
    expect((await get(cnEditor, url)).json().abilities).toEqual({ update: false });
    expect((await get(usViewer, url)).json().abilities).toEqual({ update: false });
    const listed = (await get(cnEditor, '/commitments?pageSize=500')).json().items.find((c: { id: string }) => c.id === created.id);
    expect(listed.abilities).toEqual({ update: false });
    const refused = await t.app.inject({ method: 'PATCH', url: `/api/v1${url}`, payload: { title: 'Co-owner edit', version: 1 }, headers: await t.login(cnEditor) });
    expect(refused.statusCode).toBe(403);
  });
});

describe('deriveCommitmentStatus', () => {
  it.each([
    [[], 'open', 'open'],
    [['completed', 'completed_with_changes'], 'open', 'fulfilled'],
    [['completed', 'on_track'], 'open', 'partially_fulfilled'],
    [['completed', 'not_pursued'], 'open', 'partially_fulfilled'],
    [['not_pursued', 'not_pursued'], 'open', 'not_pursued'],
    [['on_track', 'not_pursued'], 'fulfilled', 'open'],
  ] as const)('%j (was %s) ⇒ %s', (statuses, current, expected) => {
    expect(deriveCommitmentStatus(statuses, current)).toBe(expected);
  });
});
