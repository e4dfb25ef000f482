import { sql } from 'drizzle-orm';
import { type AnyPgColumn, bigint, boolean, check, customType, date, index, integer, numeric, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES, RENEWALS } from '../../../shared/schemas/agreements.js';
import { COMMITMENT_STATUSES } from '../../../shared/schemas/commitments.js';
import { ENGAGEMENT_TYPES, LEADER_LEVELS } from '../../../shared/schemas/engagements.js';
import { SECTORS } from '../../../shared/schemas/sectors.js';
import { SOURCE_DOCUMENT_KINDS } from '../../../shared/schemas/source-documents.js';
import { DUE_DATE_DECISIONS, TASK_STATUSES } from '../../../shared/schemas/tasks.js';
import { allOf, oneOf } from './checks.js';
import { orgUnits } from './org-units.js';
import { partners } from './partners.js';
import { users } from './users.js';

export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

const audited = {
  version: integer().notNull().default(1),
  createdBy: uuid().references(() => users.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
};

/** A high-level external activity: a visit abroad, a visit received, a summit, a call. */
export const engagements = pgTable(
  'engagements',
  {
    id: uuid().primaryKey(),
    titleVi: text().notNull(),
    titleEn: text().notNull(),
    type: text().notNull(),
    leaderName: text().notNull(),
    leaderLevel: text().notNull(),
    startDate: date().notNull(),
    endDate: date().notNull(),
    countryCodes: text().array().notNull().default(sql`'{}'::text[]`),
    leadUnitId: uuid().notNull().references(() => orgUnits.id),
    summary: text(),
    sectors: text().array().notNull().default(sql`'{}'::text[]`),
    /** A conference: how many missions abroad and provinces took part (as the conference reports it). */
    missionsAttending: integer(),
    provincesAttending: integer(),
    /** Invented for the demonstration data set, not a real record. */
    demo: boolean().notNull().default(false),
    ...audited,
  },
  (t) => [
    index('engagements_start_idx').on(t.startDate),
    index('engagements_lead_unit_idx').on(t.leadUnitId),
    index('engagements_type_idx').on(t.type),
    index('engagements_countries_idx').using('gin', t.countryCodes),
    index('engagements_search_idx').using('gin', sql`(f_unaccent(lower(${t.titleVi} || ' ' || ${t.titleEn} || ' ' || ${t.leaderName} || ' ' || coalesce(${t.summary}, '')))) gin_trgm_ops`),
    check('engagements_dates_ck', sql`${t.endDate} >= ${t.startDate}`),
    check('engagements_type_ck', oneOf(t.type, ENGAGEMENT_TYPES)),
    check('engagements_leader_level_ck', oneOf(t.leaderLevel, LEADER_LEVELS)),
    check('engagements_attending_ck', sql`coalesce(${t.missionsAttending}, 0) >= 0 AND coalesce(${t.provincesAttending}, 0) >= 0`),
    check('engagements_sectors_ck', allOf(t.sectors, SECTORS)),
  ],
);

export const engagementUnits = pgTable(
  'engagement_units',
  { engagementId: uuid().notNull().references(() => engagements.id, { onDelete: 'cascade' }), unitId: uuid().notNull().references(() => orgUnits.id) },
  (t) => [primaryKey({ columns: [t.engagementId, t.unitId] }), index('engagement_units_unit_idx').on(t.unitId)],
);

export const engagementPartners = pgTable(
  'engagement_partners',
  { engagementId: uuid().notNull().references(() => engagements.id, { onDelete: 'cascade' }), partnerId: uuid().notNull().references(() => partners.id) },
  (t) => [primaryKey({ columns: [t.engagementId, t.partnerId] }), index('engagement_partners_partner_idx').on(t.partnerId)],
);

/** A signed (or negotiated) document: treaty, agreement, MoU, contract, joint statement. */
export const agreements = pgTable(
  'agreements',
  {
    id: uuid().primaryKey(),
    titleVi: text().notNull(),
    titleEn: text().notNull(),
    kind: text().notNull(),
    status: text().notNull(),
    signedDate: date(),
    signedPlace: text(),
    inForceDate: date(),
    expiryDate: date(),
    renewal: text().notNull().default('none'),
    engagementId: uuid().references(() => engagements.id),
    fields: text().array().notNull().default(sql`'{}'::text[]`),
    /** Commercial value in the currency's major unit, exact. */
    value: numeric({ precision: 20, scale: 2 }),
    currency: text(),
    ownerUnitId: uuid().notNull().references(() => orgUnits.id),
    summary: text(),
    /** Missions abroad that helped bring the agreement about. */
    facilitatingUnitIds: uuid().array().notNull().default(sql`'{}'::uuid[]`),
    demo: boolean().notNull().default(false),
    /** When HQ published it on the open-data page; null while internal. */
    publishedAt: timestamp({ withTimezone: true }),
    ...audited,
  },
  (t) => [
    index('agreements_signed_idx').on(t.signedDate),
    index('agreements_published_idx').on(t.signedDate).where(sql`${t.publishedAt} IS NOT NULL`),
    index('agreements_engagement_idx').on(t.engagementId),
    index('agreements_owner_idx').on(t.ownerUnitId),
    index('agreements_kind_idx').on(t.kind),
    index('agreements_status_idx').on(t.status),
    index('agreements_fields_idx').using('gin', t.fields),
    index('agreements_search_idx').using('gin', sql`(f_unaccent(lower(${t.titleVi} || ' ' || ${t.titleEn}))) gin_trgm_ops`),
    check('agreements_value_currency_ck', sql`(${t.value} IS NULL) = (${t.currency} IS NULL)`),
    check('agreements_kind_ck', oneOf(t.kind, AGREEMENT_KINDS)),
    check('agreements_status_ck', oneOf(t.status, AGREEMENT_STATUSES)),
    check('agreements_renewal_ck', oneOf(t.renewal, RENEWALS)),
    check('agreements_fields_ck', allOf(t.fields, SECTORS)),
  ],
);

/** Parties: Vietnamese units on one side, foreign partners on the other. */
export const agreementParties = pgTable(
  'agreement_parties',
  {
    agreementId: uuid().notNull().references(() => agreements.id, { onDelete: 'cascade' }),
    unitId: uuid().references(() => orgUnits.id),
    partnerId: uuid().references(() => partners.id),
  },
  (t) => [
    index('agreement_parties_agreement_idx').on(t.agreementId),
    index('agreement_parties_unit_idx').on(t.unitId),
    index('agreement_parties_partner_idx').on(t.partnerId),
    check('agreement_parties_one_side_ck', sql`(${t.unitId} IS NULL) <> (${t.partnerId} IS NULL)`),
  ],
);

/** Lifecycle changes of an agreement, with the date each took effect. */
export const agreementEvents = pgTable(
  'agreement_events',
  {
    id: uuid().primaryKey(),
    agreementId: uuid().notNull().references(() => agreements.id, { onDelete: 'cascade' }),
    status: text().notNull(),
    effectiveDate: date().notNull(),
    note: text(),
    actorUserId: uuid().references(() => users.id),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('agreement_events_agreement_idx').on(t.agreementId), check('agreement_events_status_ck', oneOf(t.status, AGREEMENT_STATUSES))],
);

/**
 * A document that gives tasks: a conference's conclusions, a directive, a resolution, a notice of conclusions.
 * Commitments can come from it as they come from an engagement or an agreement.
 */
export const sourceDocuments = pgTable(
  'source_documents',
  {
    id: uuid().primaryKey(),
    kind: text().notNull(),
    /** Number and symbol as printed (222/2025/QH15, 59-NQ/TW). */
    number: text(),
    issuedDate: date().notNull(),
    issuer: text().notNull(),
    titleVi: text().notNull(),
    titleEn: text().notNull(),
    text: text(),
    url: text(),
    /** The conference whose conclusions it records. */
    engagementId: uuid().references(() => engagements.id),
    demo: boolean().notNull().default(false),
    ...audited,
  },
  (t) => [
    index('source_documents_issued_idx').on(t.issuedDate),
    index('source_documents_engagement_idx').on(t.engagementId),
    check('source_documents_kind_ck', oneOf(t.kind, SOURCE_DOCUMENT_KINDS)),
    index('source_documents_search_idx').using('gin', sql`(f_unaccent(lower(${t.titleVi} || ' ' || ${t.titleEn} || ' ' || coalesce(${t.number}, '') || ' ' || ${t.issuer}))) gin_trgm_ops`),
  ],
);

/** One atomic promise from an agreement, an engagement or a source document. */
export const commitments = pgTable(
  'commitments',
  {
    id: uuid().primaryKey(),
    title: text().notNull(),
    sourceQuote: text(),
    agreementId: uuid().references(() => agreements.id),
    engagementId: uuid().references(() => engagements.id),
    sourceDocumentId: uuid().references(() => sourceDocuments.id),
    ownerUnitId: uuid().notNull().references(() => orgUnits.id),
    dueDate: date(),
    indicatorCode: text(),
    fields: text().array().notNull().default(sql`'{}'::text[]`),
    status: text().notNull().default('open'),
    demo: boolean().notNull().default(false),
    ...audited,
  },
  (t) => [
    index('commitments_agreement_idx').on(t.agreementId),
    index('commitments_engagement_idx').on(t.engagementId),
    index('commitments_source_document_idx').on(t.sourceDocumentId),
    index('commitments_owner_idx').on(t.ownerUnitId),
    index('commitments_status_due_idx').on(t.status, t.dueDate),
    index('commitments_due_idx').on(t.dueDate),
    index('commitments_search_idx').using('gin', sql`(f_unaccent(lower(${t.title} || ' ' || coalesce(${t.sourceQuote}, '') || ' ' || coalesce(${t.indicatorCode}, '')))) gin_trgm_ops`),
    check('commitments_source_ck', sql`${t.agreementId} IS NOT NULL OR ${t.engagementId} IS NOT NULL OR ${t.sourceDocumentId} IS NOT NULL`),
    check('commitments_status_ck', oneOf(t.status, COMMITMENT_STATUSES)),
    check('commitments_fields_ck', allOf(t.fields, SECTORS)),
  ],
);

export const commitmentCoOwners = pgTable(
  'commitment_co_owners',
  { commitmentId: uuid().notNull().references(() => commitments.id, { onDelete: 'cascade' }), unitId: uuid().notNull().references(() => orgUnits.id) },
  (t) => [primaryKey({ columns: [t.commitmentId, t.unitId] }), index('commitment_co_owners_unit_idx').on(t.unitId)],
);

/** Assigned work with the seven clears: objective, owner, task, timeline, accountability, output, outcome. */
export const tasks = pgTable(
  'tasks',
  {
    id: uuid().primaryKey(),
    commitmentId: uuid().references(() => commitments.id),
    parentTaskId: uuid().references((): AnyPgColumn => tasks.id),
    isMilestone: boolean().notNull().default(false),
    title: text().notNull(),
    objective: text().notNull(),
    responsibleUnitId: uuid().notNull().references(() => orgUnits.id),
    responsiblePerson: text().notNull(),
    assigningUnitId: uuid().notNull().references(() => orgUnits.id),
    accountableTo: text().notNull(),
    checkedBy: text().notNull(),
    expectedOutput: text().notNull(),
    expectedOutcome: text().notNull(),
    startDate: date().notNull(),
    dueDate: date().notNull(),
    originalDueDate: date().notNull(),
    slipCount: integer().notNull().default(0),
    status: text().notNull().default('not_started'),
    statusChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    completedAt: date(),
    demo: boolean().notNull().default(false),
    ...audited,
  },
  (t) => [
    index('tasks_commitment_idx').on(t.commitmentId),
    index('tasks_parent_idx').on(t.parentTaskId),
    index('tasks_responsible_idx').on(t.responsibleUnitId),
    index('tasks_assigning_idx').on(t.assigningUnitId),
    index('tasks_due_idx').on(t.dueDate),
    index('tasks_status_due_idx').on(t.status, t.dueDate),
    index('tasks_search_idx').using(
      'gin',
      sql`(f_unaccent(lower(${t.title} || ' ' || ${t.objective} || ' ' || ${t.responsiblePerson} || ' ' || ${t.expectedOutput} || ' ' || ${t.expectedOutcome}))) gin_trgm_ops`,
    ),
    check('tasks_dates_ck', sql`${t.dueDate} >= ${t.startDate}`),
    check('tasks_status_ck', oneOf(t.status, TASK_STATUSES)),
  ],
);

/** The status timeline of a task: append-only, every entry with its rationale and evidence. */
export const taskStatusEvents = pgTable(
  'task_status_events',
  {
    id: uuid().primaryKey(),
    taskId: uuid().notNull().references(() => tasks.id),
    fromStatus: text(),
    toStatus: text().notNull(),
    rationale: text().notNull(),
    evidenceUrl: text(),
    attachmentId: uuid().references(() => attachments.id),
    actorUserId: uuid().references(() => users.id),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('task_status_events_task_idx').on(t.taskId, t.at),
    check('task_status_events_from_status_ck', oneOf(t.fromStatus, TASK_STATUSES)),
    check('task_status_events_to_status_ck', oneOf(t.toStatus, TASK_STATUSES)),
  ],
);

/** A request to move a task's due date, decided by the assigning unit. */
export const dueDateChanges = pgTable(
  'due_date_changes',
  {
    id: uuid().primaryKey(),
    taskId: uuid().notNull().references(() => tasks.id),
    fromDate: date().notNull(),
    toDate: date().notNull(),
    reason: text().notNull(),
    requestedBy: uuid().references(() => users.id),
    requestedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    decision: text().notNull().default('pending'),
    decidedBy: uuid().references(() => users.id),
    decidedAt: timestamp({ withTimezone: true }),
    decisionNote: text(),
  },
  (t) => [index('due_date_changes_task_idx').on(t.taskId), check('due_date_changes_decision_ck', oneOf(t.decision, DUE_DATE_DECISIONS))],
);

/** Uploaded documents (evidence, engagement papers), kept in the database so backups hold everything. */
export const attachments = pgTable(
  'attachments',
  {
    id: uuid().primaryKey(),
    entity: text().notNull(),
    entityId: uuid().notNull(),
    filename: text().notNull(),
    contentType: text().notNull(),
    size: bigint({ mode: 'number' }).notNull(),
    sha256: text().notNull(),
    data: bytea().notNull(),
    uploadedBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('attachments_entity_idx').on(t.entity, t.entityId)],
);
