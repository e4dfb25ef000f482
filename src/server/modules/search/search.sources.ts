import type { z } from 'zod';
import { ActivityListQuery, type Activity } from '../../../shared/schemas/activities.js';
import { AgreementListQuery, type Agreement } from '../../../shared/schemas/agreements.js';
import { CommitmentListQuery, type Commitment } from '../../../shared/schemas/commitments.js';
import { EngagementListQuery, type Engagement } from '../../../shared/schemas/engagements.js';
import { OrgUnitListQuery, type OrgUnitSummary } from '../../../shared/schemas/org-units.js';
import { OutcomeListQuery, type Outcome } from '../../../shared/schemas/outcomes.js';
import { PartnerListQuery, type Partner } from '../../../shared/schemas/partners.js';
import type { SearchHit, SearchType } from '../../../shared/schemas/search.js';
import { SupportRequestListQuery, type SupportRequest } from '../../../shared/schemas/support-requests.js';
import { TaskListQuery, type Task } from '../../../shared/schemas/tasks.js';
import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/client.js';
import { activitiesService } from '../activities/activities.service.js';
import { agreementsService } from '../agreements/agreements.service.js';
import { commitmentsService } from '../commitments/commitments.service.js';
import { engagementsService } from '../engagements/engagements.service.js';
import { orgUnitsService } from '../org-units/org-units.service.js';
import { outcomesService } from '../outcomes/outcomes.service.js';
import { partnersService } from '../partners/partners.service.js';
import { supportRequestsService } from '../support-requests/support-requests.service.js';
import { tasksService } from '../tasks/tasks.service.js';

type Text = SearchHit['title'];

/** One searchable type: its list's own query and service call, so a hit is exactly a row that list shows the actor. */
export interface SearchSource<T = unknown> {
  /** The list's query schema: it fills in the list's defaults (sort, view). */
  query: z.ZodObject;
  /** Parameters beyond `q` and paging. */
  extra?: Record<string, unknown>;
  list: (db: Db) => (actor: Actor, query: never) => Promise<{ items: T[]; total: number }>;
  hit: (item: T) => SearchHit;
}

const same = (text: string): Text => ({ vi: text, en: text });
const source = <T>(definition: SearchSource<T>) => definition as unknown as SearchSource;

export const SEARCH_SOURCES: Record<SearchType, SearchSource> = {
  engagements: source<Engagement>({
    query: EngagementListQuery,
    list: (db) => engagementsService(db).list,
    hit: (item) => ({ id: item.id, title: item.title, detail: item.leadUnit.name, date: item.startDate, path: `/engagements/${item.id}` }),
  }),
  agreements: source<Agreement>({
    query: AgreementListQuery,
    list: (db) => agreementsService(db).list,
    hit: (item) => ({ id: item.id, title: item.title, detail: item.ownerUnit.name, date: item.signedDate, path: `/agreements/${item.id}` }),
  }),
  commitments: source<Commitment>({
    query: CommitmentListQuery,
    list: (db) => commitmentsService(db).list,
    hit: (item) => ({ id: item.id, title: same(item.title), detail: item.ownerUnit.name, date: item.dueDate, path: `/commitments/${item.id}` }),
  }),
  tasks: source<Task>({
    query: TaskListQuery,
    list: (db) => tasksService(db).list,
    hit: (item) => ({ id: item.id, title: same(item.title), detail: item.responsibleUnit.name, date: item.dueDate, path: `/tasks/${item.id}` }),
  }),
  activities: source<Activity>({
    query: ActivityListQuery,
    list: (db) => activitiesService(db).list,
    hit: (item) => ({ id: item.id, title: same(item.title), detail: item.unit.name, date: item.startDate, path: `/activities/${item.id}` }),
  }),
  outcomes: source<Outcome>({
    query: OutcomeListQuery,
    list: (db) => outcomesService(db).list,
    hit: (item) => ({
      id: item.id,
      title: same([item.product ?? item.counterpart ?? item.businessName, item.activity.title].filter(Boolean).join(' · ')),
      detail: item.activity.unit.name,
      date: item.activity.startDate,
      path: `/activities/${item.activity.id}`,
    }),
  }),
  partners: source<Partner>({
    query: PartnerListQuery,
    list: (db) => partnersService(db).list,
    hit: (item) => ({ id: item.id, title: item.name, detail: item.shortName || item.code ? same(item.shortName ?? item.code!) : null, date: null, path: `/partners/${item.id}` }),
  }),
  'org-units': source<OrgUnitSummary>({
    query: OrgUnitListQuery,
    // Former units too, so the name of a merged province still leads to it (and to its successors).
    extra: { history: true },
    list: (db) => orgUnitsService(db).list,
    hit: (item) => ({ id: item.id, title: item.name, detail: same(item.shortName ?? item.code), date: item.validTo, path: `/org-units/${item.id}` }),
  }),
  'support-requests': source<SupportRequest>({
    query: SupportRequestListQuery,
    list: (db) => supportRequestsService(db).list,
    hit: (item) => ({ id: item.id, title: same(item.title), detail: item.targetUnit.name, date: item.createdAt.slice(0, 10), path: `/support-requests/${item.id}` }),
  }),
};
