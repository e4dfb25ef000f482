import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { AgreementFilter, AgreementListQuery } from '../../../shared/schemas/agreements.js';
import { insertMany, insertManyReturning } from '../../db/bulk.js';
import type { Executor } from '../../db/client.js';
import { selectRows } from '../../db/raw.js';
import { agreementEvents, agreementParties, agreements, countryRegions, orgUnits, partners, users } from '../../db/schema/index.js';
import { regionFilter } from '../regions/regions.repo.js';
import { newId } from '../../lib/ids.js';
import { matchesText, pageOffset, phraseFirst } from '../../db/search.js';
import type { UnitScope } from '../../policy/scope.js';

export type AgreementRow = typeof agreements.$inferSelect;
export type AgreementInsert = Omit<typeof agreements.$inferInsert, 'id'>;
export type AgreementEventRow = typeof agreementEvents.$inferSelect;

const partyExists = (condition: SQL) =>
  sql`EXISTS (SELECT 1 FROM ${agreementParties} WHERE ${agreementParties.agreementId} = ${agreements.id} AND ${condition})`;

/** Agreements owned by, or with as a party, any of the units. */
const involvesUnits = (unitIds: string[]): SQL =>
  unitIds.length === 0 ? sql`false` : or(inArray(agreements.ownerUnitId, unitIds), partyExists(inArray(agreementParties.unitId, unitIds)))!;

// Qualified by hand: Drizzle leaves columns unqualified in a one-table select list, where the subquery would capture them.
const outerId = sql`${sql.identifier('agreements')}.${sql.identifier('id')}`;

/** Partner kinds that count as the foreign side of a local–international agreement. */
export const FOREIGN_PARTY_KINDS = ['foreign_locality', 'foreign_company', 'international_org', 'country'] as const;

/**
 * A Vietnamese province as a party (or the owner) and any foreign party (a foreign locality, company, organisation or
 * government body): the conference's local–international agreement. The one definition, used by filter and DTO.
 */
export const localInternational = sql<boolean>`(
  (EXISTS (SELECT 1 FROM ${agreementParties} p JOIN ${orgUnits} u ON u.id = p.unit_id WHERE p.agreement_id = ${outerId} AND u.type = 'province')
    OR EXISTS (SELECT 1 FROM ${orgUnits} u WHERE u.id = ${sql.identifier('agreements')}.${sql.identifier('owner_unit_id')} AND u.type = 'province'))
  AND EXISTS (SELECT 1 FROM ${agreementParties} p JOIN ${partners} f ON f.id = p.partner_id WHERE p.agreement_id = ${outerId}
    AND f.kind IN (${sql.join(FOREIGN_PARTY_KINDS.map((kind) => sql`${kind}`), sql`, `)}))
)`;

/** A foreign party whose country matches the condition on `f.country_code`. */
const foreignPartyWhere = (condition: SQL) =>
  sql`EXISTS (SELECT 1 FROM ${agreementParties} p JOIN ${partners} f ON f.id = p.partner_id WHERE p.agreement_id = ${outerId} AND ${condition})`;

const searchable = sql`${agreements.titleVi} || ' ' || ${agreements.titleEn}`;

export interface ScopedAgreementFilter extends Partial<AgreementFilter> {
  q?: string;
  scope: UnitScope;
  /** unitId and facilitatedBy resolved by the service: in the mapped view with the units they succeeded. */
  unitIds?: string[];
  facilitatorIds?: string[];
  /** Only the agreements published on the open-data page. */
  published?: true;
}

function conditions(filter: ScopedAgreementFilter) {
  return and(
    filter.scope.all ? undefined : involvesUnits(filter.scope.unitIds),
    filter.kind ? eq(agreements.kind, filter.kind) : undefined,
    filter.status ? eq(agreements.status, filter.status) : undefined,
    filter.engagementId ? eq(agreements.engagementId, filter.engagementId) : undefined,
    filter.field ? sql`${filter.field} = ANY(${agreements.fields})` : undefined,
    filter.partnerId ? partyExists(eq(agreementParties.partnerId, filter.partnerId)) : undefined,
    filter.unitIds ? involvesUnits(filter.unitIds) : filter.unitId ? involvesUnits([filter.unitId]) : undefined,
    filter.from ? gte(agreements.signedDate, filter.from) : undefined,
    filter.to ? lt(agreements.signedDate, filter.to) : undefined,
    filter.localInternational === undefined ? undefined : filter.localInternational ? localInternational : sql`NOT ${localInternational}`,
    filter.facilitated === undefined ? undefined : filter.facilitated ? sql`cardinality(${agreements.facilitatingUnitIds}) > 0` : sql`cardinality(${agreements.facilitatingUnitIds}) = 0`,
    filter.facilitatorIds
      ? sql`${agreements.facilitatingUnitIds} && ARRAY[${sql.join(filter.facilitatorIds.map((id) => sql`${id}::uuid`), sql`, `)}]::uuid[]`
      : filter.facilitatedBy
        ? sql`${filter.facilitatedBy}::uuid = ANY(${agreements.facilitatingUnitIds})`
        : undefined,
    filter.countryCode ? foreignPartyWhere(sql`f.country_code = ${filter.countryCode}`) : undefined,
    filter.region ? foreignPartyWhere(regionFilter.country(sql`f.country_code`, filter.region)) : undefined,
    filter.excludeDemo ? eq(agreements.demo, false) : undefined,
    filter.q ? matchesText(searchable, filter.q) : undefined,
    filter.published ? isNotNull(agreements.publishedAt) : undefined,
  );
}

const ORDER = {
  '-signedDate': [sql`${agreements.signedDate} DESC NULLS LAST`, asc(agreements.titleVi)],
  signedDate: [sql`${agreements.signedDate} ASC NULLS LAST`, asc(agreements.titleVi)],
  title: [asc(agreements.titleVi), desc(agreements.signedDate)],
} as const;

/** Bucket key and the join that yields it, per grouping; multi-valued groupings count each agreement once per bucket. */
const GROUPINGS = {
  kind: { key: sql`${agreements.kind}`, join: sql`` },
  month: { key: sql`to_char(${agreements.signedDate}, 'YYYY-MM')`, join: sql`` },
  field: { key: sql`g.value`, join: sql`CROSS JOIN unnest(${agreements.fields}) AS g(value)` },
  partner: { key: sql`g.partner_id::text`, join: sql`JOIN ${agreementParties} g ON g.agreement_id = ${agreements.id} AND g.partner_id IS NOT NULL` },
  facilitator: { key: sql`g.unit_id::text`, join: sql`CROSS JOIN unnest(${agreements.facilitatingUnitIds}) AS g(unit_id)` },
  region: {
    key: sql`g.region`,
    join: sql`JOIN (SELECT DISTINCT p.agreement_id, r.region FROM ${agreementParties} p JOIN ${partners} f ON f.id = p.partner_id JOIN ${countryRegions} r ON r.country_code = f.country_code) g ON g.agreement_id = ${agreements.id}`,
  },
  unit: {
    key: sql`g.unit_id::text`,
    join: sql`JOIN (SELECT id AS agreement_id, owner_unit_id AS unit_id FROM ${agreements} UNION SELECT agreement_id, unit_id FROM ${agreementParties} WHERE unit_id IS NOT NULL) g ON g.agreement_id = ${agreements.id}`,
  },
} as const;
export type AgreementGrouping = keyof typeof GROUPINGS;

export const agreementsRepo = {
  list: async (ex: Executor, filter: ScopedAgreementFilter & Pick<AgreementListQuery, 'page' | 'pageSize' | 'sort'>) => {
    const where = conditions(filter);
    const [rows, [totals]] = await Promise.all([
      ex
        .select({ agreement: agreements, localInternational })
        .from(agreements)
        .where(where)
        .orderBy(...phraseFirst(searchable, filter.q), ...ORDER[filter.sort])
        .limit(filter.pageSize)
        .offset(pageOffset(filter.page, filter.pageSize)),
      ex.select({ total: count() }).from(agreements).where(where),
    ]);
    return { rows, total: totals?.total ?? 0 };
  },

  count: (ex: Executor, filter: ScopedAgreementFilter) =>
    ex.select({ total: count() }).from(agreements).where(conditions(filter)).then(([row]) => row?.total ?? 0),

  /** Counts per bucket of the grouping, largest first; agreements without a key (unsigned, for months) are left out. */
  countBy: (ex: Executor, filter: ScopedAgreementFilter, grouping: AgreementGrouping) => {
    const { key, join } = GROUPINGS[grouping];
    return selectRows<{ key: string; count: number }>(
      ex,
      sql`SELECT ${key} AS key, count(DISTINCT ${agreements.id})::int AS count FROM ${agreements} ${join}
          WHERE ${conditions(filter) ?? sql`true`} AND ${key} IS NOT NULL
          GROUP BY 1 ORDER BY ${grouping === 'month' ? sql`1` : sql`2 DESC, 1`}`,
    );
  },

  findById: (ex: Executor, id: string) =>
    ex.select({ agreement: agreements, localInternational }).from(agreements).where(eq(agreements.id, id)).then(([row]) => row),

  findByIdForUpdate: (ex: Executor, id: string) =>
    ex.select().from(agreements).where(eq(agreements.id, id)).for('update').then(([row]) => row),

  /** The import's natural key: the Vietnamese title and the signing date (or none). */
  findByTitleAndSigned: (ex: Executor, titleVi: string, signedDate: string | null) =>
    ex
      .select()
      .from(agreements)
      .where(and(eq(agreements.titleVi, titleVi), signedDate ? eq(agreements.signedDate, signedDate) : isNull(agreements.signedDate)))
      .then(([row]) => row),

  /** The agreements with any of these Vietnamese titles (an import's natural keys, matched with their dates by the caller). */
  findByTitles: (ex: Executor, titlesVi: string[]) =>
    titlesVi.length === 0 ? Promise.resolve([]) : ex.select().from(agreements).where(inArray(agreements.titleVi, titlesVi)).orderBy(asc(agreements.id)),

  insert: (ex: Executor, values: AgreementInsert) =>
    ex.insert(agreements).values({ ...values, id: newId() }).returning().then(([row]) => row!),

  /** Many agreements with their parties and first lifecycle event, in multi-row statements; rows in the order given. */
  insertMany: async (
    ex: Executor,
    items: { values: AgreementInsert; unitIds: string[]; partnerIds: string[]; event: Omit<typeof agreementEvents.$inferInsert, 'id' | 'agreementId'> }[],
  ) => {
    const rows = items.map((item) => ({ ...item.values, id: newId() }));
    const inserted = await insertManyReturning(ex, agreements, rows);
    await insertMany(
      ex,
      agreementParties,
      items.flatMap((item, i) => [...item.unitIds.map((unitId) => ({ agreementId: rows[i]!.id, unitId })), ...item.partnerIds.map((partnerId) => ({ agreementId: rows[i]!.id, partnerId }))]),
    );
    await insertMany(ex, agreementEvents, items.map((item, i) => ({ ...item.event, id: newId(), agreementId: rows[i]!.id })));
    const byId = new Map(inserted.map((row) => [row.id, row]));
    return rows.map((row) => byId.get(row.id)!);
  },

  update: (ex: Executor, id: string, version: number, values: Partial<AgreementInsert>) =>
    ex
      .update(agreements)
      .set({ ...values, version: sql`${agreements.version} + 1`, updatedAt: new Date() })
      .where(and(eq(agreements.id, id), eq(agreements.version, version)))
      .returning()
      .then(([row]) => row),

  partiesOf: (ex: Executor, ids: string[]) =>
    ids.length === 0
      ? Promise.resolve([])
      : ex
          .select({ agreementId: agreementParties.agreementId, unitId: agreementParties.unitId, partner: partners })
          .from(agreementParties)
          .leftJoin(partners, eq(partners.id, agreementParties.partnerId))
          .where(inArray(agreementParties.agreementId, ids))
          .orderBy(asc(partners.nameVi)),

  setParties: async (ex: Executor, agreementId: string, unitIds: string[], partnerIds: string[]) => {
    await ex.delete(agreementParties).where(eq(agreementParties.agreementId, agreementId));
    const rows = [...unitIds.map((unitId) => ({ agreementId, unitId })), ...partnerIds.map((partnerId) => ({ agreementId, partnerId }))];
    if (rows.length > 0) await ex.insert(agreementParties).values(rows);
  },

  insertEvent: (ex: Executor, values: Omit<typeof agreementEvents.$inferInsert, 'id'>) =>
    ex.insert(agreementEvents).values({ ...values, id: newId() }).returning().then(([row]) => row!),

  /** Publishes every signed agreement of these kinds recorded from sources (not invented demo records); returns how many. */
  publishSourced: (ex: Executor, kinds: readonly string[]) =>
    ex
      .update(agreements)
      .set({ publishedAt: new Date() })
      .where(and(isNull(agreements.publishedAt), eq(agreements.demo, false), sql`${agreements.status} <> 'negotiating'`, inArray(agreements.kind, [...kinds])))
      .returning({ id: agreements.id })
      .then((rows) => rows.length),

  /** The lifecycle, oldest first, with the name and unit of whoever recorded each event. */
  eventsOf: (ex: Executor, agreementId: string) =>
    ex
      .select({ event: agreementEvents, actorName: users.name, actorUnitId: users.unitId })
      .from(agreementEvents)
      .leftJoin(users, eq(users.id, agreementEvents.actorUserId))
      .where(eq(agreementEvents.agreementId, agreementId))
      .orderBy(asc(agreementEvents.at), asc(agreementEvents.id)),
};
