import { and, asc, count, desc, eq, getTableColumns, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { PartnershipChangeQuery } from '../../../shared/schemas/partners.js';
import type { Executor } from '../../db/client.js';
import { engagements, partnershipChanges } from '../../db/schema/index.js';
import { DomainError, translateDbError } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { regionFilter } from '../regions/regions.repo.js';

export type PartnershipChangeRow = typeof partnershipChanges.$inferSelect;
export type PartnershipChangeInsert = Omit<typeof partnershipChanges.$inferInsert, 'id'>;

const duplicateLevel = new DomainError('conflict', 'This country already has a change to this level', { toLevel: 'duplicate' });
const unknownEngagement = new DomainError('invalid', 'Unknown engagement', { engagementId: 'Unknown engagement' });

const engagementColumns = { engagementTitleVi: engagements.titleVi, engagementTitleEn: engagements.titleEn, engagementStartDate: engagements.startDate };
export type PartnershipChangeWithEngagement = PartnershipChangeRow & { engagementTitleVi: string | null; engagementTitleEn: string | null; engagementStartDate: string | null };

/** Changes dated in [from, to), by country, region, level; without demo records when asked. */
export function partnershipChangeConditions(query: Partial<PartnershipChangeQuery>): SQL | undefined {
  return and(
    query.from ? gte(partnershipChanges.date, query.from) : undefined,
    query.to ? lt(partnershipChanges.date, query.to) : undefined,
    query.countryCode ? eq(partnershipChanges.countryCode, query.countryCode) : undefined,
    query.region ? regionFilter.country(partnershipChanges.countryCode, query.region) : undefined,
    query.toLevel ? eq(partnershipChanges.toLevel, query.toLevel) : undefined,
    query.excludeDemo ? eq(partnershipChanges.demo, false) : undefined,
  );
}

export const partnershipsRepo = {
  /** The changes matching the query, oldest first, with the engagement that announced each. */
  list: (ex: Executor, query: Partial<PartnershipChangeQuery>): Promise<PartnershipChangeWithEngagement[]> =>
    ex
      .select({ ...getTableColumns(partnershipChanges), ...engagementColumns })
      .from(partnershipChanges)
      .leftJoin(engagements, eq(engagements.id, partnershipChanges.engagementId))
      .where(partnershipChangeConditions(query))
      .orderBy(asc(partnershipChanges.date), asc(partnershipChanges.countryCode)),

  /** How many relations were raised or established in [from, to): the "upgraded relations with N countries" figure. */
  countUpgrades: (ex: Executor, query: Partial<PartnershipChangeQuery>): Promise<number> =>
    ex.select({ n: count() }).from(partnershipChanges).where(partnershipChangeConditions(query)).then(([row]) => row?.n ?? 0),

  /** Each country's current level: its latest change. */
  currentLevels: (ex: Executor, countryCode?: string): Promise<PartnershipChangeRow[]> =>
    ex
      .selectDistinctOn([partnershipChanges.countryCode])
      .from(partnershipChanges)
      .where(countryCode ? eq(partnershipChanges.countryCode, countryCode) : undefined)
      .orderBy(asc(partnershipChanges.countryCode), desc(partnershipChanges.date)),

  findById: (ex: Executor, id: string) => ex.select().from(partnershipChanges).where(eq(partnershipChanges.id, id)).then(([row]) => row),

  findByIdForUpdate: (ex: Executor, id: string) =>
    ex.select().from(partnershipChanges).where(eq(partnershipChanges.id, id)).for('update').then(([row]) => row),

  insert: async (ex: Executor, values: PartnershipChangeInsert) => {
    try {
      const [row] = await ex.insert(partnershipChanges).values({ ...values, id: newId() }).returning();
      return row!;
    } catch (error) {
      return translateDbError(error, { unique: duplicateLevel, foreignKey: unknownEngagement });
    }
  },

  /** Reference loading: a change already recorded for the country and level is kept as it is. */
  insertIfMissing: (ex: Executor, values: PartnershipChangeInsert) =>
    ex.insert(partnershipChanges).values({ ...values, id: newId() }).onConflictDoNothing().returning().then((rows) => rows.length),

  update: async (ex: Executor, id: string, version: number, values: Partial<PartnershipChangeInsert>) => {
    try {
      const [row] = await ex
        .update(partnershipChanges)
        .set({ ...values, version: sql`${partnershipChanges.version} + 1`, updatedAt: new Date() })
        .where(and(eq(partnershipChanges.id, id), eq(partnershipChanges.version, version)))
        .returning();
      return row;
    } catch (error) {
      return translateDbError(error, { unique: duplicateLevel, foreignKey: unknownEngagement });
    }
  },

  delete: (ex: Executor, id: string) => ex.delete(partnershipChanges).where(eq(partnershipChanges.id, id)).then(() => undefined),

  /** Demo loading: records the engagement that announced a change, where none is recorded yet. */
  linkEngagement: (ex: Executor, countryCode: string, toLevel: string, engagementId: string) =>
    ex
      .update(partnershipChanges)
      .set({ engagementId })
      .where(and(eq(partnershipChanges.countryCode, countryCode), eq(partnershipChanges.toLevel, toLevel), sql`${partnershipChanges.engagementId} IS NULL`))
      .returning()
      .then((rows) => rows.length),
};
