import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { BARRIER_PRIORITIES, BARRIER_STATUSES, MEASURE_TYPES } from '../../../shared/schemas/barriers.js';
import { CLASSIFICATIONS, MARKET_NOTE_KINDS, MARKET_NOTE_STATUSES } from '../../../shared/schemas/market-notes.js';
import { SECTORS } from '../../../shared/schemas/sectors.js';
import { activities } from './activities.js';
import { allOf, oneOf } from './checks.js';
import { commitments, tasks } from './engagements.js';
import { orgUnits } from './org-units.js';
import { partners } from './partners.js';
import { users } from './users.js';

const audited = {
  version: integer().notNull().default(1),
  createdBy: uuid().references(() => users.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
};

/** What a mission tells about its market: a report, a sector brief or an alert (a new import rule, …). */
export const marketNotes = pgTable(
  'market_notes',
  {
    id: uuid().primaryKey(),
    /** The writing unit (a mission abroad, or HQ). */
    unitId: uuid().notNull().references(() => orgUnits.id),
    kind: text().notNull(),
    title: text().notNull(),
    summary: text(),
    body: text().notNull(),
    countryCode: text(),
    sectors: text().array().notNull().default(sql`'{}'::text[]`),
    hsCodes: text().array().notNull().default(sql`'{}'::text[]`),
    /** public, internal or restricted: who may read it, enforced by the server on every read. */
    classification: text().notNull(),
    toBusinesses: boolean().notNull().default(false),
    toProvinces: boolean().notNull().default(false),
    status: text().notNull().default('draft'),
    publishedAt: timestamp({ withTimezone: true }),
    /** Where a fact in the note comes from (public source). */
    source: text(),
    /** Invented for the demonstration data set. */
    demo: boolean().notNull().default(false),
    ...audited,
  },
  (t) => [
    index('market_notes_unit_idx').on(t.unitId),
    index('market_notes_country_idx').on(t.countryCode),
    index('market_notes_published_idx').on(t.status, t.publishedAt),
    check('market_notes_kind_ck', oneOf(t.kind, MARKET_NOTE_KINDS)),
    check('market_notes_classification_ck', oneOf(t.classification, CLASSIFICATIONS)),
    check('market_notes_status_ck', oneOf(t.status, MARKET_NOTE_STATUSES)),
    index('market_notes_search_idx').using('gin', sql`(f_unaccent(lower(${t.title} || ' ' || coalesce(${t.summary}, '') || ' ' || ${t.body}))) gin_trgm_ops`),
  ],
);

/** A user's wish to hear of market notes on a country and/or a sector (either may be left open). */
export const marketSubscriptions = pgTable(
  'market_subscriptions',
  {
    id: uuid().primaryKey(),
    userId: uuid().notNull().references(() => users.id, { onDelete: 'cascade' }),
    countryCode: text(),
    sector: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('market_subscriptions_uq').on(t.userId, sql`coalesce(${t.countryCode}, '')`, sql`coalesce(${t.sector}, '')`)],
);

/** A market-access barrier met by Vietnamese exports or investment abroad. */
export const barriers = pgTable(
  'barriers',
  {
    id: uuid().primaryKey(),
    /** The unit following it (a mission, a ministry, HQ). */
    unitId: uuid().notNull().references(() => orgUnits.id),
    title: text().notNull(),
    description: text().notNull(),
    countryCode: text().notNull(),
    sectors: text().array().notNull().default(sql`'{}'::text[]`),
    hsCodes: text().array().notNull().default(sql`'{}'::text[]`),
    measureType: text().notNull(),
    valueAtStake: numeric({ precision: 20, scale: 2 }),
    currency: text(),
    priority: text().notNull(),
    status: text().notNull().default('open'),
    /** The date the current status took effect. */
    statusSince: date().notNull(),
    source: text(),
    demo: boolean().notNull().default(false),
    ...audited,
  },
  (t) => [
    index('barriers_unit_idx').on(t.unitId),
    index('barriers_country_idx').on(t.countryCode),
    check('barriers_measure_type_ck', oneOf(t.measureType, MEASURE_TYPES)),
    check('barriers_priority_ck', oneOf(t.priority, BARRIER_PRIORITIES)),
    check('barriers_status_ck', oneOf(t.status, BARRIER_STATUSES)),
    check('barriers_sectors_ck', allOf(t.sectors, SECTORS)),
    index('barriers_search_idx').using('gin', sql`(f_unaccent(lower(${t.title} || ' ' || ${t.description}))) gin_trgm_ops`),
  ],
);

export const barrierProvinces = pgTable(
  'barrier_provinces',
  { barrierId: uuid().notNull().references(() => barriers.id, { onDelete: 'cascade' }), unitId: uuid().notNull().references(() => orgUnits.id) },
  (t) => [primaryKey({ columns: [t.barrierId, t.unitId] })],
);

export const barrierBusinesses = pgTable(
  'barrier_businesses',
  { barrierId: uuid().notNull().references(() => barriers.id, { onDelete: 'cascade' }), partnerId: uuid().notNull().references(() => partners.id) },
  (t) => [primaryKey({ columns: [t.barrierId, t.partnerId] })],
);

/** Each status a barrier took, dated: its history, append-only (a trigger refuses UPDATE, DELETE and TRUNCATE). */
export const barrierStatusChanges = pgTable(
  'barrier_status_changes',
  {
    id: uuid().primaryKey(),
    barrierId: uuid().notNull().references(() => barriers.id, { onDelete: 'cascade' }),
    status: text().notNull(),
    effectiveDate: date().notNull(),
    note: text(),
    userId: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('barrier_status_changes_barrier_idx').on(t.barrierId, t.effectiveDate), check('barrier_status_changes_status_ck', oneOf(t.status, BARRIER_STATUSES))],
);

/** A step of a barrier's action plan, linked to the commitment or task that carries it. */
export const barrierMilestones = pgTable(
  'barrier_milestones',
  {
    id: uuid().primaryKey(),
    barrierId: uuid().notNull().references(() => barriers.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    title: text().notNull(),
    dueDate: date(),
    doneOn: date(),
    commitmentId: uuid().references(() => commitments.id),
    taskId: uuid().references(() => tasks.id),
  },
  (t) => [index('barrier_milestones_barrier_idx').on(t.barrierId, t.position)],
);

/** A buyer or investment lead, or a tender, posted by a mission. */
export const opportunities = pgTable(
  'opportunities',
  {
    id: uuid().primaryKey(),
    unitId: uuid().notNull().references(() => orgUnits.id),
    kind: text().notNull(),
    title: text().notNull(),
    description: text().notNull(),
    countryCode: text(),
    sectors: text().array().notNull().default(sql`'{}'::text[]`),
    hsCodes: text().array().notNull().default(sql`'{}'::text[]`),
    valueEstimate: numeric({ precision: 20, scale: 2 }),
    currency: text(),
    deadline: date(),
    toBusinesses: boolean().notNull().default(false),
    toProvinces: boolean().notNull().default(false),
    status: text().notNull().default('draft'),
    publishedAt: timestamp({ withTimezone: true }),
    source: text(),
    demo: boolean().notNull().default(false),
    ...audited,
  },
  (t) => [
    index('opportunities_unit_idx').on(t.unitId),
    index('opportunities_search_idx').using('gin', sql`(f_unaccent(lower(${t.title} || ' ' || ${t.description}))) gin_trgm_ops`),
  ],
);

/** A business or a province expressing interest in an opportunity, or asking a mission for matchmaking. */
export const matchmakingRequests = pgTable(
  'matchmaking_requests',
  {
    id: uuid().primaryKey(),
    opportunityId: uuid().references(() => opportunities.id),
    kind: text().notNull(),
    /** Exactly one of the requesting company and the requesting unit. */
    requestingPartnerId: uuid().references(() => partners.id),
    requestingUnitId: uuid().references(() => orgUnits.id),
    /** The mission that answers, and the person there who owns the request. */
    targetUnitId: uuid().notNull().references(() => orgUnits.id),
    ownerUserId: uuid().references(() => users.id),
    message: text().notNull(),
    /** The response-time target. */
    respondBy: date().notNull(),
    status: text().notNull().default('open'),
    answer: text(),
    answeredAt: timestamp({ withTimezone: true }),
    /** What came of it: the activity that recorded the meeting or deal (and its outcomes). */
    activityId: uuid().references(() => activities.id),
    ...audited,
  },
  (t) => [
    index('matchmaking_requests_target_idx').on(t.targetUnitId, t.status),
    index('matchmaking_requests_partner_idx').on(t.requestingPartnerId),
    index('matchmaking_requests_opportunity_idx').on(t.opportunityId),
  ],
);

/** Directory facts of a company partner (Vietnamese or foreign). */
export const businessProfiles = pgTable(
  'business_profiles',
  {
    partnerId: uuid().primaryKey().references(() => partners.id),
    registrationNumber: text(),
    taxNumber: text(),
    sector: text(),
    /** A Vietnamese company's province. */
    provinceUnitId: uuid().references(() => orgUnits.id),
    contacts: jsonb().notNull().default([]),
    consentToContact: boolean().notNull().default(false),
    consentRecordedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('business_profiles_tax_idx').on(t.taxNumber), index('business_profiles_registration_idx').on(t.registrationNumber)],
);
