import { and, asc, count, desc, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { EngagementListQuery } from '../../../shared/schemas/engagements.js';
import { insertMany, insertManyReturning } from '../../db/bulk.js';
import type { Executor } from '../../db/client.js';
import { engagementPartners, engagements, engagementUnits, partners } from '../../db/schema/index.js';
import { newId } from '../../lib/ids.js';
import { matchesText, pageOffset, phraseFirst } from '../../db/search.js';
import type { UnitScope } from '../../policy/scope.js';
import { regionFilter } from '../regions/regions.repo.js';

export type EngagementRow = typeof engagements.$inferSelect;
export type EngagementInsert = Omit<typeof engagements.$inferInsert, 'id'>;

const searchable = sql`${engagements.titleVi} || ' ' || ${engagements.titleEn} || ' ' || ${engagements.leaderName} || ' ' || coalesce(${engagements.summary}, '')`;

/** Engagements led by, or with the participation of, any of the units. */
const involvesUnits = (unitIds: string[]): SQL =>
  unitIds.length === 0
    ? sql`false`
    : or(
        inArray(engagements.leadUnitId, unitIds),
        sql`EXISTS (SELECT 1 FROM ${engagementUnits} WHERE ${engagementUnits.engagementId} = ${engagements.id} AND ${inArray(engagementUnits.unitId, unitIds)})`,
      )!;

const ORDER = {
  '-startDate': [desc(engagements.startDate), asc(engagements.titleVi)],
  startDate: [asc(engagements.startDate), asc(engagements.titleVi)],
  title: [asc(engagements.titleVi), desc(engagements.startDate)],
} as const;

export interface EngagementFilter extends EngagementListQuery {
  scope: UnitScope;
  /** The unit filter resolved by the service (in the mapped view with the units it succeeded). */
  unitIds?: string[];
}

export const engagementsRepo = {
  list: async (ex: Executor, filter: EngagementFilter) => {
    const conditions = and(
      filter.scope.all ? undefined : involvesUnits(filter.scope.unitIds),
      filter.type ? eq(engagements.type, filter.type) : undefined,
      filter.from ? gte(engagements.endDate, filter.from) : undefined,
      filter.to ? lt(engagements.startDate, filter.to) : undefined,
      filter.countryCode ? sql`${filter.countryCode} = ANY(${engagements.countryCodes})` : undefined,
      filter.partnerId
        ? sql`EXISTS (SELECT 1 FROM ${engagementPartners} WHERE ${engagementPartners.engagementId} = ${engagements.id} AND ${engagementPartners.partnerId} = ${filter.partnerId})`
        : undefined,
      filter.unitIds ? involvesUnits(filter.unitIds) : undefined,
      filter.region ? regionFilter.anyCountry(engagements.countryCodes, filter.region) : undefined,
      filter.sector ? sql`${filter.sector} = ANY(${engagements.sectors})` : undefined,
      filter.excludeDemo ? eq(engagements.demo, false) : undefined,
      filter.q ? matchesText(searchable, filter.q) : undefined,
    );
    const [rows, [totals]] = await Promise.all([
      ex
        .select()
        .from(engagements)
        .where(conditions)
        .orderBy(...phraseFirst(searchable, filter.q), ...ORDER[filter.sort])
        .limit(filter.pageSize)
        .offset(pageOffset(filter.page, filter.pageSize)),
      ex.select({ total: count() }).from(engagements).where(conditions),
    ]);
    return { rows, total: totals?.total ?? 0 };
  },

  findById: (ex: Executor, id: string) =>
    ex.select().from(engagements).where(eq(engagements.id, id)).then(([row]) => row),

  findByIdForUpdate: (ex: Executor, id: string) =>
    ex.select().from(engagements).where(eq(engagements.id, id)).for('update').then(([row]) => row),

  /** The import's natural key: the Vietnamese title and the start date. */
  findByTitleAndStart: (ex: Executor, titleVi: string, startDate: string) =>
    ex.select().from(engagements).where(and(eq(engagements.titleVi, titleVi), eq(engagements.startDate, startDate))).then(([row]) => row),

  /** The engagements with any of these Vietnamese titles (an import's natural keys, matched with their dates by the caller). */
  findByTitles: (ex: Executor, titlesVi: string[]) =>
    titlesVi.length === 0 ? Promise.resolve([]) : ex.select().from(engagements).where(inArray(engagements.titleVi, titlesVi)).orderBy(asc(engagements.id)),

  insert: (ex: Executor, values: EngagementInsert) =>
    ex.insert(engagements).values({ ...values, id: newId() }).returning().then(([row]) => row!),

  /** Many engagements with their participating units and partners, in multi-row statements; rows in the order given. */
  insertMany: async (ex: Executor, items: { values: EngagementInsert; unitIds: string[]; partnerIds: string[] }[]) => {
    const rows = items.map((item) => ({ ...item.values, id: newId() }));
    const inserted = await insertManyReturning(ex, engagements, rows);
    await insertMany(ex, engagementUnits, items.flatMap((item, i) => item.unitIds.map((unitId) => ({ engagementId: rows[i]!.id, unitId }))));
    await insertMany(ex, engagementPartners, items.flatMap((item, i) => item.partnerIds.map((partnerId) => ({ engagementId: rows[i]!.id, partnerId }))));
    const byId = new Map(inserted.map((row) => [row.id, row]));
    return rows.map((row) => byId.get(row.id)!);
  },

  update: (ex: Executor, id: string, version: number, values: Partial<EngagementInsert>) =>
    ex
      .update(engagements)
      .set({ ...values, version: sql`${engagements.version} + 1`, updatedAt: new Date() })
      .where(and(eq(engagements.id, id), eq(engagements.version, version)))
      .returning()
      .then(([row]) => row),

  /** Participating units of each engagement, lead unit excluded. */
  unitIdsOf: (ex: Executor, ids: string[]) =>
    ids.length === 0 ? Promise.resolve([]) : ex.select().from(engagementUnits).where(inArray(engagementUnits.engagementId, ids)),

  partnersOf: (ex: Executor, ids: string[]) =>
    ids.length === 0
      ? Promise.resolve([])
      : ex
          .select({ engagementId: engagementPartners.engagementId, partner: partners })
          .from(engagementPartners)
          .innerJoin(partners, eq(partners.id, engagementPartners.partnerId))
          .where(inArray(engagementPartners.engagementId, ids))
          .orderBy(asc(partners.nameVi)),

  setUnits: async (ex: Executor, engagementId: string, unitIds: string[]) => {
    await ex.delete(engagementUnits).where(eq(engagementUnits.engagementId, engagementId));
    if (unitIds.length > 0) await ex.insert(engagementUnits).values(unitIds.map((unitId) => ({ engagementId, unitId })));
  },

  setPartners: async (ex: Executor, engagementId: string, partnerIds: string[]) => {
    await ex.delete(engagementPartners).where(eq(engagementPartners.engagementId, engagementId));
    if (partnerIds.length > 0) await ex.insert(engagementPartners).values(partnerIds.map((partnerId) => ({ engagementId, partnerId })));
  },
};
