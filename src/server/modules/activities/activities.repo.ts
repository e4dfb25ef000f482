import { and, asc, count, desc, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { ActivityListQuery } from '../../../shared/schemas/activities.js';
import { insertMany, insertManyReturning } from '../../db/bulk.js';
import type { Executor } from '../../db/client.js';
import {
  activities,
  activityOutputs,
  activityPartners,
  activityProvinces,
  agreements,
  commitments,
  engagements,
  outcomes,
  orgUnits,
  partners,
  supportRequests,
  tasks,
} from '../../db/schema/index.js';
import { newId } from '../../lib/ids.js';
import { matchesText, pageOffset, phraseFirst } from '../../db/search.js';
import type { UnitScope } from '../../policy/scope.js';
import type { Region } from '../../../shared/schemas/regions.js';
import { regionFilter } from '../regions/regions.repo.js';

export type ActivityRow = typeof activities.$inferSelect;
export type ActivityInsert = Omit<typeof activities.$inferInsert, 'id'>;
export type OutputInsert = Pick<typeof activityOutputs.$inferInsert, 'kind' | 'quantity' | 'note'>;

/** The filter every activity query takes; the service resolves units (and their lineage in the mapped view). */
export interface ActivityFilter {
  scope: UnitScope;
  /** The day the formalism flag is computed for. */
  today: string;
  q?: string;
  unitIds?: string[];
  provinceIds?: string[];
  type?: string;
  from?: string;
  to?: string;
  countryCode?: string;
  flagged?: 'no_result';
  region?: Region;
  sector?: string;
  unitType?: string;
  supportsProvinces?: boolean;
  excludeDemo?: boolean;
}

const searchable = sql`${activities.title} || ' ' || coalesce(${activities.description}, '')`;

// Qualified by hand: in a select list Drizzle prints bare column names, which a subquery would resolve to its own table.
const ACTIVITY_ID = sql.raw('"activities"."id"');

const supports = (unitIds: string[]): SQL =>
  sql`EXISTS (SELECT 1 FROM ${activityProvinces} ap WHERE ap.activity_id = ${ACTIVITY_ID} AND ap.unit_id IN ${unitIds})`;

/** Reported by one of the units, or supporting one of them (a mission's activity for a province counts for both). */
const reaches = (unitIds: string[]): SQL => (unitIds.length === 0 ? sql`false` : or(inArray(activities.unitId, unitIds), supports(unitIds))!);

/** No output and no outcome recorded 30 days after the end date: the formalism flag, never stored. */
export const noResultRecorded = (today: string): SQL<boolean> =>
  sql<boolean>`("activities"."end_date" <= ${today}::date - 30
    AND NOT EXISTS (SELECT 1 FROM ${activityOutputs} o WHERE o.activity_id = ${ACTIVITY_ID})
    AND NOT EXISTS (SELECT 1 FROM ${outcomes} r WHERE r.activity_id = ${ACTIVITY_ID}))`;

/** The WHERE clause shared by the list, the summary, the formalism board and the outcome totals. */
export const activityConditions = (f: ActivityFilter): SQL | undefined =>
  and(
    f.scope.all ? undefined : reaches(f.scope.unitIds),
    f.unitIds ? (f.unitIds.length === 0 ? sql`false` : inArray(activities.unitId, f.unitIds)) : undefined,
    f.provinceIds ? (f.provinceIds.length === 0 ? sql`false` : supports(f.provinceIds)) : undefined,
    f.type ? eq(activities.type, f.type) : undefined,
    f.from ? gte(activities.startDate, f.from) : undefined,
    f.to ? lt(activities.startDate, f.to) : undefined,
    f.countryCode ? eq(activities.countryCode, f.countryCode) : undefined,
    f.flagged === 'no_result' ? noResultRecorded(f.today) : undefined,
    f.region ? regionFilter.country(activities.countryCode, f.region) : undefined,
    f.sector ? sql`${f.sector} = ANY(${activities.sectors})` : undefined,
    f.unitType ? sql`EXISTS (SELECT 1 FROM ${orgUnits} u WHERE u.id = ${activities.unitId} AND u.type = ${f.unitType})` : undefined,
    f.supportsProvinces === undefined
      ? undefined
      : sql`${f.supportsProvinces ? sql`` : sql`NOT`} EXISTS (SELECT 1 FROM ${activityProvinces} ap WHERE ap.activity_id = ${ACTIVITY_ID})`,
    f.excludeDemo ? eq(activities.demo, false) : undefined,
    f.q ? matchesText(searchable, f.q) : undefined,
  );

const ORDER = {
  '-startDate': [desc(activities.startDate), asc(activities.title), asc(activities.id)],
  startDate: [asc(activities.startDate), asc(activities.title), asc(activities.id)],
  title: [asc(activities.title), desc(activities.startDate), asc(activities.id)],
  '-createdAt': [desc(activities.createdAt), desc(activities.id)],
} as const;

const computed = (today: string) => ({
  activity: activities,
  noResultRecorded: noResultRecorded(today),
  outcomeCount: sql<number>`(SELECT count(*) FROM ${outcomes} r WHERE r.activity_id = ${ACTIVITY_ID})`.mapWith(Number),
});

const GROUP_COLUMNS = { unit: activities.unitId, type: activities.type, country: activities.countryCode } as const;

const LINK_TABLES = { engagementId: engagements, agreementId: agreements, commitmentId: commitments, taskId: tasks, supportRequestId: supportRequests } as const;
export type LinkField = keyof typeof LINK_TABLES;
export const LINK_FIELDS = Object.keys(LINK_TABLES) as LinkField[];

export const activitiesRepo = {
  list: async (ex: Executor, filter: ActivityFilter & Pick<ActivityListQuery, 'sort' | 'page' | 'pageSize'>) => {
    const conditions = activityConditions(filter);
    const [rows, [totals]] = await Promise.all([
      ex
        .select(computed(filter.today))
        .from(activities)
        .where(conditions)
        .orderBy(...phraseFirst(searchable, filter.q), ...ORDER[filter.sort])
        .limit(filter.pageSize)
        .offset(pageOffset(filter.page, filter.pageSize)),
      ex.select({ total: count() }).from(activities).where(conditions),
    ]);
    return { rows, total: totals?.total ?? 0 };
  },

  /** Activities with their computed flag and outcome count. */
  findComputed: (ex: Executor, ids: string[], today: string) =>
    ids.length === 0 ? Promise.resolve([]) : ex.select(computed(today)).from(activities).where(inArray(activities.id, ids)),

  /** Counts per reporting unit, type or country. */
  countBy: (ex: Executor, filter: ActivityFilter, groupBy: keyof typeof GROUP_COLUMNS) => {
    const column = GROUP_COLUMNS[groupBy];
    return ex
      .select({ key: column, count: count() })
      .from(activities)
      .where(activityConditions(filter))
      .groupBy(column)
      .orderBy(desc(count()), asc(column));
  },

  /** Per reporting unit: how many activities, and how many have no result recorded. */
  formalismByUnit: (ex: Executor, filter: ActivityFilter) =>
    ex
      .select({
        unitId: activities.unitId,
        total: count(),
        flagged: sql<number>`count(*) FILTER (WHERE ${noResultRecorded(filter.today)})`.mapWith(Number),
      })
      .from(activities)
      .where(activityConditions(filter))
      .groupBy(activities.unitId),

  findById: (ex: Executor, id: string) => ex.select().from(activities).where(eq(activities.id, id)).then(([row]) => row),

  findByIdForUpdate: (ex: Executor, id: string) =>
    ex.select().from(activities).where(eq(activities.id, id)).for('update').then(([row]) => row),

  insert: (ex: Executor, values: ActivityInsert) =>
    ex.insert(activities).values({ ...values, id: newId() }).returning().then(([row]) => row!),

  update: (ex: Executor, id: string, version: number, values: Partial<ActivityInsert>) =>
    ex
      .update(activities)
      .set({ ...values, version: sql`${activities.version} + 1`, updatedAt: new Date() })
      .where(and(eq(activities.id, id), eq(activities.version, version)))
      .returning()
      .then(([row]) => row),

  /** Deletes the activity with its outputs, outcomes and links (cascade); false when the version moved. */
  delete: (ex: Executor, id: string, version: number) =>
    ex
      .delete(activities)
      .where(and(eq(activities.id, id), eq(activities.version, version)))
      .returning({ id: activities.id })
      .then((rows) => rows.length > 0),

  provinceIdsOf: (ex: Executor, ids: string[]) =>
    ids.length === 0 ? Promise.resolve([]) : ex.select().from(activityProvinces).where(inArray(activityProvinces.activityId, ids)),

  partnersOf: (ex: Executor, ids: string[]) =>
    ids.length === 0
      ? Promise.resolve([])
      : ex
          .select({ activityId: activityPartners.activityId, partner: partners })
          .from(activityPartners)
          .innerJoin(partners, eq(partners.id, activityPartners.partnerId))
          .where(inArray(activityPartners.activityId, ids))
          .orderBy(asc(partners.nameVi)),

  outputsOf: (ex: Executor, ids: string[]) =>
    ids.length === 0
      ? Promise.resolve([])
      : ex.select().from(activityOutputs).where(inArray(activityOutputs.activityId, ids)).orderBy(asc(activityOutputs.id)),

  /** Many new activities with their provinces and outputs, in multi-row statements (imports). */
  insertMany: async (ex: Executor, items: { values: ActivityInsert; provinceIds: string[]; outputs: OutputInsert[] }[]) => {
    const rows = items.map((item) => ({ ...item.values, id: newId() }));
    const inserted = await insertManyReturning(ex, activities, rows);
    await insertMany(ex, activityProvinces, items.flatMap((item, i) => item.provinceIds.map((unitId) => ({ activityId: rows[i]!.id, unitId }))));
    await insertMany(ex, activityOutputs, items.flatMap((item, i) => item.outputs.map((output) => ({ ...output, id: newId(), activityId: rows[i]!.id }))));
    const byId = new Map(inserted.map((row) => [row.id, row]));
    return rows.map((row) => byId.get(row.id)!);
  },

  setProvinces: async (ex: Executor, activityId: string, unitIds: string[]) => {
    await ex.delete(activityProvinces).where(eq(activityProvinces.activityId, activityId));
    if (unitIds.length > 0) await ex.insert(activityProvinces).values(unitIds.map((unitId) => ({ activityId, unitId })));
  },

  setPartners: async (ex: Executor, activityId: string, partnerIds: string[]) => {
    await ex.delete(activityPartners).where(eq(activityPartners.activityId, activityId));
    if (partnerIds.length > 0) await ex.insert(activityPartners).values(partnerIds.map((partnerId) => ({ activityId, partnerId })));
  },

  setOutputs: async (ex: Executor, activityId: string, outputs: OutputInsert[]) => {
    await ex.delete(activityOutputs).where(eq(activityOutputs.activityId, activityId));
    if (outputs.length > 0) await ex.insert(activityOutputs).values(outputs.map((output) => ({ ...output, id: newId(), activityId })));
  },

  /** Which of the linked records do not exist, by input field name. */
  missingLinks: async (ex: Executor, links: Partial<Record<LinkField, string | null>>): Promise<LinkField[]> => {
    const missing: LinkField[] = [];
    for (const field of Object.keys(LINK_TABLES) as LinkField[]) {
      const id = links[field];
      if (!id) continue;
      const table = LINK_TABLES[field];
      const [row] = await ex.select({ id: table.id }).from(table).where(eq(table.id, id));
      if (!row) missing.push(field);
    }
    return missing;
  },
};
