import { asc, eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Region } from '../../../shared/schemas/regions.js';
import type { Executor } from '../../db/client.js';
import { countryRegions } from '../../db/schema/index.js';

const codesOf = (region: Region) => sql`(SELECT ${countryRegions.countryCode} FROM ${countryRegions} WHERE ${countryRegions.region} = ${region})`;

/** SQL filters by MOFA region, for lists and counts that filter by country. */
export const regionFilter = {
  /** A single country-code column lies in the region. */
  country: (column: AnyColumn | SQL, region: Region): SQL => sql`${column} IN ${codesOf(region)}`,
  /** A country-code array column names at least one country of the region. */
  anyCountry: (column: AnyColumn | SQL, region: Region): SQL => sql`${column} && ARRAY${codesOf(region)}`,
};

export const regionsRepo = {
  all: (ex: Executor) => ex.select().from(countryRegions).orderBy(asc(countryRegions.region), asc(countryRegions.countryCode)),

  /** The region's country codes, in code order. */
  countriesOf: (ex: Executor, region: Region) =>
    ex.select({ countryCode: countryRegions.countryCode }).from(countryRegions).where(eq(countryRegions.region, region)).orderBy(asc(countryRegions.countryCode)).then((rows) => rows.map((row) => row.countryCode)),

  regionOf: (ex: Executor, countryCode: string) =>
    ex.select().from(countryRegions).where(eq(countryRegions.countryCode, countryCode)).then(([row]) => (row?.region ?? null) as Region | null),

  /** Reference loading: a country already assigned keeps its region. */
  insertIfMissing: (ex: Executor, rows: { countryCode: string; region: Region }[]) =>
    rows.length === 0 ? Promise.resolve(0) : ex.insert(countryRegions).values(rows).onConflictDoNothing().returning().then((inserted) => inserted.length),
};
