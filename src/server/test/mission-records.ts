import { expect } from 'vitest';
import type { TestUser } from './factories.js';
import { multipartFile } from './multipart.js';
import type { TestContext } from './support.js';

/** One record of each kind, created through the API by a mission's editor; ids and the versions read. */
export interface MissionRecords {
  engagement: { id: string; version: number };
  attachmentId: string;
  agreement: { id: string; version: number };
  commitment: { id: string; version: number };
  task: { id: string; version: number };
  changeId: string;
  activity: { id: string; version: number };
  outcome: { id: string; version: number };
  supportRequest: { id: string; version: number };
  period: { id: string; version: number };
  submission: { id: string; version: number };
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

/**
 * Creates the records as `editor` (a unit editor of `unitId`, a mission); the period is opened by `admin`.
 * The support request asks `targetMissionId`, which then also reaches it.
 */
export async function createMissionRecords(t: TestContext, editor: TestUser, admin: TestUser, unitId: string, targetMissionId: string): Promise<MissionRecords> {
  const headers = await t.login(editor);
  const post = async (url: string, payload: object, as = headers) => {
    const res = await t.app.inject({ method: 'POST', url: `/api/v1${url}`, payload, headers: as });
    expect(res.statusCode, `${url}: ${res.body}`).toBe(201);
    return res.json() as { id: string; version: number };
  };
  const engagement = await post('/engagements', {
    title: { vi: 'Làm việc với Bộ Thương mại Hoa Kỳ', en: 'Meeting the US Department of Commerce' },
    type: 'working_visit_abroad',
    leaderName: 'Đại sứ',
    leaderLevel: 'other',
    startDate: '2025-03-03',
    endDate: '2025-03-04',
    countryCodes: ['US'],
    leadUnitId: unitId,
  });
  const file = multipartFile('minutes.pdf', 'application/pdf', PDF);
  const upload = await t.app.inject({ method: 'POST', url: `/api/v1/engagements/${engagement.id}/attachments`, payload: file.payload, headers: { ...headers, ...file.headers } });
  expect(upload.statusCode, upload.body).toBe(201);
  const unitedStates = (await t.app.inject({ method: 'GET', url: '/api/v1/partners?kind=country&countryCode=US', headers })).json().items[0].id as string;
  const agreement = await post('/agreements', { title: { vi: 'Bản ghi nhớ xúc tiến thương mại', en: 'Trade promotion MoU' }, kind: 'mou', signedDate: '2025-03-04', unitIds: [unitId], partnerIds: [unitedStates] });
  const commitment = await post('/commitments', { title: 'Tổ chức đoàn doanh nghiệp sang Hoa Kỳ', engagementId: engagement.id, ownerUnitId: unitId, dueDate: '2030-12-31' });
  const task = await post('/tasks', {
    title: 'Tổ chức đoàn doanh nghiệp',
    objective: 'Kết nối doanh nghiệp hai nước',
    responsibleUnitId: unitId,
    responsiblePerson: 'Tham tán thương mại',
    startDate: '2026-01-01',
    dueDate: '2030-06-30',
    accountableTo: 'Đại sứ',
    checkedBy: 'Vụ Tổng hợp kinh tế',
    expectedOutput: 'Một đoàn doanh nghiệp',
    expectedOutcome: 'Hợp đồng xuất khẩu',
    commitmentId: commitment.id,
  });
  const change = await post(`/tasks/${task.id}/due-date-changes`, { toDate: '2030-09-30', reason: 'Đối tác đề nghị lùi lịch' });
  const activity = await post('/activities', { type: 'trade_promotion', title: 'Hội thảo xúc tiến xuất khẩu', startDate: '2025-03-10', endDate: '2025-03-10', countryCode: 'US', outputs: [{ kind: 'meetings_held', quantity: 3 }] });
  const outcome = await post('/outcomes', { activityId: activity.id, kind: 'jobs', quantity: 40, contactEmail: 'hr@example.com' });
  const supportRequest = await post('/support-requests', { targetUnitId: targetMissionId, title: 'Hỗ trợ kết nối nhà nhập khẩu', description: 'Giới thiệu nhà nhập khẩu thủy sản' });
  const period = await post('/periods', { kind: 'quarter', year: 2025, index: 1 }, await t.login(admin));
  const submission = await post(`/periods/${period.id}/submissions`, { summary: 'Báo cáo quý I' });
  // Re-read the versions: later writes (a task under a commitment, an outcome) may have moved them.
  const fresh = async (url: string) => (await t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers })).json() as { id: string; version: number };
  return {
    engagement: await fresh(`/engagements/${engagement.id}`),
    attachmentId: (upload.json() as { id: string }).id,
    agreement: await fresh(`/agreements/${agreement.id}`),
    commitment: await fresh(`/commitments/${commitment.id}`),
    task: await fresh(`/tasks/${task.id}`),
    changeId: change.id,
    activity: await fresh(`/activities/${activity.id}`),
    outcome: await fresh(`/outcomes/${outcome.id}`),
    supportRequest: await fresh(`/support-requests/${supportRequest.id}`),
    period,
    submission: await fresh(`/periods/${period.id}/submissions/${submission.id}`),
  };
}
