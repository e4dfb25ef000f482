import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc, sql } from 'drizzle-orm';
import { outboxEmails } from '../../db/schema/index.js';
import { selectRows } from '../../db/raw.js';
import { refusal } from '../../test/refusal.js';
import { buildTestApp, type TestContext } from '../../test/support.js';

let t: TestContext;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

describe('GET /api/v1/audit', () => {
  it('lets the HQ coordinator browse and filter the log; others get 403', async () => {
    const coordinator = await t.factory.user({ role: 'hq_coordinator' });
    const headers = await t.login(coordinator);
    await t.app.inject({ method: 'PATCH', url: '/api/v1/me', payload: { locale: 'en' }, headers });
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/audit?actorId=${coordinator.id}`, headers });
    expect(res.statusCode).toBe(200);
    expect(res.json().items[0]).toMatchObject({ action: 'user.profile_updated', actor: { id: coordinator.id, email: coordinator.email }, after: { locale: 'en' } });
    const reference = await t.app.inject({ method: 'GET', url: '/api/v1/audit?entity=reference', headers });
    expect(reference.json().items[0]).toMatchObject({ action: 'reference.loaded', actor: null });

    const editor = await t.factory.user({ role: 'unit_editor' });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/audit', headers: await t.login(editor) })).statusCode).toBe(403);
  });

  it('names each record and links its page, only where the reader may read it; no id of a data set is looked up', async () => {
    const mission = await t.factory.unit('mission', 'EMB-US');
    const editor = await t.factory.user({ role: 'unit_editor', unitId: mission.id });
    const coordinator = await t.factory.user({ role: 'hq_coordinator' });
    const admin = await t.factory.user({ role: 'admin' });
    const editorHeaders = await t.login(editor);
    const activity = await t.app.inject({
      method: 'POST', url: '/api/v1/activities', headers: editorHeaders,
      payload: { type: 'trade_promotion', title: 'Xúc tiến thủy sản tại Boston', startDate: '2024-03-10', endDate: '2024-03-12', countryCode: 'US' },
    });
    expect(activity.statusCode, activity.body).toBe(201);
    const activityId = activity.json().id as string;

    const headers = await t.login(coordinator);
    const read = async (query: string, as = headers) => (await t.app.inject({ method: 'GET', url: `/api/v1/audit?${query}`, headers: as })).json().items;
    expect((await read(`entityId=${activityId}`))[0]).toMatchObject({
      action: 'activity.created',
      record: { name: { vi: 'Xúc tiến thủy sản tại Boston', en: 'Xúc tiến thủy sản tại Boston' }, path: `/activities/${activityId}` },
      business: null,
    });

    // A user record is named to an administrator only: the coordinator, who may not read users, sees just the type.
    await t.app.inject({ method: 'PATCH', url: '/api/v1/me', payload: { locale: 'en' }, headers: editorHeaders });
    expect((await read(`entity=user&entityId=${editor.id}`))[0]).toMatchObject({ action: 'user.profile_updated', record: null });
    expect((await read(`entity=user&entityId=${editor.id}`, await t.login(admin)))[0]).toMatchObject({ record: { name: { vi: expect.stringContaining('Test User') }, path: null } });

    expect((await read('entity=reference'))[0]).toMatchObject({ entityId: expect.any(String), record: null });
  });

  it('names the business that answered through a confirmation link, not the system', async () => {
    const mission = await t.factory.unit('mission', 'EMB-JP');
    const editor = await t.factory.user({ role: 'unit_editor', unitId: mission.id });
    const coordinator = await t.factory.user({ role: 'hq_coordinator' });
    const editorHeaders = await t.login(editor);
    const headers = await t.login(coordinator);
    const company = await t.app.inject({ method: 'POST', url: '/api/v1/partners', headers, payload: { kind: 'vietnamese_company', name: { vi: 'Công ty CP Thủy sản Sao Ta', en: 'Sao Ta Foods JSC' }, countryCode: 'VN' } });
    expect(company.statusCode, company.body).toBe(201);
    const activity = await t.app.inject({
      method: 'POST', url: '/api/v1/activities', headers: editorHeaders,
      payload: { type: 'trade_promotion', title: 'Giao thương thủy sản Osaka', startDate: '2024-05-02', endDate: '2024-05-03', countryCode: 'JP' },
    });
    const outcome = await t.app.inject({
      method: 'POST', url: '/api/v1/outcomes', headers: editorHeaders,
      payload: { activityId: activity.json().id, kind: 'export_contract', value: '500000', currency: 'USD', product: 'Tôm thẻ', hsCode: '030617', counterpart: 'Maruha', businessPartnerId: company.json().id, contactEmail: 'sales@saota.example' },
    });
    expect(outcome.statusCode, outcome.body).toBe(201);
    const outcomeId = outcome.json().id as string;
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/outcomes/${outcomeId}/confirmation-requests`, headers: editorHeaders })).statusCode).toBe(201);
    const [email] = await t.db.select().from(outboxEmails).orderBy(desc(outboxEmails.createdAt), desc(outboxEmails.id)).limit(1);
    const token = /\/confirm\/([\w-]+)/.exec(email!.body)![1]!;
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/confirmations/${token}`, payload: { decision: 'confirm' } })).statusCode).toBe(200);

    const [answer] = (await t.app.inject({ method: 'GET', url: `/api/v1/audit?entity=outcome&entityId=${outcomeId}`, headers })).json().items;
    expect(answer).toMatchObject({
      action: 'outcome.confirmed',
      actor: null,
      business: 'Công ty CP Thủy sản Sao Ta',
      record: { name: { vi: 'Tôm thẻ · Giao thương thủy sản Osaka' }, path: `/activities/${activity.json().id}` },
    });
  });

  it('gives a record\'s own history to whoever may read the record, not only HQ; another unit gets a 404', async () => {
    const mission = await t.factory.unit('mission', 'EMB-CA');
    const other = await t.factory.unit('mission', 'EMB-MX');
    const editor = await t.factory.user({ role: 'unit_editor', unitId: mission.id });
    const viewer = await t.factory.user({ role: 'unit_viewer', unitId: mission.id });
    const headers = await t.login(editor);
    const created = await t.app.inject({
      method: 'POST', url: '/api/v1/activities', headers,
      payload: { type: 'trade_promotion', title: 'Xúc tiến gỗ tại Toronto', startDate: '2024-04-10', endDate: '2024-04-11', countryCode: 'CA' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id, version } = created.json() as { id: string; version: number };
    const edited = await t.app.inject({ method: 'PATCH', url: `/api/v1/activities/${id}`, headers, payload: { title: 'Xúc tiến đồ gỗ tại Toronto', version } });
    expect(edited.statusCode, edited.body).toBe(200);

    const history = await t.app.inject({ method: 'GET', url: `/api/v1/history/activity/${id}`, headers: await t.login(viewer) });
    expect(history.statusCode, history.body).toBe(200);
    const items = history.json().items as { action: string; actor: { id: string }; before: unknown; after: unknown }[];
    expect(items.map((item) => item.action)).toEqual(['activity.updated', 'activity.created']);
    expect(items[0]).toMatchObject({ actor: { id: editor.id }, before: { title: 'Xúc tiến gỗ tại Toronto' }, after: { title: 'Xúc tiến đồ gỗ tại Toronto' } });

    const stranger = await t.login(await t.factory.user({ role: 'unit_editor', unitId: other.id }));
    const foreign = await t.app.inject({ method: 'GET', url: `/api/v1/history/activity/${id}`, headers: stranger });
    const missing = await t.app.inject({ method: 'GET', url: '/api/v1/history/activity/0190a3c4-0000-7000-8000-00000000abcd', headers: stranger });
    expect([foreign.statusCode, missing.statusCode]).toEqual([404, 404]);
    expect(foreign.json()).toEqual(missing.json());
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/history/user/${editor.id}`, headers })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/history/activity/${id}`, headers: await t.login(await t.factory.user({ role: 'business' })) })).statusCode).toBe(403);
  });

  it('is append-only in the database itself', async () => {
    await expect(t.db.execute(sql`DELETE FROM audit_log`)).rejects.toThrow();
    await expect(t.db.execute(sql`UPDATE audit_log SET action = 'x'`)).rejects.toThrow();
  });

  it.each(['audit_log', 'task_status_events', 'agreement_events'])('%s refuses TRUNCATE, which row triggers do not see', async (table) => {
    const rows = async () => (await selectRows<{ n: number }>(t.db, sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`))[0]!.n;
    const before = await rows();
    expect(await refusal(t.db.execute(sql`TRUNCATE ${sql.identifier(table)}`))).toMatchObject({ message: `${table} is append-only` });
    expect(await rows()).toBe(before);
  });
});
