import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTICE_KINDS } from '../../../shared/schemas/notifications.js';
import { digestItems, notifications, outboxEmails, users } from '../../db/schema/index.js';
import { jobsRepo, type JobRequest } from '../../jobs/jobs.repo.js';
import { createWorker } from '../../jobs/worker.js';
import type { TestUser } from '../../test/factories.js';
import { implementationFixtures } from '../../test/implementation.js';
import { buildTestApp, type TestContext } from '../../test/support.js';
import { createMailer } from './mailer.js';
import { DIGEST_JOB, digestJobHandlers, planDigests } from './digests.js';
import { planDailyScan, reminderJobHandlers } from './reminders.js';

let t: TestContext;
let editorVi: TestUser;
let viewerEn: TestUser;
let assigner: TestUser;
const titles = { soon: 'Vận động công nhận quy chế kinh tế thị trường', tomorrow: 'Hồ sơ kiểm soát xuất khẩu D1-D3' };

const URL = '/api/v1/me/notification-preferences';

async function run(requests: JobRequest[]) {
  await t.db.transaction(async (tx) => {
    for (const request of requests) await jobsRepo.enqueue(tx, request);
  });
  await createWorker(t.db, { handlers: { ...reminderJobHandlers({ mailer: createMailer() }), ...digestJobHandlers() }, backoffSeconds: () => 0 }).drain();
}

const noticesOf = (user: TestUser, kind: string) =>
  t.db.select().from(notifications).where(eq(notifications.userId, user.id)).then((rows) => rows.filter((row) => row.kind === kind));
const emailsTo = (user: TestUser) => t.db.select().from(outboxEmails).where(eq(outboxEmails.toAddress, user.email));

beforeAll(async () => {
  t = await buildTestApp();
  const fx = implementationFixtures(t.db);
  const mission = await t.factory.unit('mission', 'EMB-US');
  const eco = await t.factory.unit('hq', 'MOFA-ECO');
  editorVi = await t.factory.user({ role: 'unit_editor', unitId: mission.id });
  viewerEn = await t.factory.user({ role: 'unit_viewer', unitId: mission.id });
  await t.db.update(users).set({ locale: 'en' }).where(eq(users.id, viewerEn.id));
  assigner = await t.factory.user({ role: 'unit_editor', unitId: eco.id });
  await fx.task({ responsibleUnitId: mission.id, assigningUnitId: eco.id, dueDate: '2026-03-15', title: titles.soon });
  await fx.task({ responsibleUnitId: mission.id, assigningUnitId: eco.id, dueDate: '2026-03-11', title: titles.tomorrow });
});
afterAll(() => t.close());

describe('notification preferences', () => {
  it('lists every kind of notice, reaching one in the app and by e-mail at once until one chooses otherwise', async () => {
    const res = await t.app.inject({ method: 'GET', url: URL, headers: await t.login(editorVi) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toEqual(NOTICE_KINDS.map((kind) => ({ kind, inApp: true, email: 'immediate' })));
  });

  it('refuses an unknown kind, delivery or field, a kind listed twice, and anonymous callers, changing nothing', async () => {
    const headers = await t.login(editorVi);
    const put = (body: unknown, h: Record<string, string> = headers) => t.app.inject({ method: 'PUT', url: URL, headers: h, payload: body as object });
    const unknownKind = await put({ items: [{ kind: 'task.forgotten', inApp: true, email: 'immediate' }] });
    expect(unknownKind.statusCode).toBe(400);
    expect(unknownKind.json().error.fields).toHaveProperty(['items.0.kind']);
    const unknownDelivery = await put({ items: [{ kind: 'task.overdue', inApp: true, email: 'hourly' }] });
    expect(unknownDelivery.json().error.fields).toHaveProperty(['items.0.email']);
    const unknownField = await put({ items: [{ kind: 'task.overdue', inApp: true, email: 'daily', sms: true }] });
    expect(unknownField.statusCode).toBe(400);
    expect(unknownField.body).toContain('sms');
    expect((await put({ items: [] })).statusCode).toBe(400);
    const twice = [{ kind: 'task.overdue', inApp: true, email: 'daily' }, { kind: 'task.overdue', inApp: false, email: 'never' }];
    expect((await put({ items: twice })).statusCode).toBe(400);
    expect((await put({ items: [{ kind: 'task.overdue', inApp: true, email: 'daily' }] }, {})).statusCode).toBe(401);
    const after = await t.app.inject({ method: 'GET', url: URL, headers });
    expect(after.json().items.every((item: { inApp: boolean; email: string }) => item.inApp && item.email === 'immediate')).toBe(true);
  });

  it('changes only the kinds sent, for oneself only, and audits the change', async () => {
    const res = await t.app.inject({ method: 'PUT', url: URL, headers: await t.login(editorVi), payload: { items: [{ kind: 'task.due_soon', inApp: false, email: 'never' }] } });
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { kind: string; inApp: boolean; email: string }[];
    expect(items.find((item) => item.kind === 'task.due_soon')).toEqual({ kind: 'task.due_soon', inApp: false, email: 'never' });
    expect(items.filter((item) => item.kind !== 'task.due_soon').every((item) => item.inApp && item.email === 'immediate')).toBe(true);
    const others = await t.app.inject({ method: 'GET', url: URL, headers: await t.login(viewerEn) });
    expect(others.json().items.find((item: { kind: string }) => item.kind === 'task.due_soon')).toMatchObject({ inApp: true, email: 'immediate' });
    const [audit] = await t.auditRows(1);
    expect(audit).toMatchObject({ action: 'user.notification_preferences_updated', entity: 'user', entityId: editorVi.id });

    const again = await t.app.inject({ method: 'PUT', url: URL, headers: await t.login(editorVi), payload: { items: [{ kind: 'task.due_soon', inApp: true, email: 'never' }] } });
    expect(again.json().items.find((item: { kind: string }) => item.kind === 'task.due_soon')).toEqual({ kind: 'task.due_soon', inApp: true, email: 'never' });
    await t.app.inject({ method: 'PUT', url: URL, headers: await t.login(editorVi), payload: { items: [{ kind: 'task.due_soon', inApp: false, email: 'never' }] } });
  });

  it('is followed when notices go out: nothing for what one turned off, a daily digest in one\'s language for what one gathered', async () => {
    const viewer = await t.login(viewerEn);
    await t.app.inject({ method: 'PUT', url: URL, headers: viewer, payload: { items: [{ kind: 'task.due_soon', inApp: true, email: 'daily' }] } });
    await run(planDailyScan(new Date('2026-03-10T08:00:00Z')));

    expect(await noticesOf(editorVi, 'task.due_soon')).toHaveLength(0);
    expect(await emailsTo(editorVi)).toHaveLength(0);
    expect(await noticesOf(viewerEn, 'task.due_soon')).toHaveLength(2);
    expect(await emailsTo(viewerEn)).toHaveLength(0);
    expect(await t.db.select().from(digestItems).where(eq(digestItems.userId, viewerEn.id))).toHaveLength(2);
    // Someone who chose nothing still gets each notice at once (the assigning unit is told of nothing due soon).
    expect(await emailsTo(assigner)).toHaveLength(0);

    await run(planDigests(new Date('2026-03-10T23:30:00Z')));
    const [digest, ...more] = await emailsTo(viewerEn);
    expect(more).toHaveLength(0);
    expect(digest!.subject).toBe('Daily digest: 2 notices');
    expect(digest!.body).toContain(titles.soon);
    expect(digest!.body).toContain(titles.tomorrow);
    expect(digest!.body).toContain('/tasks/');
    expect(digest!.body).toContain('Account page');

    await run(planDigests(new Date('2026-03-11T23:30:00Z')));
    expect(await emailsTo(viewerEn)).toHaveLength(1);
  });

  it('plans the daily digest every day and the weekly one on Mondays, once each however often it is asked', () => {
    const kinds = (at: string) => planDigests(new Date(at)).map((job) => job.dedupeKey);
    expect(kinds('2026-03-10T01:00:00Z')).toEqual([`${DIGEST_JOB}:daily:2026-03-10`]);
    // 2026-03-09 is a Monday in Ha Noi from 17:00 UTC on the Sunday.
    expect(kinds('2026-03-08T18:00:00Z')).toEqual([`${DIGEST_JOB}:daily:2026-03-09`, `${DIGEST_JOB}:weekly:2026-03-09`]);
  });
});
