import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ACTIVITY_TYPES, OUTPUT_KINDS } from '../../../shared/schemas/activities.js';
import { CONFIRMATION_STATUSES, OUTCOME_KINDS } from '../../../shared/schemas/outcomes.js';
import { PERIOD_KINDS, SUBMISSION_STATUSES } from '../../../shared/schemas/periods.js';
import { SUPPORT_REQUEST_STATUSES } from '../../../shared/schemas/support-requests.js';
import { allOf, oneOf } from './checks.js';
import { agreements, commitments, engagements, tasks } from './engagements.js';
import { outboxEmails } from './notifications.js';
import { orgUnits } from './org-units.js';
import { partners } from './partners.js';
import { users } from './users.js';
import { SECTORS, type Sector } from '../../../shared/schemas/sectors.js';

const audited = {
  version: integer().notNull().default(1),
  createdBy: uuid().references(() => users.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
};

/** A request from a unit (a province) or a business to a mission for support abroad. */
export const supportRequests = pgTable(
  'support_requests',
  {
    id: uuid().primaryKey(),
    /** Exactly one of the requesting unit and the requesting business (a company partner). */
    requestingUnitId: uuid().references(() => orgUnits.id),
    requestingPartnerId: uuid().references(() => partners.id),
    targetUnitId: uuid().notNull().references(() => orgUnits.id),
    title: text().notNull(),
    description: text().notNull(),
    countryCode: text(),
    neededFrom: date(),
    neededTo: date(),
    status: text().notNull().default('open'),
    answer: text(),
    answeredAt: timestamp({ withTimezone: true }),
    demo: boolean().notNull().default(false),
    ...audited,
  },
  (t) => [
    index('support_requests_requesting_idx').on(t.requestingUnitId),
    index('support_requests_requesting_partner_idx').on(t.requestingPartnerId),
    index('support_requests_target_idx').on(t.targetUnitId),
    check('support_requests_one_requester_ck', sql`num_nonnulls(${t.requestingUnitId}, ${t.requestingPartnerId}) = 1`),
    index('support_requests_status_idx').on(t.status),
    check('support_requests_status_ck', oneOf(t.status, SUPPORT_REQUEST_STATUSES)),
    index('support_requests_search_idx').using('gin', sql`(f_unaccent(lower(${t.title} || ' ' || ${t.description}))) gin_trgm_ops`),
  ],
);

/** A promotion activity reported by a unit, with what it produced. */
export const activities = pgTable(
  'activities',
  {
    id: uuid().primaryKey(),
    unitId: uuid().notNull().references(() => orgUnits.id),
    type: text().notNull(),
    title: text().notNull(),
    description: text(),
    startDate: date().notNull(),
    endDate: date().notNull(),
    countryCode: text(),
    place: text(),
    sectors: text().array().$type<Sector[]>().notNull().default(sql`'{}'::text[]`),
    cost: numeric({ precision: 20, scale: 2 }),
    costCurrency: text(),
    engagementId: uuid().references(() => engagements.id),
    agreementId: uuid().references(() => agreements.id),
    commitmentId: uuid().references(() => commitments.id),
    taskId: uuid().references(() => tasks.id),
    supportRequestId: uuid().references(() => supportRequests.id),
    /** Natural key of an imported row, so re-importing a file does not duplicate it. */
    importKey: text(),
    demo: boolean().notNull().default(false),
    ...audited,
  },
  (t) => [
    index('activities_unit_idx').on(t.unitId, t.startDate),
    index('activities_end_idx').on(t.endDate),
    index('activities_start_idx').on(t.startDate),
    index('activities_type_idx').on(t.type, t.startDate),
    index('activities_country_idx').on(t.countryCode),
    uniqueIndex('activities_import_key_uq').on(t.unitId, t.importKey),
    index('activities_search_idx').using('gin', sql`(f_unaccent(lower(${t.title} || ' ' || coalesce(${t.description}, '')))) gin_trgm_ops`),
    check('activities_dates_ck', sql`${t.endDate} >= ${t.startDate}`),
    check('activities_cost_currency_ck', sql`(${t.cost} IS NULL) = (${t.costCurrency} IS NULL)`),
    check('activities_type_ck', oneOf(t.type, ACTIVITY_TYPES)),
    check('activities_sectors_ck', allOf(t.sectors, SECTORS)),
  ],
);

/** Provinces a mission's activity supported: the activity counts for them too. */
export const activityProvinces = pgTable(
  'activity_provinces',
  { activityId: uuid().notNull().references(() => activities.id, { onDelete: 'cascade' }), unitId: uuid().notNull().references(() => orgUnits.id) },
  (t) => [primaryKey({ columns: [t.activityId, t.unitId] }), index('activity_provinces_unit_idx').on(t.unitId)],
);

export const activityPartners = pgTable(
  'activity_partners',
  { activityId: uuid().notNull().references(() => activities.id, { onDelete: 'cascade' }), partnerId: uuid().notNull().references(() => partners.id) },
  (t) => [primaryKey({ columns: [t.activityId, t.partnerId] }), index('activity_partners_partner_idx').on(t.partnerId)],
);

/** Countable outputs: meetings held, businesses connected, MoUs signed. */
export const activityOutputs = pgTable(
  'activity_outputs',
  {
    id: uuid().primaryKey(),
    activityId: uuid().notNull().references(() => activities.id, { onDelete: 'cascade' }),
    kind: text().notNull(),
    quantity: integer().notNull(),
    note: text(),
  },
  (t) => [
    index('activity_outputs_activity_idx').on(t.activityId),
    check('activity_outputs_quantity_ck', sql`${t.quantity} >= 0`),
    check('activity_outputs_kind_ck', oneOf(t.kind, OUTPUT_KINDS)),
  ],
);

/** A measurable result, unconfirmed until the business concerned confirms it. */
export const outcomes = pgTable(
  'outcomes',
  {
    id: uuid().primaryKey(),
    activityId: uuid().notNull().references(() => activities.id, { onDelete: 'cascade' }),
    kind: text().notNull(),
    value: numeric({ precision: 20, scale: 2 }),
    currency: text(),
    quantity: integer(),
    product: text(),
    hsCode: text(),
    counterpart: text(),
    businessPartnerId: uuid().references(() => partners.id),
    businessName: text(),
    contactName: text(),
    contactEmail: text(),
    confirmationStatus: text().notNull().default('unconfirmed'),
    confirmedValue: numeric({ precision: 20, scale: 2 }),
    confirmedQuantity: integer(),
    confirmationNote: text(),
    confirmedAt: timestamp({ withTimezone: true }),
    demo: boolean().notNull().default(false),
    ...audited,
  },
  (t) => [
    index('outcomes_activity_idx').on(t.activityId),
    index('outcomes_confirmation_idx').on(t.confirmationStatus),
    index('outcomes_kind_idx').on(t.kind),
    index('outcomes_business_idx').on(t.businessPartnerId),
    check('outcomes_value_currency_ck', sql`(${t.value} IS NULL) = (${t.currency} IS NULL)`),
    check('outcomes_kind_ck', oneOf(t.kind, OUTCOME_KINDS)),
    check('outcomes_confirmation_status_ck', oneOf(t.confirmationStatus, CONFIRMATION_STATUSES)),
  ],
);

/** A single-use link by which a business confirms, corrects or denies an outcome without an account. */
export const confirmationTokens = pgTable(
  'confirmation_tokens',
  {
    id: uuid().primaryKey(),
    outcomeId: uuid().notNull().references(() => outcomes.id, { onDelete: 'cascade' }),
    tokenHash: text().notNull(),
    email: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    remindersSent: integer().notNull().default(0),
    /** The e-mail that carries the link: while it is undelivered, the requesting unit sees the link in the app. */
    outboxEmailId: uuid().references(() => outboxEmails.id),
    createdBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('confirmation_tokens_hash_uq').on(t.tokenHash), index('confirmation_tokens_outcome_idx').on(t.outcomeId)],
);

/** A reporting period `[startDate, endDate)` opened by HQ: quarter, half-year or year. */
export const reportingPeriods = pgTable(
  'reporting_periods',
  {
    id: uuid().primaryKey(),
    kind: text().notNull(),
    label: text().notNull(),
    startDate: date().notNull(),
    endDate: date().notNull(),
    dueDate: date(),
    open: boolean().notNull().default(true),
    ...audited,
  },
  (t) => [
    uniqueIndex('reporting_periods_kind_start_uq').on(t.kind, t.startDate),
    check('reporting_periods_dates_ck', sql`${t.endDate} > ${t.startDate}`),
    check('reporting_periods_kind_ck', oneOf(t.kind, PERIOD_KINDS)),
  ],
);

/** One unit's report for one period: draft → submitted → approved (locked) or returned. */
export const periodSubmissions = pgTable(
  'period_submissions',
  {
    id: uuid().primaryKey(),
    periodId: uuid().notNull().references(() => reportingPeriods.id),
    unitId: uuid().notNull().references(() => orgUnits.id),
    status: text().notNull().default('draft'),
    summary: text(),
    comment: text(),
    submittedBy: uuid().references(() => users.id),
    submittedAt: timestamp({ withTimezone: true }),
    decidedBy: uuid().references(() => users.id),
    decidedAt: timestamp({ withTimezone: true }),
    /** The ids of the records behind each figure when last submitted (`submittedAt`): what HQ reviews and approves. */
    frozenFigures: jsonb().$type<Record<string, string[]>>(),
    ...audited,
  },
  (t) => [
    uniqueIndex('period_submissions_period_unit_uq').on(t.periodId, t.unitId),
    index('period_submissions_unit_idx').on(t.unitId),
    check('period_submissions_status_ck', oneOf(t.status, SUBMISSION_STATUSES)),
  ],
);
