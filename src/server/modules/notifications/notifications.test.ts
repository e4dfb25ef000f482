import { and, eq, isNotNull } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobs, notifications, outboxEmails, users } from '../../db/schema/index.js';
import { jobsRepo } from '../../jobs/jobs.repo.js';
import { createWorker } from '../../jobs/worker.js';
import type { TestUser } from '../../test/factories.js';
import { implementationFixtures } from '../../test/implementation.js';
import { buildTestApp, type TestContext } from '../../test/support.js';
import { createMailer, type Mailer } from './mailer.js';
import { formatDay } from './messages.js';
import { planDailyScan, reminderJobHandlers } from './reminders.js';

const DAY = '2026-03-10';

let t: TestContext;
let fx: ReturnType<typeof implementationFixtures>;
let missionEditor: TestUser;
let missionViewerEn: TestUser;
let assigner: TestUser;
let coordinator: TestUser;
let parentEditor: TestUser;
let otherMission: TestUser;
let admin: TestUser;
let unitIds: { mission: string; otherMission: string; assigning: string };
const taskIds: Record<'soon' | 'tomorrow' | 'overdue' | 'done' | 'later', string> = { soon: '', tomorrow: '', overdue: '', done: '', later: '' };

/** Runs the daily scan of `day` and every job it queues, as the background worker would. */
async function runScan(day: string, mailer: Mailer = createMailer()) {
  await t.db.transaction(async (tx) => {
    for (const request of planDailyScan(new Date(`${day}T08:00:00Z`))) await jobsRepo.enqueue(tx, request);
  });
  await createWorker(t.db, { handlers: reminderJobHandlers({ mailer }), backoffSeconds: () => 0 }).drain();
}

const noticesOf = (user: TestUser) => t.db.select().from(notifications).where(eq(notifications.userId, user.id)).orderBy(notifications.createdAt);

beforeAll(async () => {
  t = await buildTestApp();
  fx = implementationFixtures(t.db);
  const mission = await t.factory.unit('mission', 'EMB-US');
  const japan = await t.factory.unit('mission', 'EMB-JP');
  const eco = await t.factory.unit('hq', 'MOFA-ECO');
  const mofa = await t.factory.unit('hq', 'MOFA');
  unitIds = { mission: mission.id, otherMission: japan.id, assigning: eco.id };
  missionEditor = await t.factory.user({ role: 'unit_editor', unitId: mission.id });
  missionViewerEn = await t.factory.user({ role: 'unit_viewer', unitId: mission.id });
  await t.db.update(users).set({ locale: 'en' }).where(eq(users.id, missionViewerEn.id));
  assigner = await t.factory.user({ role: 'unit_editor', unitId: eco.id });
  await t.factory.user({ role: 'unit_viewer', unitId: eco.id }); // viewers of the assigning unit are not escalated to
  coordinator = await t.factory.user({ role: 'hq_coordinator', unitId: eco.id });
  parentEditor = await t.factory.user({ role: 'unit_editor', unitId: mofa.id });
  otherMission = await t.factory.user({ role: 'unit_editor', unitId: japan.id });
  admin = await t.factory.user({ role: 'admin' });
  const task = (dueDate: string, status = 'on_track') => fx.task({ responsibleUnitId: mission.id, assigningUnitId: eco.id, dueDate, status, title: `US market-economy status ${dueDate}` });
  taskIds.soon = (await task('2026-03-15')).id;
  taskIds.tomorrow = (await task('2026-03-11')).id;
  taskIds.overdue = (await task('2026-03-01', 'delayed')).id;
  taskIds.done = (await task('2026-03-12', 'completed')).id;
  taskIds.later = (await task('2026-04-30')).id;
  await fx.task({ responsibleUnitId: japan.id, assigningUnitId: eco.id, dueDate: '2026-06-30' });
  await fx.dueDateChange({ taskId: taskIds.soon, fromDate: '2026-03-15', toDate: '2026-04-15' });
  await runScan(DAY);
});
afterAll(() => t.close());

/** The user's notifications as the API words them, in their language or `lang`. */
async function wordedFor(user: TestUser, lang?: 'vi' | 'en') {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1/notifications?pageSize=100${lang ? `&lang=${lang}` : ''}`, headers: await t.login(user) });
  return res.json().items as { kind: string; entityId: string; title: string; body: string; path: string | null }[];
}

describe('daily reminder scan', () => {
  it('reminds the responsible unit of open tasks due within 7 days, in each user\'s language', async () => {
    const vi = (await noticesOf(missionEditor)).filter((n) => n.kind === 'task.due_soon');
    expect(vi.map((n) => n.entityId).sort()).toEqual([taskIds.soon, taskIds.tomorrow].sort());
    const soonVi = (await wordedFor(missionEditor)).find((n) => n.kind === 'task.due_soon' && n.entityId === taskIds.soon)!;
    expect(soonVi.title).toContain('15/03/2026');
    expect(soonVi.body).toContain('còn 5 ngày');
    expect(soonVi.path).toBe(`/tasks/${taskIds.soon}`);
    expect(formatDay('2026-03-15', 'vi')).toBe('15/03/2026');
    const en = (await wordedFor(missionViewerEn)).filter((n) => n.kind === 'task.due_soon');
    expect(en.find((n) => n.entityId === taskIds.soon)!.title).toBe('Reminder: task "US market-economy status 2026-03-15" is due on 15 Mar 2026');
    expect(en.find((n) => n.entityId === taskIds.tomorrow)!.body).toContain('1 day left');
  });

  it('tells the responsible unit of an overdue task and escalates it to the assigning unit\'s editors, HQ coordinators and the parent unit\'s editors', async () => {
    const rows = await t.db.select().from(notifications).where(and(eq(notifications.kind, 'task.overdue'), eq(notifications.entityId, taskIds.overdue)));
    expect(rows.map((n) => n.userId).sort()).toEqual([missionEditor.id, missionViewerEn.id, assigner.id, coordinator.id, parentEditor.id].sort());
    const worded = (await wordedFor(assigner)).find((n) => n.kind === 'task.overdue')!;
    expect(worded.title).toBe('Quá hạn: nhiệm vụ "US market-economy status 2026-03-01"');
    expect(worded.body).toContain('quá hạn 9 ngày');
    expect(await noticesOf(otherMission)).toEqual([]);
  });

  it('words notifications in the language the reader reads now, not the one they had when told', async () => {
    const [vi] = (await wordedFor(missionEditor)).filter((n) => n.entityId === taskIds.overdue);
    expect(vi!.title).toBe('Quá hạn: nhiệm vụ "US market-economy status 2026-03-01"');
    await t.db.update(users).set({ locale: 'en' }).where(eq(users.id, missionEditor.id));
    const [en] = (await wordedFor(missionEditor)).filter((n) => n.entityId === taskIds.overdue);
    expect(en!.title).toBe('Overdue: task "US market-economy status 2026-03-01"');
    await t.db.update(users).set({ locale: 'vi' }).where(eq(users.id, missionEditor.id));
    const [asked] = (await wordedFor(missionEditor, 'en')).filter((n) => n.entityId === taskIds.overdue);
    expect(asked!.body).toContain('9 days overdue');
  });

  it('never sends the same reminder twice, across scans and days, but escalates again a week later', async () => {
    const before = await t.db.select().from(notifications);
    await runScan(DAY);
    await runScan('2026-03-11');
    expect(await t.db.select().from(notifications)).toHaveLength(before.length);
    await runScan('2026-03-16');
    const overdue = await t.db.select().from(notifications).where(and(eq(notifications.kind, 'task.overdue'), eq(notifications.entityId, taskIds.overdue)));
    expect(overdue).toHaveLength(10);
    const scans = await t.db.select().from(jobs).where(eq(jobs.kind, 'reminders.scan'));
    expect(scans.map((j) => j.dedupeKey).sort()).toEqual(['reminders.scan:2026-03-10', 'reminders.scan:2026-03-11', 'reminders.scan:2026-03-16']);
  });

  it('keeps e-mails in the outbox when no SMTP server is configured', async () => {
    const emails = await t.db.select().from(outboxEmails);
    expect(emails.length).toBe((await t.db.select().from(notifications)).length);
    expect(emails.every((e) => e.sentAt === null)).toBe(true);
    expect(emails.map((e) => e.toAddress)).toContain(missionViewerEn.email);
    const deliveries = await t.db.select().from(jobs).where(eq(jobs.kind, 'email.send'));
    expect(deliveries.every((job) => job.status === 'done')).toBe(true);
  });

  it('sends e-mails by SMTP when configured, once each', async () => {
    const sent: { to: string; subject: string }[] = [];
    const smtp = createMailer({ transport: nodemailer.createTransport({ jsonTransport: true }) });
    const mailer: Mailer = { configured: true, send: async (mail) => (sent.push(mail), smtp.send(mail)) };
    const title = 'EVIPA ratification lobbying';
    const task = await fx.task({ responsibleUnitId: unitIds.mission, assigningUnitId: unitIds.assigning, dueDate: '2026-05-08', title });
    await runScan('2026-05-01', mailer);
    await runScan('2026-05-02', mailer);
    expect(await t.db.select().from(notifications).where(eq(notifications.entityId, task.id))).toHaveLength(2);
    const forTask = sent.filter((mail) => mail.subject.includes(title));
    expect(forTask.map((mail) => mail.to).sort()).toEqual([missionEditor.email, missionViewerEn.email].sort());
    const emails = (await t.db.select().from(outboxEmails)).filter((e) => e.subject.includes(title));
    expect(emails).toHaveLength(2);
    expect(emails.every((e) => e.sentAt !== null)).toBe(true);
    expect(sent.length).toBe((await t.db.select().from(outboxEmails).where(isNotNull(outboxEmails.sentAt))).length);
  });
});

describe('GET /api/v1/notifications', () => {
  const get = async (url: string, user: TestUser) => t.app.inject({ method: 'GET', url, headers: await t.login(user) });

  it('needs a session and validates the filter', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/notifications' })).statusCode).toBe(401);
    expect((await get('/api/v1/notifications?unread=maybe', missionEditor)).statusCode).toBe(400);
  });

  it('lists only my own notifications, with the unread count', async () => {
    const res = await get('/api/v1/notifications', otherMission);
    expect(res.json()).toMatchObject({ items: [], total: 0, unreadCount: 0 });
    const mine = (await get('/api/v1/notifications?unread=true', parentEditor)).json();
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.unreadCount).toBe(mine.total);
    expect(mine.items.every((n: { kind: string }) => n.kind === 'task.overdue')).toBe(true);
  });

  it('marks one read, refuses someone else\'s with 404, and marks all read', async () => {
    const headers = await t.login(parentEditor);
    const [first] = (await get('/api/v1/notifications', parentEditor)).json().items;
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/notifications/${first.id}/read` })).statusCode).toBe(401);
    const read = await t.app.inject({ method: 'POST', url: `/api/v1/notifications/${first.id}/read`, headers });
    expect(read.statusCode).toBe(200);
    expect(read.json().readAt).not.toBeNull();
    const foreign = await t.app.inject({ method: 'POST', url: `/api/v1/notifications/${first.id}/read`, headers: await t.login(otherMission) });
    expect(foreign.statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/notifications/nope/read', headers })).statusCode).toBe(400);
    const unread = (await get('/api/v1/notifications?unread=true', parentEditor)).json().total;
    const all = await t.app.inject({ method: 'POST', url: '/api/v1/notifications/read-all', headers });
    expect(all.json()).toEqual({ updated: unread });
    expect((await get('/api/v1/notifications?unread=true', parentEditor)).json()).toMatchObject({ total: 0, unreadCount: 0 });
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/notifications/read-all' })).statusCode).toBe(401);
  });
});

describe('GET /api/v1/inbox', () => {
  const inbox = async (user: TestUser, asOf = DAY) => t.app.inject({ method: 'GET', url: `/api/v1/inbox?asOf=${asOf}`, headers: await t.login(user) });

  it('needs a session and a valid date', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/inbox' })).statusCode).toBe(401);
    expect((await inbox(missionEditor, '2026-02-30')).statusCode).toBe(400);
  });

  it("shows a mission its overdue and soon-due tasks and its unread count", async () => {
    const body = (await inbox(missionEditor)).json();
    expect(body.overdueTasks).toMatchObject({ total: 1, items: [{ id: taskIds.overdue, responsibleUnit: { code: 'EMB-US' } }] });
    expect(body.dueSoonTasks.items.map((task: { id: string }) => task.id)).toEqual([taskIds.tomorrow, taskIds.soon]);
    expect(body.dueDateRequests.total).toBe(0);
    expect(body.unreadNotifications).toBe((await noticesOf(missionEditor)).length);
  });

  it('shows the assigning unit the due-date changes it must decide and the overdue tasks it assigned', async () => {
    const body = (await inbox(assigner)).json();
    expect(body.dueDateRequests).toMatchObject({ total: 1, items: [{ task: { id: taskIds.soon }, fromDate: '2026-03-15', toDate: '2026-04-15' }] });
    expect(body.overdueTasks).toMatchObject({ total: 1, items: [{ id: taskIds.overdue }] });
    expect(body.dueSoonTasks.total).toBe(0);
  });

  it('lists for HQ coordinators every overdue task they are told about, as the bell counts them', async () => {
    const body = (await inbox(coordinator)).json();
    expect(body.overdueTasks.items.map((task: { id: string }) => task.id)).toEqual([taskIds.overdue]);
    const told = await t.db.select().from(notifications).where(and(eq(notifications.userId, coordinator.id), eq(notifications.kind, 'task.overdue')));
    expect(told.map((n) => n.entityId)).toContain(taskIds.overdue);
  });

  it("does not show another mission's tasks", async () => {
    const body = (await inbox(otherMission)).json();
    expect(body.overdueTasks.total).toBe(0);
    expect(body.dueSoonTasks.total).toBe(0);
    const admins = (await inbox(admin)).json();
    expect(admins.overdueTasks.total).toBe(0);
  });
});

describe('GET /api/v1/outbox', () => {
  it('is for admins only', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/outbox' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/outbox', headers: await t.login(coordinator) })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/outbox?sent=perhaps', headers: await t.login(admin) })).statusCode).toBe(400);
  });

  it('lists the e-mails kept for delivery', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/outbox?sent=false&pageSize=500', headers: await t.login(admin) });
    expect(res.statusCode).toBe(200);
    const unsent = await t.db.select().from(outboxEmails);
    expect(res.json().total).toBe(unsent.filter((e) => e.sentAt === null).length);
    expect(res.json().items[0]).toMatchObject({ sentAt: null, toAddress: expect.any(String), subject: expect.any(String) });
  });
});
