import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { PartnerListQuery } from '../../../shared/schemas/partners.js';
import type { Executor } from '../../db/client.js';
import { ftaCountries, ftas, partners } from '../../db/schema/index.js';
import { DomainError, translateDbError } from '../../lib/errors.js';
import { newId } from '../../lib/ids.js';
import { matchesText, pageOffset, startsWithFirst } from '../../db/search.js';

export type PartnerRow = typeof partners.$inferSelect;
export type PartnerInsert = Omit<typeof partners.$inferInsert, 'id'>;
export type FtaRow = typeof ftas.$inferSelect;

const searchable = sql`${partners.nameVi} || ' ' || ${partners.nameEn} || ' ' || coalesce(${partners.shortName}, '') || ' ' || coalesce(${partners.code}, '')`;

const duplicateCode = new DomainError('conflict', 'Another partner of this kind already uses this code', { code: 'duplicate' });

/** Each FTA with the country codes it covers, aggregated in SQL so one query serves the list. */
const ftaColumns = {
  fta: ftas,
  countryCodes: sql<string[]>`coalesce(array_agg(${ftaCountries.countryCode} ORDER BY ${ftaCountries.countryCode}) FILTER (WHERE ${ftaCountries.countryCode} IS NOT NULL), '{}')`,
};

export const partnersRepo = {
  list: async (ex: Executor, query: PartnerListQuery) => {
    const conditions = and(
      query.kind ? eq(partners.kind, query.kind) : undefined,
      query.countryCode ? eq(partners.countryCode, query.countryCode) : undefined,
      query.q ? matchesText(searchable, query.q) : undefined,
    );
    const [rows, [totals]] = await Promise.all([
      ex
        .select()
        .from(partners)
        .where(conditions)
        .orderBy(...(query.q ? [startsWithFirst([sql`${partners.nameVi}`, sql`${partners.nameEn}`, sql`coalesce(${partners.shortName}, '')`], query.q)] : []), asc(partners.kind), asc(partners.nameVi))
        .limit(query.pageSize)
        .offset(pageOffset(query.page, query.pageSize)),
      ex.select({ total: count() }).from(partners).where(conditions),
    ]);
    return { rows, total: totals?.total ?? 0 };
  },

  all: (ex: Executor) => ex.select().from(partners),

  findById: (ex: Executor, id: string) =>
    ex.select().from(partners).where(eq(partners.id, id)).then(([row]) => row),

  /** The country partner of an ISO code. */
  findCountry: (ex: Executor, countryCode: string) =>
    ex.select().from(partners).where(and(eq(partners.kind, 'country'), eq(partners.countryCode, countryCode))).limit(1).then(([row]) => row),

  findByIdForUpdate: (ex: Executor, id: string) =>
    ex.select().from(partners).where(eq(partners.id, id)).for('update').then(([row]) => row),

  findByIds: (ex: Executor, ids: string[]) =>
    ids.length === 0 ? Promise.resolve([]) : ex.select().from(partners).where(inArray(partners.id, ids)),

  insert: async (ex: Executor, values: PartnerInsert) => {
    try {
      const [row] = await ex.insert(partners).values({ ...values, id: newId() }).returning();
      return row!;
    } catch (error) {
      return translateDbError(error, { unique: duplicateCode });
    }
  },

  /** Reference loading: keeps a partner already present with the same kind and code. */
  insertIfMissing: (ex: Executor, values: PartnerInsert) =>
    ex.insert(partners).values({ ...values, id: newId() }).onConflictDoNothing().returning().then((rows) => rows.length),

  update: async (ex: Executor, id: string, version: number, values: Partial<PartnerInsert>) => {
    try {
      const [row] = await ex
        .update(partners)
        .set({ ...values, version: sql`${partners.version} + 1`, updatedAt: new Date() })
        .where(and(eq(partners.id, id), eq(partners.version, version)))
        .returning();
      return row;
    } catch (error) {
      return translateDbError(error, { unique: duplicateCode });
    }
  },

  ftas: (ex: Executor, countryCode?: string) =>
    ex
      .select(ftaColumns)
      .from(ftas)
      .leftJoin(ftaCountries, eq(ftaCountries.ftaId, ftas.id))
      .where(countryCode ? inArray(ftas.id, ex.select({ id: ftaCountries.ftaId }).from(ftaCountries).where(eq(ftaCountries.countryCode, countryCode))) : undefined)
      .groupBy(ftas.id)
      .orderBy(asc(ftas.signedDate), asc(ftas.shortName)),

  /** Inserts the FTA unless one with its short name exists; returns the stored row either way. */
  ensureFta: async (ex: Executor, values: Omit<typeof ftas.$inferInsert, 'id'>) => {
    const [inserted] = await ex.insert(ftas).values({ ...values, id: newId() }).onConflictDoNothing().returning();
    if (inserted) return inserted;
    const [existing] = await ex.select().from(ftas).where(eq(ftas.shortName, values.shortName));
    return existing!;
  },

  insertFtaCountries: (ex: Executor, ftaId: string, countryCodes: string[]) =>
    countryCodes.length === 0 ? Promise.resolve() : ex.insert(ftaCountries).values(countryCodes.map((countryCode) => ({ ftaId, countryCode }))).onConflictDoNothing().then(() => undefined),
};
