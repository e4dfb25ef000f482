/**
 * The representative calls of scripts/sql-snapshot.ts: arguments by parameter name for the simple methods, and an
 * explicit call for each method whose SQL depends on what it is given (filters, the columns it writes). A list's
 * call sets the filters people use most, so the rendered SQL shows the conditions they add.
 */
import type { Executor } from '../src/server/db/client.js';
import { INDICATORS } from '../src/server/modules/indicators/indicators.catalogue.js';

export const ID = '00000000-0000-7000-8000-000000000001';
export const OTHER_ID = '00000000-0000-7000-8000-000000000002';
export const DAY = '2026-01-01';
export const AT = new Date('2026-01-01T00:00:00Z');
/** A unit editor's scope: their unit and the one it succeeded. */
const SCOPE = { all: false, unitIds: [ID, OTHER_ID] };
const PAGE = { page: 1, pageSize: 50 };
const ACTOR = { userId: ID, unitId: ID, role: 'unit_editor' };

/** An argument for a parameter, from its name alone. */
export function sampleArgument(name: string): unknown {
  if (name === '{}') return {};
  if (name === '[]') return [];
  if (name === 'scope') return SCOPE;
  if (/^(filter|f|query|selection|s)$/.test(name)) return { scope: SCOPE, today: DAY, asOf: DAY, ...PAGE };
  if (/^(groupBy|grouping)$/.test(name)) return 'unit';
  if (/^(now|at|since|until|before|after|cutoff)$|At$/.test(name)) return AT;
  if (/^ids$|Ids$/.test(name)) return [ID, OTHER_ID];
  if (/^id$|Id$/.test(name)) return ID;
  if (/^(day|today|asOf|from|to)$|Date$/.test(name)) return DAY;
  if (/^(version|page|year|maxReminders)$/.test(name)) return 1;
  if (/^(limit|pageSize|days)$/.test(name)) return 50;
  if (name === 'email') return 'someone@example.org';
  if (/Hash$|^token$/.test(name)) return 'hash';
  if (/^(code|countryCode)$/.test(name)) return 'VN';
  if (/^(codes|countryCodes)$/.test(name)) return ['VN', 'KR'];
  if (/^(keys|titlesVi)$/.test(name)) return ['a', 'b'];
  if (name === 'ip') return '127.0.0.1';
  if (/^(values|record|row|patch|changes)$/.test(name)) return {};
  if (/s$/.test(name)) return [];
  return 'x';
}

type Call = (ex: Executor) => unknown[];

const activityFilter = {
  scope: SCOPE,
  today: DAY,
  q: 'xuc tien',
  unitIds: [ID],
  provinceIds: [OTHER_ID],
  type: 'trade_promotion',
  from: DAY,
  to: '2027-01-01',
  countryCode: 'AE',
  flagged: 'no_result',
  region: 'southeast_asia',
  sector: 'seafood',
  unitType: 'mission',
  supportsProvinces: true,
  excludeDemo: true,
};

const agreementFilter = {
  scope: SCOPE,
  q: 'hop tac',
  kind: 'mou',
  status: 'signed',
  partnerId: ID,
  unitIds: [ID],
  facilitatorIds: [OTHER_ID],
  engagementId: ID,
  from: DAY,
  to: '2027-01-01',
  localInternational: 'true',
  facilitated: 'true',
  countryCode: 'KR',
  region: 'northeast_asia',
  excludeDemo: 'true',
  view: 'mapped',
};

const implementation = { asOf: DAY, from: DAY, to: '2027-01-01', unitIds: [ID], scopeUnitIds: [ID, OTHER_ID], partnerId: ID, field: 'trade', excludeDemo: true };
const metric = { metric: 'commitments.overdue', filter: implementation, group: { by: 'unit', key: ID } };
const unitTasks = { unitIds: [ID, OTHER_ID], asOf: DAY, due: 'soon', withinDays: 7 };
/** The first indicator counted or summed from the records. */
const computed = INDICATORS.find((indicator) => indicator.source === 'computed' && indicator.kind !== 'ratio');
const facts = { from: DAY, to: '2027-01-01', asOf: DAY, mapped: true, scopeUnitIds: [ID, OTHER_ID], unitId: ID, unitType: 'mission', countryCode: 'KR', region: 'northeast_asia', field: 'trade', partnerId: ID, excludeDemo: true };
const reader = { business: false, scope: SCOPE, province: true };

const audit = { actor: ACTOR, action: 'activity.created', entity: 'activity', entityId: ID, before: null, after: { title: 'x' } };

/** Explicit calls by repository and method. */
export const representativeCalls: Record<string, Record<string, Call>> = {
  activitiesRepo: {
    list: (ex) => [ex, { ...activityFilter, sort: '-startDate', ...PAGE }],
    countBy: (ex) => [ex, activityFilter, 'unit'],
    formalismByUnit: (ex) => [ex, activityFilter],
    insertMany: (ex) => [ex, [{ values: { unitId: ID, type: 'trade_promotion', title: 'x', startDate: DAY, endDate: DAY }, provinceIds: [OTHER_ID], outputs: [{ kind: 'meetings_held', quantity: 1, note: null }] }]],
    missingLinks: (ex) => [ex, { engagementId: ID, agreementId: ID, commitmentId: ID, taskId: ID, supportRequestId: ID }],
  },
  activityImportsRepo: {
    importKeysOf: (ex) => [ex, ID, ['a', 'b']],
  },
  agreementsRepo: {
    list: (ex) => [ex, { ...agreementFilter, sort: '-signedDate', ...PAGE }],
    count: (ex) => [ex, agreementFilter],
    countBy: (ex) => [ex, agreementFilter, 'kind'],
    insertMany: (ex) => [ex, [{ values: { titleVi: 'x', titleEn: 'x', kind: 'mou', status: 'signed', ownerUnitId: ID }, unitIds: [ID], partnerIds: [OTHER_ID], event: { status: 'signed', effectiveDate: DAY, note: null, actorUserId: ID } }]],
  },
  auditRepo: {
    insert: (ex) => [ex, audit],
    insertMany: (ex) => [ex, [audit, audit]],
  },
  commitmentsRepo: {
    list: (ex) => [ex, { scope: SCOPE, today: DAY, q: 'cam ket', agreementId: ID, engagementId: ID, sourceDocumentId: ID, unitId: ID, countryCode: 'US', region: 'north_america', status: 'open', overdue: true, dueFrom: DAY, dueTo: '2027-01-01', excludeDemo: true, ...PAGE }],
  },
  dashboardRepo: {
    count: (ex) => [ex, metric],
    records: (ex) => [ex, metric, 1, 50],
    unitTaskSummaries: (ex) => [ex, unitTasks, 20],
    countUnitTasks: (ex) => [ex, unitTasks],
    metricTaskSummaries: (ex) => [ex, { ...metric, metric: 'tasks.overdue' }, 20],
    promisedCommitments: (ex) => [ex, { engagementId: ID }, DAY],
  },
  engagementsRepo: {
    list: (ex) => [ex, { scope: SCOPE, q: 'tham', type: 'official_visit_abroad', unitIds: [ID], from: DAY, to: '2027-01-01', countryCode: 'KR', partnerId: ID, region: 'northeast_asia', excludeDemo: 'true', sort: '-startDate', ...PAGE }],
    insertMany: (ex) => [ex, [{ values: { titleVi: 'x', titleEn: 'x', type: 'official_visit_abroad', leaderName: 'x', leaderLevel: 'prime_minister', startDate: DAY, endDate: DAY, leadUnitId: ID }, unitIds: [OTHER_ID], partnerIds: [ID] }]],
  },
  indicatorsRepo: {
    value: (ex) => [ex, computed, facts],
    groups: (ex) => [ex, computed, facts, 'unit'],
    records: (ex) => [ex, computed, facts, 1, 50],
  },
  marketNotesRepo: {
    list: (ex) => [ex, reader, { q: 'thi truong', countryCode: 'US', region: 'north_america', ...PAGE }],
    findReadable: (ex) => [ex, reader, ID],
  },
  notificationsRepo: {
    overdueFollowed: (ex) => [ex, { unitIds: [ID] }, DAY, 20],
    countOverdueFollowed: (ex) => [ex, { unitIds: [ID] }, DAY],
    openTasksDue: (ex) => [ex, { from: DAY, to: '2026-01-08' }],
  },
  preferencesRepo: {
    upsert: (ex) => [ex, ID, [{ kind: 'task.overdue', inApp: false, email: 'daily' }]],
    insertDigestItem: (ex) => [ex, { userId: ID, frequency: 'daily', kind: 'task.overdue', params: {}, entity: 'task', entityId: ID }],
  },
  outcomesRepo: {
    list: (ex) => [ex, { ...activityFilter, activityId: ID, kind: 'export_contract', currency: 'USD', confirmationStatus: 'confirmed', confirmedOnly: true, counted: true, excludeDemo: true, ...PAGE }],
    totals: (ex) => [ex, { ...activityFilter, kind: 'export_contract', counted: true, excludeDemo: true }],
    insertMany: (ex) => [ex, [{ activityId: ID, kind: 'export_contract' }]],
  },
  partnersRepo: {
    insertFtaCountries: (ex) => [ex, ID, ['VN', 'KR']],
  },
  regionsRepo: {
    insertIfMissing: (ex) => [ex, [{ countryCode: 'VN', region: 'southeast_asia' }]],
  },
  reportsRepo: {
    setProgress: (ex) => [ex, ID, { progress: 50, status: 'generating' }],
    insertFigures: (ex) => [ex, [{ reportId: ID, key: 'x' }]],
  },
  supportRequestsRepo: {
    list: (ex) => [ex, { scope: SCOPE, own: { unitIds: [ID], partnerId: null }, ...PAGE }],
  },
  tasksRepo: {
    list: (ex) => [ex, { scope: SCOPE, today: DAY, q: 'ket noi', commitmentId: ID, parentTaskId: ID, unitId: ID, countryCode: 'US', responsibleUnitId: ID, assigningUnitId: OTHER_ID, status: 'on_track', overdue: true, dueFrom: DAY, dueTo: '2027-01-01', excludeDemo: true, ...PAGE }],
  },
  usersRepo: {
    touch: (ex) => [ex, ID, { lastLoginAt: AT }],
  },
};
