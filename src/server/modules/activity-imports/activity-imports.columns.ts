import { ACTIVITY_TYPES } from '../../../shared/schemas/activities.js';
import { OUTCOME_KINDS } from '../../../shared/schemas/outcomes.js';
import { SECTORS } from '../../../shared/schemas/sectors.js';
import { optionLabels } from '../imports/import-labels.js';
import { HELP, helpOf, type ImportColumn, type ImportOption } from '../imports/imports.columns.js';

/** Outputs ("three clears": clear product) by column; each becomes an activity output of that kind. */
export const OUTPUT_COLUMNS = { meetings_held: 'meetings_held', businesses_connected: 'businesses_connected', mous_signed: 'mous_signed' } as const;

const say = (vi: string, en: string) => ({ vi, en });

/** The columns of the activity template; the country and province drop-downs are filled in per workbook. */
export function activityColumns(lists: { countries: ImportOption[]; provinces: ImportOption[] }): ImportColumn[] {
  return [
    { key: 'title', field: 'title', required: true, label: say('Tên hoạt động', 'Title'), help: say('Tên hoạt động.', 'The title.'), example: 'Hội chợ thủy sản Halal tại Dubai' },
    { key: 'type', field: 'type', required: true, label: say('Loại hoạt động', 'Type'), options: optionLabels.activityTypes(ACTIVITY_TYPES), help: HELP.pick, example: 'fair_exhibition' },
    { key: 'start_date', field: 'startDate', required: true, type: 'date', label: say('Ngày bắt đầu', 'Start date'), help: HELP.date, example: '2025-03-10' },
    { key: 'end_date', field: 'endDate', required: true, type: 'date', label: say('Ngày kết thúc', 'End date'), help: helpOf(say('Không trước ngày bắt đầu.', 'Not before the start.'), HELP.date), example: '2025-03-12' },
    { key: 'country_code', field: 'countryCode', required: false, label: say('Quốc gia', 'Country'), options: lists.countries, help: helpOf(say('Nơi diễn ra.', 'Where it took place.'), HELP.pick), example: 'AE' },
    { key: 'place', field: 'place', required: false, label: say('Địa điểm', 'Place'), help: say('Thành phố, địa điểm.', 'City, venue.'), example: 'Dubai' },
    { key: 'province', field: 'provinceIds', required: false, label: say('Tỉnh/thành phố được hỗ trợ', 'Province supported'), options: lists.provinces, help: helpOf(say('Nếu có.', 'If any.'), HELP.pick), example: '82' },
    { key: 'sectors', field: 'sectors', required: false, label: say('Ngành', 'Sectors'), help: helpOf(say(`Mã lĩnh vực: ${SECTORS.join(', ')}.`, `Sector codes: ${SECTORS.join(', ')}.`), HELP.list), example: 'agriculture, halal' },
    { key: 'description', field: 'description', required: false, label: say('Mô tả', 'Description'), help: say('Mô tả ngắn.', 'A short description.'), example: '' },
    { key: 'cost', field: 'cost', required: false, type: 'amount', label: say('Chi phí', 'Cost'), help: HELP.amount, example: '15000' },
    { key: 'cost_currency', field: 'costCurrency', required: false, label: say('Tiền tệ của chi phí', 'Currency of the cost'), help: say('Mã tiền tệ ISO 4217.', 'ISO 4217 currency code.'), example: 'USD' },
    { key: 'meetings_held', field: 'outputs.meetings_held', required: false, type: 'count', label: say('Số cuộc gặp', 'Meetings held'), help: HELP.count, example: '24' },
    { key: 'businesses_connected', field: 'outputs.businesses_connected', required: false, type: 'count', label: say('Số doanh nghiệp được kết nối', 'Businesses connected'), help: HELP.count, example: '18' },
    { key: 'mous_signed', field: 'outputs.mous_signed', required: false, type: 'count', label: say('Số biên bản ghi nhớ được ký', 'MoUs signed'), help: HELP.count, example: '3' },
    { key: 'outcome_kind', field: 'outcome.kind', required: false, label: say('Loại kết quả', 'Outcome kind'), options: optionLabels.outcomeKinds(OUTCOME_KINDS), help: helpOf(say('Nếu có.', 'If any.'), HELP.pick), example: 'export_contract' },
    { key: 'outcome_value', field: 'outcome.value', required: false, type: 'amount', label: say('Giá trị kết quả', 'Outcome value'), help: HELP.amount, example: '2500000' },
    { key: 'outcome_currency', field: 'outcome.currency', required: false, label: say('Tiền tệ của giá trị', 'Currency of the value'), help: say('Mã tiền tệ ISO 4217.', 'ISO 4217 currency code.'), example: 'USD' },
    { key: 'outcome_quantity', field: 'outcome.quantity', required: false, type: 'count', label: say('Số lượng (khách, việc làm)', 'Quantity (tourists, jobs)'), help: HELP.count, example: '' },
    { key: 'outcome_product', field: 'outcome.product', required: false, label: say('Sản phẩm', 'Product'), help: say('Sản phẩm, công nghệ.', 'Product or technology.'), example: 'Cá tra phi lê đông lạnh' },
    { key: 'outcome_hs_code', field: 'outcome.hsCode', required: false, label: say('Mã HS', 'HS code'), help: say('Với hợp đồng xuất khẩu.', 'For export contracts.'), example: '030462' },
    { key: 'outcome_business', field: 'outcome.businessName', required: false, label: say('Doanh nghiệp liên quan', 'Business concerned'), help: say('Tên doanh nghiệp.', 'The business\'s name.'), example: 'Công ty CP Vĩnh Hoàn' },
    { key: 'outcome_buyer', field: 'outcome.counterpart', required: false, label: say('Bên mua / nhà đầu tư', 'Buyer or investor'), help: say('Đối tác nước ngoài.', 'The foreign counterpart.'), example: 'Al Islami Foods' },
  ];
}
