import { SYSTEM_ACTOR } from '../auth/actor.js';
import type { Tx } from '../db/client.js';
import type { PeriodKind, SubmissionStatus } from '../../shared/schemas/periods.js';
import type { OrgUnitType } from '../../shared/schemas/org-units.js';
import { todayIso } from '../lib/dates.js';
import { auditRepo } from '../modules/audit/audit.repo.js';
import { orgUnitsRepo } from '../modules/org-units/org-units.repo.js';
import { periodBounds, periodLabel } from '../modules/periods/period-calendar.js';
import { periodsRepo, submissionsRepo } from '../modules/periods/periods.repo.js';
import { figureRecordsOf } from '../modules/periods/periods.service.js';
import { supportRequestsRepo } from '../modules/support-requests/support-requests.repo.js';

export interface DemoPeriodsOptions {
  /** The HQ coordinator recorded as having approved or returned reports (null: the system). */
  hqUserId: string | null;
  /** The day the demo is loaded; the current and previous half-years are placed around it. */
  today?: string;
}

interface DemoPeriod {
  kind: PeriodKind;
  year: number;
  index: number;
  dueDate: string;
  open: boolean;
  /** Status of the n-th reporting unit (missions then provinces, by name); cycles through the pattern. */
  pattern: (SubmissionStatus | 'none')[];
  /** Whether the demo sign-ins' units take their fixed statuses (`DEMO_OVERRIDES`) rather than the pattern's. */
  overrides: boolean;
}

const HISTORY: DemoPeriod[] = [
  // 2024: nearly everyone reported and HQ approved.
  { kind: 'year', year: 2024, index: 1, dueDate: '2025-01-15', open: false, pattern: ['approved', 'approved', 'approved', 'approved', 'approved', 'approved', 'approved', 'approved', 'approved', 'none'], overrides: true },
  // H1-2025: mostly approved, some awaiting HQ, one returned, some drafts and some missing, so the board has work on it.
  { kind: 'half_year', year: 2025, index: 1, dueDate: '2025-07-15', open: true, pattern: ['approved', 'approved', 'approved', 'approved', 'approved', 'submitted', 'submitted', 'returned', 'draft', 'none', 'none'], overrides: true },
  { kind: 'half_year', year: 2025, index: 2, dueDate: '2026-01-15', open: true, pattern: [], overrides: false },
];

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The demo's periods on `today`: the sourced history, and the half-year under way (open, drafts started, due 15
 * days after it ends) and the one before it (under review: most reports in, some approved, one returned, some
 * missing), so the demo has live work on any date. A relative half-year already in the history keeps the history's.
 */
export function demoPeriods(today: string): DemoPeriod[] {
  const year = Number(today.slice(0, 4));
  const index = Number(today.slice(5, 7)) <= 6 ? 1 : 2;
  const previous = index === 1 ? { year: year - 1, index: 2 } : { year, index: 1 };
  const dueAfter = (y: number, i: number) => addDays(periodBounds('half_year', y, i).endDate, 14);
  const live: DemoPeriod[] = [
    { kind: 'half_year', ...previous, dueDate: dueAfter(previous.year, previous.index), open: true, pattern: ['approved', 'approved', 'submitted', 'submitted', 'submitted', 'returned', 'draft', 'none'], overrides: true },
    { kind: 'half_year', year, index, dueDate: dueAfter(year, index), open: true, pattern: ['draft', 'none', 'none', 'none'], overrides: false },
  ];
  const key = (p: DemoPeriod) => `${p.kind}:${p.year}:${p.index}`;
  const historical = new Set(HISTORY.map(key));
  return [...HISTORY, ...live.filter((p) => !historical.has(key(p)))];
}

/** Units the demo sign-ins edit: left for the demo to walk through (the US mission's H1 awaits approval). */
const DEMO_OVERRIDES: Record<string, SubmissionStatus | 'none'> = { 'mission:EMB-US': 'submitted', 'province:79': 'draft' };

const SUMMARY = {
  mission: 'Báo cáo công tác ngoại giao kinh tế của Cơ quan đại diện: hoạt động xúc tiến thương mại, đầu tư, du lịch; hỗ trợ địa phương và doanh nghiệp; kết quả cụ thể.',
  province: 'Báo cáo hoạt động đối ngoại, xúc tiến thương mại và đầu tư của địa phương trong kỳ; kết quả hợp tác với đối tác nước ngoài.',
};

const REQUESTS: { from: [OrgUnitType, string]; to: string; title: string; description: string; neededFrom: string; neededTo: string; status: 'open' | 'accepted' | 'answered'; answer?: string }[] = [
  {
    from: ['province', '79'],
    to: 'EMB-US',
    title: 'Hỗ trợ đoàn xúc tiến thương mại TP. Hồ Chí Minh tại Hoa Kỳ',
    description: 'Đề nghị Đại sứ quán kết nối doanh nghiệp điện tử, bán dẫn và dệt may của Thành phố với nhà nhập khẩu và các bang California, Texas; bố trí gặp Hội đồng Kinh doanh Hoa Kỳ – ASEAN.',
    neededFrom: '2025-10-06',
    neededTo: '2025-10-12',
    status: 'accepted',
    answer: 'Đại sứ quán đã liên hệ USABC và Phòng Thương mại California; dự kiến 20 cuộc gặp B2B.',
  },
  {
    from: ['province', '82'],
    to: 'EMB-AE',
    title: 'Xúc tiến thủy sản đạt chuẩn Halal tại thị trường Trung Đông',
    description: 'Tỉnh Đồng Tháp đề nghị hỗ trợ tham gia Gulfood Dubai, giới thiệu nhà phân phối thực phẩm Halal và tổ chức chứng nhận Halal được UAE công nhận cho cá tra, tôm.',
    neededFrom: '2026-02-16',
    neededTo: '2026-02-20',
    status: 'answered',
    answer: 'Đã gửi danh sách 12 nhà phân phối và 3 tổ chức chứng nhận Halal; Thương vụ hỗ trợ gian hàng tại Gulfood 2026.',
  },
  {
    from: ['province', '91'],
    to: 'EMB-SA',
    title: 'Kết nối nhà nhập khẩu thủy sản, gạo Halal tại Ả Rập Xê Út',
    description: 'Tỉnh An Giang đề nghị Đại sứ quán giới thiệu nhà nhập khẩu gạo thơm và cá tra Halal, thông tin quy định SFDA và hỗ trợ đoàn doanh nghiệp khảo sát thị trường Riyadh, Jeddah.',
    neededFrom: '2026-03-09',
    neededTo: '2026-03-14',
    status: 'open',
  },
];

/**
 * Demo reporting periods (year 2024 approved, H1-2025 partly approved, submitted or missing, H2-2025 open, and
 * the previous and current half-years of `today`, see `demoPeriods`) for
 * every mission and province current at each period's end, and support requests from provinces to missions.
 * Call in the demo transaction after the demo users (and activities, since approved periods lock them).
 */
export async function loadDemoPeriods(tx: Tx, { hqUserId, today = todayIso() }: DemoPeriodsOptions) {
  let submissions = 0;
  const periods = demoPeriods(today);
  for (const spec of periods) {
    const bounds = periodBounds(spec.kind, spec.year, spec.index);
    const period = await periodsRepo.insert(tx, { kind: spec.kind, ...bounds, label: periodLabel(spec.kind, spec.year, spec.index).en, dueDate: spec.dueDate, open: spec.open, createdBy: hqUserId });
    await auditRepo.insert(tx, { actor: SYSTEM_ACTOR, action: 'period.created', entity: 'reporting_period', entityId: period.id, after: period });
    if (spec.pattern.length === 0) continue;
    const units = [];
    for (const type of ['mission', 'province'] as const) units.push(...(await orgUnitsRepo.list(tx, { type, asOf: bounds.endDate, page: 1, pageSize: 500 })).rows.map((r) => r.unit));
    for (const [n, unit] of units.entries()) {
      const status = (spec.overrides ? DEMO_OVERRIDES[`${unit.type}:${unit.code}`] : undefined) ?? spec.pattern[n % spec.pattern.length]!;
      if (status === 'none') continue;
      const submitted = status !== 'draft';
      const decided = status === 'approved' || status === 'returned';
      // Reports come in before the due date (or by today, for a period still under way).
      const submittedOn = spec.dueDate < today ? spec.dueDate : addDays(today, -1);
      const submittedAt = new Date(`${submittedOn}T03:00:00Z`);
      const row = await submissionsRepo.insert(tx, {
        periodId: period.id,
        unitId: unit.id,
        status,
        summary: SUMMARY[unit.type as 'mission' | 'province'],
        comment: status === 'returned' ? 'Đề nghị bổ sung giá trị hợp đồng và doanh nghiệp liên quan cho các kết quả xuất khẩu.' : null,
        submittedAt: submitted ? submittedAt : null,
        frozenFigures: submitted ? await figureRecordsOf(tx, unit.id, period, submittedOn) : null,
        decidedBy: decided ? hqUserId : null,
        decidedAt: decided ? new Date(`${submittedOn}T09:00:00Z`) : null,
      });
      await auditRepo.insert(tx, { actor: SYSTEM_ACTOR, action: 'period_submission.created', entity: 'period_submission', entityId: row.id, after: row });
      submissions += 1;
    }
  }

  for (const request of REQUESTS) {
    const [from, to] = await Promise.all([orgUnitsRepo.findByCode(tx, request.from[0], request.from[1], '2025-07-01'), orgUnitsRepo.findByCode(tx, 'mission', request.to, '2025-07-01')]);
    if (!from || !to) throw new Error(`Demo support request: unit ${request.from.join(':')} or mission ${request.to} is missing`);
    const row = await supportRequestsRepo.insert(tx, {
      requestingUnitId: from.id,
      targetUnitId: to.id,
      title: request.title,
      description: request.description,
      countryCode: to.countryCode,
      neededFrom: request.neededFrom,
      neededTo: request.neededTo,
      status: request.status,
      answer: request.answer ?? null,
      answeredAt: request.answer ? new Date('2025-09-15T08:00:00Z') : null,
      demo: true,
    });
    await auditRepo.insert(tx, { actor: SYSTEM_ACTOR, action: 'support_request.created', entity: 'support_request', entityId: row.id, after: row });
  }
  return { periods: periods.length, submissions, supportRequests: REQUESTS.length };
}
