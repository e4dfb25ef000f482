import { ACTIVITY_TYPES } from '../../../shared/schemas/activities.js';
import { OUTCOME_KINDS } from '../../../shared/schemas/outcomes.js';
import type { ImportColumn } from '../imports/imports.columns.js';

const DATE = 'Ngày dạng YYYY-MM-DD hoặc ô ngày của Excel / date as YYYY-MM-DD or an Excel date cell';
const COUNT = 'Số nguyên không âm / a whole number';

/** Outputs ("three clears": clear product) by column; each becomes an activity output of that kind. */
export const OUTPUT_COLUMNS = { meetings_held: 'meetings_held', businesses_connected: 'businesses_connected', mous_signed: 'mous_signed' } as const;

/** The columns of the activity template; lists are filled in per workbook (countries, current provinces). */
export function activityColumns(lists: { countries: string[]; provinces: string[] }): ImportColumn[] {
  return [
    { key: 'title', field: 'title', required: true, vi: 'Tên hoạt động', en: 'Title', example: 'Hội chợ thủy sản Halal tại Dubai' },
    { key: 'type', field: 'type', required: true, list: ACTIVITY_TYPES, vi: 'Loại hoạt động', en: 'Type', example: 'fair_exhibition' },
    { key: 'start_date', field: 'startDate', required: true, vi: `Ngày bắt đầu. ${DATE}`, en: 'Start date', example: '2025-03-10' },
    { key: 'end_date', field: 'endDate', required: true, vi: `Ngày kết thúc (không trước ngày bắt đầu). ${DATE}`, en: 'End date (not before the start)', example: '2025-03-12' },
    { key: 'country_code', field: 'countryCode', required: false, list: lists.countries, vi: 'Mã quốc gia ISO nơi diễn ra', en: 'ISO country code of the venue', example: 'AE' },
    { key: 'place', field: 'place', required: false, vi: 'Địa điểm', en: 'Place', example: 'Dubai' },
    { key: 'province', field: 'provinceIds', required: false, list: lists.provinces, vi: 'Mã tỉnh/thành phố được hỗ trợ (nếu có)', en: 'Code of the Vietnamese province supported (if any)', example: '82' },
    { key: 'sectors', field: 'sectors', required: false, vi: 'Ngành, cách nhau bằng dấu phẩy', en: 'Sectors, separated by commas', example: 'thủy sản, halal' },
    { key: 'description', field: 'description', required: false, vi: 'Mô tả', en: 'Description', example: '' },
    { key: 'cost', field: 'cost', required: false, vi: 'Chi phí (dấu chấm thập phân)', en: 'Cost (dot as decimal separator)', example: '15000' },
    { key: 'cost_currency', field: 'costCurrency', required: false, vi: 'Tiền tệ ISO 4217 của chi phí', en: 'ISO 4217 currency of the cost', example: 'USD' },
    { key: 'meetings_held', field: 'outputs.meetings_held', required: false, vi: `Số cuộc gặp. ${COUNT}`, en: 'Meetings held', example: '24' },
    { key: 'businesses_connected', field: 'outputs.businesses_connected', required: false, vi: `Số doanh nghiệp được kết nối. ${COUNT}`, en: 'Businesses connected', example: '18' },
    { key: 'mous_signed', field: 'outputs.mous_signed', required: false, vi: `Số biên bản ghi nhớ được ký. ${COUNT}`, en: 'MoUs signed', example: '3' },
    { key: 'outcome_kind', field: 'outcome.kind', required: false, list: OUTCOME_KINDS, vi: 'Loại kết quả (nếu có)', en: 'Outcome kind (if any)', example: 'export_contract' },
    { key: 'outcome_value', field: 'outcome.value', required: false, vi: 'Giá trị kết quả (dấu chấm thập phân)', en: 'Outcome value', example: '2500000' },
    { key: 'outcome_currency', field: 'outcome.currency', required: false, vi: 'Tiền tệ của giá trị', en: 'Currency of the value', example: 'USD' },
    { key: 'outcome_quantity', field: 'outcome.quantity', required: false, vi: `Số lượng (khách du lịch, việc làm). ${COUNT}`, en: 'Quantity (tourists, jobs)', example: '' },
    { key: 'outcome_product', field: 'outcome.product', required: false, vi: 'Sản phẩm', en: 'Product', example: 'Cá tra phi lê đông lạnh' },
    { key: 'outcome_hs_code', field: 'outcome.hsCode', required: false, vi: 'Mã HS (hợp đồng xuất khẩu)', en: 'HS code (export contracts)', example: '030462' },
    { key: 'outcome_business', field: 'outcome.businessName', required: false, vi: 'Doanh nghiệp liên quan', en: 'Business concerned', example: 'Công ty CP Vĩnh Hoàn' },
    { key: 'outcome_buyer', field: 'outcome.counterpart', required: false, vi: 'Bên mua / nhà đầu tư', en: 'Buyer or investor', example: 'Al Islami Foods' },
  ];
}
