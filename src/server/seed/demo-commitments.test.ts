import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../test/support.js';
import { loadDemoCommitments } from './demo-commitments.js';
import { demoEngagementsContext, loadDemoEngagements } from './demo-engagements.js';

let t: TestContext;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('loadDemoCommitments', () => {
  it('records the heads-of-mission tasks with a mix of statuses, slips, overdue items and evidence; idempotent', async () => {
    await t.db.transaction((tx) => loadDemoEngagements(tx, demoEngagementsContext(tx)));
    const loaded = await t.db.transaction((tx) => loadDemoCommitments(tx));
    // 9 commitments (15 tasks) from the conference of 20 Dec 2024, 4 (13 tasks) from that of 22 Jul 2025.
    expect(loaded).toEqual({ commitments: 13, tasks: 28 });
    expect(await t.db.transaction((tx) => loadDemoCommitments(tx))).toEqual({ commitments: 0, tasks: 0 });

    const admin = await t.factory.user({ role: 'admin' });
    const headers = await t.login(admin);
    const usId = (await t.factory.unit('mission', 'EMB-US')).id;
    const tasks = (await t.app.inject({ method: 'GET', url: '/api/v1/tasks?pageSize=100', headers })).json().items as { responsibleUnit: { code: string }; status: string; slipCount: number; overdue: boolean; originalDueDate: string; dueDate: string }[];
    expect(tasks.filter((task) => task.responsibleUnit.code === 'EMB-US').length).toBe(3);
    expect(new Set(tasks.map((task) => task.status))).toEqual(new Set(['completed', 'on_track', 'at_risk', 'delayed', 'not_started']));
    expect(tasks.some((task) => task.slipCount === 2 && task.originalDueDate < task.dueDate)).toBe(true);
    expect(tasks.some((task) => task.overdue)).toBe(true);
    const fulfilled = (await t.app.inject({ method: 'GET', url: '/api/v1/commitments?status=fulfilled', headers })).json();
    expect(fulfilled.total).toBe(2);
    const us = (await t.app.inject({ method: 'GET', url: `/api/v1/commitments?unitId=${usId}`, headers })).json();
    expect(us.total).toBe(2);
  });

  it('takes every commitment from a conference and its conclusions, not from an unrelated visit', async () => {
    const headers = await t.login(await t.factory.user({ role: 'leader' }));
    const get = async (url: string) => {
      const response = await t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });
      expect(response.statusCode, url).toBe(200);
      return response.json();
    };
    type Conference = { id: string; type: string; startDate: string; missionsAttending: number | null; provincesAttending: number | null; demo: boolean };
    const conferences = (await get('/engagements?type=conference&sort=startDate')).items as Conference[];
    expect(conferences.map((c) => [c.startDate, c.missionsAttending, c.provincesAttending, c.demo])).toEqual([
      ['2024-12-20', 94, 63, false],
      ['2025-07-22', 94, 34, false],
    ]);
    const documents = (await get('/source-documents?kind=conference_conclusions')).items as { id: string; url: string; demo: boolean; engagement: { id: string }; text: string }[];
    expect(documents).toHaveLength(2);
    expect(documents.every((d) => !d.demo && d.url.startsWith('https://'))).toBe(true);
    const [conclusions2025, conclusions2024] = documents;
    expect(conclusions2024!.engagement.id).toBe(conferences[0]!.id);
    expect(conclusions2024!.text).toContain('International Financial Center in Ho Chi Minh City');

    // The resolutions the 2025 conclusions refer to are documents of their own, as published.
    type Resolution = { id: string; kind: string; number: string; issuedDate: string; issuer: string; title: { vi: string; en: string }; url: string; demo: boolean; engagement: unknown };
    const resolutions = [
      ...((await get('/source-documents?kind=national_assembly_resolution')).items as Resolution[]),
      ...((await get('/source-documents?kind=politburo_resolution')).items as Resolution[]),
    ];
    expect(resolutions.map((r) => [r.number, r.issuedDate, r.issuer, r.title.en, r.demo, r.engagement])).toEqual([
      ['222/2025/QH15', '2025-06-27', 'Quốc hội', 'Resolution on the International Financial Centre in Viet Nam', false, null],
      ['59-NQ/TW', '2025-01-24', 'Bộ Chính trị', 'Resolution on international integration in the new situation', false, null],
    ]);
    expect(resolutions.every((r) => r.url.startsWith('https://') && r.title.vi.startsWith('Nghị quyết'))).toBe(true);
    const [ifc222, integration59] = resolutions;

    type Item = { title: string; engagementId: string; sourceDocumentId: string };
    const all = (await get('/commitments?pageSize=100')).items as Item[];
    expect(all).toHaveLength(13);
    // Every commitment was given at a conference, from its conclusions or from a resolution they refer to.
    const from = (c: Item) => (c.engagementId === conferences[0]!.id ? [conclusions2024!.id] : c.engagementId === conferences[1]!.id ? [conclusions2025!.id, ifc222!.id, integration59!.id] : []);
    expect(all.every((c) => from(c).includes(c.sourceDocumentId))).toBe(true);
    const marketEconomy = all.find((c) => c.title.includes('kinh tế thị trường'))!;
    expect(marketEconomy.sourceDocumentId).toBe(conclusions2024!.id);
    const titlesOf = (id: string) => all.filter((c) => c.sourceDocumentId === id).map((c) => c.title).join(' | ');
    for (const words of ['Trung Đông', 'châu Phi', 'Mỹ Latinh', 'Trung Á', 'Ấn Độ', 'Brazil', 'bán dẫn', 'trí tuệ nhân tạo', 'điện toán đám mây']) expect(titlesOf(conclusions2025!.id), words).toContain(words);
    for (const words of ['222/2025/QH15', 'UAE', 'Kazakhstan']) expect(titlesOf(ifc222!.id), words).toContain(words);
    expect(titlesOf(integration59!.id)).toContain('59-NQ/TW');

    // Each document's page shows what it promised and what is delivered; the conference's shows all it gave.
    expect((await get(`/source-documents/${conclusions2025!.id}/promised-vs-delivered`)).totals.total).toBe(2);
    expect((await get(`/source-documents/${conclusions2024!.id}/promised-vs-delivered`)).totals.total).toBe(9);
    type Promised = { totals: { total: number }; commitments: { title: string; tasks: { status: string }[] }[] };
    const ifc = (await get(`/source-documents/${ifc222!.id}/promised-vs-delivered`)) as Promised;
    expect(ifc.totals.total).toBe(1);
    expect(ifc.commitments[0]!.tasks.map((task) => task.status).sort()).toEqual(['completed', 'on_track']);
    expect(((await get(`/source-documents/${integration59!.id}/promised-vs-delivered`)) as Promised).commitments[0]!.tasks).toHaveLength(2);
    expect((await get(`/engagements/${conferences[1]!.id}/promised-vs-delivered`)).totals.total).toBe(4);

    // The missions and provinces connected are the conference's participating units: as the sources count them.
    type Full = Conference & { participatingUnits: { type: string }[]; abilities: { update: boolean } };
    const attending = async (id: string) => {
      const units = ((await get(`/engagements/${id}`)) as Full).participatingUnits;
      return ['mission', 'province'].map((type) => units.filter((unit) => unit.type === type).length);
    };
    expect(await attending(conferences[0]!.id)).toEqual([94, 63]);
    expect(await attending(conferences[1]!.id)).toEqual([94, 34]);
    // A mission's or province's engagements show the conferences it attended; today's Hồ Chí Minh City attended
    // the 2025 one, and in the mapped view also the 2024 one, which the former Bình Dương attended.
    const unitId = async (type: 'mission' | 'province', code: string, asOf?: string) => (await t.factory.unit(type, code, asOf)).id;
    const conferenceDates = async (query: string) => ((await get(`/engagements?type=conference&sort=startDate&${query}`)).items as Conference[]).map((c) => c.startDate);
    const usEmbassy = await unitId('mission', 'EMB-US');
    expect(await conferenceDates(`unitId=${usEmbassy}`)).toEqual(['2024-12-20', '2025-07-22']);
    expect(await conferenceDates(`unitId=${await unitId('province', '74', '2024-12-20')}`)).toEqual(['2024-12-20']);
    const hcmc = await unitId('province', '79');
    expect(await conferenceDates(`unitId=${hcmc}`)).toEqual(['2025-07-22']);
    expect(await conferenceDates(`unitId=${hcmc}&view=mapped`)).toEqual(['2024-12-20', '2025-07-22']);
    // An attending mission reads the conference but does not edit it.
    const missionEditor = await t.login(await t.factory.user({ role: 'unit_editor', unitId: usEmbassy }));
    const seen = await t.app.inject({ method: 'GET', url: `/api/v1/engagements/${conferences[0]!.id}`, headers: missionEditor });
    expect(seen.statusCode).toBe(200);
    expect((seen.json() as Full).abilities.update).toBe(false);
    const edit = await t.app.inject({ method: 'PATCH', url: `/api/v1/engagements/${conferences[0]!.id}`, headers: missionEditor, payload: { version: 1, summary: 'x' } });
    expect(edit.statusCode).toBe(403);
    // The indicators count a conference once, under its lead unit, never among the high-level engagements.
    const count = async (code: string, query: string) => (await get(`/indicators/${code}/values?${query}&compare=false`)).total.count as number;
    expect(await count('engagements.all', `from=2024-12-20&to=2024-12-21&unitId=${usEmbassy}`)).toBe(0);

    // A review conference is not one of the high-level activities it reports on.
    const highLevel = await get('/indicators/engagements.high_level/values?from=2024-12-20&to=2024-12-21&compare=false');
    expect(highLevel.total.count).toBe(0);
    const allEngagements = await get('/indicators/engagements.all/values?from=2024-12-20&to=2024-12-21&compare=false');
    expect(allEngagements.total.count).toBe(1);
  });
});

describe('demo tasks on any date', () => {
  it('dates the follow-up work around the day the demo is loaded: some overdue, some due in the coming weeks', async () => {
    const other = await buildTestApp();
    try {
      await other.db.transaction((tx) => loadDemoEngagements(tx, demoEngagementsContext(tx)));
      await other.db.transaction((tx) => loadDemoCommitments(tx, { today: '2031-03-10' }));
      const headers = await other.login(await other.factory.user({ role: 'admin' }));
      const tasks = (await other.app.inject({ method: 'GET', url: '/api/v1/tasks?pageSize=100', headers })).json().items as { dueDate: string; status: string }[];
      const open = tasks.filter((task) => task.status !== 'completed');
      expect(open.filter((task) => task.dueDate < '2031-03-10' && task.dueDate >= '2031-02-01').length).toBeGreaterThanOrEqual(2);
      expect(open.filter((task) => task.dueDate >= '2031-03-10' && task.dueDate <= '2031-04-10').length).toBeGreaterThanOrEqual(2);
    } finally {
      await other.close();
    }
  });
});
