import type { AgreementField, AgreementInput, AgreementKind } from '../../shared/schemas/agreements.js';
import type { EngagementInput, EngagementType, LeaderLevel } from '../../shared/schemas/engagements.js';
import type { OrgUnitType } from '../../shared/schemas/org-units.js';
import { SYSTEM_ACTOR, type Actor } from '../auth/actor.js';
import type { Tx } from '../db/client.js';
import { insertAgreement } from '../modules/agreements/agreements.service.js';
import { engagementsRepo } from '../modules/engagements/engagements.repo.js';
import { insertEngagement } from '../modules/engagements/engagements.service.js';
import { orgUnitsRepo } from '../modules/org-units/org-units.repo.js';
import { partnersRepo } from '../modules/partners/partners.repo.js';
import { MINISTRY_MERGER_DATE, PROVINCE_MERGER_DATE } from './reference-data.js';

export interface DemoEngagementsContext {
  actor: Actor;
  /** The id of the unit with this code on the day, or undefined when the reference data has none. */
  unitId(type: OrgUnitType, code: string, day: string): Promise<string | undefined>;
}

export const demoEngagementsContext = (tx: Tx, actor: Actor = SYSTEM_ACTOR): DemoEngagementsContext => ({
  actor,
  unitId: async (type, code, day) => (await orgUnitsRepo.findByCode(tx, type, code, day))?.id,
});

const DEMO = '[demo]';
const PM = 'Phạm Minh Chính';
const GS = 'Tô Lâm';

interface DemoVisit {
  vi: string;
  en: string;
  type: EngagementType;
  leader: string;
  level: LeaderLevel;
  start: string;
  end: string;
  countries: string[];
  /** How many agreements to record at it (the sources give totals, not lists). */
  agreements: number;
  /** Agreements taken from the sources, recorded first. */
  known?: { vi: string; en: string; kind: AgreementKind; fields: AgreementField[]; partner?: string; value?: [string, string] }[];
  /** Provinces signing with a foreign locality here: [province code, locality partner code]. */
  local?: [string, string][];
  note?: string;
}

/** PM visits and working visits of 2024 (conference of 20 Dec 2024), and H1-2025 activities; dates as reported, or approximate where marked. */
const VISITS: DemoVisit[] = [
  { vi: 'Thủ tướng thăm chính thức Hungary', en: 'PM official visit to Hungary', type: 'official_visit_abroad', leader: PM, level: 'prime_minister', start: '2024-01-18', end: '2024-01-20', countries: ['HU'], agreements: 3 },
  { vi: 'Thủ tướng thăm chính thức Romania', en: 'PM official visit to Romania', type: 'official_visit_abroad', leader: PM, level: 'prime_minister', start: '2024-01-20', end: '2024-01-22', countries: ['RO'], agreements: 3 },
  { vi: 'Thủ tướng thăm chính thức Australia, dự Hội nghị cấp cao đặc biệt ASEAN – Australia', en: 'PM official visit to Australia and ASEAN–Australia Special Summit', type: 'official_visit_abroad', leader: PM, level: 'prime_minister', start: '2024-03-05', end: '2024-03-09', countries: ['AU'], agreements: 4, local: [['79', 'AU-VIC']] },
  { vi: 'Thủ tướng thăm chính thức New Zealand', en: 'PM official visit to New Zealand', type: 'official_visit_abroad', leader: PM, level: 'prime_minister', start: '2024-03-10', end: '2024-03-12', countries: ['NZ'], agreements: 3 },
  { vi: 'Thủ tướng dự Hội nghị WEF Thiên Tân và làm việc tại Trung Quốc', en: 'PM working visit to China (Summer Davos)', type: 'working_visit_abroad', leader: PM, level: 'prime_minister', start: '2024-06-24', end: '2024-06-27', countries: ['CN'], agreements: 3, note: 'dates approximate' },
  { vi: 'Thủ tướng thăm chính thức Hàn Quốc', en: 'PM official visit to South Korea', type: 'official_visit_abroad', leader: PM, level: 'prime_minister', start: '2024-06-30', end: '2024-07-02', countries: ['KR'], agreements: 4, known: [{ vi: 'Bản ghi nhớ hợp tác đầu tư với Samsung', en: 'Investment cooperation MoU with Samsung', kind: 'mou', fields: ['investment', 'science_technology'], partner: 'SAMSUNG' }] },
  { vi: 'Thủ tướng thăm chính thức Ấn Độ', en: 'PM official visit to India', type: 'official_visit_abroad', leader: PM, level: 'prime_minister', start: '2024-07-30', end: '2024-08-01', countries: ['IN'], agreements: 4 },
  { vi: 'Thủ tướng dự Hội nghị cấp cao BRICS mở rộng tại Kazan, Nga', en: 'PM working visit to Russia (BRICS Plus, Kazan)', type: 'working_visit_abroad', leader: PM, level: 'prime_minister', start: '2024-10-22', end: '2024-10-24', countries: ['RU'], agreements: 2 },
  {
    vi: 'Thủ tướng thăm chính thức Các Tiểu vương quốc Ả Rập Thống nhất', en: 'PM official visit to the UAE', type: 'official_visit_abroad', leader: PM, level: 'prime_minister', start: '2024-10-27', end: '2024-10-29', countries: ['AE'], agreements: 3,
    known: [{ vi: 'Hiệp định Đối tác kinh tế toàn diện Việt Nam – UAE (CEPA)', en: 'Viet Nam–UAE Comprehensive Economic Partnership Agreement (CEPA)', kind: 'treaty', fields: ['trade', 'investment'] }],
  },
  { vi: 'Thủ tướng thăm chính thức Qatar', en: 'PM official visit to Qatar', type: 'official_visit_abroad', leader: PM, level: 'prime_minister', start: '2024-10-29', end: '2024-10-31', countries: ['QA'], agreements: 2, note: 'dates approximate' },
  { vi: 'Thủ tướng dự FII và thăm Ả Rập Xê Út', en: 'PM visit to Saudi Arabia (FII)', type: 'working_visit_abroad', leader: PM, level: 'prime_minister', start: '2024-10-29', end: '2024-10-31', countries: ['SA'], agreements: 3, note: 'dates approximate' },
  { vi: 'Thủ tướng thăm chính thức Dominica', en: 'PM official visit to Dominica', type: 'official_visit_abroad', leader: PM, level: 'prime_minister', start: '2024-09-24', end: '2024-09-25', countries: ['DM'], agreements: 1, note: 'dates approximate' },
  {
    vi: 'Thủ tướng tiếp Chủ tịch NVIDIA Jensen Huang', en: 'PM receives NVIDIA CEO Jensen Huang', type: 'visit_received', leader: PM, level: 'prime_minister', start: '2024-12-05', end: '2024-12-06', countries: ['US'], agreements: 0,
    known: [{ vi: 'Thỏa thuận thành lập Trung tâm nghiên cứu và phát triển trí tuệ nhân tạo và Trung tâm dữ liệu AI của NVIDIA tại Việt Nam', en: 'Agreement on NVIDIA\'s AI R&D centre and AI data centre in Viet Nam', kind: 'agreement', fields: ['science_technology', 'digital', 'investment'], partner: 'NVIDIA' }],
  },
  { vi: 'Thủ tướng New Zealand thăm chính thức Việt Nam, nâng cấp quan hệ', en: 'New Zealand PM official visit; relations upgraded', type: 'visit_received', leader: PM, level: 'prime_minister', start: '2025-02-25', end: '2025-02-27', countries: ['NZ'], agreements: 5, note: 'dates approximate' },
  { vi: 'Tổng Bí thư thăm cấp Nhà nước Indonesia', en: 'General Secretary state visit to Indonesia', type: 'state_visit_abroad', leader: GS, level: 'general_secretary', start: '2025-03-09', end: '2025-03-11', countries: ['ID'], agreements: 6 },
  { vi: 'Tổng Bí thư thăm chính thức Singapore', en: 'General Secretary official visit to Singapore', type: 'official_visit_abroad', leader: GS, level: 'general_secretary', start: '2025-03-11', end: '2025-03-13', countries: ['SG'], agreements: 7, local: [['79', 'SG']] },
  { vi: 'Thủ tướng Nhật Bản thăm chính thức Việt Nam', en: 'Japanese PM official visit to Viet Nam', type: 'visit_received', leader: PM, level: 'prime_minister', start: '2025-04-27', end: '2025-04-28', countries: ['JP'], agreements: 8, local: [['01', 'JP-FUK'], ['79', 'JP-OSA']], note: 'dates approximate' },
  { vi: 'Tổng Bí thư thăm chính thức Liên bang Nga', en: 'General Secretary official visit to Russia', type: 'official_visit_abroad', leader: GS, level: 'general_secretary', start: '2025-05-08', end: '2025-05-11', countries: ['RU'], agreements: 6 },
  { vi: 'Thủ tướng Thái Lan thăm chính thức Việt Nam, nâng cấp quan hệ', en: 'Thai PM official visit; comprehensive strategic partnership', type: 'visit_received', leader: PM, level: 'prime_minister', start: '2025-05-15', end: '2025-05-16', countries: ['TH'], agreements: 5 },
  { vi: 'Tổng thống Pháp thăm cấp Nhà nước Việt Nam', en: 'French President state visit to Viet Nam', type: 'visit_received', leader: GS, level: 'general_secretary', start: '2025-05-25', end: '2025-05-27', countries: ['FR'], agreements: 9, local: [['79', 'FR-IDF']], note: 'dates approximate' },
  { vi: 'Thủ tướng thăm Thụy Điển, Estonia và dự Hội nghị Liên hợp quốc về Đại dương tại Pháp', en: 'PM visits to Sweden and Estonia; UN Ocean Conference in France', type: 'official_visit_abroad', leader: PM, level: 'prime_minister', start: '2025-06-08', end: '2025-06-13', countries: ['SE', 'EE', 'FR'], agreements: 6, note: 'dates approximate' },
  { vi: 'Thủ tướng dự Hội nghị WEF Thiên Tân 2025, làm việc tại Trung Quốc', en: 'PM working visit to China (Summer Davos 2025)', type: 'working_visit_abroad', leader: PM, level: 'prime_minister', start: '2025-06-24', end: '2025-06-26', countries: ['CN'], agreements: 6, local: [['01', 'CN-GX'], ['79', 'CN-SH']], note: 'dates approximate' },
];

const COMPANIES = [
  { code: 'NVIDIA', vi: 'NVIDIA', en: 'NVIDIA Corporation', countryCode: 'US' },
  { code: 'SAMSUNG', vi: 'Samsung Electronics', en: 'Samsung Electronics', countryCode: 'KR' },
  { code: 'APPLE', vi: 'Apple', en: 'Apple Inc.', countryCode: 'US' },
];
const LOCALITIES = [
  { code: 'AU-VIC', vi: 'Bang Victoria', en: 'Victoria (state)', countryCode: 'AU' },
  { code: 'JP-FUK', vi: 'Tỉnh Fukuoka', en: 'Fukuoka Prefecture', countryCode: 'JP' },
  { code: 'JP-OSA', vi: 'Phủ Osaka', en: 'Osaka Prefecture', countryCode: 'JP' },
  { code: 'FR-IDF', vi: 'Vùng Île-de-France', en: 'Île-de-France Region', countryCode: 'FR' },
  { code: 'CN-GX', vi: 'Khu tự trị dân tộc Choang Quảng Tây', en: 'Guangxi Zhuang Autonomous Region', countryCode: 'CN' },
  { code: 'CN-SH', vi: 'Thành phố Thượng Hải', en: 'Shanghai Municipality', countryCode: 'CN' },
  { code: 'SG', vi: 'Singapore (cấp địa phương)', en: 'Singapore (local partner)', countryCode: 'SG' },
];

/** Invented, plausible agreement subjects, rotated over the visits; each title is marked as demo. */
const SUBJECTS: { vi: string; en: string; kind: AgreementKind; field: AgreementField; unit: [OrgUnitType, string] }[] = [
  { vi: 'Bản ghi nhớ hợp tác thương mại', en: 'MoU on trade cooperation', kind: 'mou', field: 'trade', unit: ['ministry', 'MOIT'] },
  { vi: 'Bản ghi nhớ xúc tiến đầu tư', en: 'MoU on investment promotion', kind: 'mou', field: 'investment', unit: ['ministry', 'MPI'] },
  { vi: 'Thỏa thuận hợp tác khoa học, công nghệ và đổi mới sáng tạo', en: 'Agreement on science, technology and innovation', kind: 'agreement', field: 'science_technology', unit: ['ministry', 'MOST'] },
  { vi: 'Bản ghi nhớ hợp tác chuyển đổi số', en: 'MoU on digital transformation', kind: 'mou', field: 'digital', unit: ['ministry', 'MIC'] },
  { vi: 'Bản ghi nhớ hợp tác năng lượng và chuyển đổi xanh', en: 'MoU on energy and green transition', kind: 'mou', field: 'energy', unit: ['ministry', 'MOIT'] },
  { vi: 'Nghị định thư về kiểm dịch nông sản xuất khẩu', en: 'Protocol on plant quarantine for exports', kind: 'agreement', field: 'agriculture', unit: ['ministry', 'MARD'] },
  { vi: 'Chương trình hợp tác du lịch', en: 'Tourism cooperation programme', kind: 'letter_of_intent', field: 'tourism', unit: ['ministry', 'MOCST'] },
  { vi: 'Bản ghi nhớ hợp tác tài chính', en: 'MoU on financial cooperation', kind: 'mou', field: 'finance', unit: ['ministry', 'MOF'] },
  { vi: 'Tuyên bố chung về tăng cường hợp tác kinh tế', en: 'Joint statement on economic cooperation', kind: 'joint_statement', field: 'trade', unit: ['hq', 'MOFA'] },
  { vi: 'Hợp đồng mua bán gạo', en: 'Rice supply contract', kind: 'commercial_contract', field: 'agriculture', unit: ['province', '79'] },
];

/** Ministries that merged on 1 Mar 2025 sign as their successor afterwards. */
const SUCCESSOR: Record<string, string> = { MPI: 'MOF', MARD: 'MAE', MIC: 'MOST' };

/**
 * Records the demo engagements and their agreements (about 40 signed in 2024 and 70 in H1-2025, some of them
 * provinces' agreements with foreign localities). Idempotent: a visit already present is skipped.
 */
export async function loadDemoEngagements(tx: Tx, ctx: DemoEngagementsContext): Promise<{ engagements: number; agreements: number }> {
  const { actor } = ctx;
  for (const p of [...COMPANIES.map((c) => ({ ...c, kind: 'foreign_company' })), ...LOCALITIES.map((l) => ({ ...l, kind: 'foreign_locality' }))]) {
    await partnersRepo.insertIfMissing(tx, { kind: p.kind, code: p.code, nameVi: p.vi, nameEn: p.en, countryCode: p.countryCode, notes: DEMO });
  }
  const partnerId = new Map((await partnersRepo.all(tx)).map((p) => [`${p.kind}:${p.code}`, p.id]));
  const mofa = (await ctx.unitId('hq', 'MOFA', '2025-01-01'))!;
  let engagements = 0;
  let agreements = 0;
  let turn = 0;
  for (const visit of VISITS) {
    if (await engagementsRepo.findByTitleAndStart(tx, visit.vi, visit.start)) continue;
    const country = (code: string) => partnerId.get(`country:${code}`);
    const embassies = await Promise.all(visit.countries.map((code) => ctx.unitId('mission', `EMB-${code}`, visit.start)));
    const moit = await ctx.unitId('ministry', 'MOIT', visit.start);
    const input: EngagementInput = {
      title: { vi: visit.vi, en: visit.en },
      type: visit.type,
      leaderName: visit.leader,
      leaderLevel: visit.level,
      startDate: visit.start,
      endDate: visit.end,
      countryCodes: visit.countries,
      partnerIds: visit.countries.flatMap((code) => country(code) ?? []),
      leadUnitId: mofa,
      participatingUnitIds: [...embassies, moit].flatMap((id) => id ?? []),
      summary: visit.note ? `${DEMO} ${visit.note}` : null,
    };
    const engagement = await insertEngagement(tx, actor, input);
    engagements++;

    const record = async (a: Omit<AgreementInput, 'renewal' | 'engagementId'>, owner: string) => {
      await insertAgreement(tx, actor, { ...a, renewal: 'none', engagementId: engagement.id }, owner);
      agreements++;
    };
    for (const known of visit.known ?? []) {
      const partner = known.partner ? partnerId.get(`foreign_company:${known.partner}`) : country(visit.countries[0]!);
      const owner = (await ctx.unitId('ministry', known.kind === 'treaty' ? 'MOIT' : visit.start < MINISTRY_MERGER_DATE ? 'MPI' : 'MOF', visit.start))!;
      await record({ title: { vi: known.vi, en: known.en }, kind: known.kind, signedDate: visit.start === '2024-10-27' ? '2024-10-28' : visit.start, signedPlace: null, fields: known.fields, unitIds: [owner], partnerIds: partner ? [partner] : [] }, owner);
    }
    for (let i = 0; i < visit.agreements; i++, turn++) {
      const subject = SUBJECTS[turn % SUBJECTS.length]!;
      const day = visit.start;
      const code = day >= MINISTRY_MERGER_DATE ? (SUCCESSOR[subject.unit[1]] ?? subject.unit[1]) : subject.unit[1];
      const owner = (await ctx.unitId(subject.unit[0], code, day)) ?? mofa;
      const countryName = visit.countries.join(', ');
      await record(
        {
          title: { vi: `${subject.vi} với ${countryName} ${DEMO} #${i + 1}`, en: `${subject.en} with ${countryName} ${DEMO} #${i + 1}` },
          kind: subject.kind,
          signedDate: day,
          signedPlace: null,
          fields: [subject.field],
          value: subject.kind === 'commercial_contract' ? `${(turn % 9) + 1}000000.00` : null,
          currency: subject.kind === 'commercial_contract' ? 'USD' : null,
          unitIds: [owner],
          partnerIds: visit.countries.flatMap((c) => country(c) ?? []),
          summary: DEMO,
        },
        owner,
      );
    }
    for (const [provinceCode, localityCode] of visit.local ?? []) {
      const province = (await ctx.unitId('province', provinceCode, visit.start < PROVINCE_MERGER_DATE ? visit.start : PROVINCE_MERGER_DATE))!;
      const locality = partnerId.get(`foreign_locality:${localityCode}`)!;
      await record(
        {
          title: { vi: `Bản ghi nhớ hợp tác địa phương ${provinceCode === '79' ? 'TP. Hồ Chí Minh' : 'Hà Nội'} – ${localityCode} ${DEMO}`, en: `Local cooperation MoU ${provinceCode === '79' ? 'HCMC' : 'Hanoi'}–${localityCode} ${DEMO}` },
          kind: 'mou',
          signedDate: visit.start,
          signedPlace: null,
          fields: ['trade', 'investment'],
          unitIds: [province],
          partnerIds: [locality],
          summary: DEMO,
        },
        province,
      );
    }
  }
  return { engagements, agreements };
}
