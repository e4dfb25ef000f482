import { readFileSync } from 'node:fs';
import { parseCsv } from '../lib/csv.js';

// src/server/seed and dist/server/seed are both three levels below the package root.
const REFERENCE_DIR = new URL('../../../data/reference/', import.meta.url);

export const readReferenceCsv = (file: string) => parseCsv(readFileSync(new URL(file, REFERENCE_DIR), 'utf8'));

/** The day the 63 provinces became 34 (Resolution 202/2025/QH15). */
export const PROVINCE_MERGER_DATE = '2025-07-01';
/** The day MPI joined the Ministry of Finance and other ministries merged (Resolution 176/2025/QH15). */
export const MINISTRY_MERGER_DATE = '2025-03-01';

/** Centrally-run cities before the merger (Huế from 2025-01-01); the CSV gives only the new unit's kind. */
export const FORMER_CITIES = new Set(['01', '31', '46', '48', '79', '92']);

export interface FixedUnit {
  code: string;
  type: 'hq' | 'ministry' | 'business_association';
  kind: 'government' | 'office' | 'ministry' | 'association';
  vi: string;
  en: string;
  shortName?: string;
  parent?: string;
  validTo?: string;
  validFrom?: string;
  successor?: string;
}

/** Government, HQ, ministries and associations: few and stable, so they live here rather than in a CSV. */
export const FIXED_UNITS: FixedUnit[] = [
  { code: 'GOV', type: 'hq', kind: 'government', vi: 'Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam', en: 'Government of Viet Nam', shortName: 'Chính phủ' },
  { code: 'VPCP', type: 'hq', kind: 'office', vi: 'Văn phòng Chính phủ', en: 'Government Office', shortName: 'VPCP', parent: 'GOV' },
  { code: 'MOFA', type: 'hq', kind: 'ministry', vi: 'Bộ Ngoại giao', en: 'Ministry of Foreign Affairs', shortName: 'BNG', parent: 'GOV' },
  { code: 'MOFA-ECO', type: 'hq', kind: 'office', vi: 'Vụ Tổng hợp kinh tế, Bộ Ngoại giao', en: 'Department of Economic Affairs, MOFA', shortName: 'Vụ THKT', parent: 'MOFA' },
  { code: 'MOIT', type: 'ministry', kind: 'ministry', vi: 'Bộ Công Thương', en: 'Ministry of Industry and Trade', shortName: 'BCT', parent: 'GOV' },
  { code: 'MOF', type: 'ministry', kind: 'ministry', vi: 'Bộ Tài chính', en: 'Ministry of Finance', shortName: 'BTC', parent: 'GOV' },
  { code: 'MPI', type: 'ministry', kind: 'ministry', vi: 'Bộ Kế hoạch và Đầu tư', en: 'Ministry of Planning and Investment', shortName: 'BKHĐT', parent: 'GOV', validTo: MINISTRY_MERGER_DATE, successor: 'MOF' },
  { code: 'MARD', type: 'ministry', kind: 'ministry', vi: 'Bộ Nông nghiệp và Phát triển nông thôn', en: 'Ministry of Agriculture and Rural Development', shortName: 'BNNPTNT', parent: 'GOV', validTo: MINISTRY_MERGER_DATE, successor: 'MAE' },
  { code: 'MONRE', type: 'ministry', kind: 'ministry', vi: 'Bộ Tài nguyên và Môi trường', en: 'Ministry of Natural Resources and Environment', shortName: 'BTNMT', parent: 'GOV', validTo: MINISTRY_MERGER_DATE, successor: 'MAE' },
  { code: 'MAE', type: 'ministry', kind: 'ministry', vi: 'Bộ Nông nghiệp và Môi trường', en: 'Ministry of Agriculture and Environment', shortName: 'BNNMT', parent: 'GOV', validFrom: MINISTRY_MERGER_DATE },
  { code: 'MOST', type: 'ministry', kind: 'ministry', vi: 'Bộ Khoa học và Công nghệ', en: 'Ministry of Science and Technology', shortName: 'BKHCN', parent: 'GOV' },
  { code: 'MIC', type: 'ministry', kind: 'ministry', vi: 'Bộ Thông tin và Truyền thông', en: 'Ministry of Information and Communications', shortName: 'BTTTT', parent: 'GOV', validTo: MINISTRY_MERGER_DATE, successor: 'MOST' },
  { code: 'MOCST', type: 'ministry', kind: 'ministry', vi: 'Bộ Văn hóa, Thể thao và Du lịch', en: 'Ministry of Culture, Sports and Tourism', shortName: 'BVHTTDL', parent: 'GOV' },
  { code: 'VCCI', type: 'business_association', kind: 'association', vi: 'Liên đoàn Thương mại và Công nghiệp Việt Nam', en: 'Viet Nam Chamber of Commerce and Industry', shortName: 'VCCI' },
  { code: 'VASEP', type: 'business_association', kind: 'association', vi: 'Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam', en: 'Viet Nam Association of Seafood Exporters and Producers', shortName: 'VASEP' },
  { code: 'VITAS', type: 'business_association', kind: 'association', vi: 'Hiệp hội Dệt May Việt Nam', en: 'Viet Nam Textile and Apparel Association', shortName: 'VITAS' },
  { code: 'VINASME', type: 'business_association', kind: 'association', vi: 'Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam', en: 'Viet Nam Association of Small and Medium Enterprises', shortName: 'VINASME' },
];

export const MISSION_KINDS: Record<string, 'embassy' | 'consulate_general' | 'permanent_mission' | 'other_mission'> = {
  embassy: 'embassy',
  consulate_general: 'consulate_general',
  permanent_mission: 'permanent_mission',
  other: 'other_mission',
};

export const REFERENCE_SOURCES = {
  provinces: 'Resolution 202/2025/QH15; codes per Decision 19/2025/QĐ-TTg (data/reference/SOURCES.md)',
  missions: 'data/reference/vn_missions.csv (see SOURCES.md)',
  ministries: 'Resolution 176/2025/QH15 on the Government\'s structure (from 1 Mar 2025)',
};
