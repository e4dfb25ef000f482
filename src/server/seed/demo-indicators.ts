import { SYSTEM_ACTOR } from '../auth/actor.js';
import type { Executor } from '../db/client.js';
import { auditRepo } from '../modules/audit/audit.repo.js';
import { reportedValuesRepo, targetsRepo } from '../modules/indicators/targets.repo.js';

/** The conference of 20 Dec 2024, as reported by Báo Tài nguyên và Môi trường. */
const CONFERENCE_2024 = {
  source: 'Hội nghị Ngoại giao kinh tế 20/12/2024 (Báo Tài nguyên và Môi trường)',
  sourceUrl: 'https://baotainguyenmoitruong.vn/thu-tuong-tao-dot-pha-ve-ngoai-giao-kinh-te-de-gop-phan-tang-truong-2-con-so-384815.html',
  publishedOn: '2024-12-20',
};
/** The conference of 22 Jul 2025 (news.laodong.vn, https://news.laodong.vn/thoi-su/thu-tuong-yeu-cau-ngoai-giao-kinh-te-phuc-vu-muc-tieu-tang-truong-83-85-1545092.ldo). */
const CONFERENCE_2025 = 'Hội nghị Ngoại giao kinh tế 22/07/2025: mục tiêu tăng trưởng 8,3–8,5% năm 2025';
const GSO = { source: 'Tổng cục Thống kê', sourceUrl: 'https://www.gso.gov.vn/' };
/** Resolution 103/2023/QH15 of 9 Nov 2023 on the 2024 socio-economic development plan: 15 main targets, growth 6–6.5%. */
const PLAN_2024 = 'Nghị quyết 103/2023/QH15 của Quốc hội về Kế hoạch phát triển kinh tế - xã hội năm 2024';

interface DemoReportedValue {
  indicatorCode: string;
  periodStart: string;
  periodEnd: string;
  value: string;
  source: string;
  sourceUrl: string | null;
  publishedOn: string;
  note: string | null;
}

/**
 * The national figures as published: the 2024 actuals the conference of 20 Dec 2024 cites (FDI over 11 months,
 * trade "around US$800 billion", 15 of 15 targets), the year's and the first half-year's growth as the statistics
 * office published them.
 */
export const DEMO_REPORTED_VALUES: DemoReportedValue[] = [
  { indicatorCode: 'macro.gdp_growth', periodStart: '2024-01-01', periodEnd: '2025-01-01', value: '7.09', ...GSO, publishedOn: '2025-01-06', note: 'Thông cáo báo chí tình hình kinh tế - xã hội quý IV và năm 2024; Hội nghị 20/12/2024 ước "trên 7%".' },
  { indicatorCode: 'macro.fdi_registered', periodStart: '2024-01-01', periodEnd: '2024-12-01', value: '31.4', ...CONFERENCE_2024, note: '11 tháng, tăng 12,4% so với cùng kỳ.' },
  { indicatorCode: 'macro.fdi_disbursed', periodStart: '2024-01-01', periodEnd: '2024-12-01', value: '21.7', ...CONFERENCE_2024, note: '11 tháng, cao nhất trong nhiều năm.' },
  { indicatorCode: 'macro.trade_turnover', periodStart: '2024-01-01', periodEnd: '2025-01-01', value: '800', ...CONFERENCE_2024, note: 'Ước cả năm: "khoảng 800 tỷ USD".' },
  { indicatorCode: 'macro.socioeconomic_targets_met', periodStart: '2024-01-01', periodEnd: '2025-01-01', value: '15', ...CONFERENCE_2024, note: '15/15 chỉ tiêu đạt và vượt.' },
  { indicatorCode: 'macro.gdp_growth', periodStart: '2025-01-01', periodEnd: '2025-07-01', value: '7.52', ...GSO, publishedOn: '2025-07-05', note: 'Thông cáo báo chí tình hình kinh tế - xã hội quý II và 6 tháng đầu năm 2025.' },
];

interface DemoTarget {
  indicatorCode: string;
  year: number;
  half: number | null;
  low: string;
  high: string | null;
  baseline: string | null;
  source: string;
  note: string | null;
}

/** National targets the sources name: the 2024 plan's growth range and its 15 main targets, and 2025's growth range. */
export const DEMO_NATIONAL_TARGETS: DemoTarget[] = [
  { indicatorCode: 'macro.gdp_growth', year: 2024, half: null, low: '6', high: '6.5', baseline: null, source: PLAN_2024, note: null },
  { indicatorCode: 'macro.socioeconomic_targets_met', year: 2024, half: null, low: '15', high: null, baseline: null, source: PLAN_2024, note: '15 chỉ tiêu chủ yếu của năm.' },
  { indicatorCode: 'macro.gdp_growth', year: 2025, half: null, low: '8.3', high: '8.5', baseline: '7.09', source: CONFERENCE_2025, note: 'Hội nghị 20/12/2024 đặt mục tiêu 8%.' },
];

/** Records the demo's national figures and targets (each audited as the system's), for the overview and scorecard. */
export async function loadDemoIndicators(tx: Executor, options: { createdBy?: string | null } = {}) {
  const createdBy = options.createdBy ?? null;
  for (const value of DEMO_REPORTED_VALUES) {
    const row = await reportedValuesRepo.insert(tx, { ...value, createdBy });
    await auditRepo.insert(tx, { actor: SYSTEM_ACTOR, action: 'reported_value.created', entity: 'reported_value', entityId: row.id, after: row });
  }
  for (const target of DEMO_NATIONAL_TARGETS) {
    const row = await targetsRepo.insert(tx, { ...target, unitId: null, createdBy });
    await auditRepo.insert(tx, { actor: SYSTEM_ACTOR, action: 'target.created', entity: 'indicator_target', entityId: row.id, after: row });
  }
  return { reportedValues: DEMO_REPORTED_VALUES.length, targets: DEMO_NATIONAL_TARGETS.length };
}
