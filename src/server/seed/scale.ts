/**
 * Generated national-scale data for benchmarks: `econdip bench generate --scale N`. Scale 1 is one year of national
 * activity; scale N is N years ending with `untilYear`, generated year by year (memory stays flat) from a PRNG seeded
 * by the seed and the year, so the same seed always gives the same records, ids included. Every company, person and
 * e-mail is fictional; titles and e-mails say the records are generated.
 */
import { createHash } from 'node:crypto';
import { getTableColumns } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { ACTIVITY_TYPES, OUTPUT_KINDS, type ActivityType } from '../../shared/schemas/activities.js';
import { AGREEMENT_FIELDS, AGREEMENT_KINDS, type AgreementStatus } from '../../shared/schemas/agreements.js';
import { ENGAGEMENT_TYPES, LEADER_LEVELS } from '../../shared/schemas/engagements.js';
import type { OutcomeKind } from '../../shared/schemas/outcomes.js';
import { PERIOD_KINDS, type SubmissionStatus } from '../../shared/schemas/periods.js';
import { TASK_STATUSES, type TaskStatus } from '../../shared/schemas/tasks.js';
import { insertMany } from '../db/bulk.js';
import type { Db, Executor } from '../db/client.js';
import * as schema from '../db/schema/index.js';
import { periodBounds, periodLabel } from '../modules/periods/period-calendar.js';
import { prng } from './prng.js';
import { ACTIVITY_SECTORS } from './demo-activities.js';
import { scaleRepo } from './scale.repo.js';

type Rng = ReturnType<typeof prng>;
type Unit = Awaited<ReturnType<typeof scaleRepo.units>>[number];
type Country = Awaited<ReturnType<typeof scaleRepo.countries>>[number];
type Row<T extends PgTable> = T['$inferInsert'];

/** Per year of national activity (the orders of magnitude the conference reports give). */
export const PER_YEAR = {
  partners: 5_000,
  engagements: 60,
  agreements: 300,
  commitments: 1_500,
  tasksPerCommitment: 5,
  activities: 1_200,
  outcomes: 2_000,
  auditRows: 50_000,
  notifications: 5_000,
  supportRequests: 150,
} as const;

export const SCALE_EMAIL_DOMAIN = 'scale.example';

export interface ScaleOptions {
  scale: number;
  seed?: number;
  /** The last generated year; scale N covers N years up to it. */
  untilYear?: number;
  /** Hash of the sign-ins' password (one hash for all generated users). */
  passwordHash: string;
  onYear?: (year: number, counts: Record<string, number>) => void;
}

export interface ScaleResult {
  years: number[];
  counts: Record<string, number>;
  /** SHA-256 of every generated row, reference ids replaced by the units' and countries' codes. */
  checksum: string;
}

const DAY_MS = 86_400_000;
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const at = (day: string, rng: Rng) => new Date(Date.parse(`${day}T00:00:00Z`) + rng.int(1, 10) * 3_600_000);
const money = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

/** A UUID (version 4 layout) drawn from the PRNG, so ids are reproducible. */
function uuidFrom(rng: Rng): string {
  const hex = Array.from({ length: 4 }, () => Math.floor(rng.next() * 2 ** 32).toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const validOn = (unit: Unit, day: string) => (!unit.validFrom || unit.validFrom <= day) && (!unit.validTo || unit.validTo > day);

const COMPANY_PREFIXES = ['Công ty CP', 'Công ty TNHH', 'Tổng Công ty', 'Tập đoàn'];
const COMPANY_WORDS = ['Sao Mai', 'Hồng Lĩnh', 'Phương Nam', 'Trường Giang', 'Bình Minh', 'Thái Sơn', 'Hải Đăng', 'Kim Long', 'Ngọc Lan', 'Đông Á', 'Việt Tiến', 'An Phát', 'Thành Công', 'Hòa Bình', 'Lam Sơn', 'Tân Cảng', 'Quang Minh', 'Phú Quý'];
const COMPANY_TRADES = ['Thủy sản', 'Nông sản', 'Dệt may', 'Điện tử', 'Logistics', 'Năng lượng', 'Gỗ', 'Cà phê', 'Thực phẩm', 'Công nghệ'];
const FOREIGN_WORDS = ['Northwind', 'Bluebay', 'Silverline', 'Redwood', 'Greenfield', 'Brightstar', 'Eastgate', 'Harbor', 'Summit', 'Crescent', 'Lakeside', 'Ironbridge'];
const FOREIGN_TRADES = ['Trading', 'Foods', 'Electronics', 'Energy', 'Logistics', 'Holdings', 'Textiles', 'Materials', 'Systems'];
const GIVEN = ['An', 'Bình', 'Châu', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hương', 'Khánh', 'Lan', 'Linh', 'Minh', 'Nam', 'Ngọc', 'Phúc', 'Quân', 'Thảo', 'Trang', 'Tuấn', 'Vy'];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const TOPICS = ['hợp tác thương mại', 'hợp tác đầu tư', 'chuyển đổi số', 'năng lượng tái tạo', 'nông nghiệp công nghệ cao', 'du lịch', 'logistics', 'bán dẫn', 'kinh tế xanh', 'lao động', 'giáo dục và đào tạo', 'y tế'];
const TOPICS_EN = ['trade cooperation', 'investment cooperation', 'digital transformation', 'renewable energy', 'high-tech agriculture', 'tourism', 'logistics', 'semiconductors', 'green economy', 'labour', 'education and training', 'health'];
const ACTIONS = ['Tổ chức', 'Xây dựng', 'Triển khai', 'Thúc đẩy', 'Hoàn thiện', 'Rà soát', 'Kết nối', 'Báo cáo'];
const PRODUCTS = [
  { product: 'Tôm đông lạnh', hs: '030617' },
  { product: 'Cá tra phi lê', hs: '030462' },
  { product: 'Gạo thơm', hs: '100630' },
  { product: 'Cà phê Robusta', hs: '090111' },
  { product: 'Hạt điều nhân', hs: '080132' },
  { product: 'Hàng may mặc', hs: '6203' },
  { product: 'Đồ gỗ nội thất', hs: '9403' },
  { product: 'Linh kiện điện tử', hs: '8542' },
];
const OUTCOME_KINDS: Partial<Record<OutcomeKind, number>> = { export_contract: 5, investment_pledged: 2, investment_registered: 2, investment_disbursed: 1, tourists: 1, jobs: 1, technology_transfer: 1 };
const TASK_WEIGHTS: Record<TaskStatus, number> = { not_started: 2, on_track: 4, at_risk: 1, delayed: 1, completed: 5, completed_with_changes: 1, not_pursued: 0.5 };
const AUDIT_ACTIONS = ['task.status_changed', 'task.updated', 'commitment.updated', 'activity.updated', 'outcome.updated', 'agreement.updated', 'engagement.updated', 'partner.updated'] as const;

class Checksum {
  private readonly hash = createHash('sha256');
  constructor(private readonly stable: Map<string, string>) {}
  add(table: string, rows: object[]) {
    const replace = (_key: string, value: unknown) => (typeof value === 'string' ? (this.stable.get(value) ?? value) : value);
    for (const row of rows) this.hash.update(table).update(JSON.stringify(row, replace)).update('\n');
  }
  digest = () => this.hash.digest('hex');
}

/** Loads `options.scale` years of generated records next to the reference data (and any demo data). */
export async function generateScaleData(db: Db, options: ScaleOptions): Promise<ScaleResult> {
  const seed = options.seed ?? 1;
  const untilYear = options.untilYear ?? 2025;
  const yearCount = Math.max(1, Math.ceil(options.scale));
  const share = options.scale / yearCount;
  const units = await scaleRepo.units(db);
  const countries = await scaleRepo.countries(db);
  if (units.length === 0 || countries.length === 0) throw new Error('Load the reference data first (econdip migrate)');
  const stable = new Map<string, string>([...units.map((u) => [u.id, `unit:${u.type}:${u.code}:${u.validFrom ?? ''}`] as const), ...countries.map((c) => [c.id, `country:${c.code}`] as const)]);
  const checksum = new Checksum(stable);
  const counts: Record<string, number> = {};
  const insert = async <T extends PgTable>(ex: Executor, name: string, table: T, generated: Row<T>[]) => {
    // Marked as demo data wherever the table has the flag, so it is never taken for real records.
    const rows = 'demo' in getTableColumns(table) ? generated.map((row) => ({ ...row, demo: true })) : generated;
    checksum.add(name, rows);
    await insertMany(ex, table, rows, { skipConflicts: true });
    counts[name] = (counts[name] ?? 0) + rows.length;
  };

  const users = await generateUsers(db, units, seed, options.passwordHash, insert);
  const years = Array.from({ length: yearCount }, (_, i) => untilYear - yearCount + 1 + i);
  for (const year of years) {
    await db.transaction(async (tx) => {
      await generateYear(tx, { year, share, rng: prng(seed * 100_003 + year), units, countries, users, insert });
    });
    options.onYear?.(year, { ...counts });
  }
  return { years, counts, checksum: checksum.digest() };
}

type Insert = <T extends PgTable>(ex: Executor, name: string, table: T, rows: Row<T>[]) => Promise<void>;
type UserRef = { id: string; unitId: string | null };

/** One editor per current reporting unit, plus HQ coordinators and leaders. */
async function generateUsers(db: Db, units: Unit[], seed: number, passwordHash: string, insert: Insert): Promise<UserRef[]> {
  const rng = prng(seed);
  const current = units.filter((u) => !u.validTo);
  const hq = current.filter((u) => u.type === 'hq');
  const rows: Row<typeof schema.users>[] = [
    ...hq.flatMap((unit, i) => [
      { id: uuidFrom(rng), email: `hq${i}@${SCALE_EMAIL_DOMAIN}`, name: `Điều phối ${i} (dữ liệu sinh)`, role: 'hq_coordinator', unitId: unit.id, passwordHash, locale: 'vi' },
      { id: uuidFrom(rng), email: `leader${i}@${SCALE_EMAIL_DOMAIN}`, name: `Lãnh đạo ${i} (dữ liệu sinh)`, role: 'leader', unitId: unit.id, passwordHash, locale: 'vi' },
    ]),
    ...current
      .filter((u) => u.type !== 'hq')
      .map((unit) => ({
        id: uuidFrom(rng),
        email: `${unit.type}.${unit.code.toLowerCase()}@${SCALE_EMAIL_DOMAIN}`,
        name: `${rng.pick(FAMILY)} ${rng.pick(GIVEN)} (dữ liệu sinh)`,
        role: 'unit_editor',
        unitId: unit.id,
        passwordHash,
        locale: rng.chance(0.8) ? 'vi' : 'en',
      })),
  ];
  await db.transaction((tx) => insert(tx, 'users', schema.users, rows));
  return rows.map((r) => ({ id: r.id, unitId: r.unitId ?? null }));
}

interface YearContext {
  year: number;
  share: number;
  rng: Rng;
  units: Unit[];
  countries: Country[];
  users: UserRef[];
  insert: Insert;
}

async function generateYear(tx: Executor, { year, share, rng, units, countries, users, insert }: YearContext) {
  const n = (perYear: number) => Math.max(1, Math.round(perYear * share));
  const from = `${year}-01-01`;
  const dayOfYear = () => addDays(from, rng.int(0, 364));
  const reporting = (day: string, types: string[] = ['mission', 'province', 'ministry']) => units.filter((u) => types.includes(u.type) && validOn(u, day));
  const unitOn = (day: string, types?: string[]) => rng.pick(reporting(day, types));
  const hq = units.filter((u) => u.type === 'hq');
  const id = () => uuidFrom(rng);
  const person = () => `${rng.pick(FAMILY)} ${rng.pick(GIVEN)}`;
  const created = (day: string) => ({ createdAt: at(day, rng), updatedAt: at(day, rng) });

  // Partners: foreign and Vietnamese companies (fictional).
  const partnerRows: Row<typeof schema.partners>[] = Array.from({ length: n(PER_YEAR.partners) }, (_, i) => {
    const foreign = rng.chance(0.6);
    const country = rng.pick(countries);
    const name = foreign ? `${rng.pick(FOREIGN_WORDS)} ${rng.pick(FOREIGN_TRADES)} ${year}-${i}` : `${rng.pick(COMPANY_PREFIXES)} ${rng.pick(COMPANY_TRADES)} ${rng.pick(COMPANY_WORDS)} ${year}-${i}`;
    return {
      id: id(),
      kind: foreign ? 'foreign_company' : 'vietnamese_company',
      nameVi: name,
      nameEn: name,
      countryCode: foreign ? country.code : 'VN',
      parentId: foreign ? country.id : null,
      notes: 'Dữ liệu sinh cho kiểm thử hiệu năng (generated benchmark data)',
      ...created(from),
    };
  });
  await insert(tx, 'partners', schema.partners, partnerRows);
  const companies = partnerRows.map((p) => p.id);

  // Engagements with lead and participating units and partner countries.
  const engagementRows = Array.from({ length: n(PER_YEAR.engagements) }, () => {
    const start = dayOfYear();
    const country = rng.pick(countries);
    const topic = rng.int(0, TOPICS.length - 1);
    return {
      id: id(),
      titleVi: `Chuyến thăm và làm việc về ${TOPICS[topic]} với ${country.nameVi}`,
      titleEn: `Visit on ${TOPICS_EN[topic]} with ${country.nameEn}`,
      type: rng.pick(ENGAGEMENT_TYPES),
      leaderName: person(),
      leaderLevel: rng.pick(LEADER_LEVELS),
      startDate: start,
      endDate: addDays(start, rng.int(0, 5)),
      countryCodes: [country.code!],
      leadUnitId: rng.pick(hq).id,
      summary: 'Dữ liệu sinh (generated)',
      country,
      ...created(start),
    };
  });
  await insert(tx, 'engagements', schema.engagements, engagementRows.map(({ country: _country, ...row }) => row));
  await insert(tx, 'engagement_units', schema.engagementUnits, engagementRows.flatMap((e) => distinct(Array.from({ length: rng.int(1, 3) }, () => unitOn(e.startDate).id)).map((unitId) => ({ engagementId: e.id, unitId }))));
  await insert(tx, 'engagement_partners', schema.engagementPartners, engagementRows.map((e) => ({ engagementId: e.id, partnerId: e.country.id })));

  // Agreements with parties on both sides and their lifecycle events.
  const agreementRows = Array.from({ length: n(PER_YEAR.agreements) }, () => {
    const signed = dayOfYear();
    const engagement = rng.chance(0.4) ? rng.pick(engagementRows) : null;
    const owner = unitOn(signed);
    const topic = rng.int(0, TOPICS.length - 1);
    const country = engagement?.country ?? rng.pick(countries);
    const kind = rng.pick(AGREEMENT_KINDS);
    const status = rng.weighted<AgreementStatus>({ signed: 2, in_force: 3, implementing: 4, completed: 1, expired: 0.5, negotiating: 0.5 });
    const valued = kind === 'commercial_contract' || rng.chance(0.2);
    return {
      id: id(),
      titleVi: `Thỏa thuận ${TOPICS[topic]} giữa ${owner.nameVi} và đối tác ${country.nameVi}`,
      titleEn: `Agreement on ${TOPICS_EN[topic]} with a partner in ${country.nameEn}`,
      kind,
      status,
      signedDate: status === 'negotiating' ? null : signed,
      signedPlace: country.nameVi,
      inForceDate: status === 'negotiating' || status === 'signed' ? null : addDays(signed, rng.int(0, 60)),
      expiryDate: rng.chance(0.3) ? addDays(signed, 365 * rng.int(2, 5)) : null,
      engagementId: engagement?.id ?? null,
      fields: distinct([rng.pick(AGREEMENT_FIELDS), rng.pick(AGREEMENT_FIELDS)]),
      value: valued ? money(rng.int(10_000, 50_000_000) * 100) : null,
      currency: valued ? 'USD' : null,
      ownerUnitId: owner.id,
      summary: 'Dữ liệu sinh (generated)',
      ...created(signed),
      country,
      signed,
    };
  });
  await insert(tx, 'agreements', schema.agreements, agreementRows.map(({ country: _c, signed: _s, ...row }) => row));
  await insert(
    tx,
    'agreement_parties',
    schema.agreementParties,
    agreementRows.flatMap((a) => [
      { agreementId: a.id, unitId: a.ownerUnitId, partnerId: null },
      { agreementId: a.id, unitId: null, partnerId: a.country.id },
      ...(rng.chance(0.5) ? [{ agreementId: a.id, unitId: null, partnerId: rng.pick(companies) }] : []),
    ]),
  );
  await insert(
    tx,
    'agreement_events',
    schema.agreementEvents,
    agreementRows.flatMap((a) => [
      { id: id(), agreementId: a.id, status: a.signedDate ? 'signed' : 'negotiating', effectiveDate: a.signed, note: null, at: at(a.signed, rng) },
      ...(a.inForceDate ? [{ id: id(), agreementId: a.id, status: a.status, effectiveDate: a.inForceDate, note: null, at: at(a.inForceDate, rng) }] : []),
    ]),
  );

  // Commitments from agreements or engagements, some with co-owners.
  const commitmentRows = Array.from({ length: n(PER_YEAR.commitments) }, () => {
    const fromAgreement = rng.chance(0.7);
    const agreement = fromAgreement ? rng.pick(agreementRows) : null;
    const engagement = agreement ? null : rng.pick(engagementRows);
    const start = agreement?.signed ?? engagement!.startDate;
    const topic = rng.int(0, TOPICS.length - 1);
    return {
      id: id(),
      title: `${rng.pick(ACTIONS)} ${TOPICS[topic]} (${year})`,
      sourceQuote: rng.chance(0.5) ? `Hai bên nhất trí thúc đẩy ${TOPICS[topic]}.` : null,
      agreementId: agreement?.id ?? null,
      engagementId: engagement?.id ?? null,
      ownerUnitId: unitOn(start).id,
      dueDate: rng.chance(0.9) ? addDays(start, rng.int(90, 900)) : null,
      fields: [rng.pick(AGREEMENT_FIELDS)],
      status: rng.weighted({ open: 6, fulfilled: 2, partially_fulfilled: 1, not_pursued: 0.3 }),
      ...created(start),
      start,
    };
  });
  await insert(tx, 'commitments', schema.commitments, commitmentRows.map(({ start: _s, ...row }) => row));
  await insert(
    tx,
    'commitment_co_owners',
    schema.commitmentCoOwners,
    commitmentRows
      .filter(() => rng.chance(0.2))
      .map((c) => ({ commitmentId: c.id, unitId: unitOn(c.start).id, owner: c.ownerUnitId }))
      .filter((r) => r.unitId !== r.owner)
      .map(({ owner: _owner, ...row }) => row),
  );

  // Tasks with the seven clears, sub-tasks, status timelines and due-date changes.
  const taskRows: (Row<typeof schema.tasks> & { id: string; startDate: string; dueDate: string; status: string })[] = [];
  for (const commitment of commitmentRows) {
    let parent: string | null = null;
    for (let k = 0; k < PER_YEAR.tasksPerCommitment; k += 1) {
      const start = addDays(commitment.start, rng.int(0, 60));
      const due = addDays(start, rng.int(30, 400));
      const status = rng.weighted(TASK_WEIGHTS);
      const slips = rng.chance(0.15) ? rng.int(1, 3) : 0;
      const unit = rng.chance(0.8) ? commitment.ownerUnitId : unitOn(start).id;
      const row: (typeof taskRows)[number] = {
        id: id(),
        commitmentId: commitment.id,
        parentTaskId: k > 0 && rng.chance(0.2) ? parent : null,
        isMilestone: rng.chance(0.1),
        title: `${rng.pick(ACTIONS)} ${rng.pick(TOPICS)} — bước ${k + 1}`,
        objective: `Hoàn thành ${rng.pick(TOPICS)}`,
        responsibleUnitId: unit,
        responsiblePerson: person(),
        assigningUnitId: rng.pick(hq).id,
        accountableTo: person(),
        checkedBy: person(),
        expectedOutput: 'Báo cáo kết quả',
        expectedOutcome: 'Hợp tác được triển khai',
        startDate: start,
        dueDate: addDays(due, slips * 30),
        originalDueDate: due,
        slipCount: slips,
        status,
        statusChangedAt: at(addDays(start, rng.int(0, 200)), rng),
        completedAt: status === 'completed' || status === 'completed_with_changes' ? addDays(start, rng.int(20, 400)) : null,
        ...created(start),
      };
      if (k === 0) parent = row.id;
      taskRows.push(row);
    }
  }
  // Parents first: a sub-task references a task of the same commitment inserted before it.
  await insert(tx, 'tasks', schema.tasks, taskRows);
  await insert(
    tx,
    'task_status_events',
    schema.taskStatusEvents,
    taskRows.flatMap((task) => {
      const steps: TaskStatus[] = task.status === 'not_started' ? [] : ['on_track', ...(task.status === 'on_track' ? [] : [task.status as TaskStatus])];
      let previous: TaskStatus | null = null;
      return [{ to: 'not_started' as TaskStatus }, ...steps.map((to) => ({ to }))].map(({ to }, i) => {
        const row: Row<typeof schema.taskStatusEvents> = { id: id(), taskId: task.id, fromStatus: previous, toStatus: to, rationale: i === 0 ? 'Giao nhiệm vụ' : 'Cập nhật tiến độ', evidenceUrl: null, attachmentId: null, actorUserId: null, at: at(addDays(task.startDate, i * 30), rng) };
        previous = to;
        return row;
      });
    }),
  );
  await insert(
    tx,
    'due_date_changes',
    schema.dueDateChanges,
    taskRows.filter((t) => (t.slipCount ?? 0) > 0).map((t) => ({ id: id(), taskId: t.id, fromDate: t.originalDueDate, toDate: t.dueDate, reason: 'Đối tác đề nghị lùi thời hạn', requestedAt: at(t.startDate, rng), decision: 'approved', decidedAt: at(addDays(t.startDate, 5), rng), decisionNote: null })),
  );

  // Activities with outputs, outcomes (some confirmed by the business) and the provinces they supported.
  const activityRows = Array.from({ length: n(PER_YEAR.activities) }, (_, i) => {
    const start = dayOfYear();
    const unit = unitOn(start);
    const type: ActivityType = rng.pick(ACTIVITY_TYPES);
    const country = rng.pick(countries);
    const costed = rng.chance(0.4);
    return {
      id: id(),
      unitId: unit.id,
      type,
      title: `Hoạt động ${TOPICS[rng.int(0, TOPICS.length - 1)]} tại ${country.nameVi} ${year}-${i}`,
      description: rng.chance(0.5) ? 'Dữ liệu sinh cho kiểm thử hiệu năng' : null,
      startDate: start,
      endDate: addDays(start, rng.int(0, 4)),
      countryCode: country.code,
      place: country.nameVi,
      sectors: distinct([rng.pick(ACTIVITY_SECTORS), rng.pick(ACTIVITY_SECTORS)]),
      cost: costed ? money(rng.int(1_000, 500_000) * 100) : null,
      costCurrency: costed ? 'VND' : null,
      engagementId: rng.chance(0.1) ? rng.pick(engagementRows).id : null,
      commitmentId: rng.chance(0.1) ? rng.pick(commitmentRows).id : null,
      ...created(start),
      unitType: unit.type,
    };
  });
  await insert(tx, 'activities', schema.activities, activityRows.map(({ unitType: _t, ...row }) => row));
  await insert(tx, 'activity_outputs', schema.activityOutputs, activityRows.flatMap((a) => Array.from({ length: rng.int(0, 2) }, () => ({ id: id(), activityId: a.id, kind: rng.pick(OUTPUT_KINDS), quantity: rng.int(1, 40), note: null }))));
  await insert(tx, 'activity_provinces', schema.activityProvinces, activityRows.filter((a) => a.unitType === 'mission' && rng.chance(0.2)).map((a) => ({ activityId: a.id, unitId: unitOn(a.startDate, ['province']).id })));
  await insert(tx, 'activity_partners', schema.activityPartners, activityRows.filter(() => rng.chance(0.3)).map((a) => ({ activityId: a.id, partnerId: rng.pick(companies) })));
  const outcomeRows = Array.from({ length: n(PER_YEAR.outcomes) }, () => {
    const activity = rng.pick(activityRows);
    const kind = rng.weighted(OUTCOME_KINDS);
    const valued = kind !== 'tourists' && kind !== 'jobs' && kind !== 'technology_transfer';
    const counted = kind === 'tourists' || kind === 'jobs';
    const status = rng.weighted({ unconfirmed: 4, confirmed: 4, corrected: 1, denied: 0.5 });
    const value = valued ? rng.int(10_000, 20_000_000) * 100 : null;
    const product = rng.pick(PRODUCTS);
    const company = rng.pick(partnerRows);
    return {
      id: id(),
      activityId: activity.id,
      kind,
      value: value === null ? null : money(value),
      currency: value === null ? null : 'USD',
      quantity: counted ? rng.int(10, 5_000) : null,
      product: kind === 'export_contract' ? product.product : null,
      hsCode: kind === 'export_contract' ? product.hs : null,
      counterpart: null,
      businessPartnerId: company.id,
      businessName: company.nameVi,
      contactName: person(),
      contactEmail: `lien-he.${rng.int(1, 99_999)}@${SCALE_EMAIL_DOMAIN}`,
      confirmationStatus: status,
      confirmedValue: status === 'confirmed' && value !== null ? money(value) : status === 'corrected' && value !== null ? money(Math.round(value * 0.8)) : null,
      confirmedQuantity: null,
      confirmationNote: status === 'denied' ? 'Doanh nghiệp không xác nhận' : null,
      confirmedAt: status === 'unconfirmed' ? null : at(addDays(activity.endDate, rng.int(5, 60)), rng),
      ...created(activity.endDate),
    };
  });
  await insert(tx, 'outcomes', schema.outcomes, outcomeRows);
  await insert(
    tx,
    'confirmation_tokens',
    schema.confirmationTokens,
    outcomeRows.map((o) => ({ id: id(), outcomeId: o.id, tokenHash: createHash('sha256').update(o.id).digest('hex'), email: o.contactEmail, expiresAt: new Date(o.createdAt.getTime() + 30 * DAY_MS), usedAt: o.confirmedAt, createdAt: o.createdAt })),
  );

  // Support requests from provinces to missions.
  await insert(
    tx,
    'support_requests',
    schema.supportRequests,
    Array.from({ length: n(PER_YEAR.supportRequests) }, () => {
      const day = dayOfYear();
      const mission = unitOn(day, ['mission']);
      const status = rng.weighted({ open: 1, accepted: 1, answered: 2, declined: 0.2, closed: 1 });
      return {
        id: id(),
        requestingUnitId: unitOn(day, ['province']).id,
        targetUnitId: mission.id,
        title: `Đề nghị hỗ trợ xúc tiến ${rng.pick(TOPICS)}`,
        description: 'Dữ liệu sinh (generated)',
        neededFrom: addDays(day, 30),
        neededTo: addDays(day, 35),
        status,
        answer: status === 'answered' || status === 'closed' ? 'Đã kết nối đối tác.' : null,
        answeredAt: status === 'answered' || status === 'closed' ? at(addDays(day, 10), rng) : null,
        ...created(day),
      };
    }),
  );

  // Reporting periods and every reporting unit's submission; a period created elsewhere (the demo) is reused.
  const periodRows = PERIOD_KINDS.flatMap((kind) =>
    Array.from({ length: kind === 'quarter' ? 4 : kind === 'half_year' ? 2 : 1 }, (_, i) => {
      const bounds = periodBounds(kind, year, i + 1);
      return { id: id(), kind, ...bounds, label: periodLabel(kind, year, i + 1).en, dueDate: addDays(bounds.endDate, 15), open: false, ...created(bounds.endDate) };
    }),
  );
  await insert(tx, 'reporting_periods', schema.reportingPeriods, periodRows);
  const periods = await scaleRepo.periods(tx, from, `${year + 1}-01-01`);
  await insert(
    tx,
    'period_submissions',
    schema.periodSubmissions,
    periodRows.flatMap((spec) => {
      const period = periods.find((p) => p.kind === spec.kind && p.startDate === spec.startDate)!;
      const lastDay = addDays(spec.endDate, -1);
      return reporting(lastDay).flatMap((unit) => {
        const status = rng.weighted<SubmissionStatus | 'none'>({ approved: 8, submitted: 1, returned: 0.3, draft: 0.3, none: 0.5 });
        if (status === 'none') return [];
        return [{ id: id(), periodId: period.id, unitId: unit.id, status, summary: 'Báo cáo kỳ (dữ liệu sinh)', submittedAt: status === 'draft' ? null : at(spec.dueDate, rng), decidedAt: status === 'approved' || status === 'returned' ? at(addDays(spec.dueDate, 5), rng) : null, ...created(spec.endDate) }];
      });
    }),
  );

  // In-app notifications and the audit trail of the year's work.
  await insert(
    tx,
    'notifications',
    schema.notifications,
    Array.from({ length: n(PER_YEAR.notifications) }, () => {
      const task = rng.pick(taskRows);
      const overdue = rng.chance(0.5);
      const createdAt = at(task.dueDate, rng);
      return { id: id(), userId: rng.pick(users).id, kind: overdue ? 'task.overdue' : 'task.due_soon', title: `${overdue ? 'Quá hạn' : 'Sắp đến hạn'}: ${task.title}`, body: `Hạn ${task.dueDate}`, entity: 'task', entityId: task.id, createdAt, readAt: rng.chance(0.6) ? new Date(createdAt.getTime() + DAY_MS) : null };
    }),
  );
  const audited: Record<(typeof AUDIT_ACTIONS)[number], { id: string; day: string }[]> = {
    'task.status_changed': taskRows.map((t) => ({ id: t.id, day: t.startDate })),
    'task.updated': taskRows.map((t) => ({ id: t.id, day: t.startDate })),
    'commitment.updated': commitmentRows.map((c) => ({ id: c.id, day: c.start })),
    'activity.updated': activityRows.map((a) => ({ id: a.id, day: a.startDate })),
    'outcome.updated': outcomeRows.map((o) => ({ id: o.id, day: o.createdAt.toISOString().slice(0, 10) })),
    'agreement.updated': agreementRows.map((a) => ({ id: a.id, day: a.signed })),
    'engagement.updated': engagementRows.map((e) => ({ id: e.id, day: e.startDate })),
    'partner.updated': partnerRows.map((p) => ({ id: p.id, day: from })),
  };
  const auditRows = Array.from({ length: n(PER_YEAR.auditRows) }, () => {
    const action = rng.weighted<(typeof AUDIT_ACTIONS)[number]>({ 'task.status_changed': 6, 'task.updated': 3, 'commitment.updated': 2, 'activity.updated': 2, 'outcome.updated': 1, 'agreement.updated': 1, 'engagement.updated': 0.5, 'partner.updated': 0.5 });
    const record = rng.pick(audited[action]);
    const user = rng.pick(users);
    return { at: at(addDays(record.day, rng.int(0, 300)), rng), actorUserId: user.id, actorUnitId: user.unitId, action, entity: action.split('.')[0]!, entityId: record.id, before: { version: 1 }, after: { version: 2 } };
  });
  await insert(tx, 'audit_log', schema.auditLog, auditRows);
}

const distinct = <T>(items: T[]) => [...new Set(items)];
