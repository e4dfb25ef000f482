import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxEmails, users } from '../../db/schema/index.js';
import type { TestUser } from '../../test/factories.js';
import { buildTestApp, type TestContext } from '../../test/support.js';

/** The people told when something happens: in the app (the bell) and by e-mail, in their language. */
let t: TestContext;
let coordinator: TestUser;
let usEditor: TestUser;
let usViewerEn: TestUser;
let hcmEditor: TestUser;
let cnEditor: TestUser;
let units: { us: string; hcm: string; eco: string };

beforeAll(async () => {
  t = await buildTestApp();
  const us = await t.factory.unit('mission', 'EMB-US');
  const hcm = await t.factory.unit('province', '79');
  const eco = await t.factory.unit('hq', 'MOFA-ECO');
  units = { us: us.id, hcm: hcm.id, eco: eco.id };
  coordinator = await t.factory.user({ role: 'hq_coordinator', unitId: eco.id });
  usEditor = await t.factory.user({ role: 'unit_editor', unitId: us.id });
  usViewerEn = await t.factory.user({ role: 'unit_viewer', unitId: us.id });
  await t.db.update(users).set({ locale: 'en' }).where(eq(users.id, usViewerEn.id));
  hcmEditor = await t.factory.user({ role: 'unit_editor', unitId: hcm.id });
  cnEditor = await t.factory.user({ role: 'unit_editor', unitId: (await t.factory.unit('mission', 'EMB-CN')).id });
});
afterAll(() => t.close());

const call = async (user: TestUser | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, ...(payload ? { payload } : {}), headers: user ? await t.login(user) : {} });

type Worded = { kind: string; title: string; body: string; entityId: string; path: string | null };
const noticesOf = async (user: TestUser, kind?: string): Promise<Worded[]> =>
  ((await call(user, 'GET', '/notifications?pageSize=100')).json().items as Worded[]).filter((n) => !kind || n.kind === kind);
const unread = async (user: TestUser): Promise<number> => (await call(user, 'GET', '/notifications?unread=true&pageSize=1')).json().unreadCount;
const emailsTo = (user: TestUser) => t.db.select().from(outboxEmails).where(eq(outboxEmails.toAddress, user.email)).orderBy(desc(outboxEmails.createdAt));

const lobby = (overrides: Record<string, unknown> = {}) => ({
  title: 'Vận động công nhận quy chế kinh tế thị trường',
  objective: 'Hoa Kỳ công nhận Việt Nam là nền kinh tế thị trường',
  responsibleUnitId: units.us,
  assigningUnitId: units.eco,
  responsiblePerson: 'Đại sứ',
  startDate: '2026-01-01',
  dueDate: '2030-12-31',
  accountableTo: 'Bộ trưởng Bộ Ngoại giao',
  checkedBy: 'Vụ Tổng hợp kinh tế',
  expectedOutput: 'Báo cáo vận động hằng quý',
  expectedOutcome: 'Quyết định công nhận',
  ...overrides,
});

describe('tasks', () => {
  it('tells the responsible unit it was given a task, in the app and by e-mail, in each reader\'s language', async () => {
    const before = await unread(usEditor);
    const res = await call(coordinator, 'POST', '/tasks', lobby());
    expect(res.statusCode).toBe(201);
    const task = res.json();
    expect(await unread(usEditor)).toBe(before + 1);
    const [vi] = await noticesOf(usEditor, 'task.assigned');
    expect(vi).toMatchObject({ entityId: task.id, path: `/tasks/${task.id}`, title: 'Nhiệm vụ mới: "Vận động công nhận quy chế kinh tế thị trường"' });
    expect(vi!.body).toContain('31/12/2030');
    const [en] = await noticesOf(usViewerEn, 'task.assigned');
    expect(en!.title).toBe('New task: "Vận động công nhận quy chế kinh tế thị trường"');
    const [mail] = await emailsTo(usViewerEn);
    expect(mail!.subject).toBe(en!.title);
    expect(mail!.body).toContain(`/tasks/${task.id}`);
    expect(await noticesOf(coordinator, 'task.assigned')).toEqual([]);
    expect(await noticesOf(cnEditor)).toEqual([]);
  });

  it('tells the new responsible unit when a task changes hands', async () => {
    const task = (await call(coordinator, 'POST', '/tasks', lobby({ title: 'Xúc tiến đầu tư bán dẫn' }))).json();
    const moved = await call(coordinator, 'PATCH', `/tasks/${task.id}`, { responsibleUnitId: (await t.factory.unit('mission', 'EMB-CN')).id, version: task.version });
    expect(moved.statusCode).toBe(200);
    expect((await noticesOf(cnEditor, 'task.assigned')).map((n) => n.entityId)).toEqual([task.id]);
  });

  it('tells the assigning unit of a due-date request and the requesting unit of the decision', async () => {
    const task = (await call(coordinator, 'POST', '/tasks', lobby({ title: 'Hiệp định thương mại đối ứng', assigningUnitId: units.eco }))).json();
    const ecoEditor = await t.factory.user({ role: 'unit_editor', unitId: units.eco });
    const requested = await call(usEditor, 'POST', `/tasks/${task.id}/due-date-changes`, { toDate: '2031-06-30', reason: 'Chờ phía Hoa Kỳ' });
    expect(requested.statusCode).toBe(201);
    const [ask] = await noticesOf(ecoEditor, 'due_date_change.requested');
    expect(ask!.body).toContain('30/06/2031');
    expect(ask!.body).toContain('Chờ phía Hoa Kỳ');
    expect(await noticesOf(usEditor, 'due_date_change.requested')).toEqual([]);

    const decided = await call(coordinator, 'POST', `/tasks/${task.id}/due-date-changes/${requested.json().id}/decision`, { decision: 'rejected', note: 'Giữ nguyên hạn' });
    expect(decided.statusCode).toBe(200);
    const [answer] = await noticesOf(usViewerEn, 'due_date_change.rejected');
    expect(answer).toMatchObject({ entityId: task.id, title: 'Due-date change rejected: "Hiệp định thương mại đối ứng"' });
    expect(answer!.body).toContain('Giữ nguyên hạn');
    expect((await emailsTo(usEditor)).some((mail) => mail.subject.startsWith('Không đồng ý gia hạn'))).toBe(true);
  });
});

describe('support requests', () => {
  it('tells the mission of a new request and the requester of the answer', async () => {
    const created = await call(hcmEditor, 'POST', '/support-requests', { targetUnitId: units.us, title: 'Kết nối nhà nhập khẩu tôm', description: 'Tìm 5 nhà nhập khẩu tại California' });
    expect(created.statusCode).toBe(201);
    const request = created.json();
    const [asked] = await noticesOf(usEditor, 'support_request.created');
    expect(asked).toMatchObject({ entityId: request.id, path: `/support-requests/${request.id}` });
    expect(asked!.body).toContain('Hồ Chí Minh');

    const answered = await call(usEditor, 'POST', `/support-requests/${request.id}/answer`, { answer: 'Đã gửi danh sách 5 nhà nhập khẩu', version: request.version });
    expect(answered.statusCode).toBe(200);
    const [answer] = await noticesOf(hcmEditor, 'support_request.answered');
    expect(answer!.body).toContain('Đã gửi danh sách 5 nhà nhập khẩu');
    expect(await noticesOf(usEditor, 'support_request.answered')).toEqual([]);
  });
});

describe('reports and confirmations', () => {
  it('tells the submitting unit its report was returned or approved', async () => {
    const period = (await call(coordinator, 'POST', '/periods', { kind: 'half_year', year: 2025, index: 2 })).json();
    const url = `/periods/${period.id}/submissions`;
    const draft = (await call(usEditor, 'POST', url, {})).json();
    const submitted = (await call(usEditor, 'POST', `${url}/${draft.id}/submit`, { summary: 'Báo cáo 6 tháng', version: draft.version })).json();
    const returned = await call(coordinator, 'POST', `${url}/${draft.id}/return`, { comment: 'Bổ sung kết quả xuất khẩu', version: submitted.version });
    expect(returned.statusCode).toBe(200);
    const [back] = await noticesOf(usEditor, 'period_submission.returned');
    expect(back).toMatchObject({ entityId: draft.id, path: `/periods/${period.id}/submissions/${draft.id}` });
    expect(back!.body).toContain('Bổ sung kết quả xuất khẩu');
    const again = (await call(usEditor, 'POST', `${url}/${draft.id}/submit`, { version: returned.json().version })).json();
    expect((await call(coordinator, 'POST', `${url}/${draft.id}/approve`, { version: again.version })).statusCode).toBe(200);
    const [approved] = await noticesOf(usViewerEn, 'period_submission.approved');
    expect(approved!.title).toBe('H2 2025 report approved');
  });

  it('tells the unit that recorded an outcome what the business answered through its link', async () => {
    const activity = (await call(usEditor, 'POST', '/activities', { type: 'trade_promotion', title: 'Hội chợ thủy sản Boston', startDate: '2026-03-10', endDate: '2026-03-12', countryCode: 'US' })).json();
    const outcome = await call(usEditor, 'POST', '/outcomes', {
      activityId: activity.id,
      kind: 'export_contract',
      value: '1250000',
      currency: 'USD',
      product: 'Tôm đông lạnh',
      businessName: 'Công ty CP Thủy sản Sao Biển (demo)',
      contactEmail: 'xuatkhau@saobien.example',
    });
    expect(outcome.statusCode, outcome.body).toBe(201);
    expect((await call(usEditor, 'POST', `/outcomes/${outcome.json().id}/confirmation-requests`)).statusCode).toBe(201);
    const [email] = await t.db.select().from(outboxEmails).where(eq(outboxEmails.toAddress, 'xuatkhau@saobien.example'));
    const token = /\/confirm\/([\w-]+)/.exec(email!.body)![1]!;
    expect((await call(null, 'POST', `/confirmations/${token}`, { decision: 'deny', note: 'Chưa ký hợp đồng' })).statusCode).toBe(200);
    const [denied] = await noticesOf(usEditor, 'outcome.denied');
    expect(denied).toMatchObject({ entityId: outcome.json().id, path: `/activities/${activity.id}` });
    expect(denied!.body).toContain('Công ty CP Thủy sản Sao Biển (demo)');
    expect(denied!.body).toContain('Chưa ký hợp đồng');
  });
});
