import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activities, activityOutputs, notifications, outboxEmails, outcomes, periodSubmissions } from '../../db/schema/index.js';
import { newId } from '../../lib/ids.js';
import type { TestUser } from '../../test/factories.js';
import { buildTestApp, type TestContext } from '../../test/support.js';
import { assertUnlocked } from './period-locks.js';
import { timelinessOf } from './period-timeliness.js';

let t: TestContext;
let coordinator: TestUser;
let leader: TestUser;
let usEditor: TestUser;
let usViewer: TestUser;
let hcmEditor: TestUser;
let us: string;
let hcm: string;
let binhDuong: string;
let h1: { id: string; version: number };

beforeAll(async () => {
  t = await buildTestApp();
  us = (await t.factory.unit('mission', 'EMB-US')).id;
  hcm = (await t.factory.unit('province', '79')).id;
  binhDuong = (await t.factory.unit('province', '74', '2025-01-01')).id;
  coordinator = await t.factory.user({ role: 'hq_coordinator', unitId: (await t.factory.unit('hq', 'MOFA-ECO')).id });
  leader = await t.factory.user({ role: 'leader' });
  usEditor = await t.factory.user({ role: 'unit_editor', unitId: us });
  usViewer = await t.factory.user({ role: 'unit_viewer', unitId: us });
  hcmEditor = await t.factory.user({ role: 'unit_editor', unitId: hcm });
  const res = await call(coordinator, 'POST', '/api/v1/periods', { kind: 'half_year', year: 2025, index: 1, dueDate: '2025-07-15' });
  h1 = res.json();
});
afterAll(() => t.close());

async function call(user: TestUser | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) {
  return t.app.inject({ method, url, payload, headers: user ? await t.login(user) : {} });
}

const activity = (unitId: string, startDate: string, values: Partial<typeof activities.$inferInsert> = {}) =>
  t.db
    .insert(activities)
    .values({ id: newId(), unitId, type: 'trade_promotion', title: 'Xúc tiến thương mại', startDate, endDate: startDate, ...values })
    .returning()
    .then(([row]) => row!);

describe('periods', () => {
  it('opens a half-year with computed dates and bilingual label; audited', async () => {
    expect(h1).toMatchObject({ kind: 'half_year', year: 2025, index: 1, startDate: '2025-01-01', endDate: '2025-07-01', dueDate: '2025-07-15', open: true, version: 1, label: { vi: '6 tháng đầu năm 2025', en: 'H1 2025' } });
    const year = await call(coordinator, 'POST', '/api/v1/periods', { kind: 'year', year: 2024 });
    expect(year.json()).toMatchObject({ startDate: '2024-01-01', endDate: '2025-01-01', label: { vi: 'Năm 2024', en: '2024' } });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'period.created', entityId: year.json().id, actorUserId: coordinator.id });
    const q4 = await call(coordinator, 'POST', '/api/v1/periods', { kind: 'quarter', year: 2025, index: 4 });
    expect(q4.json()).toMatchObject({ startDate: '2025-10-01', endDate: '2026-01-01', label: { vi: 'Quý IV/2025', en: 'Q4 2025' } });
  });

  it('is 401 without a session, 403 for a unit editor, 400 naming fields, 409 for a duplicate', async () => {
    expect((await call(null, 'POST', '/api/v1/periods', { kind: 'year', year: 2023 })).statusCode).toBe(401);
    expect((await call(usEditor, 'POST', '/api/v1/periods', { kind: 'year', year: 2023 })).statusCode).toBe(403);
    const bad = await call(coordinator, 'POST', '/api/v1/periods', { kind: 'half_year', year: 2025, index: 3 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('index');
    const badKind = await call(coordinator, 'POST', '/api/v1/periods', { kind: 'month', year: 20 });
    expect(Object.keys(badKind.json().error.fields)).toEqual(expect.arrayContaining(['kind', 'year']));
    expect((await call(coordinator, 'POST', '/api/v1/periods', { kind: 'half_year', year: 2025, index: 1 })).statusCode).toBe(409);
  });

  it('lists and gets periods for internal users', async () => {
    const list = await call(usViewer, 'GET', '/api/v1/periods?kind=half_year&year=2025');
    expect(list.json()).toMatchObject({ total: 1, items: [{ id: h1.id }] });
    expect((await call(usViewer, 'GET', `/api/v1/periods/${h1.id}`)).json().label.en).toBe('H1 2025');
    expect((await call(usViewer, 'GET', `/api/v1/periods/${newId()}`)).statusCode).toBe(404);
  });

  it('closes and reopens with the version read; stale is 409', async () => {
    const period = (await call(coordinator, 'POST', '/api/v1/periods', { kind: 'quarter', year: 2025, index: 1 })).json();
    const closed = await call(coordinator, 'PATCH', `/api/v1/periods/${period.id}`, { open: false, version: period.version });
    expect(closed.json()).toMatchObject({ open: false, version: 2 });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'period.closed', before: { open: true }, after: { open: false } });
    expect((await call(coordinator, 'PATCH', `/api/v1/periods/${period.id}`, { open: true, version: 1 })).statusCode).toBe(409);
    expect((await call(usEditor, 'PATCH', `/api/v1/periods/${period.id}`, { open: true, version: 2 })).statusCode).toBe(403);
    // A closed period takes no new submissions.
    expect((await call(usEditor, 'POST', `/api/v1/periods/${period.id}/submissions`, {})).statusCode).toBe(422);
  });
});

describe('submissions', () => {
  let submission: { id: string; version: number };
  const url = (suffix = '') => `/api/v1/periods/${h1.id}/submissions${suffix}`;

  it('a unit editor starts a draft for their unit; a viewer cannot; a second one is 409', async () => {
    expect((await call(null, 'POST', url(), {})).statusCode).toBe(401);
    expect((await call(usViewer, 'POST', url(), {})).statusCode).toBe(403);
    expect((await call(usEditor, 'POST', url(), { unitId: hcm })).statusCode).toBe(403);
    const res = await call(usEditor, 'POST', url(), {});
    expect(res.statusCode).toBe(201);
    submission = res.json();
    expect(submission).toMatchObject({ status: 'draft', unit: { id: us, code: 'EMB-US' }, version: 1 });
    expect(res.json().abilities).toEqual({ update: true, submit: true, approve: false, return: false, reopen: false });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'period_submission.created', entityId: submission.id });
    expect((await call(usEditor, 'POST', url(), {})).statusCode).toBe(409);
  });

  it('returns the period\'s activity and outcome figures, each drillable', async () => {
    const withOutput = await activity(us, '2025-03-10', { endDate: '2025-03-12' });
    await t.db.insert(activityOutputs).values({ id: newId(), activityId: withOutput.id, kind: 'meetings_held', quantity: 12 });
    const withOutcome = await activity(us, '2025-05-20');
    await t.db.insert(outcomes).values([
      { id: newId(), activityId: withOutcome.id, kind: 'export_contract', value: '2500000', currency: 'USD', confirmationStatus: 'confirmed' },
      { id: newId(), activityId: withOutcome.id, kind: 'export_contract', value: '100000', currency: 'USD' },
    ]);
    await activity(us, '2025-04-01');
    await activity(us, '2025-07-01');
    await activity(hcm, '2025-02-01');
    const detail = (await call(usViewer, 'GET', url(`/${submission.id}`))).json();
    expect(detail.figures).toMatchObject({
      activities: { count: 3, href: `/api/v1/activities?unitId=${us}&from=2025-01-01&to=2025-07-01&view=mapped` },
      activitiesWithoutResult: { count: 1 },
      outcomes: { count: 2 },
      confirmedOutcomes: { count: 1, href: expect.stringContaining('confirmedOnly=true') },
    });
  });

  it('hides another unit\'s submission (404) and lists only what the actor may read', async () => {
    expect((await call(hcmEditor, 'GET', url(`/${submission.id}`))).statusCode).toBe(404);
    expect((await call(hcmEditor, 'GET', url())).json().total).toBe(0);
    expect((await call(leader, 'GET', url())).json().items.map((s: { id: string }) => s.id)).toEqual([submission.id]);
  });

  it('edits a draft; submitting needs a summary; stale version is 409', async () => {
    const noSummary = await call(usEditor, 'POST', url(`/${submission.id}/submit`), { version: submission.version });
    expect(noSummary.statusCode).toBe(400);
    expect(noSummary.json().error.fields).toHaveProperty('summary');
    const edited = await call(usEditor, 'PATCH', url(`/${submission.id}`), { summary: 'Báo cáo 6 tháng đầu năm 2025', version: submission.version });
    expect(edited.json()).toMatchObject({ summary: 'Báo cáo 6 tháng đầu năm 2025', version: 2 });
    expect((await call(usEditor, 'POST', url(`/${submission.id}/submit`), { version: 1 })).statusCode).toBe(409);
    const submitted = await call(usEditor, 'POST', url(`/${submission.id}/submit`), { version: 2 });
    expect(submitted.json()).toMatchObject({ status: 'submitted', submittedBy: usEditor.id, version: 3 });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'period_submission.submitted', after: { status: 'submitted' } });
    submission = submitted.json();
  });

  it('a mission cannot approve itself (403); HQ returns with a required comment', async () => {
    // Submitted: the unit waits, HQ decides; another unit reads nothing; the listed row says the same.
    const abilities = async (user: TestUser) => (await call(user, 'GET', url(`/${submission.id}`))).json().abilities;
    expect(await abilities(usEditor)).toEqual({ update: false, submit: false, approve: false, return: false, reopen: false });
    expect(await abilities(coordinator)).toEqual({ update: false, submit: false, approve: true, return: true, reopen: false });
    expect(await abilities(leader)).toEqual({ update: false, submit: false, approve: false, return: false, reopen: false });
    expect((await call(hcmEditor, 'GET', url(`/${submission.id}`))).statusCode).toBe(404);
    expect((await call(coordinator, 'GET', url())).json().items[0].abilities).toEqual({ update: false, submit: false, approve: true, return: true, reopen: false });
    expect((await call(usEditor, 'POST', url(`/${submission.id}/approve`), { version: submission.version })).statusCode).toBe(403);
    const noComment = await call(coordinator, 'POST', url(`/${submission.id}/return`), { comment: ' ', version: submission.version });
    expect(noComment.statusCode).toBe(400);
    expect(noComment.json().error.fields).toHaveProperty('comment');
    const returned = await call(coordinator, 'POST', url(`/${submission.id}/return`), { comment: 'Bổ sung kết quả xuất khẩu', version: submission.version });
    expect(returned.json()).toMatchObject({ status: 'returned', comment: 'Bổ sung kết quả xuất khẩu', decidedBy: coordinator.id });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'period_submission.returned' });
    const again = await call(usEditor, 'POST', url(`/${submission.id}/submit`), { version: returned.json().version });
    expect(again.json().status).toBe('submitted');
    submission = again.json();
  });

  it('HQ approves: the unit\'s records in the period lock; reopen needs a reason and unlocks', async () => {
    expect((await call(coordinator, 'POST', url(`/${submission.id}/approve`), { version: submission.version - 1 })).statusCode).toBe(409);
    const approved = await call(coordinator, 'POST', url(`/${submission.id}/approve`), { version: submission.version });
    expect(approved.json()).toMatchObject({ status: 'approved', decidedBy: coordinator.id, abilities: { approve: false, return: false, reopen: true } });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'period_submission.approved', entityId: submission.id });
    await expect(assertUnlocked(t.db, [us], '2025-03-10')).rejects.toMatchObject({ code: 'rule_violated', fields: { period: 'locked' } });
    await expect(assertUnlocked(t.db, [us], '2025-07-01')).resolves.toBeUndefined();
    await expect(assertUnlocked(t.db, [hcm], '2025-03-10')).resolves.toBeUndefined();
    // An approved report is no longer editable, and approving it twice is a rule violation.
    expect((await call(usEditor, 'PATCH', url(`/${submission.id}`), { summary: 'x', version: approved.json().version })).statusCode).toBe(422);

    const noReason = await call(coordinator, 'POST', url(`/${submission.id}/reopen`), { version: approved.json().version });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields).toHaveProperty('reason');
    expect((await call(usEditor, 'POST', url(`/${submission.id}/reopen`), { reason: 'sửa', version: approved.json().version })).statusCode).toBe(403);
    const reopened = await call(coordinator, 'POST', url(`/${submission.id}/reopen`), { reason: 'Sửa số liệu hợp đồng xuất khẩu', version: approved.json().version });
    expect(reopened.json()).toMatchObject({ status: 'returned', comment: 'Sửa số liệu hợp đồng xuất khẩu' });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'period_submission.reopened', before: { status: 'approved' }, after: { status: 'returned' } });
    await expect(assertUnlocked(t.db, [us], '2025-03-10')).resolves.toBeUndefined();
  });

  it('HQ never decides on its own unit\'s report (422); a merged province\'s approval locks its predecessors', async () => {
    // HQ units do not report per period.
    expect((await call(coordinator, 'POST', url(), { unitId: coordinator.unitId, summary: 'x' })).statusCode).toBe(422);
    const hcmDraft = (await call(hcmEditor, 'POST', url(), { summary: 'TP. Hồ Chí Minh' })).json();
    const submitted = (await call(hcmEditor, 'POST', url(`/${hcmDraft.id}/submit`), { version: hcmDraft.version })).json();
    const hqOfHcm = await t.factory.user({ role: 'hq_coordinator', unitId: hcm });
    expect((await call(hqOfHcm, 'POST', url(`/${hcmDraft.id}/approve`), { version: submitted.version })).statusCode).toBe(422);
    expect((await call(coordinator, 'POST', url(`/${hcmDraft.id}/approve`), { version: submitted.version })).statusCode).toBe(200);
    await expect(assertUnlocked(t.db, [binhDuong], '2025-03-01')).rejects.toMatchObject({ fields: { period: 'locked' } });
  });
});

describe('submitted figures stay what was submitted', () => {
  it('freezes the records behind each figure on submission; a later confirmation shows beside them, not in them', async () => {
    const korea = (await t.factory.unit('mission', 'EMB-KR')).id;
    const krEditor = await t.factory.user({ role: 'unit_editor', unitId: korea });
    const q3 = (await call(coordinator, 'POST', '/api/v1/periods', { kind: 'quarter', year: 2025, index: 3 })).json();
    const fair = await activity(korea, '2025-08-12', { title: 'Hội chợ Seoul Food 2025' });
    const contract = { id: newId(), activityId: fair.id, kind: 'export_contract', value: '1250000', currency: 'USD', product: 'Cà phê', businessName: 'Công ty Cà phê Mẫu (demo)', contactEmail: 'ban-hang@ca-phe-mau.example' };
    const other = { ...contract, id: newId(), value: '300000', confirmationStatus: 'confirmed' };
    await t.db.insert(outcomes).values([contract, other]);
    const url = (suffix = '') => `/api/v1/periods/${q3.id}/submissions${suffix}`;
    const draft = (await call(krEditor, 'POST', url(), { summary: 'Quý III/2025' })).json();
    expect(draft.snapshot).toBeNull();

    const submitted = (await call(krEditor, 'POST', url(`/${draft.id}/submit`), { version: draft.version })).json();
    expect(submitted.snapshot).toMatchObject({
      frozenAt: submitted.submittedAt,
      figures: { activities: { count: 1, recordIds: [fair.id] }, outcomes: { count: 2 }, confirmedOutcomes: { count: 1, recordIds: [other.id] } },
      changes: { activities: [], outcomes: [], confirmedOutcomes: [] },
    });

    // The business confirms the other contract through its link after the report went in.
    const requested = await call(krEditor, 'POST', `/api/v1/outcomes/${contract.id}/confirmation-requests`);
    expect(requested.statusCode, requested.body).toBe(201);
    const [email] = await t.db.select().from(outboxEmails).where(eq(outboxEmails.toAddress, contract.contactEmail));
    const token = /\/confirm\/([\w-]+)/.exec(email!.body)![1]!;
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/confirmations/${token}`, payload: { decision: 'confirm' } })).statusCode).toBe(200);

    const approved = (await call(coordinator, 'POST', url(`/${draft.id}/approve`), { version: submitted.version })).json();
    for (const viewer of [coordinator, krEditor]) {
      const seen = (await call(viewer, 'GET', url(`/${draft.id}`))).json();
      expect(seen.status).toBe('approved');
      // What was submitted and approved: one confirmed outcome. The records now: two.
      expect(seen.snapshot.figures.confirmedOutcomes).toEqual({ count: 1, recordIds: [other.id] });
      expect(seen.figures.confirmedOutcomes.count).toBe(2);
      expect(seen.snapshot.changes.confirmedOutcomes).toEqual([
        { id: contract.id, type: 'outcome', change: 'added', activityId: fair.id, activityTitle: 'Hội chợ Seoul Food 2025', outcomeKind: 'export_contract', businessName: 'Công ty Cà phê Mẫu (demo)' },
      ]);
      // The outcome counted in both, edited since: listed as updated under all outcomes.
      expect(seen.snapshot.changes.outcomes).toMatchObject([{ id: contract.id, change: 'updated' }]);
      expect(seen.snapshot.changes.activities).toEqual([]);
    }
    expect(approved.snapshot.figures.outcomes.count).toBe(2);
  });
});

describe('completeness and reminders', () => {
  it('lists every current mission and province with its status and counts; HQ and leaders only', async () => {
    expect((await call(usEditor, 'GET', `/api/v1/periods/${h1.id}/completeness`)).statusCode).toBe(403);
    const board = (await call(leader, 'GET', `/api/v1/periods/${h1.id}/completeness`)).json();
    expect(board.asOf).toBe('2025-07-01');
    expect(board.counts).toMatchObject({ total: 94 + 34, approved: 1, returned: 1, none: 94 + 34 - 2 });
    const provinces = (await call(leader, 'GET', `/api/v1/periods/${h1.id}/completeness?type=province&status=approved`)).json();
    expect(provinces.counts).toMatchObject({ total: 34, approved: 1, none: 33 });
    expect(provinces.items).toMatchObject([{ unit: { id: hcm }, status: 'approved' }]);
    const bad = await call(leader, 'GET', `/api/v1/periods/${h1.id}/completeness?type=planet`);
    expect(bad.json().error.fields).toHaveProperty('type');
  });

  it('marks reports late by Viet Nam\'s calendar, overdue ones not sent, and gives on-time and late rates per unit type', async () => {
    const q2 = (await call(coordinator, 'POST', '/api/v1/periods', { kind: 'quarter', year: 2025, index: 2, dueDate: '2025-07-10' })).json();
    const submitted = (unitId: string, at: string) => ({ id: newId(), periodId: q2.id, unitId, status: 'submitted', summary: 'x', submittedAt: new Date(at) });
    // 23:30 on 10 July in Hà Nội is on time; 00:30 on 11 July is late, though both are 10 July in UTC.
    await t.db.insert(periodSubmissions).values([submitted(us, '2025-07-10T16:30:00Z'), submitted(hcm, '2025-07-10T17:30:00Z')]);
    const board = (await call(leader, 'GET', `/api/v1/periods/${q2.id}/completeness`)).json();
    const row = (unitId: string) => board.items.find((item: { unit: { id: string } }) => item.unit.id === unitId);
    expect(row(us).timeliness).toBe('on_time');
    expect(row(hcm).timeliness).toBe('late');
    const missions = board.timelinessByType.find((r: { type: string }) => r.type === 'mission');
    const provinces = board.timelinessByType.find((r: { type: string }) => r.type === 'province');
    expect(missions).toMatchObject({ total: 94, onTime: 1, late: 0, overdue: 93, notDue: 0, onTimeRate: 0.0106, lateRate: 0.9894 });
    expect(provinces).toMatchObject({ total: 34, onTime: 0, late: 1, overdue: 33, onTimeRate: 0, lateRate: 1 });
    // Each mark drills down to the units it counts.
    const late = (await call(leader, 'GET', `/api/v1/periods/${q2.id}/completeness?type=province&timeliness=late`)).json();
    expect(late.items.map((item: { unit: { id: string } }) => item.unit.id)).toEqual([hcm]);
    expect(late.timelinessByType).toEqual(board.timelinessByType);
    expect((await call(leader, 'GET', `/api/v1/periods/${q2.id}/completeness?timeliness=soon`)).json().error.fields).toHaveProperty('timeliness');
  });

  it('a report not yet sent is not due until the due date has passed, and a period without one is never late', () => {
    expect(timelinessOf('none', null, '2025-07-10', '2025-07-10')).toBe('not_due');
    expect(timelinessOf('draft', null, '2025-07-10', '2025-07-11')).toBe('overdue');
    expect(timelinessOf('returned', new Date('2025-07-01T00:00:00Z'), '2025-07-10', '2025-07-11')).toBe('overdue');
    expect(timelinessOf('approved', new Date('2025-07-11T01:00:00Z'), '2025-07-10', '2025-08-01')).toBe('late');
    expect(timelinessOf('submitted', new Date('2030-01-01T00:00:00Z'), null, '2030-01-01')).toBe('on_time');
    expect(timelinessOf('none', null, null, '2030-01-01')).toBe('not_due');
  });

  it('reminds editors of units that have not submitted, once per unit per day', async () => {
    const japan = (await t.factory.unit('mission', 'EMB-JP')).id;
    const jpEditor = await t.factory.user({ role: 'unit_editor', unitId: japan });
    const body = { unitIds: [us, japan, hcm] };
    expect((await call(usEditor, 'POST', `/api/v1/periods/${h1.id}/reminders`, body)).statusCode).toBe(403);
    expect((await call(coordinator, 'POST', `/api/v1/periods/${h1.id}/reminders`, { unitIds: ['x'] })).statusCode).toBe(400);
    const first = (await call(coordinator, 'POST', `/api/v1/periods/${h1.id}/reminders`, body)).json();
    // HCM is approved: not reminded. The US mission was returned and has one editor; Japan has one.
    expect(first.reminded).toEqual(expect.arrayContaining([{ unitId: us, recipients: 1 }, { unitId: japan, recipients: 1 }]));
    expect(first.reminded).toHaveLength(2);
    const inbox = await t.db.select().from(notifications).where(and(eq(notifications.userId, jpEditor.id), eq(notifications.kind, 'period.reminder')));
    expect(inbox).toHaveLength(1);
    const [notice] = (await call(jpEditor, 'GET', '/api/v1/notifications')).json().items;
    expect(notice.title).toContain('6 tháng đầu năm 2025');
    const emails = await t.db.select().from(outboxEmails).where(eq(outboxEmails.toAddress, jpEditor.email));
    expect(emails.map((email) => email.subject)).toEqual([notice.title]);
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'period.reminders_sent', entityId: h1.id });

    const second = (await call(coordinator, 'POST', `/api/v1/periods/${h1.id}/reminders`, body)).json();
    expect(second.reminded).toEqual([]);
    expect(second.alreadyReminded.sort()).toEqual([us, japan].sort());
    expect(await t.db.select().from(notifications).where(eq(notifications.userId, jpEditor.id))).toHaveLength(1);
  });
});
