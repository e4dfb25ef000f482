import { and, arrayContains, asc, count, desc, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { MarketNoteListQuery, MarketSubscriptionInput } from '../../../shared/schemas/market-notes.js';
import type { Executor } from '../../db/client.js';
import { marketNotes, marketSubscriptions, orgUnits, users } from '../../db/schema/index.js';
import { matchesText, pageOffset } from '../../db/search.js';
import { newId } from '../../lib/ids.js';
import { regionFilter } from '../regions/regions.repo.js';
import type { UnitScope } from '../../policy/scope.js';

export type MarketNoteRow = typeof marketNotes.$inferSelect;
type MarketNoteInsert = Omit<typeof marketNotes.$inferInsert, 'id'>;

/**
 * Who reads which notes. A business user: published public notes sent to businesses. Anyone else: every note of
 * the units in their scope (drafts and restricted ones too), and the published public and internal notes of other
 * units; a province's users only those sent to provinces.
 */
export type NoteReader = { business: true } | { business: false; scope: UnitScope; province: boolean };

const published = eq(marketNotes.status, 'published');

/** The one place that says which notes a reader receives: every read (list, search, one note, export) goes through it. */
export function readableBy(reader: NoteReader): SQL | undefined {
  if (reader.business) return and(published, eq(marketNotes.classification, 'public'), eq(marketNotes.toBusinesses, true));
  if (reader.scope.all) return undefined;
  const own = reader.scope.unitIds.length > 0 ? inArray(marketNotes.unitId, reader.scope.unitIds) : sql`false`;
  return or(own, and(published, ne(marketNotes.classification, 'restricted'), reader.province ? eq(marketNotes.toProvinces, true) : undefined));
}

/** A note tagged with the code, with a heading containing it, or with a line under it. */
const hsMatches = (code: string) =>
  sql`EXISTS (SELECT 1 FROM unnest(${marketNotes.hsCodes}) AS hs(code) WHERE hs.code LIKE ${`${code}%`} OR ${code} LIKE hs.code || '%')`;

const columns = { note: marketNotes, unit: orgUnits };

export const marketNotesRepo = {
  list: async (ex: Executor, reader: NoteReader, f: Omit<MarketNoteListQuery, 'page' | 'pageSize'> & { page: number; pageSize: number }) => {
    const conditions = and(
      readableBy(reader),
      f.kind ? eq(marketNotes.kind, f.kind) : undefined,
      f.countryCode ? eq(marketNotes.countryCode, f.countryCode) : undefined,
      f.region ? regionFilter.country(marketNotes.countryCode, f.region) : undefined,
      f.sector ? arrayContains(marketNotes.sectors, [f.sector]) : undefined,
      f.hsCode ? hsMatches(f.hsCode) : undefined,
      f.classification ? eq(marketNotes.classification, f.classification) : undefined,
      f.status ? eq(marketNotes.status, f.status) : undefined,
      f.unitId ? eq(marketNotes.unitId, f.unitId) : undefined,
      f.q ? matchesText(sql`${marketNotes.title} || ' ' || coalesce(${marketNotes.summary}, '') || ' ' || ${marketNotes.body}`, f.q) : undefined,
    );
    const [rows, [totals]] = await Promise.all([
      ex
        .select(columns)
        .from(marketNotes)
        .innerJoin(orgUnits, eq(orgUnits.id, marketNotes.unitId))
        .where(conditions)
        .orderBy(sql`${marketNotes.publishedAt} DESC NULLS FIRST`, desc(marketNotes.createdAt), desc(marketNotes.id))
        .limit(f.pageSize)
        .offset(pageOffset(f.page, f.pageSize)),
      ex.select({ total: count() }).from(marketNotes).where(conditions),
    ]);
    return { rows, total: totals?.total ?? 0 };
  },

  /** The note when the reader receives it, else undefined. */
  findReadable: (ex: Executor, reader: NoteReader, id: string) =>
    ex
      .select(columns)
      .from(marketNotes)
      .innerJoin(orgUnits, eq(orgUnits.id, marketNotes.unitId))
      .where(and(eq(marketNotes.id, id), readableBy(reader)))
      .then(([row]) => row),

  findByIdForUpdate: (ex: Executor, id: string) => ex.select().from(marketNotes).where(eq(marketNotes.id, id)).for('update').then(([row]) => row),

  insert: (ex: Executor, values: MarketNoteInsert) => ex.insert(marketNotes).values({ ...values, id: newId() }).returning().then(([row]) => row!),

  update: (ex: Executor, id: string, version: number, values: Partial<MarketNoteInsert>) =>
    ex
      .update(marketNotes)
      .set({ ...values, version: sql`${marketNotes.version} + 1`, updatedAt: new Date() })
      .where(and(eq(marketNotes.id, id), eq(marketNotes.version, version)))
      .returning()
      .then(([row]) => row),

  subscriptionsOf: (ex: Executor, userId: string) =>
    ex.select().from(marketSubscriptions).where(eq(marketSubscriptions.userId, userId)).orderBy(asc(marketSubscriptions.createdAt), asc(marketSubscriptions.id)),

  /** Inserts the subscription, or returns undefined when the user already has the same one. */
  insertSubscription: (ex: Executor, userId: string, input: MarketSubscriptionInput) =>
    ex
      .insert(marketSubscriptions)
      .values({ id: newId(), userId, countryCode: input.countryCode ?? null, sector: input.sector ?? null })
      .onConflictDoNothing()
      .returning()
      .then(([row]) => row),

  deleteSubscription: (ex: Executor, userId: string, id: string) =>
    ex
      .delete(marketSubscriptions)
      .where(and(eq(marketSubscriptions.id, id), eq(marketSubscriptions.userId, userId)))
      .returning()
      .then(([row]) => row),

  /** Active users subscribed to the note's country or one of its sectors, with what decides what they read. */
  subscribersOf: (ex: Executor, note: MarketNoteRow) =>
    ex
      .selectDistinct({ id: users.id, email: users.email, locale: users.locale, role: users.role, unitId: users.unitId, partnerId: users.partnerId, unitType: orgUnits.type })
      .from(marketSubscriptions)
      .innerJoin(users, eq(users.id, marketSubscriptions.userId))
      .leftJoin(orgUnits, eq(orgUnits.id, users.unitId))
      .innerJoin(marketNotes, eq(marketNotes.id, note.id))
      .where(
        and(
          eq(users.active, true),
          note.countryCode ? or(sql`${marketSubscriptions.countryCode} IS NULL`, eq(marketSubscriptions.countryCode, note.countryCode)) : sql`${marketSubscriptions.countryCode} IS NULL`,
          or(sql`${marketSubscriptions.sector} IS NULL`, sql`${marketSubscriptions.sector} = ANY(${marketNotes.sectors})`),
        ),
      ),
};
