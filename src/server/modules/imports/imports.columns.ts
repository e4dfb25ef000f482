import { AGREEMENT_FIELDS, AGREEMENT_KINDS, RENEWALS } from '../../../shared/schemas/agreements.js';
import { ENGAGEMENT_TYPES, LEADER_LEVELS } from '../../../shared/schemas/engagements.js';
import type { ImportKind } from '../../../shared/schemas/imports.js';
import { optionLabels } from './import-labels.js';

export type ImportLanguage = 'vi' | 'en';
type Bilingual = { vi: string; en: string };

/** One allowed value of a drop-down column: the code stored, the label people read and pick. */
export interface ImportOption {
  code: string;
  label: Bilingual;
}

export interface ImportColumn {
  key: string;
  /** The input field whose errors this column reports (dot path). */
  field: string;
  required: boolean;
  /** The header in each language; a header may also be the key itself. */
  label: Bilingual;
  /**
   * How a cell is read: `date` takes dd/mm/yyyy, yyyy-mm-dd or an Excel date; `amount` and `count` read numbers by
   * the rules of the template's language (a count is whole); `text` is taken as typed.
   */
  type?: 'text' | 'date' | 'amount' | 'count';
  /** Allowed values: a drop-down of labels in the template; a label (either language) or the code reads as the code. */
  options?: readonly ImportOption[];
  /** What to type, in each language. */
  help: Bilingual;
  /** An example value as stored (code, YYYY-MM-DD, exact decimal); the template shows it as people type it. */
  example: string;
}

export const HELP = {
  list: { vi: 'Nhiều giá trị cách nhau bằng dấu phẩy.', en: 'Several values separated by commas.' },
  units: { vi: 'Mã đơn vị, ví dụ MOFA, MOIT, EMB-US, 79 (TP. Hồ Chí Minh).', en: 'Unit codes, e.g. MOFA, MOIT, EMB-US, 79 (Ho Chi Minh City).' },
  partners: { vi: 'Mã đối tác (mã ISO quốc gia, WTO, ASEAN…) hoặc tên chính xác.', en: 'Partner codes (country ISO code, WTO, ASEAN…) or exact names.' },
  date: { vi: 'Ngày dạng 30/07/2026 (ngày/tháng/năm), 2026-07-30 hoặc ô ngày của Excel.', en: 'A date as 30/07/2026 (day/month/year), 2026-07-30 or an Excel date cell.' },
  amount: { vi: 'Số tiền như 1.250.000,5 (dấu chấm ngăn cách hàng nghìn, dấu phẩy thập phân) hoặc ô số của Excel.', en: 'An amount such as 1,250,000.5 (commas for thousands, a point for decimals) or an Excel number cell.' },
  count: { vi: 'Số nguyên không âm.', en: 'A whole number.' },
  pick: { vi: 'Chọn trong danh sách.', en: 'Pick from the list.' },
} satisfies Record<string, Bilingual>;

/** Joins help sentences per language. */
export const helpOf = (...parts: Bilingual[]): Bilingual => ({ vi: parts.map((p) => p.vi).join(' '), en: parts.map((p) => p.en).join(' ') });
const say = (vi: string, en: string): Bilingual => ({ vi, en });

export const IMPORT_COLUMNS: Record<ImportKind, ImportColumn[]> = {
  engagements: [
    { key: 'title_vi', field: 'title.vi', required: true, label: say('Tên hoạt động (tiếng Việt)', 'Title (Vietnamese)'), help: say('Tên hoạt động bằng tiếng Việt.', 'The title in Vietnamese.'), example: 'Thủ tướng thăm chính thức Ấn Độ' },
    { key: 'title_en', field: 'title.en', required: true, label: say('Tên hoạt động (tiếng Anh)', 'Title (English)'), help: say('Tên hoạt động bằng tiếng Anh.', 'The title in English.'), example: 'Prime Minister\'s official visit to India' },
    { key: 'type', field: 'type', required: true, label: say('Loại hoạt động', 'Type'), options: optionLabels.engagementTypes(ENGAGEMENT_TYPES), help: HELP.pick, example: 'official_visit_abroad' },
    { key: 'leader_name', field: 'leaderName', required: true, label: say('Lãnh đạo', 'Leader'), help: say('Họ tên lãnh đạo dẫn đầu.', 'The leader\'s full name.'), example: 'Phạm Minh Chính' },
    { key: 'leader_level', field: 'leaderLevel', required: true, label: say('Cấp lãnh đạo', 'Leader level'), options: optionLabels.leaderLevels(LEADER_LEVELS), help: HELP.pick, example: 'prime_minister' },
    { key: 'start_date', field: 'startDate', required: true, type: 'date', label: say('Ngày bắt đầu', 'Start date'), help: HELP.date, example: '2024-07-30' },
    { key: 'end_date', field: 'endDate', required: true, type: 'date', label: say('Ngày kết thúc', 'End date'), help: helpOf(say('Không trước ngày bắt đầu.', 'Not before the start.'), HELP.date), example: '2024-08-01' },
    { key: 'country_codes', field: 'countryCodes', required: false, label: say('Mã quốc gia', 'Country codes'), help: helpOf(say('Mã quốc gia ISO.', 'ISO country codes.'), HELP.list), example: 'IN' },
    { key: 'partners', field: 'partnerIds', required: false, label: say('Đối tác', 'Partners'), help: helpOf(HELP.partners, HELP.list), example: 'IN' },
    { key: 'lead_unit', field: 'leadUnitId', required: true, label: say('Đơn vị chủ trì', 'Lead unit'), help: HELP.units, example: 'MOFA' },
    { key: 'participating_units', field: 'participatingUnitIds', required: false, label: say('Đơn vị tham gia', 'Participating units'), help: helpOf(HELP.units, HELP.list), example: 'EMB-IN, MOIT' },
    { key: 'summary', field: 'summary', required: false, label: say('Tóm tắt', 'Summary'), help: say('Tóm tắt nội dung.', 'A short summary.'), example: '' },
  ],
  agreements: [
    { key: 'title_vi', field: 'title.vi', required: true, label: say('Tên văn kiện (tiếng Việt)', 'Title (Vietnamese)'), help: say('Tên văn kiện bằng tiếng Việt.', 'The title in Vietnamese.'), example: 'Bản ghi nhớ hợp tác về trí tuệ nhân tạo' },
    { key: 'title_en', field: 'title.en', required: true, label: say('Tên văn kiện (tiếng Anh)', 'Title (English)'), help: say('Tên văn kiện bằng tiếng Anh.', 'The title in English.'), example: 'MoU on artificial intelligence cooperation' },
    { key: 'kind', field: 'kind', required: true, label: say('Loại văn kiện', 'Kind'), options: optionLabels.agreementKinds(AGREEMENT_KINDS), help: HELP.pick, example: 'mou' },
    { key: 'status', field: 'status', required: false, label: say('Trạng thái ban đầu', 'Initial status'), options: optionLabels.agreementStatuses(['negotiating', 'signed']), help: say('Mặc định: đã ký nếu có ngày ký.', 'Default: signed when a signing date is given.'), example: 'signed' },
    { key: 'signed_date', field: 'signedDate', required: false, type: 'date', label: say('Ngày ký', 'Signing date'), help: HELP.date, example: '2024-12-05' },
    { key: 'signed_place', field: 'signedPlace', required: false, label: say('Nơi ký', 'Place of signing'), help: say('Nơi ký văn kiện.', 'Where it was signed.'), example: 'Hà Nội' },
    { key: 'expiry_date', field: 'expiryDate', required: false, type: 'date', label: say('Ngày hết hạn', 'Expiry date'), help: HELP.date, example: '' },
    { key: 'renewal', field: 'renewal', required: false, label: say('Gia hạn', 'Renewal'), options: optionLabels.renewals(RENEWALS), help: say('Mặc định: không gia hạn.', 'Default: none.'), example: 'none' },
    { key: 'fields', field: 'fields', required: false, label: say('Lĩnh vực', 'Fields'), help: helpOf(say(`Mã lĩnh vực: ${AGREEMENT_FIELDS.join(', ')}.`, `Field codes: ${AGREEMENT_FIELDS.join(', ')}.`), HELP.list), example: 'science_technology, digital' },
    { key: 'value', field: 'value', required: false, type: 'amount', label: say('Giá trị', 'Value'), help: HELP.amount, example: '' },
    { key: 'currency', field: 'currency', required: false, label: say('Tiền tệ', 'Currency'), help: say('Mã tiền tệ ISO 4217 (bắt buộc nếu có giá trị).', 'ISO 4217 currency (required with a value).'), example: '' },
    { key: 'units', field: 'unitIds', required: false, label: say('Bên Việt Nam', 'Vietnamese parties'), help: helpOf(HELP.units, HELP.list), example: 'MOST' },
    { key: 'partners', field: 'partnerIds', required: false, label: say('Bên nước ngoài', 'Foreign parties'), help: helpOf(HELP.partners, HELP.list), example: 'US' },
    { key: 'owner_unit', field: 'ownerUnitId', required: false, label: say('Đơn vị quản lý', 'Owner unit'), help: helpOf(say('Mặc định: đơn vị của người nhập.', 'Default: the importer\'s unit.'), HELP.units), example: 'MOFA-ECO' },
    { key: 'summary', field: 'summary', required: false, label: say('Tóm tắt', 'Summary'), help: say('Tóm tắt nội dung.', 'A short summary.'), example: '' },
  ],
};

/** The column that reports an input field's error ("title.vi" → title_vi); unknown paths fall back to the field itself. */
export const columnKeyOf = (columns: readonly ImportColumn[], field: string): string =>
  columns.find((column) => field === column.field || field.startsWith(`${column.field}.`))?.key ?? field;
