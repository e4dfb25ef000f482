import type { AgreementField, AgreementKind } from '../../shared/schemas/agreements.js';
import type { EngagementType, LeaderLevel } from '../../shared/schemas/engagements.js';
import type { OrgUnitType } from '../../shared/schemas/org-units.js';
import { SYSTEM_ACTOR, type Actor } from '../auth/actor.js';
import type { Tx } from '../db/client.js';
import { agreementEvents, agreementParties, agreements, auditLog, engagementPartners, engagements, engagementUnits, partners } from '../db/schema/index.js';
import { isWithin } from '../lib/dates.js';
import { newId } from '../lib/ids.js';
import { countryName } from '../modules/countries/countries.service.js';
import { createdByOf } from '../modules/engagements/engagements.refs.js';
import { orgUnitsRepo, type OrgUnitRow } from '../modules/org-units/org-units.repo.js';
import { partnershipsRepo } from '../modules/partnerships/partnerships.repo.js';
import { MINISTRY_MERGER_DATE, PROVINCE_MERGER_DATE } from './reference-data.js';
import { FICTIONAL_FOREIGN_COMPANIES, FICTIONAL_VIETNAMESE_SELLERS } from './demo-names.js';
import { prng } from './prng.js';

export interface DemoEngagementsContext {
  actor: Actor;
  /** The id of the unit with this code on the day, or undefined when the reference data has none. */
  unitId(type: OrgUnitType, code: string, day: string): Promise<string | undefined>;
}

export const demoEngagementsContext = (tx: Tx, actor: Actor = SYSTEM_ACTOR): DemoEngagementsContext => ({
  actor,
  unitId: async (type, code, day) => (await orgUnitsRepo.findByCode(tx, type, code, day))?.id,
});

/**
 * The figures the demo reproduces (the conference reports of 20 Dec 2024 and 22 Jul 2025, cited in demo-conferences.ts): agreements signed during
 * high-level engagements, by period, and those between Vietnamese provinces and foreign localities.
 */
export const DEMO_TARGETS = {
  /** Conference of 20 Dec 2024: nearly 60 activities of key leaders, more than 170 agreements signed during them. */
  y2024: { from: '2024-01-01', to: '2024-12-31', engagements: 58, agreements: 176 },
  /**
   * Conference of 22 Jul 2025: nearly 50 major activities, 253 agreements, 30 of them between localities. It reports
   * relations upgraded with 10 countries; public sources confirm 9 (data/reference/vn_partnership_history.csv), and
   * the records give those 9: the tenth is not invented.
   */
  h1_2025: { from: '2025-01-01', to: '2025-06-30', engagements: 49, agreements: 253, localInternational: 30, upgrades: 9 },
} as const;

const DEMO = '[demo]';

type Rng = ReturnType<typeof prng>;

const DAY_MS = 86_400_000;
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

interface Leader {
  name: string;
  level: LeaderLevel;
}
const PM: Leader = { name: 'Phạm Minh Chính', level: 'prime_minister' };
const GS: Leader = { name: 'Tô Lâm', level: 'general_secretary' };
const PRESIDENT_VVT: Leader = { name: 'Võ Văn Thưởng', level: 'president' };
const PRESIDENT_TL: Leader = { name: 'Tô Lâm', level: 'president' };
const PRESIDENT_LC: Leader = { name: 'Lương Cường', level: 'president' };
const NA_VDH: Leader = { name: 'Vương Đình Huệ', level: 'na_chairman' };
const NA_TTM: Leader = { name: 'Trần Thanh Mẫn', level: 'na_chairman' };

const PARTNERSHIP_LEVELS = {
  comprehensive_strategic: { vi: 'Đối tác chiến lược toàn diện', en: 'comprehensive strategic partnership' },
  strategic: { vi: 'Đối tác chiến lược', en: 'strategic partnership' },
  comprehensive: { vi: 'Đối tác toàn diện', en: 'comprehensive partnership' },
} as const;
type PartnershipLevel = keyof typeof PARTNERSHIP_LEVELS;

/** The phrase marking an upgrade of relations in an engagement's summary (searched by the demo-fidelity test). */
export const UPGRADE_MARK = 'Relations upgraded';

interface KnownAgreement {
  vi: string;
  en: string;
  kind: AgreementKind;
  fields: AgreementField[];
  partner?: string;
  signed?: string;
  /** The owning unit (a ministry's code before the 2025 merger); default MOIT for treaties, else MPI. */
  owner?: [OrgUnitType, string];
}

interface DemoVisit {
  vi: string;
  en: string;
  type: EngagementType;
  leader: Leader;
  start: string;
  end: string;
  countries: string[];
  /** Relative share of the period's generated agreements (the sources give totals, not lists). */
  weight: number;
  /** Agreements taken from the sources, recorded first. */
  known?: KnownAgreement[];
  /** Provinces (the 63 former codes) signing with a foreign locality here: [province code, locality partner code]. */
  local?: [string, string][];
  /** An upgrade of relations: confirmed ones are in data/reference/vn_partnerships.csv, the others are demo. */
  upgrade?: { country: string; level: PartnershipLevel };
  /** Where the event is documented, kept in the summary. */
  source?: string;
  /** Added for the demo (not named in the sources); the summary says so. */
  demo?: boolean;
  note?: string;
}

const ADDED = 'added for the demo to reproduce the sources\' totals; date approximate, not from the sources';

/** PM visits and working visits of 2024 named by the conference of 20 Dec 2024, and H1-2025 activities; dates as reported, or approximate where marked. */
const VISITS: DemoVisit[] = [
  { vi: 'Thủ tướng thăm chính thức Hungary', en: 'PM official visit to Hungary', type: 'official_visit_abroad', leader: PM, start: '2024-01-18', end: '2024-01-20', countries: ['HU'], weight: 3 },
  { vi: 'Thủ tướng thăm chính thức Romania', en: 'PM official visit to Romania', type: 'official_visit_abroad', leader: PM, start: '2024-01-20', end: '2024-01-22', countries: ['RO'], weight: 3 },
  { vi: 'Thủ tướng thăm chính thức Australia, dự Hội nghị cấp cao đặc biệt ASEAN – Australia', en: 'PM official visit to Australia and ASEAN–Australia Special Summit', type: 'official_visit_abroad', leader: PM, start: '2024-03-05', end: '2024-03-09', countries: ['AU'], weight: 5, local: [['79', 'AU-VIC']], upgrade: { country: 'AU', level: 'comprehensive_strategic' } },
  { vi: 'Thủ tướng thăm chính thức New Zealand', en: 'PM official visit to New Zealand', type: 'official_visit_abroad', leader: PM, start: '2024-03-10', end: '2024-03-12', countries: ['NZ'], weight: 3 },
  { vi: 'Thủ tướng dự Hội nghị WEF Thiên Tân và làm việc tại Trung Quốc', en: 'PM working visit to China (Summer Davos)', type: 'working_visit_abroad', leader: PM, start: '2024-06-24', end: '2024-06-27', countries: ['CN'], weight: 4, note: 'dates approximate' },
  { vi: 'Thủ tướng thăm chính thức Hàn Quốc', en: 'PM official visit to South Korea', type: 'official_visit_abroad', leader: PM, start: '2024-06-30', end: '2024-07-03', countries: ['KR'], weight: 6, local: [['79', 'KR-PUS'], ['27', 'KR-GG']],
    source: 'official visit 30 Jun – 3 Jul 2024, more than 40 cooperation documents signed: vietnam.vnanet.vn 2024-07-04, https://vietnam.vnanet.vn/english/tin-van/prime-minister-concludes-successful-visit-to-rok-370885.html',
    known: [
      { vi: `Bản ghi nhớ hợp tác đầu tư với Tập đoàn Điện tử Hanbit Seomun ${DEMO}`, en: `Investment cooperation MoU with Hanbit Seomun Electronics ${DEMO}`, kind: 'mou', fields: ['investment', 'science_technology'], partner: 'DEMO-KR-HANBIT' },
      { vi: `Bản ghi nhớ về Trung tâm nghiên cứu và phát triển thứ ba của Daeyang Mirae tại Việt Nam ${DEMO}`, en: `MoU on Daeyang Mirae's third R&D centre in Viet Nam ${DEMO}`, kind: 'mou', fields: ['science_technology', 'investment'], partner: 'DEMO-KR-DAEYANG' },
    ] },
  { vi: 'Thủ tướng thăm chính thức Ấn Độ', en: 'PM official visit to India', type: 'official_visit_abroad', leader: PM, start: '2024-07-30', end: '2024-08-01', countries: ['IN'], weight: 5 },
  { vi: 'Thủ tướng dự Hội nghị cấp cao BRICS mở rộng tại Kazan, Nga', en: 'PM working visit to Russia (BRICS Plus, Kazan)', type: 'working_visit_abroad', leader: PM, start: '2024-10-22', end: '2024-10-24', countries: ['RU'], weight: 3 },
  {
    vi: 'Thủ tướng thăm chính thức Các Tiểu vương quốc Ả Rập Thống nhất', en: 'PM official visit to the UAE', type: 'official_visit_abroad', leader: PM, start: '2024-10-27', end: '2024-10-29', countries: ['AE'], weight: 5,
    upgrade: { country: 'AE', level: 'comprehensive' },
    known: [{ vi: 'Hiệp định Đối tác kinh tế toàn diện Việt Nam – UAE (CEPA)', en: 'Viet Nam–UAE Comprehensive Economic Partnership Agreement (CEPA)', kind: 'treaty', fields: ['trade', 'investment'], signed: '2024-10-28' }],
  },
  { vi: 'Thủ tướng thăm chính thức Qatar', en: 'PM official visit to Qatar', type: 'official_visit_abroad', leader: PM, start: '2024-10-29', end: '2024-10-31', countries: ['QA'], weight: 3, note: 'dates approximate' },
  { vi: 'Thủ tướng dự FII và thăm Ả Rập Xê Út', en: 'PM visit to Saudi Arabia (FII)', type: 'working_visit_abroad', leader: PM, start: '2024-10-29', end: '2024-10-31', countries: ['SA'], weight: 4, note: 'dates approximate' },
  {
    vi: 'Thủ tướng thăm chính thức Cộng hòa Dominicana', en: 'PM official visit to the Dominican Republic', type: 'official_visit_abroad', leader: PM, start: '2024-11-20', end: '2024-11-21', countries: ['DO'], weight: 1,
    source: 'The conference names "Dominica"; the visit was to the Dominican Republic (Santo Domingo, 19–21 Nov 2024): vietnamnews.vn 2024-11-20, https://vietnamnews.vn/politics-laws/1687358/pm-arrives-in-santo-domingo-beginning-official-visit-to-dominican-republic.html',
  },
  {
    vi: 'Thủ tướng tiếp Chủ tịch NVIDIA Jensen Huang', en: 'PM receives NVIDIA CEO Jensen Huang', type: 'visit_received', leader: PM, start: '2024-12-05', end: '2024-12-06', countries: ['US'], weight: 0,
    source: 'the conference of 20 Dec 2024: "NVIDIA has signed an agreement with the Vietnamese government to establish an NVIDIA AI Research and Development Center and an AI Data Center in Vietnam"',
    known: [{ vi: 'Thỏa thuận thành lập Trung tâm nghiên cứu và phát triển trí tuệ nhân tạo và Trung tâm dữ liệu AI của NVIDIA tại Việt Nam', en: 'Agreement on NVIDIA\'s AI R&D centre and AI data centre in Viet Nam', kind: 'agreement', fields: ['science_technology', 'digital', 'investment'], partner: 'NVIDIA' }],
  },
  { vi: 'Thủ tướng New Zealand thăm chính thức Việt Nam, nâng cấp quan hệ', en: 'New Zealand PM official visit; relations upgraded', type: 'visit_received', leader: PM, start: '2025-02-25', end: '2025-02-27', countries: ['NZ'], weight: 5, note: 'dates approximate', local: [['48', 'NZ-AUK']], upgrade: { country: 'NZ', level: 'comprehensive_strategic' } },
  { vi: 'Tổng Bí thư thăm cấp Nhà nước Indonesia', en: 'General Secretary state visit to Indonesia', type: 'state_visit_abroad', leader: GS, start: '2025-03-09', end: '2025-03-11', countries: ['ID'], weight: 6, local: [['79', 'ID-JK'], ['31', 'ID-JI']], upgrade: { country: 'ID', level: 'comprehensive_strategic' } },
  { vi: 'Tổng Bí thư thăm chính thức Singapore', en: 'General Secretary official visit to Singapore', type: 'official_visit_abroad', leader: GS, start: '2025-03-11', end: '2025-03-13', countries: ['SG'], weight: 7, local: [['79', 'SG'], ['74', 'SG']], upgrade: { country: 'SG', level: 'comprehensive_strategic' } },
  { vi: 'Thủ tướng Nhật Bản thăm chính thức Việt Nam', en: 'Japanese PM official visit to Viet Nam', type: 'visit_received', leader: PM, start: '2025-04-27', end: '2025-04-28', countries: ['JP'], weight: 8, local: [['01', 'JP-FUK'], ['79', 'JP-OSA'], ['27', 'JP-AIC'], ['31', 'JP-KNG']], note: 'dates approximate' },
  { vi: 'Tổng Bí thư thăm chính thức Liên bang Nga', en: 'General Secretary official visit to Russia', type: 'official_visit_abroad', leader: GS, start: '2025-05-08', end: '2025-05-11', countries: ['RU'], weight: 6, local: [['01', 'RU-MOW'], ['79', 'RU-SPE']] },
  { vi: 'Thủ tướng Thái Lan thăm chính thức Việt Nam, nâng cấp quan hệ', en: 'Thai PM official visit; comprehensive strategic partnership', type: 'visit_received', leader: PM, start: '2025-05-15', end: '2025-05-16', countries: ['TH'], weight: 5, local: [['79', 'TH-BKK'], ['40', 'TH-UDN']], upgrade: { country: 'TH', level: 'comprehensive_strategic' } },
  { vi: 'Tổng thống Pháp thăm cấp Nhà nước Việt Nam', en: 'French President state visit to Viet Nam', type: 'visit_received', leader: GS, start: '2025-05-25', end: '2025-05-27', countries: ['FR'], weight: 9, local: [['79', 'FR-IDF'], ['46', 'FR-NOR']], note: 'dates approximate' },
  { vi: 'Thủ tướng thăm Thụy Điển, Estonia và dự Hội nghị Liên hợp quốc về Đại dương tại Pháp', en: 'PM visits to Sweden and Estonia; UN Ocean Conference in France', type: 'official_visit_abroad', leader: PM, start: '2025-06-08', end: '2025-06-13', countries: ['SE', 'EE', 'FR'], weight: 6, note: 'dates approximate' },
  { vi: 'Thủ tướng dự Hội nghị WEF Thiên Tân 2025, làm việc tại Trung Quốc', en: 'PM working visit to China (Summer Davos 2025)', type: 'working_visit_abroad', leader: PM, start: '2025-06-24', end: '2025-06-26', countries: ['CN'], weight: 6, local: [['01', 'CN-GX'], ['79', 'CN-SH'], ['30', 'CN-TJ']], note: 'dates approximate' },

  // Further 2024 activities of key leaders, added so the year holds the sources' "nearly 60".
  { vi: 'Tổng thống Indonesia thăm cấp Nhà nước Việt Nam', en: 'Indonesian President state visit to Viet Nam', type: 'visit_received', leader: PRESIDENT_VVT, start: '2024-01-11', end: '2024-01-13', countries: ['ID'], weight: 3, demo: true },
  { vi: 'Thủ tướng dự Hội nghị thường niên Diễn đàn Kinh tế thế giới (WEF) Davos 2024', en: 'PM at the World Economic Forum Annual Meeting, Davos 2024', type: 'summit_multilateral', leader: PM, start: '2024-01-16', end: '2024-01-17', countries: ['CH'], weight: 2, demo: true },
  { vi: 'Tổng thống Philippines thăm cấp Nhà nước Việt Nam', en: 'Philippine President state visit to Viet Nam', type: 'visit_received', leader: PRESIDENT_VVT, start: '2024-01-29', end: '2024-01-30', countries: ['PH'], weight: 3, demo: true },
  { vi: 'Chủ tịch Quốc hội Trung Quốc thăm chính thức Việt Nam', en: 'Chairman of China\'s National People\'s Congress official visit to Viet Nam', type: 'visit_received', leader: NA_VDH, start: '2024-04-07', end: '2024-04-09', countries: ['CN'], weight: 3, demo: true },
  { vi: 'Thủ tướng tiếp Tổng Giám đốc điều hành Apple Tim Cook', en: 'PM receives Apple CEO Tim Cook', type: 'visit_received', leader: PM, start: '2024-04-15', end: '2024-04-16', countries: ['US'], weight: 1,
    source: 'received in Hanoi on 16 Apr 2024 during Tim Cook\'s two-day visit; no agreement reported: en.sggp.org.vn 2024-04-16, https://en.sggp.org.vn/prime-minister-receives-apple-ceo-post109399.html' },
  { vi: 'Tổng thống Nga thăm cấp Nhà nước Việt Nam', en: 'Russian President state visit to Viet Nam', type: 'visit_received', leader: PRESIDENT_TL, start: '2024-06-19', end: '2024-06-20', countries: ['RU'], weight: 6, local: [['01', 'RU-MOW']], demo: true },
  { vi: 'Chủ tịch nước thăm cấp Nhà nước Lào', en: 'President state visit to Laos', type: 'state_visit_abroad', leader: PRESIDENT_TL, start: '2024-07-11', end: '2024-07-12', countries: ['LA'], weight: 2, demo: true },
  { vi: 'Chủ tịch nước thăm cấp Nhà nước Campuchia', en: 'President state visit to Cambodia', type: 'state_visit_abroad', leader: PRESIDENT_TL, start: '2024-07-12', end: '2024-07-13', countries: ['KH'], weight: 2, demo: true },
  { vi: 'Tổng Bí thư, Chủ tịch nước thăm cấp Nhà nước Trung Quốc', en: 'General Secretary and President state visit to China', type: 'state_visit_abroad', leader: GS, start: '2024-08-18', end: '2024-08-20', countries: ['CN'], weight: 8, local: [['10', 'CN-YN'], ['20', 'CN-GX']], demo: true },
  { vi: 'Chủ tịch Quốc hội dự Đại hội đồng Liên nghị viện ASEAN (AIPA) lần thứ 45', en: 'NA Chairman at the 45th ASEAN Inter-Parliamentary Assembly', type: 'summit_multilateral', leader: NA_TTM, start: '2024-09-19', end: '2024-09-21', countries: ['LA'], weight: 1, demo: true },
  { vi: 'Tổng Bí thư, Chủ tịch nước dự Khóa họp Đại hội đồng Liên hợp quốc và làm việc tại Hoa Kỳ', en: 'General Secretary and President at the UN General Assembly; working visit to the United States', type: 'working_visit_abroad', leader: GS, start: '2024-09-22', end: '2024-09-25', countries: ['US'], weight: 4, demo: true,
    known: [
      { vi: `Bản ghi nhớ về giai đoạn 2 nhà máy kiểm định chip của Larkspur Microdevices tại Thành phố Hồ Chí Minh ${DEMO}`, en: `MoU on phase 2 of Larkspur Microdevices' chip test plant in Ho Chi Minh City ${DEMO}`, kind: 'mou', fields: ['investment', 'science_technology'], partner: 'DEMO-US-LARKSPUR', owner: ['province', '79'] },
      { vi: `Thỏa thuận hợp tác đào tạo kỹ năng trí tuệ nhân tạo với Brightloom Search ${DEMO}`, en: `Agreement with Brightloom Search on AI skills training ${DEMO}`, kind: 'agreement', fields: ['digital', 'education'], partner: 'DEMO-US-BRIGHTLOOM', owner: ['ministry', 'MIC'] },
      { vi: `Bản ghi nhớ hợp tác đào tạo nhân lực thiết kế vi mạch với Tessella Design Automation ${DEMO}`, en: `MoU with Tessella Design Automation on chip-design workforce training ${DEMO}`, kind: 'mou', fields: ['science_technology', 'education'], partner: 'DEMO-US-TESSELLA' },
      { vi: `Bản ghi nhớ hợp tác nghiên cứu và phát triển bán dẫn với Rivergate RF ${DEMO}`, en: `MoU with Rivergate RF on semiconductor R&D ${DEMO}`, kind: 'mou', fields: ['science_technology', 'investment'], partner: 'DEMO-US-RIVERGATE' },
      { vi: `Bản ghi nhớ hợp tác phát triển hệ sinh thái thiết kế chip với Calderwood Silicon ${DEMO}`, en: `MoU with Calderwood Silicon on the chip-design ecosystem ${DEMO}`, kind: 'mou', fields: ['science_technology'], partner: 'DEMO-US-CALDERWOOD', owner: ['ministry', 'MOST'] },
    ] },
  { vi: 'Tổng Bí thư, Chủ tịch nước thăm cấp Nhà nước Cuba', en: 'General Secretary and President state visit to Cuba', type: 'state_visit_abroad', leader: GS, start: '2024-09-25', end: '2024-09-27', countries: ['CU'], weight: 2, demo: true },
  { vi: 'Tổng Bí thư, Chủ tịch nước thăm chính thức Mông Cổ', en: 'General Secretary and President official visit to Mongolia', type: 'official_visit_abroad', leader: GS, start: '2024-09-30', end: '2024-10-01', countries: ['MN'], weight: 2, demo: true },
  { vi: 'Tổng Bí thư, Chủ tịch nước thăm chính thức Ireland', en: 'General Secretary and President official visit to Ireland', type: 'official_visit_abroad', leader: GS, start: '2024-10-01', end: '2024-10-03', countries: ['IE'], weight: 2, demo: true },
  { vi: 'Tổng Bí thư, Chủ tịch nước thăm chính thức Pháp', en: 'General Secretary and President official visit to France', type: 'official_visit_abroad', leader: GS, start: '2024-10-06', end: '2024-10-07', countries: ['FR'], weight: 5, upgrade: { country: 'FR', level: 'comprehensive_strategic' }, demo: true },
  { vi: 'Thủ tướng dự Hội nghị Cấp cao ASEAN lần thứ 44, 45 tại Lào', en: 'PM at the 44th and 45th ASEAN Summits, Laos', type: 'summit_multilateral', leader: PM, start: '2024-10-08', end: '2024-10-11', countries: ['LA'], weight: 2, demo: true },
  { vi: 'Thủ tướng Trung Quốc thăm chính thức Việt Nam', en: 'Chinese Premier official visit to Viet Nam', type: 'visit_received', leader: PM, start: '2024-10-12', end: '2024-10-14', countries: ['CN'], weight: 6, local: [['22', 'CN-GX']], demo: true },
  { vi: 'Thủ tướng dự Hội nghị Cấp cao Hợp tác Tiểu vùng Mekong mở rộng (GMS) lần thứ 8 tại Trung Quốc', en: 'PM at the 8th Greater Mekong Subregion Summit, China', type: 'summit_multilateral', leader: PM, start: '2024-11-06', end: '2024-11-08', countries: ['CN'], weight: 2, demo: true },
  { vi: 'Chủ tịch nước thăm cấp Nhà nước Chile', en: 'President state visit to Chile', type: 'state_visit_abroad', leader: PRESIDENT_LC, start: '2024-11-10', end: '2024-11-12', countries: ['CL'], weight: 3, demo: true },
  { vi: 'Chủ tịch nước thăm cấp Nhà nước Peru, dự Tuần lễ Cấp cao APEC 2024', en: 'President state visit to Peru and APEC Economic Leaders\' Week 2024', type: 'state_visit_abroad', leader: PRESIDENT_LC, start: '2024-11-12', end: '2024-11-16', countries: ['PE'], weight: 3, demo: true },
  { vi: 'Thủ tướng dự Hội nghị Thượng đỉnh G20 tại Brazil', en: 'PM at the G20 Summit, Brazil', type: 'summit_multilateral', leader: PM, start: '2024-11-17', end: '2024-11-19', countries: ['BR'], weight: 3, upgrade: { country: 'BR', level: 'strategic' }, demo: true },
  { vi: 'Tổng Bí thư thăm chính thức Malaysia', en: 'General Secretary official visit to Malaysia', type: 'official_visit_abroad', leader: GS, start: '2024-11-20', end: '2024-11-22', countries: ['MY'], weight: 4, upgrade: { country: 'MY', level: 'comprehensive_strategic' }, demo: true },

  // Further H1-2025 activities, added so the half-year holds the sources' "nearly 50".
  { vi: 'Thủ tướng đồng chủ trì Kỳ họp Ủy ban liên Chính phủ Việt Nam – Lào', en: 'PM co-chairs the Viet Nam–Laos Intergovernmental Committee', type: 'visit_received', leader: PM, start: '2025-01-08', end: '2025-01-09', countries: ['LA'], weight: 4, local: [['38', 'LA-HO'], ['40', 'LA-XI'], ['42', 'LA-BL']], demo: true },
  { vi: 'Thủ tướng thăm chính thức Ba Lan', en: 'PM official visit to Poland', type: 'official_visit_abroad', leader: PM, start: '2025-01-15', end: '2025-01-17', countries: ['PL'], weight: 4, local: [['79', 'PL-MZ']], demo: true },
  { vi: 'Thủ tướng thăm chính thức Cộng hòa Séc', en: 'PM official visit to the Czech Republic', type: 'official_visit_abroad', leader: PM, start: '2025-01-18', end: '2025-01-20', countries: ['CZ'], weight: 4, upgrade: { country: 'CZ', level: 'strategic' }, demo: true },
  { vi: 'Thủ tướng dự Hội nghị thường niên WEF Davos 2025 và làm việc tại Thụy Sĩ', en: 'PM at the WEF Annual Meeting 2025 and working visit to Switzerland', type: 'working_visit_abroad', leader: PM, start: '2025-01-20', end: '2025-01-22', countries: ['CH'], weight: 4, upgrade: { country: 'CH', level: 'comprehensive' }, demo: true,
    known: [{ vi: `Bản ghi nhớ hợp tác chuyển đổi số và năng lượng với Holmwerk Industrietechnik ${DEMO}`, en: `MoU with Holmwerk Industrietechnik on digital and energy transition ${DEMO}`, kind: 'mou', fields: ['digital', 'energy'], partner: 'DEMO-DE-HOLMWERK', owner: ['ministry', 'MOIT'] }] },
  { vi: 'Thủ tướng dự Hội nghị Thượng đỉnh Chính phủ Thế giới tại UAE', en: 'PM at the World Governments Summit, UAE', type: 'summit_multilateral', leader: PM, start: '2025-02-10', end: '2025-02-12', countries: ['AE'], weight: 3, demo: true },
  { vi: 'Tổng thống Brazil thăm cấp Nhà nước Việt Nam', en: 'Brazilian President state visit to Viet Nam', type: 'visit_received', leader: PRESIDENT_LC, start: '2025-03-28', end: '2025-03-29', countries: ['BR'], weight: 5, local: [['79', 'BR-SP']], demo: true },
  { vi: 'Tổng Bí thư điện đàm với Tổng thống Hoa Kỳ', en: 'General Secretary phone call with the US President', type: 'phone_online', leader: GS, start: '2025-04-04', end: '2025-04-04', countries: ['US'], weight: 0, demo: true },
  { vi: 'Tổng Bí thư, Chủ tịch Trung Quốc thăm cấp Nhà nước Việt Nam', en: 'Chinese General Secretary and President state visit to Viet Nam', type: 'visit_received', leader: GS, start: '2025-04-14', end: '2025-04-15', countries: ['CN'], weight: 12, local: [['10', 'CN-YN'], ['02', 'CN-YN'], ['20', 'CN-GX'], ['22', 'CN-GX']], demo: true },
  { vi: 'Tổng Bí thư thăm cấp Nhà nước Azerbaijan', en: 'General Secretary state visit to Azerbaijan', type: 'state_visit_abroad', leader: GS, start: '2025-05-07', end: '2025-05-08', countries: ['AZ'], weight: 3, upgrade: { country: 'AZ', level: 'strategic' }, demo: true },
  { vi: 'Tổng thống Sri Lanka thăm cấp Nhà nước Việt Nam', en: 'Sri Lankan President state visit to Viet Nam', type: 'visit_received', leader: PRESIDENT_LC, start: '2025-05-04', end: '2025-05-06', countries: ['LK'], weight: 2, demo: true },
  { vi: 'Tổng Bí thư thăm cấp Nhà nước Kazakhstan', en: 'General Secretary state visit to Kazakhstan', type: 'state_visit_abroad', leader: GS, start: '2025-05-05', end: '2025-05-07', countries: ['KZ'], weight: 4, local: [['01', 'KZ-AST'], ['33', 'KZ-KZY']], upgrade: { country: 'KZ', level: 'strategic' }, demo: true },
  { vi: 'Tổng Bí thư thăm cấp Nhà nước Belarus', en: 'General Secretary state visit to Belarus', type: 'state_visit_abroad', leader: GS, start: '2025-05-11', end: '2025-05-12', countries: ['BY'], weight: 3, local: [['01', 'BY-HM']], upgrade: { country: 'BY', level: 'strategic' }, demo: true },
  { vi: 'Thủ tướng dự Hội nghị Cấp cao ASEAN lần thứ 46 tại Malaysia', en: 'PM at the 46th ASEAN Summit, Malaysia', type: 'summit_multilateral', leader: PM, start: '2025-05-26', end: '2025-05-27', countries: ['MY'], weight: 3, demo: true },
];

/** Filler engagements (calls, talks, received delegations) generated per period to reach the sources' activity counts. */
const FILLER_COUNTRIES = ['JP', 'KR', 'US', 'IN', 'AU', 'DE', 'GB', 'IT', 'NL', 'CA', 'SG', 'TH', 'MY', 'ID', 'PH', 'LA', 'KH', 'AE', 'SA', 'QA', 'KW', 'EG', 'ZA', 'NG', 'MX', 'BR', 'AR', 'CL', 'TR', 'IL', 'NO', 'FI', 'DK', 'HU', 'BE', 'ES', 'AT', 'BD', 'PK', 'MN', 'IR', 'DZ', 'MA', 'AO', 'MZ'];

interface FillerTemplate {
  type: EngagementType;
  leader: (day: string) => Leader;
  weight: number;
  vi: (country: string) => string;
  en: (country: string) => string;
}

const presidentOn = (day: string) => (day < '2024-03-21' ? PRESIDENT_VVT : day < '2024-10-21' ? PRESIDENT_TL : PRESIDENT_LC);
const naChairmanOn = (day: string) => (day < '2024-05-01' ? NA_VDH : NA_TTM);

const FILLERS: FillerTemplate[] = [
  { type: 'phone_online', leader: () => PM, weight: 0, vi: (c) => `Thủ tướng điện đàm với lãnh đạo ${c}`, en: (c) => `PM phone call with the leader of ${c}` },
  { type: 'phone_online', leader: () => PM, weight: 1, vi: (c) => `Thủ tướng hội đàm trực tuyến với Thủ tướng ${c}`, en: (c) => `PM online talks with the head of government of ${c}` },
  { type: 'visit_received', leader: () => PM, weight: 2, vi: (c) => `Thủ tướng tiếp đoàn Bộ trưởng Thương mại ${c} và chứng kiến trao văn kiện hợp tác`, en: (c) => `PM receives the trade minister of ${c}; exchange of cooperation documents` },
  { type: 'visit_received', leader: presidentOn, weight: 2, vi: (c) => `Chủ tịch nước tiếp lãnh đạo ${c} thăm Việt Nam`, en: (c) => `President receives the visiting leader of ${c}` },
  { type: 'visit_received', leader: naChairmanOn, weight: 1, vi: (c) => `Chủ tịch Quốc hội tiếp Chủ tịch Quốc hội ${c}`, en: (c) => `NA Chairman receives the Speaker of ${c}` },
  { type: 'visit_received', leader: () => PM, weight: 2, vi: (c) => `Thủ tướng tiếp đoàn doanh nghiệp ${c}`, en: (c) => `PM receives a business delegation from ${c}` },
];

function fillerVisits(rng: Rng, period: { from: string; to: string }, count: number): DemoVisit[] {
  const visits: DemoVisit[] = [];
  const used = new Set<string>();
  while (visits.length < count) {
    const template = rng.pick(FILLERS);
    const country = rng.pick(FILLER_COUNTRIES);
    const key = `${FILLERS.indexOf(template)}:${country}`;
    if (used.has(key)) continue;
    used.add(key);
    const start = addDays(period.from, rng.int(5, daysBetween(period.from, period.to) - 5));
    const name = shortName(country);
    visits.push({
      vi: `${template.vi(name.vi)} ${DEMO}`,
      en: `${template.en(name.en)} ${DEMO}`,
      type: template.type,
      leader: template.leader(start),
      start,
      end: start,
      countries: [country],
      weight: template.weight,
      demo: true,
      note: 'invented for the demo',
    });
  }
  return visits;
}

type Topic = [string, string, AgreementField];

const SOURCES_2024 = 'named by the conference of 20 Dec 2024 among the corporations that invested or cooperated with Viet Nam';
/**
 * Real corporations named by the sources. They are partners a user can link real records to; in the demo only
 * the cited NVIDIA agreement has one of them as a party. Invented documents use FICTIONAL_FOREIGN_COMPANIES.
 */
const REAL_COMPANIES: { code: string; vi: string; en: string; countryCode: string }[] = [
  { code: 'NVIDIA', vi: 'NVIDIA', en: 'NVIDIA Corporation', countryCode: 'US' },
  { code: 'SAMSUNG', vi: 'Samsung Electronics', en: 'Samsung Electronics', countryCode: 'KR' },
  { code: 'APPLE', vi: 'Apple', en: 'Apple Inc.', countryCode: 'US' },
  { code: 'INTEL', vi: 'Intel', en: 'Intel Corporation', countryCode: 'US' },
  { code: 'GOOGLE', vi: 'Google', en: 'Google LLC', countryCode: 'US' },
  { code: 'CADENCE', vi: 'Cadence Design Systems', en: 'Cadence Design Systems', countryCode: 'US' },
  { code: 'QORVO', vi: 'Qorvo', en: 'Qorvo, Inc.', countryCode: 'US' },
  { code: 'MARVELL', vi: 'Marvell Technology', en: 'Marvell Technology', countryCode: 'US' },
  { code: 'LG', vi: 'Tập đoàn LG', en: 'LG Group', countryCode: 'KR' },
  { code: 'SIEMENS', vi: 'Siemens', en: 'Siemens AG', countryCode: 'DE' },
];

/** What the invented documents with each fictional company are about (demo-names.ts). */
const COMPANY_TOPICS: Record<string, Topic[]> = {
  'DEMO-US-QUILLWATER': [['phát triển hạ tầng tính toán AI', 'AI computing infrastructure', 'digital'], ['đào tạo nhân lực trí tuệ nhân tạo', 'AI workforce training', 'science_technology']],
  'DEMO-KR-HANBIT': [['mở rộng sản xuất linh kiện bán dẫn', 'expanding semiconductor component production', 'investment'], ['phát triển nhà cung ứng Việt Nam', 'developing Vietnamese suppliers', 'trade']],
  'DEMO-US-ORCHARDLANE': [['phát triển nhà cung ứng Việt Nam', 'developing Vietnamese suppliers', 'trade'], ['mở rộng sản xuất thiết bị nghe nhìn', 'expanding audio-visual device production', 'investment']],
  'DEMO-US-LARKSPUR': [['đào tạo kỹ sư kiểm định và đóng gói chip', 'chip test and packaging engineer training', 'science_technology']],
  'DEMO-US-BRIGHTLOOM': [['đào tạo kỹ năng số cho doanh nghiệp nhỏ và vừa', 'digital skills for small and medium enterprises', 'digital'], ['ứng dụng trí tuệ nhân tạo trong dịch vụ công', 'AI in public services', 'digital']],
  'DEMO-US-TESSELLA': [['cung cấp công cụ thiết kế vi mạch cho các trường đại học', 'chip-design tools for universities', 'science_technology']],
  'DEMO-US-RIVERGATE': [['đào tạo nhân lực thiết kế vi mạch', 'chip-design workforce training', 'science_technology']],
  'DEMO-US-CALDERWOOD': [['phát triển trung tâm thiết kế chip', 'a chip-design centre', 'science_technology']],
  'DEMO-US-TIDEMARK': [['phát triển ngành công nghiệp hàng không', 'the aviation industry', 'transport'], ['đào tạo phi công và kỹ sư bảo dưỡng', 'pilot and maintenance-engineer training', 'transport']],
  'DEMO-KR-DAEYANG': [['mở rộng đầu tư sản xuất linh kiện điện tử', 'expanding electronic-component manufacturing', 'investment'], ['nghiên cứu và phát triển phần mềm ô tô', 'automotive software R&D', 'science_technology']],
  'DEMO-DE-HOLMWERK': [['chuyển đổi số trong sản xuất', 'digital manufacturing', 'digital'], ['lưới điện thông minh', 'smart grids', 'energy']],
  'DEMO-FR-BELLEVILLE': [['phát triển ngành công nghiệp hàng không', 'the aviation industry', 'transport'], ['sản xuất linh kiện máy bay', 'aircraft-component manufacturing', 'investment']],
};
const COMPANIES = FICTIONAL_FOREIGN_COMPANIES.map((c) => ({ ...c, topics: COMPANY_TOPICS[c.code]! }));

const LOCALITIES = [
  { code: 'AU-VIC', vi: 'Bang Victoria', en: 'Victoria (state)', countryCode: 'AU' },
  { code: 'JP-FUK', vi: 'Tỉnh Fukuoka', en: 'Fukuoka Prefecture', countryCode: 'JP' },
  { code: 'JP-OSA', vi: 'Phủ Osaka', en: 'Osaka Prefecture', countryCode: 'JP' },
  { code: 'JP-AIC', vi: 'Tỉnh Aichi', en: 'Aichi Prefecture', countryCode: 'JP' },
  { code: 'JP-KNG', vi: 'Tỉnh Kanagawa', en: 'Kanagawa Prefecture', countryCode: 'JP' },
  { code: 'FR-IDF', vi: 'Vùng Île-de-France', en: 'Île-de-France Region', countryCode: 'FR' },
  { code: 'FR-NOR', vi: 'Vùng Normandie', en: 'Normandy Region', countryCode: 'FR' },
  { code: 'CN-GX', vi: 'Khu tự trị dân tộc Choang Quảng Tây', en: 'Guangxi Zhuang Autonomous Region', countryCode: 'CN' },
  { code: 'CN-SH', vi: 'Thành phố Thượng Hải', en: 'Shanghai Municipality', countryCode: 'CN' },
  { code: 'CN-YN', vi: 'Tỉnh Vân Nam', en: 'Yunnan Province', countryCode: 'CN' },
  { code: 'CN-TJ', vi: 'Thành phố Thiên Tân', en: 'Tianjin Municipality', countryCode: 'CN' },
  { code: 'SG', vi: 'Singapore (cấp địa phương)', en: 'Singapore (local partner)', countryCode: 'SG' },
  { code: 'KR-PUS', vi: 'Thành phố Busan', en: 'Busan Metropolitan City', countryCode: 'KR' },
  { code: 'KR-GG', vi: 'Tỉnh Gyeonggi', en: 'Gyeonggi Province', countryCode: 'KR' },
  { code: 'RU-MOW', vi: 'Thành phố Moskva', en: 'Moscow City', countryCode: 'RU' },
  { code: 'RU-SPE', vi: 'Thành phố Saint Petersburg', en: 'Saint Petersburg', countryCode: 'RU' },
  { code: 'NZ-AUK', vi: 'Thành phố Auckland', en: 'Auckland', countryCode: 'NZ' },
  { code: 'ID-JK', vi: 'Đặc khu Thủ đô Jakarta', en: 'Jakarta Special Capital Region', countryCode: 'ID' },
  { code: 'ID-JI', vi: 'Tỉnh Đông Java', en: 'East Java Province', countryCode: 'ID' },
  { code: 'TH-BKK', vi: 'Thủ đô Bangkok', en: 'Bangkok Metropolitan Administration', countryCode: 'TH' },
  { code: 'TH-UDN', vi: 'Tỉnh Udon Thani', en: 'Udon Thani Province', countryCode: 'TH' },
  { code: 'LA-HO', vi: 'Tỉnh Hủa Phăn', en: 'Houaphanh Province', countryCode: 'LA' },
  { code: 'LA-XI', vi: 'Tỉnh Xiêng Khoảng', en: 'Xiangkhouang Province', countryCode: 'LA' },
  { code: 'LA-BL', vi: 'Tỉnh Bolikhamxay', en: 'Bolikhamxay Province', countryCode: 'LA' },
  { code: 'PL-MZ', vi: 'Tỉnh Mazowieckie', en: 'Masovian Voivodeship', countryCode: 'PL' },
  { code: 'BR-SP', vi: 'Bang São Paulo', en: 'São Paulo State', countryCode: 'BR' },
  { code: 'KZ-KZY', vi: 'Tỉnh Kyzylorda', en: 'Kyzylorda Region', countryCode: 'KZ' },
  { code: 'KZ-AST', vi: 'Thành phố Astana', en: 'Astana City', countryCode: 'KZ' },
  { code: 'BY-HM', vi: 'Thành phố Minsk', en: 'Minsk City', countryCode: 'BY' },
];

/** What each field's agreements are about (vi, en), worded to follow "cooperation in". */
const TOPICS: Record<AgreementField, [string, string][]> = {
  trade: [['thương mại', 'trade'], ['thúc đẩy xuất khẩu nông sản', 'promoting agricultural exports'], ['phát triển chuỗi cung ứng', 'supply-chain development'], ['thương mại điện tử xuyên biên giới', 'cross-border e-commerce'], ['mở cửa thị trường và phòng vệ thương mại', 'market access and trade remedies'], ['phát triển ngành Halal', 'developing the Halal industry']],
  investment: [['xúc tiến đầu tư', 'investment promotion'], ['đầu tư phát triển khu công nghiệp', 'industrial-park investment'], ['đầu tư hạ tầng', 'infrastructure investment'], ['mở rộng nhà máy sản xuất', 'expanding manufacturing plants'], ['đầu tư trung tâm dữ liệu', 'data-centre investment'], ['thành lập quỹ đầu tư chung', 'setting up a joint investment fund']],
  science_technology: [['công nghiệp bán dẫn', 'the semiconductor industry'], ['đào tạo nhân lực ngành bán dẫn', 'semiconductor workforce training'], ['nghiên cứu và phát triển trí tuệ nhân tạo', 'artificial-intelligence research and development'], ['đổi mới sáng tạo và khởi nghiệp', 'innovation and start-ups'], ['chuyển giao công nghệ', 'technology transfer'], ['nghiên cứu không gian', 'space research']],
  digital: [['chuyển đổi số', 'digital transformation'], ['phát triển kinh tế số', 'the digital economy'], ['điện toán đám mây', 'cloud computing'], ['Internet vạn vật (IoT)', 'the Internet of Things']],
  energy: [['năng lượng tái tạo', 'renewable energy'], ['điện gió ngoài khơi', 'offshore wind power'], ['hydro xanh', 'green hydrogen'], ['khí thiên nhiên hóa lỏng (LNG)', 'liquefied natural gas (LNG)'], ['chuyển đổi năng lượng công bằng', 'the just energy transition']],
  agriculture: [['kiểm dịch thực vật đối với trái cây xuất khẩu', 'plant quarantine for fruit exports'], ['nông nghiệp công nghệ cao', 'high-tech agriculture'], ['thủy sản', 'fisheries'], ['bảo đảm an ninh lương thực', 'food security']],
  finance: [['tài chính', 'finance'], ['xây dựng Trung tâm tài chính quốc tế', 'building the International Financial Centre'], ['thanh toán bằng đồng nội tệ', 'local-currency settlement']],
  transport: [['kết nối đường sắt', 'railway connectivity'], ['hàng không dân dụng', 'civil aviation'], ['logistics và cảng biển', 'logistics and seaports']],
  labour: [['lao động', 'labour'], ['tiếp nhận lao động kỹ năng', 'skilled-worker placement']],
  tourism: [['du lịch', 'tourism'], ['mở đường bay du lịch', 'opening tourist flight routes']],
  education: [['giáo dục và đào tạo', 'education and training'], ['cấp học bổng đào tạo kỹ sư', 'engineering scholarships']],
  health: [['y tế', 'health']],
  environment: [['ứng phó biến đổi khí hậu', 'climate-change response'], ['kinh tế tuần hoàn', 'the circular economy']],
  culture: [['văn hóa', 'culture']],
  defence_security: [['an ninh mạng', 'cybersecurity']],
  halal: [['phát triển ngành Halal', 'developing the Halal industry'], ['chứng nhận Halal cho nông sản và thực phẩm', 'Halal certification of farm and food products']],
  semiconductors: [['công nghiệp bán dẫn', 'the semiconductor industry'], ['đào tạo nhân lực ngành bán dẫn', 'semiconductor workforce training']],
  artificial_intelligence: [['nghiên cứu và phát triển trí tuệ nhân tạo', 'artificial-intelligence research and development']],
  cloud_iot: [['điện toán đám mây', 'cloud computing'], ['Internet vạn vật (IoT)', 'the Internet of Things']],
  green_economy: [['tăng trưởng xanh', 'green growth'], ['tài chính xanh', 'green finance']],
  other: [['nhiều lĩnh vực', 'several fields']],
};

/** The foreign counterpart body of a government-to-government document, by field. */
const COUNTERPARTS: Partial<Record<AgreementField, [string, string]>> = {
  trade: ['Bộ Thương mại', 'Ministry of Trade'],
  investment: ['Cơ quan Xúc tiến đầu tư', 'Investment Promotion Agency'],
  science_technology: ['Bộ Khoa học', 'Ministry of Science'],
  digital: ['Bộ Kỹ thuật số', 'Ministry of Digital Affairs'],
  energy: ['Bộ Năng lượng', 'Ministry of Energy'],
  agriculture: ['Bộ Nông nghiệp', 'Ministry of Agriculture'],
  finance: ['Bộ Tài chính', 'Ministry of Finance'],
  transport: ['Bộ Giao thông', 'Ministry of Transport'],
  labour: ['Bộ Lao động', 'Ministry of Labour'],
  tourism: ['Cơ quan Du lịch quốc gia', 'National Tourism Authority'],
  education: ['Bộ Giáo dục', 'Ministry of Education'],
  health: ['Bộ Y tế', 'Ministry of Health'],
  environment: ['Bộ Môi trường', 'Ministry of Environment'],
  culture: ['Bộ Văn hóa', 'Ministry of Culture'],
};

/** The Vietnamese ministry that owns each field's agreements (successors after the 1 Mar 2025 merger). */
const OWNER_BY_FIELD: Partial<Record<AgreementField, string>> = {
  trade: 'MOIT', investment: 'MPI', science_technology: 'MOST', digital: 'MIC', energy: 'MOIT', agriculture: 'MARD', finance: 'MOF', tourism: 'MOCST', culture: 'MOCST', environment: 'MONRE',
};
const SUCCESSOR: Record<string, string> = { MPI: 'MOF', MARD: 'MAE', MONRE: 'MAE', MIC: 'MOST' };

/** The sources' focus: economy, trade, investment, science and technology, more so in 2025. */
const FIELD_WEIGHTS: Record<'y2024' | 'h1_2025', Partial<Record<AgreementField, number>>> = {
  y2024: { trade: 5, investment: 5, science_technology: 3, digital: 2, energy: 2, agriculture: 3, finance: 1.5, transport: 1.5, labour: 1, tourism: 1, education: 1, health: 0.5, environment: 0.5, culture: 0.5 },
  h1_2025: { trade: 6, investment: 6, science_technology: 5, digital: 3, energy: 2, agriculture: 2, finance: 1.5, transport: 1.5, labour: 0.5, tourism: 0.5, education: 0.5, health: 0.3, environment: 0.5, culture: 0.2 },
};

const KINDS: Partial<Record<AgreementKind, number>> = { mou: 6, agreement: 3, letter_of_intent: 1, joint_statement: 0.4 };
/** How a document of each kind opens, followed by a topic. */
const KIND_NAMES: Record<AgreementKind, [string, string]> = {
  treaty: ['Hiệp định về hợp tác', 'Treaty on cooperation in'],
  agreement: ['Thỏa thuận hợp tác về', 'Cooperation agreement on'],
  mou: ['Bản ghi nhớ về hợp tác', 'Memorandum of understanding on cooperation in'],
  letter_of_intent: ['Ý định thư về hợp tác', 'Letter of intent on cooperation in'],
  commercial_contract: ['Hợp đồng', 'Contract on'],
  joint_statement: ['Tuyên bố chung về tăng cường hợp tác', 'Joint statement on strengthening cooperation in'],
};

/** Country names as they read inside a title (with the article in English). */
const SHORT_NAMES: Record<string, { vi?: string; en?: string }> = {
  AE: { vi: 'UAE', en: 'the UAE' },
  US: { en: 'the United States' },
  GB: { en: 'the United Kingdom' },
  CZ: { en: 'the Czech Republic' },
  PH: { en: 'the Philippines' },
  NL: { en: 'the Netherlands' },
};
const shortName = (code: string) => ({ ...countryName(code)!, ...SHORT_NAMES[code] });

/** The Vietnamese signatory named in a title when the app has no unit for it (the agreement is then owned by MOFA). */
const SIGNATORY_BY_FIELD: Partial<Record<AgreementField, (day: string) => [string, string]>> = {
  transport: (day) => (day < MINISTRY_MERGER_DATE ? ['Bộ Giao thông vận tải', 'Ministry of Transport'] : ['Bộ Xây dựng', 'Ministry of Construction']),
  labour: (day) => (day < MINISTRY_MERGER_DATE ? ['Bộ Lao động – Thương binh và Xã hội', 'Ministry of Labour, Invalids and Social Affairs'] : ['Bộ Nội vụ', 'Ministry of Home Affairs']),
  education: () => ['Bộ Giáo dục và Đào tạo', 'Ministry of Education and Training'],
  health: () => ['Bộ Y tế', 'Ministry of Health'],
};

/**
 * Commercial contracts witnessed by leaders: invented deals between fictional firms (demo-names.ts). `buyerOnly`
 * contracts need one of their makers (`companies`) at the engagement.
 */
const SELLERS = FICTIONAL_VIETNAMESE_SELLERS;
const CONTRACTS: { vi: string; en: string; field: AgreementField; sellers: readonly string[]; companies?: string[]; buyerOnly?: boolean }[] = [
  { vi: 'mua máy bay thân hẹp', en: 'narrow-body aircraft purchase', field: 'transport', sellers: SELLERS.airline, companies: ['DEMO-US-TIDEMARK', 'DEMO-FR-BELLEVILLE'], buyerOnly: true },
  { vi: 'cung cấp gạo', en: 'rice supply', field: 'agriculture', sellers: SELLERS.rice },
  { vi: 'cung ứng khí LNG dài hạn', en: 'long-term LNG supply', field: 'energy', sellers: SELLERS.gas },
  { vi: 'cung cấp thiết bị điện gió', en: 'wind-turbine supply', field: 'energy', sellers: SELLERS.power, companies: ['DEMO-DE-HOLMWERK'], buyerOnly: true },
  { vi: 'cung ứng linh kiện điện tử', en: 'electronic components supply', field: 'trade', sellers: SELLERS.electronics, companies: ['DEMO-KR-HANBIT', 'DEMO-KR-DAEYANG', 'DEMO-US-ORCHARDLANE'] },
  { vi: 'xuất khẩu cà phê', en: 'coffee export', field: 'agriculture', sellers: SELLERS.coffee },
  { vi: 'xuất khẩu thủy sản', en: 'seafood export', field: 'agriculture', sellers: SELLERS.seafood },
  { vi: 'dịch vụ điện toán đám mây và AI', en: 'cloud and AI services', field: 'digital', sellers: SELLERS.cloud, companies: ['DEMO-US-QUILLWATER', 'DEMO-US-BRIGHTLOOM'] },
];

/** Provinces that sign investment documents with foreign companies (63 former codes). */
const INVESTMENT_PROVINCES = ['79', '01', '74', '75', '27', '31', '48', '22', '77', '24'];

const periodOf = (day: string): keyof typeof DEMO_TARGETS | null =>
  isWithin(day, DEMO_TARGETS.y2024.from, DEMO_TARGETS.y2024.to) ? 'y2024' : isWithin(day, DEMO_TARGETS.h1_2025.from, DEMO_TARGETS.h1_2025.to) ? 'h1_2025' : null;

/** Splits `total` over the weights by largest remainder: deterministic, exact. */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 0);
  const shares = weights.map((w) => (total * w) / sum);
  const counts = shares.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = shares.map((s, i) => [s - Math.floor(s), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) if (left-- > 0) counts[i]! += 1;
  return counts;
}

/** All the demo visits: the named ones and the generated fillers, each period brought to its target count. */
export function demoVisits(): DemoVisit[] {
  const rng = prng(20250722);
  const visits = [...VISITS];
  for (const key of ['y2024', 'h1_2025'] as const) {
    const target = DEMO_TARGETS[key];
    const named = VISITS.filter((v) => periodOf(v.start) === key).length;
    visits.push(...fillerVisits(rng, target, target.engagements - named));
  }
  return visits;
}

const provinceName = (province: OrgUnitRow): [string, string] => [
  `Ủy ban nhân dân ${province.kind === 'city' ? 'thành phố' : 'tỉnh'} ${province.nameVi}`,
  `the People's Committee of ${province.nameEn}`,
];
/** The Vietnamese signatory's name: the owner unit's, or the ministry the app has no unit for. */
const signatory = (field: AgreementField, owner: OrgUnitRow, day: string): [string, string] => {
  const named = SIGNATORY_BY_FIELD[field]?.(day);
  return named ? [named[0], `the ${named[1]}`] : [owner.nameVi, `the ${owner.nameEn}`];
};

function summaryOf(visit: DemoVisit): string | null {
  const parts: string[] = [];
  if (visit.upgrade) {
    const level = PARTNERSHIP_LEVELS[visit.upgrade.level];
    parts.push(`Nâng cấp quan hệ lên ${level.vi}. ${UPGRADE_MARK} to ${level.en}.`);
  }
  if (visit.source) parts.push(`Nguồn / Source: ${visit.source}.`);
  if (visit.demo) parts.push(`${DEMO} ${visit.note ?? ADDED}.`);
  else if (visit.note) parts.push(`${DEMO} ${visit.note}`);
  return parts.length > 0 ? parts.join(' ') : null;
}

/**
 * Records the demo engagements and the agreements signed during them, reproducing the sources' figures
 * (DEMO_TARGETS): 176 agreements at 58 activities in 2024, 253 at 49 in H1-2025, 30 of them between provinces and
 * foreign localities. Deterministic; batch inserts. Idempotent: a visit already present is skipped, with its agreements.
 */
export async function loadDemoEngagements(tx: Tx, ctx: DemoEngagementsContext): Promise<{ engagements: number; agreements: number }> {
  const { actor } = ctx;
  const visits = demoVisits();
  const rng = prng(20241220);

  const countryCodes = [...new Set(visits.flatMap((v) => v.countries))];
  await tx
    .insert(partners)
    .values([
      ...countryCodes.flatMap((code) => {
        const name = countryName(code);
        return name ? [{ id: newId(), kind: 'country', code, nameVi: name.vi, nameEn: name.en, countryCode: code }] : [];
      }),
      ...REAL_COMPANIES.map((c) => ({ id: newId(), kind: 'foreign_company', code: c.code, nameVi: c.vi, nameEn: c.en, countryCode: c.countryCode, notes: SOURCES_2024 })),
      ...COMPANIES.map((c) => ({ id: newId(), kind: 'foreign_company', code: c.code, nameVi: c.vi, nameEn: c.en, countryCode: c.countryCode, notes: 'Doanh nghiệp giả định cho dữ liệu mẫu', demo: true })),
      ...LOCALITIES.map((l) => ({ id: newId(), kind: 'foreign_locality', code: l.code, nameVi: l.vi, nameEn: l.en, countryCode: l.countryCode, notes: DEMO })),
    ])
    .onConflictDoNothing();
  const partnerRows = await tx.select({ id: partners.id, kind: partners.kind, code: partners.code, nameVi: partners.nameVi, nameEn: partners.nameEn, countryCode: partners.countryCode }).from(partners);
  const partner = new Map(partnerRows.map((p) => [`${p.kind}:${p.code}`, p]));

  const units = await orgUnitsRepo.all(tx);
  const unitOn = (type: OrgUnitType, code: string, day: string): OrgUnitRow | undefined =>
    units.find((u) => u.type === type && u.code === code && isWithin(day, u.validFrom, u.validTo));
  const ministryOn = (code: string, day: string) => unitOn('ministry', day >= MINISTRY_MERGER_DATE ? (SUCCESSOR[code] ?? code) : code, day);
  const mofa = unitOn('hq', 'MOFA', '2025-01-01')!;

  const existing = new Set((await tx.select({ title: engagements.titleVi, start: engagements.startDate }).from(engagements)).map((e) => `${e.title}|${e.start}`));

  // Generated agreements per visit: each period's target less its known and local agreements, shared by weight.
  const generated = new Map<DemoVisit, number>();
  for (const key of ['y2024', 'h1_2025'] as const) {
    const inPeriod = visits.filter((v) => periodOf(v.start) === key);
    const fixed = inPeriod.reduce((sum, v) => sum + (v.known?.length ?? 0) + (v.local?.length ?? 0), 0);
    apportion(DEMO_TARGETS[key].agreements - fixed, inPeriod.map((v) => v.weight)).forEach((n, i) => generated.set(inPeriod[i]!, n));
  }

  const createdBy = createdByOf(actor);
  const engagementRows: (typeof engagements.$inferInsert)[] = [];
  const engagementUnitRows: (typeof engagementUnits.$inferInsert)[] = [];
  const engagementPartnerRows: (typeof engagementPartners.$inferInsert)[] = [];
  const agreementRows: (typeof agreements.$inferInsert)[] = [];
  const partyRows: (typeof agreementParties.$inferInsert)[] = [];
  const eventRows: (typeof agreementEvents.$inferInsert)[] = [];
  const auditRows: (typeof auditLog.$inferInsert)[] = [];
  const titles = new Set<string>();
  const upgradeEngagements: [DemoVisit, string][] = [];

  const record = (a: {
    vi: string;
    en: string;
    kind: AgreementKind;
    signed: string;
    fields: AgreementField[];
    owner: OrgUnitRow;
    unitIds?: string[];
    partnerIds: string[];
    facilitatingUnitIds?: string[];
    value?: string;
    engagementId: string;
    summary: string | null;
  }) => {
    let vi = a.vi;
    let en = a.en;
    for (let n = 2; titles.has(`${vi}|${a.signed}`); n++) {
      vi = `${a.vi} (${n})`;
      en = `${a.en} (${n})`;
    }
    titles.add(`${vi}|${a.signed}`);
    const id = newId();
    const unitIds = [...new Set(a.unitIds ?? [a.owner.id])];
    const partnerIds = [...new Set(a.partnerIds)];
    const row = {
      id,
      titleVi: vi,
      titleEn: en,
      kind: a.kind,
      status: 'signed',
      signedDate: a.signed,
      signedPlace: null,
      expiryDate: null,
      renewal: 'none',
      engagementId: a.engagementId,
      fields: [...new Set(a.fields)],
      value: a.value ?? null,
      currency: a.value ? 'USD' : null,
      ownerUnitId: a.owner.id,
      summary: a.summary,
      facilitatingUnitIds: a.facilitatingUnitIds ?? [],
      // Invented agreements carry the mark in their title too, for readers of exports and printouts.
      demo: a.vi.includes(DEMO),
      createdBy,
    };
    agreementRows.push(row);
    for (const unitId of unitIds) partyRows.push({ agreementId: id, unitId });
    for (const partnerId of partnerIds) partyRows.push({ agreementId: id, partnerId });
    eventRows.push({ id: newId(), agreementId: id, status: 'signed', effectiveDate: a.signed, note: null, actorUserId: createdBy });
    auditRows.push({ actorUserId: createdBy, actorUnitId: actor.unitId, action: 'agreement.created', entity: 'agreement', entityId: id, after: { ...row, unitIds, partnerIds } });
  };

  for (const visit of visits) {
    if (existing.has(`${visit.vi}|${visit.start}`)) continue;
    const countryPartner = (code: string) => partner.get(`country:${code}`);
    const engagement = {
      id: newId(),
      titleVi: visit.vi,
      titleEn: visit.en,
      type: visit.type,
      leaderName: visit.leader.name,
      leaderLevel: visit.leader.level,
      startDate: visit.start,
      endDate: visit.end,
      countryCodes: visit.countries,
      leadUnitId: mofa.id,
      summary: summaryOf(visit),
      demo: visit.demo ?? false,
      createdBy,
    };
    const participatingUnitIds = [...new Set([...visit.countries.map((code) => unitOn('mission', `EMB-${code}`, visit.start)), unitOn('ministry', 'MOIT', visit.start)].flatMap((u) => u?.id ?? []))];
    const partnerIds = [...new Set(visit.countries.flatMap((code) => countryPartner(code)?.id ?? []))];
    engagementRows.push(engagement);
    if (visit.upgrade) upgradeEngagements.push([visit, engagement.id]);
    for (const unitId of participatingUnitIds) engagementUnitRows.push({ engagementId: engagement.id, unitId });
    for (const partnerId of partnerIds) engagementPartnerRows.push({ engagementId: engagement.id, partnerId });
    auditRows.push({ actorUserId: createdBy, actorUnitId: actor.unitId, action: 'engagement.created', entity: 'engagement', entityId: engagement.id, after: { ...engagement, participatingUnitIds, partnerIds } });
    const base = { engagementId: engagement.id };
    const signedOn = (r: number) => addDays(visit.start, Math.floor(r * (daysBetween(visit.start, visit.end) + 1)));

    for (const known of visit.known ?? []) {
      const company = known.partner ? partner.get(`foreign_company:${known.partner}`) : undefined;
      const [ownerType, ownerCode] = known.owner ?? ['ministry', known.kind === 'treaty' ? 'MOIT' : 'MPI'];
      const owner = (ownerType === 'ministry' ? ministryOn(ownerCode, visit.start) : unitOn(ownerType, ownerCode, visit.start))!;
      record({ ...base, vi: known.vi, en: known.en, kind: known.kind, signed: known.signed ?? visit.start, fields: known.fields, owner, partnerIds: [(company ?? countryPartner(visit.countries[0]!))!.id], summary: null });
    }

    for (const [provinceCode, localityCode] of visit.local ?? []) {
      const signed = visit.start;
      const province = unitOn('province', provinceCode, signed < PROVINCE_MERGER_DATE ? signed : PROVINCE_MERGER_DATE)!;
      const locality = partner.get(`foreign_locality:${localityCode}`)!;
      const kind: AgreementKind = rng.next() < 0.7 ? 'mou' : 'agreement';
      const [kindVi, kindEn] = KIND_NAMES[kind];
      const field = rng.weighted<AgreementField>({ trade: 3, investment: 3, tourism: 1, education: 1, agriculture: 1, science_technology: 1 });
      const [topicVi, topicEn] = rng.pick(TOPICS[field]);
      const [provinceVi, provinceEn] = provinceName(province);
      record({
        ...base,
        vi: `${kindVi} ${topicVi} giữa ${provinceVi} và ${locality.nameVi} ${DEMO}`,
        en: `${kindEn} ${topicEn} between ${provinceEn} and ${locality.nameEn} ${DEMO}`,
        kind,
        signed,
        fields: field === 'trade' || field === 'investment' ? ['trade', 'investment'] : [field, 'trade'],
        owner: province,
        partnerIds: [locality.id],
        // The embassy in the locality's country helped bring it about (the conference's "missions facilitated 30").
        facilitatingUnitIds: [unitOn('mission', `EMB-${locality.countryCode}`, signed)?.id].flatMap((id) => id ?? []),
        summary: `${DEMO} Thỏa thuận hợp tác giữa địa phương Việt Nam và địa phương nước ngoài.`,
      });
    }

    for (let i = 0; i < (generated.get(visit) ?? 0); i++) {
      const draw = { roll: rng.next(), a: rng.next(), b: rng.next(), c: rng.next(), d: rng.next(), e: rng.next() };
      const period = periodOf(visit.start)!;
      const signed = signedOn(draw.a);
      const country = visit.countries[Math.floor(draw.b * visit.countries.length)]!;
      const countryRow = countryPartner(country);
      const name = shortName(country);
      const field = rng.weighted<AgreementField>(FIELD_WEIGHTS[period]);
      const [topicVi, topicEn] = TOPICS[field][Math.floor(draw.c * TOPICS[field].length)]!;
      const companies = COMPANIES.filter((c) => visit.countries.includes(c.countryCode));
      // Contracts with a named maker (aircraft, turbines) only where that maker's country takes part.
      const contract = CONTRACTS.filter((c) => c.field === field && (!c.buyerOnly || COMPANIES.some((m) => c.companies?.includes(m.code) && visit.countries.includes(m.countryCode))))[Math.floor(draw.d * 3)];
      const mofaOrMinistry = (code: string | undefined) => (code ? ministryOn(code, signed) : undefined) ?? mofa;

      if (contract && draw.roll < 0.22) {
        // A commercial contract signed in the leaders' presence.
        const buyerCompany = contract.companies?.map((code) => COMPANIES.find((c) => c.code === code)!).find((c) => visit.countries.includes(c.countryCode));
        const counterpart = buyerCompany ? partner.get(`foreign_company:${buyerCompany.code}`)! : undefined;
        const seller = contract.sellers[Math.floor(draw.e * contract.sellers.length)]!;
        const otherVi = counterpart ? counterpart.nameVi : `đối tác ${name.vi}`;
        const otherEn = counterpart ? counterpart.nameEn : `a partner from ${name.en}`;
        record({
          ...base,
          vi: `Hợp đồng ${contract.vi} giữa ${seller} và ${otherVi} ${DEMO}`,
          en: `Contract on ${contract.en} between ${seller} and ${otherEn} ${DEMO}`,
          kind: 'commercial_contract',
          signed,
          fields: [contract.field, 'trade'],
          owner: mofaOrMinistry('MOIT'),
          partnerIds: [counterpart?.id ?? countryRow?.id].flatMap((id) => id ?? []),
          value: `${rng.int(5, 900)}000000.00`,
          summary: DEMO,
        });
        continue;
      }

      if (companies.length > 0 && draw.roll < 0.5) {
        // A document with a foreign corporation: the ministry of its field, or a province hosting the investment.
        const company = companies[Math.floor(draw.e * companies.length)]!;
        const companyRow = partner.get(`foreign_company:${company.code}`)!;
        const [topicVi, topicEn, topicField] = company.topics[Math.floor(draw.c * company.topics.length)]!;
        // The province hosting the investment signs in 2024; in H1-2025 the ministry signs for a project located there, so
        // that the local–international agreements of the half-year are the sources' 30.
        const host = topicField === 'investment' && rng.next() < 0.6 ? unitOn('province', rng.pick(INVESTMENT_PROVINCES), signed) : undefined;
        const province = period === 'y2024' ? host : undefined;
        const owner = province ?? mofaOrMinistry(OWNER_BY_FIELD[topicField]);
        const kind = rng.weighted<AgreementKind>({ mou: 5, agreement: 3, letter_of_intent: 1 });
        const [kindVi, kindEn] = KIND_NAMES[kind];
        const [ownerVi, ownerEn] = province ? provinceName(province) : signatory(topicField, owner, signed);
        const [placeVi, placeEn] = host && !province ? [` tại ${host.nameVi}`, ` in ${host.nameEn}`] : ['', ''];
        record({
          ...base,
          vi: `${kindVi} ${topicVi}${placeVi} giữa ${ownerVi} và ${company.vi} ${DEMO}`,
          en: `${kindEn} ${topicEn}${placeEn} between ${ownerEn} and ${company.en} ${DEMO}`,
          kind,
          signed,
          fields: [topicField, topicField === 'investment' ? 'science_technology' : 'investment'],
          owner,
          partnerIds: [companyRow.id],
          value: kind === 'agreement' && topicField === 'investment' ? `${rng.int(50, 2000)}000000.00` : undefined,
          summary: DEMO,
        });
        continue;
      }

      // A government-to-government document.
      const kind = rng.weighted<AgreementKind>(KINDS);
      const [kindVi, kindEn] = KIND_NAMES[kind];
      const owner = mofaOrMinistry(OWNER_BY_FIELD[field]);
      const [ownerVi, ownerEn] = signatory(field, owner, signed);
      const [bodyVi, bodyEn] = COUNTERPARTS[field] ?? ['Chính phủ', 'Government'];
      record({
        ...base,
        vi: kind === 'joint_statement' ? `${kindVi} ${topicVi} Việt Nam – ${name.vi} ${DEMO}` : `${kindVi} ${topicVi} giữa ${ownerVi} và ${bodyVi} ${name.vi} ${DEMO}`,
        en: kind === 'joint_statement' ? `${kindEn} ${topicEn}, Viet Nam–${name.en} ${DEMO}` : `${kindEn} ${topicEn} between ${ownerEn} and the ${bodyEn} of ${name.en} ${DEMO}`,
        kind,
        signed,
        fields: field === 'trade' || field === 'investment' ? ['trade', 'investment'] : [field],
        owner,
        partnerIds: countryRow ? [countryRow.id] : [],
        summary: DEMO,
      });
    }
  }

  // Batches of 500 keep each statement well under PostgreSQL's parameter limit.
  const inBatches = async <T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += 500) await insert(rows.slice(i, i + 500));
  };
  await inBatches(engagementRows, (batch) => tx.insert(engagements).values(batch));
  for (const [visit, engagementId] of upgradeEngagements) await partnershipsRepo.linkEngagement(tx, visit.upgrade!.country, visit.upgrade!.level, engagementId);
  await inBatches(engagementUnitRows, (batch) => tx.insert(engagementUnits).values(batch));
  await inBatches(engagementPartnerRows, (batch) => tx.insert(engagementPartners).values(batch));
  await inBatches(agreementRows, (batch) => tx.insert(agreements).values(batch));
  await inBatches(partyRows, (batch) => tx.insert(agreementParties).values(batch));
  await inBatches(eventRows, (batch) => tx.insert(agreementEvents).values(batch));
  await inBatches(auditRows, (batch) => tx.insert(auditLog).values(batch));
  return { engagements: engagementRows.length, agreements: agreementRows.length };
}
