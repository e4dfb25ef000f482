import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../../test/factories.js';
import { multipartFile } from '../../test/multipart.js';
import { buildTestApp, type TestContext } from '../../test/support.js';

let t: TestContext;
let coordinator: TestUser;
let usEditor: TestUser;
let cnEditor: TestUser;
let usViewer: TestUser;
let hq: string;
let embUs: string;
let embCn: string;
let commitmentId: string;

beforeAll(async () => {
  t = await buildTestApp();
  hq = (await t.factory.unit('hq', 'MOFA-ECO')).id;
  embUs = (await t.factory.unit('mission', 'EMB-US')).id;
  embCn = (await t.factory.unit('mission', 'EMB-CN')).id;
  coordinator = await t.factory.user({ role: 'hq_coordinator', unitId: hq });
  usEditor = await t.factory.user({ role: 'unit_editor', unitId: embUs });
  cnEditor = await t.factory.user({ role: 'unit_editor', unitId: embCn });
  usViewer = await t.factory.user({ role: 'unit_viewer', unitId: embUs });
  const engagement = await t.factory.engagement({ leadUnitId: hq });
  commitmentId = (await t.factory.commitment({ ownerUnitId: embUs, engagementId: engagement.id })).id;
});
afterAll(() => t.close());

/** "Lobby for market-economy status", assigned by HQ to the Embassy in Washington. */
const lobby = (overrides: Record<string, unknown> = {}) => ({
  title: 'Vận động Hoa Kỳ công nhận quy chế kinh tế thị trường',
  objective: 'Hoa Kỳ công nhận Việt Nam là nền kinh tế thị trường',
  responsibleUnitId: embUs,
  responsiblePerson: 'Đại sứ Nguyễn Quốc Dũng',
  startDate: '2026-01-01',
  dueDate: '2030-12-31',
  accountableTo: 'Đại sứ báo cáo Bộ trưởng Bộ Ngoại giao',
  checkedBy: 'Vụ Tổng hợp kinh tế',
  expectedOutput: 'Báo cáo vận động hằng quý, 4 cuộc làm việc với USTR và Bộ Thương mại',
  expectedOutcome: 'Bộ Thương mại Hoa Kỳ công nhận quy chế kinh tế thị trường',
  commitmentId,
  ...overrides,
});

const call = async (user: TestUser | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, ...(payload ? { payload } : {}), headers: user ? await t.login(user) : {} });

const createTask = async (user: TestUser, overrides: Record<string, unknown> = {}) => {
  const res = await call(user, 'POST', '/tasks', lobby(overrides));
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; version: number; dueDate: string };
};

describe('POST /api/v1/tasks', () => {
  it('lets HQ assign a task to a mission, with the seven clears; audited', async () => {
    const res = await call(coordinator, 'POST', '/tasks', lobby());
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      responsibleUnit: { code: 'EMB-US' },
      assigningUnit: { code: 'MOFA-ECO' },
      status: 'not_started',
      originalDueDate: '2030-12-31',
      slipCount: 0,
      overdue: false,
      commitmentId,
      version: 1,
    });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'task.created', entity: 'task', entityId: res.json().id, actorUserId: coordinator.id });
  });

  it('names each missing clear', async () => {
    const res = await call(coordinator, 'POST', '/tasks', { commitmentId });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(
      ['accountableTo', 'checkedBy', 'dueDate', 'expectedOutcome', 'expectedOutput', 'objective', 'responsiblePerson', 'responsibleUnitId', 'startDate', 'title'].sort(),
    );
    expect(res.json().error.message).toContain('Seven clears: the expected outcome is required');
    const blank = await call(coordinator, 'POST', '/tasks', lobby({ objective: '  ' }));
    expect(blank.json().error.fields).toEqual({ objective: 'Seven clears: the objective is required' });
    const backwards = await call(coordinator, 'POST', '/tasks', lobby({ dueDate: '2025-12-31' }));
    expect(backwards.json().error.fields).toHaveProperty('dueDate');
  });

  it('is 401 without a session, 403 for a viewer; a unit editor assigns only to their own unit, on their own behalf', async () => {
    const before = (await t.auditRows(1))[0]!.id;
    expect((await call(null, 'POST', '/tasks', lobby())).statusCode).toBe(401);
    expect((await call(usViewer, 'POST', '/tasks', lobby())).statusCode).toBe(403);
    expect((await call(usEditor, 'POST', '/tasks', lobby({ responsibleUnitId: embCn, commitmentId: null }))).statusCode).toBe(403);
    expect((await call(usEditor, 'POST', '/tasks', lobby({ assigningUnitId: hq }))).statusCode).toBe(403);
    expect((await t.auditRows(1))[0]!.id).toBe(before);
    const own = await call(usEditor, 'POST', '/tasks', lobby());
    expect(own.json()).toMatchObject({ responsibleUnit: { code: 'EMB-US' }, assigningUnit: { code: 'EMB-US' } });
    // Another mission cannot even see the commitment, so it is an unknown reference.
    expect((await call(cnEditor, 'POST', '/tasks', lobby({ responsibleUnitId: embCn }))).json().error.fields).toEqual({ commitmentId: 'Unknown commitment' });
  });

  it('keeps sub-tasks and milestones within their parent\'s dates, in its commitment', async () => {
    const parent = await createTask(coordinator, { startDate: '2027-01-01', dueDate: '2027-12-31' });
    const outside = await call(usEditor, 'POST', '/tasks', lobby({ parentTaskId: parent.id, commitmentId: null, startDate: '2027-03-01', dueDate: '2028-01-31' }));
    expect(outside.statusCode).toBe(422);
    expect(outside.json().error.fields).toEqual({ dueDate: 'outside_parent' });
    const milestone = await call(usEditor, 'POST', '/tasks', lobby({ parentTaskId: parent.id, commitmentId: null, isMilestone: true, startDate: '2027-06-01', dueDate: '2027-06-30' }));
    expect(milestone.statusCode).toBe(201);
    expect(milestone.json()).toMatchObject({ parentTaskId: parent.id, isMilestone: true, commitmentId });
    expect((await call(usEditor, 'GET', `/tasks?parentTaskId=${parent.id}`)).json().total).toBe(1);
  });
});

describe('reading tasks', () => {
  it('shows a mission its own and HQ-assigned tasks; another mission gets 404', async () => {
    const task = await createTask(coordinator);
    expect((await call(usViewer, 'GET', `/tasks/${task.id}`)).statusCode).toBe(200);
    expect((await call(cnEditor, 'GET', `/tasks/${task.id}`)).statusCode).toBe(404);
    expect((await call(cnEditor, 'GET', `/tasks/${task.id}/timeline`)).statusCode).toBe(404);
    const cnList = (await call(cnEditor, 'GET', '/tasks?pageSize=500')).json();
    expect(cnList.items.map((x: { id: string }) => x.id)).not.toContain(task.id);
    const usList = (await call(usEditor, 'GET', `/tasks?unitId=${embUs}&q=kinh%20te%20thi%20truong&pageSize=500`)).json();
    expect(usList.items.map((x: { id: string }) => x.id)).toContain(task.id);
  });

  it('flags and filters overdue tasks', async () => {
    const late = await t.factory.task({ responsibleUnitId: embUs, assigningUnitId: hq, startDate: '2024-01-01', dueDate: '2024-06-30', status: 'on_track' });
    await t.factory.task({ responsibleUnitId: embUs, assigningUnitId: hq, startDate: '2024-01-01', dueDate: '2024-06-30', status: 'completed' });
    const overdue = (await call(coordinator, 'GET', '/tasks?overdue=true')).json();
    expect(overdue.items.map((x: { id: string }) => x.id)).toEqual([late.id]);
    expect(overdue.items[0]).toMatchObject({ overdue: true });
    expect((await call(coordinator, 'GET', '/tasks?dueFrom=2024-01-01&dueTo=2024-12-31&status=completed')).json().total).toBe(1);
  });
});

describe('PATCH /api/v1/tasks/:id', () => {
  it('edits for the assigning unit, audited; refuses a direct due-date move (422), a stale version (409), the responsible mission (403) and others (404)', async () => {
    const task = await createTask(coordinator);
    const patch = (user: TestUser, payload: object) => call(user, 'PATCH', `/tasks/${task.id}`, payload);
    const res = await patch(coordinator, { expectedOutput: 'Báo cáo hằng tháng', version: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ expectedOutput: 'Báo cáo hằng tháng', version: 2 });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'task.updated', after: { expectedOutput: 'Báo cáo hằng tháng' } });

    const moved = await patch(coordinator, { dueDate: '2031-06-30', version: 2 });
    expect(moved.statusCode).toBe(422);
    expect(moved.json().error).toMatchObject({ code: 'rule_violated', fields: { dueDate: 'needs_approval' } });
    expect(moved.json().error.message).toMatch(/approval/);
    expect((await patch(coordinator, { title: 'Lost update', version: 1 })).statusCode).toBe(409);
    expect((await patch(usEditor, { title: 'Redefined by the mission', version: 2 })).statusCode).toBe(403);
    expect((await patch(cnEditor, { title: 'Not ours', version: 2 })).statusCode).toBe(404);
    expect((await call(coordinator, 'GET', `/tasks/${task.id}`)).json()).toMatchObject({ dueDate: '2030-12-31', version: 2 });
  });
});

describe('POST /api/v1/tasks/:id/status', () => {
  it('reports progress with a rationale, appends to the timeline, and fulfils the commitment on completion with evidence', async () => {
    const engagement = await t.factory.engagement({ leadUnitId: hq });
    const own = await t.factory.commitment({ ownerUnitId: embUs, engagementId: engagement.id });
    const task = await createTask(coordinator, { commitmentId: own.id });
    const status = (user: TestUser | null, payload: object) => call(user, 'POST', `/tasks/${task.id}/status`, payload);

    expect((await status(null, { status: 'on_track', rationale: 'x', version: 1 })).statusCode).toBe(401);
    expect((await status(usViewer, { status: 'on_track', rationale: 'x', version: 1 })).statusCode).toBe(403);
    expect((await status(cnEditor, { status: 'on_track', rationale: 'x', version: 1 })).statusCode).toBe(404);
    const noRationale = await status(usEditor, { status: 'on_track', rationale: ' ', version: 1 });
    expect(noRationale.statusCode).toBe(400);
    expect(noRationale.json().error.fields).toHaveProperty('rationale');

    const onTrack = await status(usEditor, { status: 'on_track', rationale: 'Đã làm việc với USTR ngày 12/3', version: 1 });
    expect(onTrack.statusCode).toBe(200);
    expect(onTrack.json()).toMatchObject({ status: 'on_track', version: 2 });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'task.status_changed', entityId: task.id, before: { status: 'not_started' }, after: { status: 'on_track' } });

    const noEvidence = await status(usEditor, { status: 'completed', rationale: 'Xong', version: 2 });
    expect(noEvidence.statusCode).toBe(422);
    expect(noEvidence.json().error.fields).toEqual({ evidence: 'required' });
    expect((await status(usEditor, { status: 'at_risk', rationale: 'stale', version: 1 })).statusCode).toBe(409);

    const done = await status(usEditor, { status: 'completed', rationale: 'Hoa Kỳ đã công bố quyết định', evidenceUrl: 'https://www.trade.gov/mes-vietnam', version: 2 });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: 'completed', completedAt: expect.any(String), overdue: false });
    expect((await call(coordinator, 'GET', `/commitments/${own.id}`)).json()).toMatchObject({ status: 'fulfilled', progress: { tasks: 1, completed: 1 } });
    expect((await t.auditRows(2)).map((a) => a.action)).toEqual(['commitment.status_derived', 'task.status_changed']);

    const timeline = (await call(usViewer, 'GET', `/tasks/${task.id}/timeline`)).json();
    expect(timeline.items).toMatchObject([
      // Who changed it: the person by name and the unit they work in.
      { fromStatus: 'not_started', toStatus: 'on_track', rationale: 'Đã làm việc với USTR ngày 12/3', actor: { id: usEditor.id, name: usEditor.name, unit: { id: embUs, code: 'EMB-US' } }, at: expect.any(String) },
      { fromStatus: 'on_track', toStatus: 'completed', evidenceUrl: 'https://www.trade.gov/mes-vietnam' },
    ]);

    // A second task that is still open makes the commitment only partly fulfilled.
    await createTask(coordinator, { commitmentId: own.id });
    expect((await call(coordinator, 'GET', `/commitments/${own.id}`)).json()).toMatchObject({ status: 'partially_fulfilled', progress: { tasks: 2, completed: 1 } });
  });

  it('accepts a document uploaded to the task as evidence, but not one of another task', async () => {
    const task = await createTask(coordinator);
    const other = await createTask(coordinator);
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const upload = multipartFile('Công hàm.pdf', 'application/pdf', pdf);
    const uploaded = await t.app.inject({ method: 'POST', url: `/api/v1/tasks/${task.id}/attachments`, ...upload, headers: { ...upload.headers, ...(await t.login(usEditor)) } });
    expect(uploaded.statusCode).toBe(201);
    const attachmentId = uploaded.json().id as string;
    const foreign = await call(usEditor, 'POST', `/tasks/${other.id}/status`, { status: 'completed', rationale: 'Xong', attachmentId, version: 1 });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.fields).toHaveProperty('attachmentId');
    const done = await call(usEditor, 'POST', `/tasks/${task.id}/status`, { status: 'completed_with_changes', rationale: 'Hoàn thành, điều chỉnh phạm vi', attachmentId, version: 1 });
    expect(done.statusCode).toBe(200);
    expect((await call(usEditor, 'GET', `/tasks/${task.id}/timeline`)).json().items[0]).toMatchObject({ attachmentId });
    const otherUpload = await t.app.inject({ method: 'POST', url: `/api/v1/tasks/${task.id}/attachments`, ...upload, headers: { ...upload.headers, ...(await t.login(cnEditor)) } });
    expect(otherUpload.statusCode).toBe(404);
  });

  it('keeps the timeline immutable: the database refuses UPDATE and DELETE', async () => {
    const task = await createTask(coordinator);
    await call(usEditor, 'POST', `/tasks/${task.id}/status`, { status: 'at_risk', rationale: 'Phía Hoa Kỳ chậm phản hồi', version: 1 });
    await expect(t.db.execute(sql`UPDATE task_status_events SET rationale = 'rewritten' WHERE task_id = ${task.id}`)).rejects.toThrow();
    await expect(t.db.execute(sql`DELETE FROM task_status_events WHERE task_id = ${task.id}`)).rejects.toThrow();
    expect((await call(usEditor, 'GET', `/tasks/${task.id}/timeline`)).json().items[0]).toMatchObject({ rationale: 'Phía Hoa Kỳ chậm phản hồi' });
  });
});

describe('task abilities', () => {
  it('answers, for responsible unit, HQ, a viewer and a list row, exactly what the writes allow', async () => {
    const task = await createTask(coordinator);
    const abilities = async (user: TestUser) => (await call(user, 'GET', `/tasks/${task.id}`)).json().abilities;
    expect(await abilities(usEditor)).toEqual({ update: false, changeStatus: true, requestDueDateChange: true, decideDueDateChange: false });
    expect(await abilities(coordinator)).toEqual({ update: true, changeStatus: true, requestDueDateChange: true, decideDueDateChange: false });
    expect(await abilities(usViewer)).toEqual({ update: false, changeStatus: false, requestDueDateChange: false, decideDueDateChange: false });
    expect((await call(cnEditor, 'GET', `/tasks/${task.id}`)).statusCode).toBe(404);
    expect((await call(usEditor, 'PATCH', `/tasks/${task.id}`, { title: 'Not mine to edit', version: 1 })).statusCode).toBe(403);
    const row = (await call(usEditor, 'GET', '/tasks?pageSize=500')).json().items.find((item: { id: string }) => item.id === task.id);
    expect(row.abilities).toEqual(await abilities(usEditor));
  });
});

describe('due-date changes', () => {
  it('needs the assigning unit\'s approval: the mission requests, only HQ approves; the slip is counted and the original kept', async () => {
    const task = await createTask(coordinator);
    const url = `/tasks/${task.id}/due-date-changes`;
    expect((await call(null, 'POST', url, { toDate: '2031-06-30', reason: 'x' })).statusCode).toBe(401);
    expect((await call(usViewer, 'POST', url, { toDate: '2031-06-30', reason: 'x' })).statusCode).toBe(403);
    expect((await call(cnEditor, 'POST', url, { toDate: '2031-06-30', reason: 'x' })).statusCode).toBe(404);
    expect((await call(usEditor, 'POST', url, { toDate: '2031-06-30', reason: '' })).json().error.fields).toHaveProperty('reason');

    const requested = await call(usEditor, 'POST', url, { toDate: '2031-06-30', reason: 'Chính quyền mới chưa bổ nhiệm USTR' });
    expect(requested.statusCode).toBe(201);
    expect(requested.json()).toMatchObject({ fromDate: '2030-12-31', toDate: '2031-06-30', decision: 'pending', requestedBy: { id: usEditor.id, name: expect.any(String) }, decidedBy: null });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'due_date_change.requested', entityId: requested.json().id });
    expect((await call(usEditor, 'POST', url, { toDate: '2031-09-30', reason: 'again' })).statusCode).toBe(422);
    // While the request waits: the mission may not ask again, HQ (the assigning side) may decide.
    expect((await call(usEditor, 'GET', `/tasks/${task.id}`)).json().abilities).toEqual({ update: false, changeStatus: true, requestDueDateChange: false, decideDueDateChange: false });
    expect((await call(coordinator, 'GET', `/tasks/${task.id}`)).json().abilities).toEqual({ update: true, changeStatus: true, requestDueDateChange: false, decideDueDateChange: true });

    const decide = (user: TestUser, decision: string) => call(user, 'POST', `${url}/${requested.json().id}/decision`, { decision, note: 'Đồng ý' });
    expect((await decide(usEditor, 'approved')).statusCode).toBe(403);
    expect((await decide(cnEditor, 'approved')).statusCode).toBe(404);
    expect((await call(coordinator, 'GET', `/tasks/${task.id}`)).json()).toMatchObject({ dueDate: '2030-12-31', slipCount: 0 });

    const approved = await decide(coordinator, 'approved');
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ decision: 'approved', decidedBy: { id: coordinator.id, name: expect.stringMatching(/./) }, decisionNote: 'Đồng ý' });
    expect((await call(usEditor, 'GET', `/tasks/${task.id}`)).json()).toMatchObject({ dueDate: '2031-06-30', originalDueDate: '2030-12-31', slipCount: 1, version: 2 });
    const audits = await t.auditRows(2);
    expect(audits.map((a) => a.action)).toEqual(['due_date_change.approved', 'task.due_date_moved']);
    expect(audits[1]).toMatchObject({ before: { dueDate: '2030-12-31', slipCount: 0 }, after: { dueDate: '2031-06-30', slipCount: 1 } });
    expect((await decide(coordinator, 'rejected')).statusCode).toBe(409);

    const list = (await call(usViewer, 'GET', url)).json();
    expect(list.items).toMatchObject([{ decision: 'approved', toDate: '2031-06-30' }]);
  });

  it('lets a unit that assigned its own task decide its own request; a rejection leaves the date', async () => {
    const task = await createTask(usEditor, { commitmentId: null });
    const url = `/tasks/${task.id}/due-date-changes`;
    const requested = (await call(usEditor, 'POST', url, { toDate: '2031-03-31', reason: 'Đổi lịch đoàn' })).json();
    const rejected = await call(usEditor, 'POST', `${url}/${requested.id}/decision`, { decision: 'rejected' });
    expect(rejected.statusCode).toBe(200);
    expect((await call(usEditor, 'GET', `/tasks/${task.id}`)).json()).toMatchObject({ dueDate: '2030-12-31', slipCount: 0 });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'due_date_change.rejected' });
  });

  it('refuses a new due date outside the parent\'s timeline', async () => {
    const parent = await createTask(coordinator, { startDate: '2026-01-01', dueDate: '2026-12-31' });
    const child = await createTask(usEditor, { parentTaskId: parent.id, commitmentId: null, startDate: '2026-02-01', dueDate: '2026-05-31' });
    const res = await call(usEditor, 'POST', `/tasks/${child.id}/due-date-changes`, { toDate: '2027-02-28', reason: 'Chậm' });
    expect(res.statusCode).toBe(422);
  });
});

describe('deadlines that fit together', () => {
  it('warns, naming both dates, when a task or an extension falls after its commitment\'s due date; HQ still decides', async () => {
    const engagement = await t.factory.engagement({ leadUnitId: hq });
    const target = await t.factory.commitment({ ownerUnitId: embUs, engagementId: engagement.id, dueDate: '2027-06-30' });
    const fits = await call(coordinator, 'POST', '/tasks', lobby({ commitmentId: target.id, dueDate: '2027-06-30' }));
    expect(fits.json()).toMatchObject({ commitmentDueDate: '2027-06-30', deadlineWarnings: [] });

    const late = await call(coordinator, 'POST', '/tasks', lobby({ commitmentId: target.id, dueDate: '2027-09-30' }));
    expect(late.statusCode).toBe(201);
    expect(late.json().deadlineWarnings).toEqual([{ field: 'dueDate', date: '2027-09-30', limit: 'commitment_due', limitDate: '2027-06-30' }]);
    expect((await call(usViewer, 'GET', `/tasks?commitmentId=${target.id}`)).json().items.map((task: { deadlineWarnings: unknown[] }) => task.deadlineWarnings.length).sort()).toEqual([0, 1]);

    const url = `/tasks/${fits.json().id}/due-date-changes`;
    const requested = await call(usEditor, 'POST', url, { toDate: '2027-12-31', reason: 'Đối tác đổi lịch' });
    expect(requested.statusCode).toBe(201);
    expect(requested.json().deadlineWarnings).toEqual([{ field: 'toDate', date: '2027-12-31', limit: 'commitment_due', limitDate: '2027-06-30' }]);
    expect((await call(coordinator, 'GET', url)).json().items[0].deadlineWarnings).toHaveLength(1);
    const approved = await call(coordinator, 'POST', `${url}/${requested.json().id}/decision`, { decision: 'approved' });
    expect(approved.statusCode).toBe(200);
    expect((await call(usEditor, 'GET', `/tasks/${fits.json().id}`)).json().deadlineWarnings).toEqual([{ field: 'dueDate', date: '2027-12-31', limit: 'commitment_due', limitDate: '2027-06-30' }]);
  });
});
