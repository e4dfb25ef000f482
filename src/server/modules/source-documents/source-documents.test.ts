import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../../test/factories.js';
import { buildTestApp, type TestContext } from '../../test/support.js';

let t: TestContext;
let coordinator: TestUser;
let leader: TestUser;
let usEditor: TestUser;
let cnEditor: TestUser;
let business: TestUser;
let hq: string;
let embUs: string;
let embCn: string;
let conferenceId: string;

beforeAll(async () => {
  t = await buildTestApp();
  hq = (await t.factory.unit('hq', 'MOFA-ECO')).id;
  embUs = (await t.factory.unit('mission', 'EMB-US')).id;
  embCn = (await t.factory.unit('mission', 'EMB-CN')).id;
  coordinator = await t.factory.user({ role: 'hq_coordinator', unitId: hq });
  leader = await t.factory.user({ role: 'leader', unitId: hq });
  usEditor = await t.factory.user({ role: 'unit_editor', unitId: embUs });
  cnEditor = await t.factory.user({ role: 'unit_editor', unitId: embCn });
  business = await t.factory.user({ role: 'business', unitId: null });
  conferenceId = (
    await t.factory.engagement({
      leadUnitId: hq,
      type: 'conference',
      titleVi: 'Hội nghị Ngoại giao kinh tế 2024',
      titleEn: 'Economic diplomacy conference 2024',
      startDate: '2024-12-20',
      endDate: '2024-12-20',
    })
  ).id;
});
afterAll(() => t.close());

const document = (overrides: Record<string, unknown> = {}) => ({
  kind: 'conference_conclusions',
  number: null,
  issuedDate: '2024-12-20',
  issuer: 'Thủ tướng Chính phủ',
  title: { vi: 'Kết luận Hội nghị Ngoại giao kinh tế 2024', en: 'Conclusions of the 2024 economic diplomacy conference' },
  text: 'Thủ tướng giao các Trưởng Cơ quan đại diện: Đại sứ tại Hoa Kỳ vận động công nhận quy chế kinh tế thị trường.',
  url: 'https://baochinhphu.vn/example.htm',
  engagementId: conferenceId,
  ...overrides,
});

const send = async (method: 'POST' | 'PATCH', user: TestUser | null, url: string, payload: unknown) =>
  t.app.inject({ method, url: `/api/v1${url}`, payload: payload as object, headers: user ? await t.login(user) : {} });
const get = async (user: TestUser | null, url: string) => t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: user ? await t.login(user) : {} });

describe('source documents', () => {
  let documentId: string;

  it('HQ records a document, audited, linked to its conference', async () => {
    const res = await send('POST', coordinator, '/source-documents', document());
    expect(res.statusCode).toBe(201);
    documentId = res.json().id;
    expect(res.json()).toMatchObject({
      kind: 'conference_conclusions',
      number: null,
      issuedDate: '2024-12-20',
      engagement: { id: conferenceId, title: { en: 'Economic diplomacy conference 2024' } },
      demo: false,
      version: 1,
      abilities: { update: true },
    });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'source_document.created', entity: 'source_document', entityId: documentId });
  });

  it('is 401 anonymous before validation, 403 for a unit editor, 400 naming bad fields, writing nothing', async () => {
    const before = (await t.auditRows(1))[0]!.id;
    expect((await send('POST', null, '/source-documents', { nonsense: true })).statusCode).toBe(401);
    expect((await send('POST', usEditor, '/source-documents', document())).statusCode).toBe(403);
    const bad = await send('POST', coordinator, '/source-documents', { ...document(), kind: 'memo', issuedDate: '2025-02-30', url: 'ftp://x', extra: 1 });
    expect(bad.statusCode).toBe(400);
    const unknownEngagement = await send('POST', coordinator, '/source-documents', document({ engagementId: '0190a3c4-0000-7000-8000-000000000000' }));
    expect(unknownEngagement.statusCode).toBe(400);
    expect(unknownEngagement.json().error.fields).toEqual({ engagementId: 'Unknown engagement' });
    const fields = await send('POST', coordinator, '/source-documents', { ...document(), kind: 'memo', issuedDate: '2025-02-30', url: 'ftp://x' });
    expect(Object.keys(fields.json().error.fields)).toEqual(expect.arrayContaining(['kind', 'issuedDate', 'url']));
    expect((await t.auditRows(1))[0]!.id).toBe(before);
  });

  it('every internal user reads them; a business user does not; a missing id is 404', async () => {
    for (const user of [leader, usEditor, cnEditor]) {
      const list = await get(user, '/source-documents?kind=conference_conclusions&q=ngoai giao');
      expect(list.statusCode).toBe(200);
      expect(list.json().items.map((d: { id: string }) => d.id)).toContain(documentId);
      const one = await get(user, `/source-documents/${documentId}`);
      expect(one.json()).toMatchObject({ id: documentId, abilities: { update: false } });
    }
    expect((await get(business, '/source-documents')).statusCode).toBe(403);
    expect((await get(coordinator, '/source-documents/0190a3c4-0000-7000-8000-000000000000')).statusCode).toBe(404);
    expect((await get(coordinator, '/source-documents?kind=politburo_resolution')).json().total).toBe(0);
  });

  it('HQ corrects it with the version it read; a stale version is 409; an editor is 403', async () => {
    const ok = await send('PATCH', coordinator, `/source-documents/${documentId}`, { version: 1, number: '1/TB-VPCP' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ number: '1/TB-VPCP', version: 2 });
    expect((await send('PATCH', coordinator, `/source-documents/${documentId}`, { version: 1, number: 'x' })).statusCode).toBe(409);
    expect((await send('PATCH', usEditor, `/source-documents/${documentId}`, { version: 2, number: 'x' })).statusCode).toBe(403);
  });

  it('gives commitments and, through them, tasks: its page shows promised vs delivered as the reader may see it', async () => {
    const commitment = (ownerUnitId: string, title: string) => ({ title, sourceDocumentId: documentId, ownerUnitId, coOwnerUnitIds: [], fields: [] });
    const bulk = await send('POST', coordinator, '/commitments/bulk', {
      items: [commitment(embUs, 'Vận động Hoa Kỳ công nhận quy chế kinh tế thị trường'), commitment(embCn, 'Thúc đẩy thương mại biên giới với Trung Quốc')],
    });
    expect(bulk.statusCode).toBe(201);
    const [us, cn] = bulk.json().items as { id: string; sourceDocument: unknown; engagementId: null }[];
    expect(us).toMatchObject({ sourceDocumentId: documentId, engagementId: null, sourceDocument: { id: documentId, title: { vi: document().title.vi } } });
    await t.factory.task({ responsibleUnitId: embUs, assigningUnitId: hq, commitmentId: us!.id, status: 'completed', completedAt: '2025-03-01' });
    await t.factory.task({ responsibleUnitId: embCn, assigningUnitId: hq, commitmentId: cn!.id });

    const listed = await get(usEditor, `/commitments?sourceDocumentId=${documentId}`);
    expect(listed.json().items.map((c: { id: string }) => c.id)).toEqual([us!.id]);

    const all = await get(coordinator, `/source-documents/${documentId}/promised-vs-delivered?asOf=2025-06-30`);
    expect(all.statusCode).toBe(200);
    expect(all.json()).toMatchObject({ sourceDocument: { id: documentId }, totals: { total: 2, fulfilled: 1 } });
    expect(all.json().commitments.flatMap((c: { tasks: unknown[] }) => c.tasks)).toHaveLength(2);
    const mine = await get(usEditor, `/source-documents/${documentId}/promised-vs-delivered?asOf=2025-06-30`);
    expect(mine.json().totals).toMatchObject({ total: 1, fulfilled: 1, fulfilmentRate: 1 });

    // The conference's own page counts what its conclusions gave.
    const conference = await get(coordinator, `/engagements/${conferenceId}/promised-vs-delivered?asOf=2025-06-30`);
    expect(conference.json().totals).toMatchObject({ total: 2, fulfilled: 1 });
    expect((await get(coordinator, '/source-documents/0190a3c4-0000-7000-8000-000000000000/promised-vs-delivered')).statusCode).toBe(404);
  });

  it('a commitment needs one of agreement, engagement or source document; an unknown document is a field error', async () => {
    const base = { title: 'Không có nguồn', ownerUnitId: embUs, coOwnerUnitIds: [], fields: [] };
    const none = await send('POST', coordinator, '/commitments', base);
    expect(none.statusCode).toBe(400);
    expect(none.json().error.fields).toHaveProperty('agreementId');
    const unknown = await send('POST', coordinator, '/commitments', { ...base, sourceDocumentId: '0190a3c4-0000-7000-8000-000000000000' });
    expect(unknown.json().error.fields).toEqual({ sourceDocumentId: 'Unknown source document' });
  });
});
