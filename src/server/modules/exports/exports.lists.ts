import type { z } from 'zod';
import { ActivityListQuery, type Activity } from '../../../shared/schemas/activities.js';
import { AgreementListQuery, type Agreement } from '../../../shared/schemas/agreements.js';
import { CommitmentListQuery, type Commitment } from '../../../shared/schemas/commitments.js';
import { EngagementListQuery, type Engagement } from '../../../shared/schemas/engagements.js';
import type { ExportableList } from '../../../shared/schemas/exports.js';
import { IndicatorRecordsExportQuery, type IndicatorRecord, type IndicatorRecordsQuery } from '../../../shared/schemas/indicators.js';
import { MarketNoteListQuery, type MarketNote } from '../../../shared/schemas/market-notes.js';
import { OutcomeListQuery, type Outcome } from '../../../shared/schemas/outcomes.js';
import { PartnerListQuery, type Partner } from '../../../shared/schemas/partners.js';
import { SupportRequestListQuery, type SupportRequest } from '../../../shared/schemas/support-requests.js';
import { TaskListQuery, type Task } from '../../../shared/schemas/tasks.js';
import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/client.js';
import { activitiesService } from '../activities/activities.service.js';
import { agreementsService } from '../agreements/agreements.service.js';
import { commitmentsService } from '../commitments/commitments.service.js';
import { countryName } from '../countries/countries.service.js';
import { engagementsService } from '../engagements/engagements.service.js';
import { indicatorsService } from '../indicators/indicators.service.js';
import { marketNotesService } from '../market-notes/market-notes.service.js';
import { outcomesService } from '../outcomes/outcomes.service.js';
import { partnersService } from '../partners/partners.service.js';
import { supportRequestsService } from '../support-requests/support-requests.service.js';
import { tasksService } from '../tasks/tasks.service.js';
import type { Cell } from './exports.writer.js';
import { uiText, type Language } from './ui-text.js';

type Named = { name: { vi: string; en: string } };

/** One column: its header (a key of the web app's translations) and the cell of an item. */
interface Column<T> {
  header: string;
  cell: (item: T, lang: Language) => Cell;
}

export interface ListExport<T = unknown> {
  /** The list's own query (filters, search and sort), paging left out. */
  query: z.ZodObject;
  /** The list's own service call, so an export holds exactly the rows the list shows the same user. */
  fetch: (db: Db) => (actor: Actor, query: never) => Promise<{ items: T[]; total: number }>;
  /** The sheet's name (a translation key). */
  title: string;
  columns: Column<T>[];
}

const label = (lang: Language, key: string, code: string | null): Cell => (code === null ? null : uiText(lang, `${key}.${code}`, code));
const names = (items: Named[], lang: Language) => items.map((item) => item.name[lang]).join('; ');
const country = (code: string | null, lang: Language): string | null => (code ? (countryName(code)?.[lang] ?? code) : null);
/** A decimal string as a number where a spreadsheet keeps every digit (15 significant), else as text. */
const amount = (value: string | null): Cell => (value === null ? null : value.replace(/\D/g, '').replace(/^0+/, '').length <= 15 ? Number(value) : value);

const exportOf = <T>(definition: ListExport<T>) => definition as unknown as ListExport;

export const LIST_EXPORTS: Record<ExportableList, ListExport> = {
  'indicator-records': exportOf<IndicatorRecord>({
    query: IndicatorRecordsExportQuery,
    fetch: (db) => (actor: Actor, { code, ...query }: IndicatorRecordsQuery & { code: string }) => indicatorsService(db).records(actor, code, query),
    title: 'indicators.records.sheet',
    columns: [
      { header: 'indicators.records.columns.entity', cell: (item, lang) => label(lang, 'indicators.entities', item.entity) },
      { header: 'indicators.records.columns.title', cell: (item) => item.title },
      { header: 'indicators.records.columns.date', cell: (item) => item.date },
      { header: 'indicators.records.columns.unit', cell: (item, lang) => item.unit?.name[lang] ?? null },
      { header: 'indicators.records.columns.country', cell: (item, lang) => country(item.countryCode, lang) },
      { header: 'indicators.records.columns.category', cell: (item) => item.category },
      { header: 'indicators.records.columns.amount', cell: (item) => amount(item.amount) },
      { header: 'indicators.records.columns.id', cell: (item) => item.id },
    ],
  }),
  engagements: exportOf<Engagement>({
    query: EngagementListQuery.omit({ page: true, pageSize: true }),
    fetch: (db) => engagementsService(db).list,
    title: 'engagements.list.title',
    columns: [
      { header: 'engagements.fields.title', cell: (item, lang) => item.title[lang] },
      { header: 'engagements.fields.type', cell: (item, lang) => label(lang, 'engagements.types', item.type) },
      { header: 'engagements.fields.leaderName', cell: (item) => item.leader.name },
      { header: 'engagements.fields.leaderLevel', cell: (item, lang) => label(lang, 'engagements.levels', item.leader.level) },
      { header: 'engagements.fields.startDate', cell: (item) => item.startDate },
      { header: 'engagements.fields.endDate', cell: (item) => item.endDate },
      { header: 'engagements.fields.countries', cell: (item, lang) => item.countryCodes.map((code) => country(code, lang)).join('; ') },
      { header: 'engagements.fields.partners', cell: (item, lang) => names(item.partners, lang) },
      { header: 'engagements.fields.leadUnit', cell: (item, lang) => item.leadUnit.name[lang] },
    ],
  }),
  agreements: exportOf<Agreement>({
    query: AgreementListQuery.omit({ page: true, pageSize: true }),
    fetch: (db) => agreementsService(db).list,
    title: 'agreements.list.title',
    columns: [
      { header: 'agreements.fields.title', cell: (item, lang) => item.title[lang] },
      { header: 'agreements.fields.kind', cell: (item, lang) => label(lang, 'agreements.kinds', item.kind) },
      { header: 'agreements.fields.status', cell: (item, lang) => label(lang, 'agreements.statuses', item.status) },
      { header: 'agreements.fields.fields', cell: (item, lang) => item.fields.map((field) => label(lang, 'agreements.fieldNames', field)).join('; ') },
      { header: 'agreements.fields.signedDate', cell: (item) => item.signedDate },
      { header: 'agreements.fields.signedPlace', cell: (item) => item.signedPlace },
      { header: 'agreements.fields.units', cell: (item, lang) => names(item.units, lang) },
      { header: 'agreements.fields.partners', cell: (item, lang) => names(item.partners, lang) },
      { header: 'agreements.fields.ownerUnit', cell: (item, lang) => item.ownerUnit.name[lang] },
      { header: 'agreements.fields.value', cell: (item) => amount(item.value) },
      { header: 'agreements.fields.currency', cell: (item) => item.currency },
    ],
  }),
  commitments: exportOf<Commitment>({
    query: CommitmentListQuery.omit({ page: true, pageSize: true }),
    fetch: (db) => commitmentsService(db).list,
    title: 'commitments.list.title',
    columns: [
      { header: 'commitments.fields.title', cell: (item) => item.title },
      { header: 'commitments.fields.ownerUnit', cell: (item, lang) => item.ownerUnit.name[lang] },
      { header: 'commitments.fields.coOwnerUnits', cell: (item, lang) => names(item.coOwnerUnits, lang) },
      { header: 'commitments.fields.dueDate', cell: (item) => item.dueDate },
      { header: 'commitments.fields.status', cell: (item, lang) => label(lang, 'commitments.statuses', item.status) },
      { header: 'commitments.fields.progress', cell: (item) => `${item.progress.completed}/${item.progress.tasks}` },
      { header: 'commitments.fields.agreement', cell: (item, lang) => item.agreement?.title[lang] ?? null },
      { header: 'commitments.fields.engagement', cell: (item, lang) => item.engagement?.title[lang] ?? null },
      { header: 'commitments.fields.sourceQuote', cell: (item) => item.sourceQuote },
    ],
  }),
  tasks: exportOf<Task>({
    query: TaskListQuery.omit({ page: true, pageSize: true }),
    fetch: (db) => tasksService(db).list,
    title: 'tasks.list.title',
    columns: [
      { header: 'tasks.fields.title', cell: (item) => item.title },
      { header: 'tasks.fields.objective', cell: (item) => item.objective },
      { header: 'tasks.fields.responsibleUnit', cell: (item, lang) => item.responsibleUnit.name[lang] },
      { header: 'tasks.fields.responsiblePerson', cell: (item) => item.responsiblePerson },
      { header: 'tasks.fields.assigningUnit', cell: (item, lang) => item.assigningUnit.name[lang] },
      { header: 'tasks.fields.accountableTo', cell: (item) => item.accountableTo },
      { header: 'tasks.fields.startDate', cell: (item) => item.startDate },
      { header: 'tasks.fields.dueDate', cell: (item) => item.dueDate },
      { header: 'tasks.fields.originalDueDate', cell: (item) => item.originalDueDate },
      { header: 'tasks.fields.status', cell: (item, lang) => label(lang, 'tasks.statuses', item.status) },
      { header: 'tasks.fields.expectedOutput', cell: (item) => item.expectedOutput },
      { header: 'tasks.fields.expectedOutcome', cell: (item) => item.expectedOutcome },
    ],
  }),
  activities: exportOf<Activity>({
    query: ActivityListQuery.omit({ page: true, pageSize: true }),
    fetch: (db) => activitiesService(db).list,
    title: 'activities.list.title',
    columns: [
      { header: 'activities.fields.title', cell: (item) => item.title },
      { header: 'activities.fields.type', cell: (item, lang) => label(lang, 'activities.types', item.type) },
      { header: 'activities.fields.unit', cell: (item, lang) => item.unit.name[lang] },
      { header: 'activities.fields.startDate', cell: (item) => item.startDate },
      { header: 'activities.fields.endDate', cell: (item) => item.endDate },
      { header: 'activities.fields.country', cell: (item, lang) => country(item.countryCode, lang) },
      { header: 'activities.fields.place', cell: (item) => item.place },
      { header: 'activities.fields.partners', cell: (item, lang) => names(item.partners, lang) },
      { header: 'activities.fields.provinces', cell: (item, lang) => names(item.provinces, lang) },
      { header: 'activities.fields.cost', cell: (item) => amount(item.cost) },
      { header: 'activities.fields.costCurrency', cell: (item) => item.costCurrency },
    ],
  }),
  outcomes: exportOf<Outcome>({
    query: OutcomeListQuery.omit({ page: true, pageSize: true }),
    fetch: (db) => outcomesService(db).list,
    title: 'outcomes.list.title',
    columns: [
      { header: 'outcomes.fields.kind', cell: (item, lang) => label(lang, 'outcomes.kinds', item.kind) },
      { header: 'activities.fields.title', cell: (item) => item.activity.title },
      { header: 'activities.fields.unit', cell: (item, lang) => item.activity.unit.name[lang] },
      { header: 'outcomes.fields.value', cell: (item) => amount(item.value) },
      { header: 'outcomes.fields.currency', cell: (item) => item.currency },
      { header: 'outcomes.fields.quantity', cell: (item) => item.quantity },
      { header: 'outcomes.fields.product', cell: (item) => item.product },
      { header: 'outcomes.fields.hsCode', cell: (item) => item.hsCode },
      { header: 'outcomes.fields.counterpart', cell: (item) => item.counterpart },
      { header: 'outcomes.fields.businessName', cell: (item) => item.businessName },
      { header: 'outcomes.fields.status', cell: (item, lang) => label(lang, 'outcomes.status', item.confirmationStatus) },
      { header: 'exports.columns.confirmedValue', cell: (item) => amount(item.confirmedValue) },
    ],
  }),
  partners: exportOf<Partner>({
    query: PartnerListQuery.omit({ page: true, pageSize: true }),
    fetch: (db) => partnersService(db).list,
    title: 'partners.list.title',
    columns: [
      { header: 'partners.fields.name', cell: (item, lang) => item.name[lang] },
      { header: 'partners.fields.kind', cell: (item, lang) => label(lang, 'partners.kinds', item.kind) },
      { header: 'partners.fields.code', cell: (item) => item.code },
      { header: 'partners.fields.shortName', cell: (item) => item.shortName },
      { header: 'partners.fields.country', cell: (item, lang) => country(item.countryCode, lang) },
      { header: 'partners.fields.website', cell: (item) => item.website },
    ],
  }),
  'support-requests': exportOf<SupportRequest>({
    query: SupportRequestListQuery.omit({ page: true, pageSize: true }),
    fetch: (db) => supportRequestsService(db).list,
    title: 'supportRequests.list.title',
    columns: [
      { header: 'supportRequests.fields.title', cell: (item) => item.title },
      { header: 'supportRequests.fields.requestingUnit', cell: (item, lang) => (item.requestingUnit ?? item.requestingBusiness)?.name[lang] ?? '' },
      { header: 'supportRequests.fields.targetUnit', cell: (item, lang) => item.targetUnit.name[lang] },
      { header: 'supportRequests.fields.status', cell: (item, lang) => label(lang, 'supportRequests.status', item.status) },
      { header: 'supportRequests.fields.neededFrom', cell: (item) => item.neededFrom },
      { header: 'supportRequests.fields.neededTo', cell: (item) => item.neededTo },
      { header: 'supportRequests.fields.createdAt', cell: (item) => item.createdAt.slice(0, 10) },
      { header: 'supportRequests.fields.description', cell: (item) => item.description },
    ],
  }),
  'market-notes': exportOf<MarketNote>({
    query: MarketNoteListQuery.omit({ page: true, pageSize: true }),
    fetch: (db) => marketNotesService(db).list,
    title: 'marketNotes.list.title',
    columns: [
      { header: 'marketNotes.fields.title', cell: (item) => item.title },
      { header: 'marketNotes.fields.kind', cell: (item, lang) => label(lang, 'marketNotes.kinds', item.kind) },
      { header: 'marketNotes.fields.country', cell: (item, lang) => country(item.countryCode, lang) },
      { header: 'marketNotes.fields.sectors', cell: (item) => item.sectors.join('; ') },
      { header: 'marketNotes.fields.hsCodes', cell: (item) => item.hsCodes.join('; ') },
      { header: 'marketNotes.fields.classification', cell: (item, lang) => label(lang, 'marketNotes.classifications', item.classification) },
      { header: 'marketNotes.fields.unit', cell: (item, lang) => item.unit.name[lang] },
      { header: 'marketNotes.fields.status', cell: (item, lang) => label(lang, 'marketNotes.status', item.status) },
      { header: 'marketNotes.fields.publishedAt', cell: (item) => item.publishedAt?.slice(0, 10) ?? null },
      { header: 'marketNotes.fields.summary', cell: (item) => item.summary },
    ],
  }),
};
