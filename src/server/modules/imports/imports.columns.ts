import { AGREEMENT_FIELDS, AGREEMENT_KINDS, RENEWALS } from '../../../shared/schemas/agreements.js';
import { ENGAGEMENT_TYPES, LEADER_LEVELS } from '../../../shared/schemas/engagements.js';
import type { ImportKind } from '../../../shared/schemas/imports.js';

export interface ImportColumn {
  key: string;
  /** The input field whose errors this column reports (dot path). */
  field: string;
  required: boolean;
  /** Allowed values: a drop-down in the template. */
  list?: readonly string[];
  vi: string;
  en: string;
  example: string;
}

const LIST = 'Nhiều giá trị cách nhau bằng dấu phẩy / several values separated by commas';
const UNIT_CODES = 'Mã đơn vị, ví dụ MOFA, MOIT, EMB-US, 79 (TP. Hồ Chí Minh) / unit codes, e.g. MOFA, MOIT, EMB-US, 79 (HCMC)';
const PARTNER_CODES = 'Mã đối tác (ISO quốc gia, WTO, ASEAN…) hoặc tên chính xác / partner codes (country ISO, WTO, ASEAN…) or exact names';
const DATE = 'Ngày dạng YYYY-MM-DD hoặc ô ngày của Excel / date as YYYY-MM-DD or an Excel date cell';

export const IMPORT_COLUMNS: Record<ImportKind, ImportColumn[]> = {
  engagements: [
    { key: 'title_vi', field: 'title.vi', required: true, vi: 'Tên hoạt động (tiếng Việt)', en: 'Title (Vietnamese)', example: 'Thủ tướng thăm chính thức Ấn Độ' },
    { key: 'title_en', field: 'title.en', required: true, vi: 'Tên hoạt động (tiếng Anh)', en: 'Title (English)', example: 'Prime Minister\'s official visit to India' },
    { key: 'type', field: 'type', required: true, list: ENGAGEMENT_TYPES, vi: 'Loại hoạt động', en: 'Type', example: 'official_visit_abroad' },
    { key: 'leader_name', field: 'leaderName', required: true, vi: 'Lãnh đạo', en: 'Leader', example: 'Phạm Minh Chính' },
    { key: 'leader_level', field: 'leaderLevel', required: true, list: LEADER_LEVELS, vi: 'Cấp lãnh đạo', en: 'Leader level', example: 'prime_minister' },
    { key: 'start_date', field: 'startDate', required: true, vi: `Ngày bắt đầu. ${DATE}`, en: 'Start date', example: '2024-07-30' },
    { key: 'end_date', field: 'endDate', required: true, vi: `Ngày kết thúc (không trước ngày bắt đầu). ${DATE}`, en: 'End date (not before the start)', example: '2024-08-01' },
    { key: 'country_codes', field: 'countryCodes', required: false, vi: `Mã quốc gia ISO. ${LIST}`, en: 'ISO country codes', example: 'IN' },
    { key: 'partners', field: 'partnerIds', required: false, vi: `${PARTNER_CODES}. ${LIST}`, en: 'Partners', example: 'IN' },
    { key: 'lead_unit', field: 'leadUnitId', required: true, vi: `Đơn vị chủ trì. ${UNIT_CODES}`, en: 'Lead unit', example: 'MOFA' },
    { key: 'participating_units', field: 'participatingUnitIds', required: false, vi: `Đơn vị tham gia. ${UNIT_CODES}. ${LIST}`, en: 'Participating units', example: 'EMB-IN, MOIT' },
    { key: 'summary', field: 'summary', required: false, vi: 'Tóm tắt', en: 'Summary', example: '' },
  ],
  agreements: [
    { key: 'title_vi', field: 'title.vi', required: true, vi: 'Tên văn kiện (tiếng Việt)', en: 'Title (Vietnamese)', example: 'Bản ghi nhớ hợp tác về trí tuệ nhân tạo' },
    { key: 'title_en', field: 'title.en', required: true, vi: 'Tên văn kiện (tiếng Anh)', en: 'Title (English)', example: 'MoU on artificial intelligence cooperation' },
    { key: 'kind', field: 'kind', required: true, list: AGREEMENT_KINDS, vi: 'Loại văn kiện', en: 'Kind', example: 'mou' },
    { key: 'status', field: 'status', required: false, list: ['negotiating', 'signed'], vi: 'Trạng thái ban đầu (mặc định: signed nếu có ngày ký)', en: 'Initial status (default: signed when a signing date is given)', example: 'signed' },
    { key: 'signed_date', field: 'signedDate', required: false, vi: `Ngày ký. ${DATE}`, en: 'Signing date', example: '2024-12-05' },
    { key: 'signed_place', field: 'signedPlace', required: false, vi: 'Nơi ký', en: 'Place of signing', example: 'Hà Nội' },
    { key: 'expiry_date', field: 'expiryDate', required: false, vi: `Ngày hết hạn. ${DATE}`, en: 'Expiry date', example: '' },
    { key: 'renewal', field: 'renewal', required: false, list: RENEWALS, vi: 'Gia hạn (mặc định none)', en: 'Renewal (default none)', example: 'none' },
    { key: 'fields', field: 'fields', required: false, vi: `Lĩnh vực: ${AGREEMENT_FIELDS.join(', ')}. ${LIST}`, en: 'Fields', example: 'science_technology, digital' },
    { key: 'value', field: 'value', required: false, vi: 'Giá trị (số thập phân, dấu chấm thập phân)', en: 'Value (decimal, dot as decimal separator)', example: '' },
    { key: 'currency', field: 'currency', required: false, vi: 'Tiền tệ ISO 4217 (bắt buộc nếu có giá trị)', en: 'ISO 4217 currency (required with a value)', example: '' },
    { key: 'units', field: 'unitIds', required: false, vi: `Bên Việt Nam. ${UNIT_CODES}. ${LIST}`, en: 'Vietnamese parties', example: 'MOST' },
    { key: 'partners', field: 'partnerIds', required: false, vi: `Bên nước ngoài. ${PARTNER_CODES}. ${LIST}`, en: 'Foreign parties', example: 'US' },
    { key: 'owner_unit', field: 'ownerUnitId', required: false, vi: `Đơn vị quản lý (mặc định: đơn vị của người nhập). ${UNIT_CODES}`, en: 'Owner unit (default: the importer\'s unit)', example: 'MOFA-ECO' },
    { key: 'summary', field: 'summary', required: false, vi: 'Tóm tắt', en: 'Summary', example: '' },
  ],
};

/** The column that reports an input field's error ("title.vi" → title_vi); unknown paths fall back to the field itself. */
export const columnOf = (kind: ImportKind, field: string): string =>
  IMPORT_COLUMNS[kind].find((column) => field === column.field || field.startsWith(`${column.field}.`))?.key ?? field;
