import type { IndicatorDefinition, IndicatorGroupBy } from '../../../shared/schemas/indicators.js';
import { OUTCOME_KINDS, type OutcomeKind } from '../../../shared/schemas/outcomes.js';

/**
 * Every computed indicator is a named query over records returning one row per counted record with the same
 * columns, so that filters, groupings, values and the drill-down are written once (indicators.repo.ts):
 *   row_key text, id uuid, entity text, title text, ref_date date (the date the period filter applies to),
 *   unit_id uuid (the record's unit: grouping, unit filter), unit_ids uuid[] (every unit it belongs to: read scope),
 *   countries text[], fields text[], partner_ids uuid[], category text, amount numeric (what a sum adds; else null),
 *   href text (its web page).
 * Conditions reuse the definitions of the features that own the records (overdue and fulfilled from the
 * dashboard, "no result" from activities, confirmed and corrected values from outcomes), so a figure is counted
 * one way everywhere.
 */
export interface FactContext {
  asOf: string;
}

type Definition = Omit<IndicatorDefinition, 'groupBys' | 'numerator' | 'denominator' | 'category' | 'source'> & {
  category?: IndicatorDefinition['category'];
  groupBys?: IndicatorGroupBy[];
  numerator?: string;
  denominator?: string;
};

export interface ComputedIndicator extends IndicatorDefinition {
  source: 'computed';
  kind: 'count' | 'sum';
}
export interface RatioIndicator extends IndicatorDefinition {
  source: 'computed';
  kind: 'ratio';
  numerator: string;
  denominator: string;
  /** 100 for a percentage. */
  scale: number;
}
export interface ReportedIndicator extends IndicatorDefinition {
  source: 'reported';
  kind: 'reported';
}
export type Indicator = ComputedIndicator | RatioIndicator | ReportedIndicator;

const TIME_GROUPS: IndicatorGroupBy[] = ['month', 'quarter', 'half', 'year'];
const RECORD_GROUPS: IndicatorGroupBy[] = [...TIME_GROUPS, 'unit', 'unitType', 'country', 'region', 'field', 'partner', 'category'];

const text = (vi: string, en: string) => ({ vi, en });

function computed(def: Definition & { kind: 'count' | 'sum' }): ComputedIndicator {
  return { groupBys: RECORD_GROUPS, category: null, numerator: null, denominator: null, ...def, source: 'computed' } as ComputedIndicator;
}
function ratio(def: Omit<Definition, 'entity' | 'kind'> & { numerator: string; denominator: string; entity: string; scale?: number }): RatioIndicator {
  return { groupBys: RECORD_GROUPS, category: null, scale: 100, ...def, source: 'computed', kind: 'ratio' } as RatioIndicator;
}
function reported(def: Omit<Definition, 'source' | 'kind' | 'entity' | 'unitAggregation' | 'direction'> & Partial<Pick<Definition, 'direction'>>): ReportedIndicator {
  return {
    groupBys: TIME_GROUPS,
    category: null,
    numerator: null,
    denominator: null,
    direction: 'higher_is_better',
    ...def,
    source: 'reported',
    kind: 'reported',
    entity: 'reported_value',
    unitAggregation: 'none',
  } as ReportedIndicator;
}

const countOf = { unit: 'count', timeAggregation: 'sum', unitAggregation: 'sum', direction: 'higher_is_better', kind: 'count' } as const;

/** outcomes.export_contracts, outcomes.jobs.confirmed… */
export const outcomeIndicatorCode = (kind: OutcomeKind, confirmedOnly: boolean) =>
  `outcomes.${kind.replace('_contract', '_contracts')}${confirmedOnly ? '.confirmed' : ''}`;

const OUTCOME_NAMES: Partial<Record<OutcomeKind, [string, string]>> = {
  export_contract: ['Giá trị hợp đồng xuất khẩu', 'Export contracts'],
  investment_pledged: ['Vốn đầu tư cam kết', 'Investment pledged'],
  investment_registered: ['Vốn đầu tư đăng ký', 'Investment registered'],
  investment_disbursed: ['Vốn đầu tư giải ngân', 'Investment disbursed'],
  tourists: ['Khách du lịch', 'Tourists'],
  jobs: ['Việc làm', 'Jobs'],
};

const outcomeIndicators = OUTCOME_KINDS.flatMap((kind) => {
  const names = OUTCOME_NAMES[kind];
  if (!names) return [];
  const money = kind !== 'tourists' && kind !== 'jobs';
  return ([false, true] as const).map((confirmedOnly) =>
    computed({
      code: outcomeIndicatorCode(kind, confirmedOnly),
      name: text(`${names[0]}${confirmedOnly ? ' (đã xác nhận)' : ''}`, `${names[1]}${confirmedOnly ? ' (confirmed)' : ''}`),
      definition: text(
        `Tổng ${money ? 'giá trị (USD)' : 'số lượng'} các kết quả loại này của hoạt động bắt đầu trong kỳ; kết quả bị doanh nghiệp bác bỏ không tính, kết quả được đính chính tính theo số doanh nghiệp đưa ra${confirmedOnly ? '; chỉ tính kết quả đã được doanh nghiệp xác nhận hoặc đính chính' : ''}.`,
        `Sum of the ${money ? 'value (in USD)' : 'quantity'} of outcomes of this kind of activities starting in the period; denied outcomes never count, corrected ones count with the business's figure${confirmedOnly ? '; only outcomes the business confirmed or corrected' : ''}.`,
      ),
      unit: money ? 'usd' : 'people',
      timeAggregation: 'sum',
      unitAggregation: 'sum',
      direction: 'higher_is_better',
      kind: 'sum',
      entity: 'outcome',
      category: text('Trạng thái xác nhận', 'Confirmation status'),
    }),
  );
});

export const INDICATORS: Indicator[] = [
  computed({
    ...countOf,
    code: 'engagements.high_level',
    name: text('Hoạt động đối ngoại cấp cao', 'High-level engagements'),
    definition: text(
      'Số hoạt động đối ngoại (thăm, tiếp, hội nghị cấp cao, điện đàm) do lãnh đạo chủ chốt (Tổng Bí thư, Chủ tịch nước, Thủ tướng, Chủ tịch Quốc hội) chủ trì, theo ngày bắt đầu. Không tính các hội nghị trong nước tổng kết công tác ngoại giao kinh tế (loại "hội nghị"), như các hội nghị tự tính.',
      'Engagements (visits, received visits, summits, calls) led by a key leader (General Secretary, President, Prime Minister, National Assembly Chairman), by start date. Review conferences at home (type "conference") are not counted, as the conferences count themselves.',
    ),
    entity: 'engagement',
    category: text('Cấp lãnh đạo', 'Leader level'),
  }),
  computed({
    ...countOf,
    code: 'engagements.all',
    name: text('Hoạt động đối ngoại', 'Engagements'),
    definition: text('Mọi hoạt động đối ngoại đã ghi nhận, theo ngày bắt đầu; chia theo cấp lãnh đạo.', 'Every recorded engagement, by start date; broken down by leader level.'),
    entity: 'engagement',
    category: text('Cấp lãnh đạo', 'Leader level'),
  }),
  computed({
    ...countOf,
    code: 'relations.upgrades',
    name: text('Nâng cấp quan hệ', 'Relation upgrades'),
    definition: text(
      'Số lần nâng cấp hoặc thiết lập khuôn khổ quan hệ (đối tác toàn diện, chiến lược, chiến lược toàn diện) với một nước, theo ngày; chia theo cấp mới.',
      'Partnership frameworks raised or established with a country, by date; broken down by the new level.',
    ),
    entity: 'partnership_change',
    category: text('Cấp quan hệ mới', 'New level'),
    groupBys: [...TIME_GROUPS, 'country', 'region', 'category'],
  }),
  computed({
    ...countOf,
    code: 'agreements.signed',
    name: text('Thỏa thuận hợp tác được ký', 'Agreements signed'),
    definition: text(
      'Số văn kiện (hiệp định, thỏa thuận, MoU, hợp đồng…) đã ký, theo ngày ký; chia theo loại, lĩnh vực, đối tác, đơn vị.',
      'Documents (treaties, agreements, MoUs, contracts…) signed, by signing date; by kind, field, partner or unit.',
    ),
    entity: 'agreement',
    category: text('Loại văn kiện', 'Kind'),
  }),
  computed({
    ...countOf,
    code: 'agreements.local_international',
    name: text('Thỏa thuận giữa địa phương và đối tác nước ngoài', 'Local–international agreements'),
    definition: text(
      'Thỏa thuận đã ký có một tỉnh, thành phố Việt Nam và một địa phương nước ngoài là các bên, theo ngày ký.',
      'Signed agreements with a Vietnamese province and a foreign locality among the parties, by signing date.',
    ),
    entity: 'agreement',
    category: text('Loại văn kiện', 'Kind'),
  }),
  computed({
    ...countOf,
    code: 'activities.all',
    name: text('Hoạt động xúc tiến', 'Promotion activities'),
    definition: text('Mọi hoạt động ngoại giao kinh tế, xúc tiến thương mại, đầu tư, du lịch do các đơn vị báo cáo, theo ngày bắt đầu.', 'Every economic-diplomacy and trade, investment or tourism promotion activity reported, by start date.'),
    entity: 'activity',
    category: text('Loại hoạt động', 'Activity type'),
  }),
  computed({
    ...countOf,
    code: 'activities.missions',
    name: text('Hoạt động của cơ quan đại diện', 'Mission activities'),
    definition: text('Hoạt động do cơ quan đại diện Việt Nam ở nước ngoài báo cáo, theo ngày bắt đầu.', 'Activities reported by missions abroad, by start date.'),
    entity: 'activity',
    category: text('Loại hoạt động', 'Activity type'),
  }),
  computed({
    ...countOf,
    code: 'activities.provinces',
    name: text('Hoạt động của địa phương', 'Province activities'),
    definition: text('Hoạt động xúc tiến trong và ngoài nước do các tỉnh, thành phố báo cáo, theo ngày bắt đầu.', 'Promotion activities at home and abroad reported by provinces, by start date.'),
    entity: 'activity',
    category: text('Loại hoạt động', 'Activity type'),
  }),
  computed({
    ...countOf,
    code: 'activities.missions_supporting_localities',
    name: text('Hoạt động của cơ quan đại diện hỗ trợ địa phương', 'Mission activities supporting localities'),
    definition: text('Hoạt động của cơ quan đại diện có ít nhất một tỉnh, thành phố được hỗ trợ, theo ngày bắt đầu.', 'Mission activities that supported at least one province, by start date.'),
    entity: 'activity',
    category: text('Loại hoạt động', 'Activity type'),
  }),
  computed({
    ...countOf,
    code: 'activities.no_result',
    name: text('Hoạt động không có kết quả', 'Activities without result'),
    definition: text(
      'Hoạt động không có đầu ra hay kết quả nào được ghi nhận 30 ngày sau khi kết thúc (tính đến ngày xem), theo ngày bắt đầu.',
      'Activities with no output or outcome recorded 30 days after their end (judged on the as-of day), by start date.',
    ),
    direction: 'lower_is_better',
    entity: 'activity',
    category: text('Loại hoạt động', 'Activity type'),
  }),
  ratio({
    code: 'activities.formalism_share',
    name: text('Tỷ lệ hoạt động hình thức', 'Formalism share'),
    definition: text('Hoạt động không có kết quả ÷ mọi hoạt động, trong cùng kỳ (%).', 'Activities without result ÷ all activities, in the same period (%).'),
    unit: 'percent',
    timeAggregation: 'average',
    unitAggregation: 'none',
    direction: 'lower_is_better',
    numerator: 'activities.no_result',
    denominator: 'activities.all',
    entity: 'activity',
  }),
  computed({
    ...countOf,
    code: 'support_requests.answered',
    name: text('Đề nghị hỗ trợ đã được trả lời', 'Support requests answered'),
    definition: text('Đề nghị của địa phương, doanh nghiệp mà cơ quan đại diện đã trả lời, theo ngày trả lời; đơn vị là cơ quan được đề nghị.', 'Requests from provinces and businesses a mission answered, by answer date; the unit is the mission asked.'),
    entity: 'support_request',
    category: text('Trạng thái', 'Status'),
  }),
  computed({
    ...countOf,
    code: 'commitments.total',
    name: text('Cam kết', 'Commitments'),
    definition: text('Cam kết theo hạn (nếu không có: ngày của hoạt động đối ngoại, ngày ký, ngày tạo); đơn vị là đơn vị chủ trì.', 'Commitments by due date (else the engagement, signing or creation date); the unit is the owner.'),
    entity: 'commitment',
    category: text('Trạng thái', 'Status'),
  }),
  computed({
    ...countOf,
    code: 'commitments.fulfilled',
    name: text('Cam kết đã hoàn thành', 'Commitments fulfilled'),
    definition: text('Cam kết được đánh dấu hoàn thành, hoặc có nhiệm vụ và mọi nhiệm vụ đã hoàn thành.', 'Commitments marked fulfilled, or with tasks that are all completed.'),
    entity: 'commitment',
    category: text('Trạng thái', 'Status'),
  }),
  computed({
    ...countOf,
    code: 'commitments.overdue',
    name: text('Cam kết quá hạn', 'Commitments overdue'),
    definition: text('Cam kết chưa hoàn thành và đã quá hạn, hoặc có nhiệm vụ đang mở quá hạn (tính đến ngày xem).', 'Commitments not fulfilled and past due, or with an open task past due (on the as-of day).'),
    direction: 'lower_is_better',
    entity: 'commitment',
    category: text('Trạng thái', 'Status'),
  }),
  ratio({
    code: 'commitments.fulfilment_rate',
    name: text('Tỷ lệ thực hiện cam kết', 'Commitment fulfilment rate'),
    definition: text('Cam kết đã hoàn thành ÷ mọi cam kết, trong cùng kỳ (%).', 'Commitments fulfilled ÷ all commitments, in the same period (%).'),
    unit: 'percent',
    timeAggregation: 'average',
    unitAggregation: 'none',
    direction: 'higher_is_better',
    numerator: 'commitments.fulfilled',
    denominator: 'commitments.total',
    entity: 'commitment',
  }),
  computed({
    ...countOf,
    code: 'tasks.on_time',
    name: text('Nhiệm vụ hoàn thành đúng hạn', 'Tasks completed on time'),
    definition: text('Nhiệm vụ đã hoàn thành mà không lùi hạn lần nào, theo hạn.', 'Tasks completed without their due date ever moving, by due date.'),
    entity: 'task',
    category: text('Trạng thái', 'Status'),
  }),
  computed({
    ...countOf,
    code: 'tasks.slipped',
    name: text('Nhiệm vụ bị lùi hạn', 'Tasks slipped'),
    definition: text('Nhiệm vụ có hạn được lùi ít nhất một lần, theo hạn hiện tại.', 'Tasks whose due date moved at least once, by current due date.'),
    direction: 'lower_is_better',
    entity: 'task',
    category: text('Trạng thái', 'Status'),
  }),
  computed({
    ...countOf,
    code: 'tasks.overdue',
    name: text('Nhiệm vụ quá hạn', 'Tasks overdue'),
    definition: text('Nhiệm vụ đang mở đã quá hạn (tính đến ngày xem), theo hạn.', 'Open tasks past their due date on the as-of day, by due date.'),
    direction: 'lower_is_better',
    entity: 'task',
    category: text('Trạng thái', 'Status'),
  }),
  ...outcomeIndicators,
  computed({
    ...countOf,
    code: 'reports.expected',
    name: text('Báo cáo phải nộp', 'Reports due'),
    definition: text('Mỗi cơ quan đại diện và tỉnh, thành phố đang hoạt động vào cuối một kỳ báo cáo bắt đầu trong kỳ xem.', 'Each mission and province valid at the end of a reporting period starting in the period viewed.'),
    entity: 'org_unit',
    category: text('Trạng thái báo cáo', 'Report status'),
  }),
  computed({
    ...countOf,
    code: 'reports.submitted',
    name: text('Báo cáo đã nộp', 'Reports submitted'),
    definition: text('Báo cáo phải nộp đã được gửi hoặc phê duyệt.', 'Reports due that were submitted or approved.'),
    entity: 'org_unit',
    category: text('Trạng thái báo cáo', 'Report status'),
  }),
  ratio({
    code: 'reports.completeness',
    name: text('Mức độ đầy đủ của báo cáo', 'Report completeness'),
    definition: text('Báo cáo đã nộp ÷ báo cáo phải nộp (%).', 'Reports submitted ÷ reports due (%).'),
    unit: 'percent',
    timeAggregation: 'average',
    unitAggregation: 'none',
    direction: 'higher_is_better',
    numerator: 'reports.submitted',
    denominator: 'reports.expected',
    entity: 'org_unit',
  }),
  reported({
    code: 'macro.gdp_growth',
    name: text('Tăng trưởng GDP', 'GDP growth'),
    definition: text('Tốc độ tăng GDP so với cùng kỳ năm trước (%), do cơ quan thống kê công bố; kỳ dài hơn lấy số mới nhất.', 'GDP growth on the same period of the previous year (%), as published; a longer period takes the latest figure.'),
    unit: 'percent',
    timeAggregation: 'latest',
  }),
  reported({
    code: 'macro.fdi_registered',
    name: text('Vốn FDI đăng ký', 'FDI registered'),
    definition: text('Tổng vốn đầu tư trực tiếp nước ngoài đăng ký (tỷ USD); các kỳ không chồng nhau được cộng.', 'Foreign direct investment registered (US$ bn); non-overlapping periods add up.'),
    unit: 'usd_billion',
    timeAggregation: 'sum',
  }),
  reported({
    code: 'macro.fdi_disbursed',
    name: text('Vốn FDI giải ngân', 'FDI disbursed'),
    definition: text('Vốn đầu tư trực tiếp nước ngoài thực hiện (tỷ USD); các kỳ không chồng nhau được cộng.', 'Foreign direct investment disbursed (US$ bn); non-overlapping periods add up.'),
    unit: 'usd_billion',
    timeAggregation: 'sum',
  }),
  reported({
    code: 'macro.trade_turnover',
    name: text('Kim ngạch xuất nhập khẩu', 'Import-export turnover'),
    definition: text('Tổng kim ngạch xuất khẩu và nhập khẩu hàng hóa (tỷ USD).', 'Total merchandise exports and imports (US$ bn).'),
    unit: 'usd_billion',
    timeAggregation: 'sum',
  }),
  reported({
    code: 'macro.trade_balance',
    name: text('Cán cân thương mại', 'Trade balance'),
    definition: text('Xuất khẩu trừ nhập khẩu hàng hóa (tỷ USD; âm là nhập siêu).', 'Merchandise exports minus imports (US$ bn; negative is a deficit).'),
    unit: 'usd_billion',
    timeAggregation: 'sum',
  }),
  reported({
    code: 'macro.international_arrivals',
    name: text('Khách quốc tế đến Việt Nam', 'International arrivals'),
    definition: text('Lượt khách quốc tế đến Việt Nam.', 'International visitor arrivals to Viet Nam.'),
    unit: 'people',
    timeAggregation: 'sum',
  }),
  reported({
    code: 'macro.socioeconomic_targets_met',
    name: text('Chỉ tiêu kinh tế - xã hội đạt và vượt', 'Socio-economic targets met or exceeded'),
    definition: text('Số chỉ tiêu kinh tế - xã hội chủ yếu của năm đạt và vượt, theo báo cáo của Chính phủ.', "The year's main socio-economic targets met or exceeded, as the Government reported."),
    unit: 'count',
    timeAggregation: 'latest',
  }),
];

const BY_CODE = new Map(INDICATORS.map((indicator) => [indicator.code, indicator]));

export const findIndicator = (code: string): Indicator | undefined => BY_CODE.get(code);

/** The definition as the API shows it (without the query). */
export function describeIndicator(indicator: Indicator): IndicatorDefinition {
  return {
    code: indicator.code,
    name: indicator.name,
    definition: indicator.definition,
    unit: indicator.unit,
    timeAggregation: indicator.timeAggregation,
    unitAggregation: indicator.unitAggregation,
    direction: indicator.direction,
    source: indicator.source,
    kind: indicator.kind,
    groupBys: indicator.groupBys,
    category: indicator.category,
    numerator: indicator.kind === 'ratio' ? indicator.numerator : null,
    denominator: indicator.kind === 'ratio' ? indicator.denominator : null,
    entity: indicator.entity,
  };
}
