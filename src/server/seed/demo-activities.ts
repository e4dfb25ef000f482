import { count, eq } from 'drizzle-orm';
import type { ActivityType, OutputKind } from '../../shared/schemas/activities.js';
import type { ConfirmationStatus, OutcomeKind } from '../../shared/schemas/outcomes.js';
import type { Sector } from '../../shared/schemas/sectors.js';
import { SYSTEM_ACTOR } from '../auth/actor.js';
import type { Executor } from '../db/client.js';
import { activities, activityOutputs, activityPartners, activityProvinces, outcomes, partners } from '../db/schema/index.js';
import { isWithin } from '../lib/dates.js';
import { newId } from '../lib/ids.js';
import { auditRepo } from '../modules/audit/audit.repo.js';
import { countryName } from '../modules/countries/countries.service.js';
import { orgUnitsRepo, type OrgUnitRow } from '../modules/org-units/org-units.repo.js';
import { FICTIONAL_BUYERS, FICTIONAL_EXPORTERS, FICTIONAL_INVESTORS } from './demo-names.js';
import { prng } from './prng.js';

type Rng = ReturnType<typeof prng>;

const DAY_MS = 86_400_000;
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const dayIn = (rng: Rng, from: string, to: string) => addDays(from, rng.int(0, Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS)));
/** Cents as an exact decimal string: amounts never pass through a float with decimals. */
const money = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

const PERIODS = [
  // The conference reports: missions 700 activities in 2024 and ~300 in H1-2025 (>150 of them supporting provinces); provinces >400 in 2024.
  { from: '2024-01-01', to: '2024-12-31', missions: 700, provinces: 420, ministries: 40, supported: 90 },
  { from: '2025-01-01', to: '2025-06-30', missions: 300, provinces: 220, ministries: 20, supported: 160 },
] as const;

const MISSION_TYPES: ActivityType[] = ['trade_promotion', 'trade_promotion', 'investment_promotion', 'investment_promotion', 'tourism_promotion', 'fair_exhibition', 'forum_seminar', 'business_delegation', 'b2b_matching', 'labour', 'science_technology', 'culture', 'other'];
const PROVINCE_TYPES: ActivityType[] = ['trade_promotion', 'investment_promotion', 'investment_promotion', 'fair_exhibition', 'forum_seminar', 'business_delegation', 'tourism_promotion'];
const MINISTRY_TYPES: ActivityType[] = ['forum_seminar', 'trade_promotion', 'science_technology', 'labour', 'investment_promotion'];

const TITLES: Record<ActivityType, string> = {
  trade_promotion: 'Xúc tiến thương mại',
  investment_promotion: 'Xúc tiến đầu tư',
  tourism_promotion: 'Quảng bá du lịch Việt Nam',
  fair_exhibition: 'Tham gia hội chợ triển lãm',
  forum_seminar: 'Diễn đàn doanh nghiệp',
  business_delegation: 'Đón đoàn doanh nghiệp',
  b2b_matching: 'Kết nối giao thương B2B',
  labour: 'Hợp tác lao động',
  science_technology: 'Hợp tác khoa học công nghệ và đổi mới sáng tạo',
  locality_support: 'Hỗ trợ địa phương xúc tiến',
  culture: 'Tuần văn hóa Việt Nam',
  other: 'Hoạt động ngoại giao kinh tế',
};

/** The sectors demo activities are drawn from: the fields the conferences name most (shared list). */
export const ACTIVITY_SECTORS: readonly Sector[] = ['trade', 'investment', 'agriculture', 'halal', 'semiconductors', 'digital', 'tourism', 'energy', 'green_economy', 'labour', 'transport', 'science_technology'];

const PRODUCTS = [
  { product: 'Tôm đông lạnh', hs: '030617' },
  { product: 'Cá tra phi lê', hs: '030462' },
  { product: 'Gạo ST25', hs: '100630' },
  { product: 'Cà phê Robusta', hs: '090111' },
  { product: 'Hạt điều nhân', hs: '080132' },
  { product: 'Sầu riêng tươi', hs: '081060' },
  { product: 'Hàng may mặc', hs: '6203' },
  { product: 'Giày thể thao', hs: '6404' },
  { product: 'Đồ gỗ nội thất', hs: '9403' },
  { product: 'Linh kiện điện tử', hs: '8542' },
];

// Businesses and people in outcomes are invented (demo-names.ts): no real company confirms an invented deal.
const EXPORTERS = FICTIONAL_EXPORTERS;
const INVESTORS = FICTIONAL_INVESTORS;
const BUYERS = FICTIONAL_BUYERS;

// Provinces report unevenly: the large economic centres (and the ones merged into HCMC) report most.
const BUSY_PROVINCES = ['79', '01', '74', '77', '75', '31', '48', '27', '92', '56'];

export interface DemoActivitiesResult {
  activities: number;
  outputs: number;
  outcomes: number;
}

/**
 * Loads a realistic spread of 2024 and H1-2025 activities (missions, provinces, ministries) with outputs, export and
 * investment outcomes (most unconfirmed; some confirmed, corrected or denied) and some with no result at all.
 * Provincial records belong to the 63 former provinces, so the mapped view rolls them up to today's 34.
 * Deterministic for a given seed; does nothing when activities exist. Runs in the caller's transaction.
 */
export async function loadDemoActivities(tx: Executor, options: { seed?: number; createdBy?: string | null } = {}): Promise<DemoActivitiesResult> {
  const [existing] = await tx.select({ total: count() }).from(activities);
  if ((existing?.total ?? 0) > 0) return { activities: 0, outputs: 0, outcomes: 0 };
  const rng = prng(options.seed ?? 20241220);
  const createdBy = options.createdBy ?? null;
  const units = await orgUnitsRepo.all(tx);
  const countryPartners = new Map((await tx.select({ id: partners.id, code: partners.code }).from(partners).where(eq(partners.kind, 'country'))).map((p) => [p.code, p.id]));
  const validOn = (type: string, day: string) => units.filter((u) => u.type === type && isWithin(day, u.validFrom, u.validTo));

  const activityRows: (typeof activities.$inferInsert)[] = [];
  const outputRows: (typeof activityOutputs.$inferInsert)[] = [];
  const provinceRows: (typeof activityProvinces.$inferInsert)[] = [];
  const partnerRows: (typeof activityPartners.$inferInsert)[] = [];
  const outcomeRows: (typeof outcomes.$inferInsert)[] = [];

  const addActivity = (unit: OrgUnitRow, type: ActivityType, start: string, countryCode: string | null, supported: OrgUnitRow[]) => {
    const id = newId();
    const endDate = addDays(start, rng.int(0, 3));
    const where = countryCode && countryCode !== 'VN' ? ` tại ${countryName(countryCode)?.vi ?? countryCode}` : '';
    const forWhom = supported.length > 0 ? ` cho ${supported.map((p) => p.nameVi).join(', ')}` : '';
    activityRows.push({
      id,
      unitId: unit.id,
      type,
      title: `${TITLES[type]}${forWhom}${where} (${start.slice(0, 7)})`,
      startDate: start,
      endDate,
      countryCode,
      place: unit.city ?? null,
      sectors: [rng.pick(ACTIVITY_SECTORS), ...(rng.chance(0.4) ? [rng.pick(ACTIVITY_SECTORS)] : [])].filter((s, i, all) => all.indexOf(s) === i),
      cost: rng.chance(0.5) ? money(rng.int(50_000, 4_000_000) * 100) : null,
      costCurrency: null,
      demo: true,
      createdBy,
    });
    const row = activityRows.at(-1)!;
    if (row.cost) row.costCurrency = countryCode === 'VN' || unit.type === 'province' ? 'VND' : 'USD';
    if (row.cost && row.costCurrency === 'USD') row.cost = money(rng.int(1_000, 80_000) * 100);
    for (const province of supported) provinceRows.push({ activityId: id, unitId: province.id });
    const partnerId = countryCode ? countryPartners.get(countryCode) : undefined;
    if (partnerId && countryCode !== 'VN') partnerRows.push({ activityId: id, partnerId });

    // About one in seven records nothing: the formalism the dashboard has to expose.
    if (rng.chance(0.14)) return;
    const kinds: OutputKind[] = ['meetings_held', 'businesses_connected', 'mous_signed', 'participants', 'delegations'];
    for (let i = rng.int(1, 3); i > 0; i -= 1) {
      const kind = rng.pick(kinds);
      const quantity = kind === 'participants' ? rng.int(20, 400) : kind === 'mous_signed' ? rng.int(1, 6) : rng.int(2, 60);
      outputRows.push({ id: newId(), activityId: id, kind, quantity });
    }
    if (rng.chance(0.35)) outcomeRows.push(outcomeFor(rng, id, type, createdBy));
  };

  for (const period of PERIODS) {
    const missions = validOn('mission', period.from);
    const missionCountries = [...new Set(missions.map((m) => m.countryCode).filter((c): c is string => c !== null))];
    for (let i = 0; i < period.missions; i += 1) {
      const mission = rng.pick(missions);
      const start = dayIn(rng, period.from, period.to);
      const supportsProvince = i < period.supported;
      const provinces = supportsProvince ? pickDistinct(rng, validOn('province', start), rng.int(1, 2)) : [];
      addActivity(mission, supportsProvince ? rng.pick<ActivityType>(['locality_support', 'trade_promotion', 'investment_promotion', 'fair_exhibition']) : rng.pick(MISSION_TYPES), start, mission.countryCode, provinces);
    }
    for (let i = 0; i < period.provinces; i += 1) {
      const start = dayIn(rng, period.from, period.to);
      const provinces = validOn('province', start);
      const busy = provinces.filter((p) => BUSY_PROVINCES.includes(p.code));
      const province = rng.chance(0.45) && busy.length > 0 ? rng.pick(busy) : rng.pick(provinces);
      addActivity(province, rng.pick(PROVINCE_TYPES), start, rng.chance(0.45) ? 'VN' : rng.pick(missionCountries), []);
    }
    for (let i = 0; i < period.ministries; i += 1) {
      const start = dayIn(rng, period.from, period.to);
      addActivity(rng.pick(validOn('ministry', start)), rng.pick(MINISTRY_TYPES), start, rng.chance(0.3) ? 'VN' : rng.pick(missionCountries), []);
    }
  }

  // Batches of 500 keep each statement well under PostgreSQL's parameter limit.
  const inBatches = async <T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += 500) await insert(rows.slice(i, i + 500));
  };
  await inBatches(activityRows, (batch) => tx.insert(activities).values(batch));
  await inBatches(outputRows, (batch) => tx.insert(activityOutputs).values(batch));
  await inBatches(provinceRows, (batch) => tx.insert(activityProvinces).values(batch));
  await inBatches(partnerRows, (batch) => tx.insert(activityPartners).values(batch));
  await inBatches(outcomeRows, (batch) => tx.insert(outcomes).values(batch));
  const result = { activities: activityRows.length, outputs: outputRows.length, outcomes: outcomeRows.length };
  await auditRepo.insert(tx, { actor: SYSTEM_ACTOR, action: 'demo.loaded', entity: 'activity', entityId: 'demo-activities', after: result });
  return result;
}

function pickDistinct<T>(rng: Rng, items: readonly T[], n: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(n, items.length)) chosen.add(rng.pick(items));
  return [...chosen];
}

const STATUSES: [ConfirmationStatus, number][] = [
  ['unconfirmed', 0.68],
  ['confirmed', 0.17],
  ['corrected', 0.08],
  ['denied', 0.07],
];

function outcomeFor(rng: Rng, activityId: string, type: ActivityType, createdBy: string | null): typeof outcomes.$inferInsert {
  const investment = type === 'investment_promotion' || (type === 'forum_seminar' && rng.chance(0.5));
  const kind: OutcomeKind = investment
    ? rng.pick<OutcomeKind>(['investment_pledged', 'investment_pledged', 'investment_registered', 'investment_disbursed'])
    : type === 'tourism_promotion'
      ? 'tourists'
      : type === 'labour'
        ? 'jobs'
        : type === 'science_technology'
          ? 'technology_transfer'
          : 'export_contract';
  const business = investment ? rng.pick(INVESTORS) : rng.pick(EXPORTERS);
  const cents = investment ? rng.int(1_000, 500_000) * 100_000 : rng.int(5_000, 2_000_000) * 1_000 + rng.int(0, 99);
  const roll = rng.next();
  let acc = 0;
  const status = STATUSES.find(([, share]) => (acc += share) > roll)?.[0] ?? 'unconfirmed';
  const base = { id: newId(), activityId, kind, businessName: business.name, contactName: business.contact, contactEmail: business.email, demo: true, createdBy };
  const answered = status === 'unconfirmed' ? {} : { confirmationStatus: status, confirmedAt: new Date(Date.UTC(2025, 7, rng.int(1, 28))) };
  if (kind === 'tourists' || kind === 'jobs') {
    const quantity = kind === 'tourists' ? rng.int(200, 20_000) : rng.int(20, 1_500);
    return { ...base, ...answered, quantity, confirmedQuantity: status === 'corrected' ? Math.round(quantity * 0.7) : null, businessName: null, contactName: null, contactEmail: null };
  }
  if (kind === 'technology_transfer') return { ...base, ...answered, product: 'Chuyển giao dây chuyền sản xuất', confirmationStatus: status === 'corrected' ? 'confirmed' : status };
  const item = rng.pick(PRODUCTS);
  return {
    ...base,
    ...answered,
    value: money(cents),
    currency: 'USD',
    confirmedValue: status === 'corrected' ? money(Math.floor((cents * rng.int(55, 95)) / 100)) : null,
    ...(kind === 'export_contract' ? { product: item.product, hsCode: item.hs, counterpart: rng.pick(BUYERS) } : {}),
  };
}
