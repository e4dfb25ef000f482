import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/** Values come from the shared constant arrays only; anything else would be a programming error, not input. */
const literal = (value: string) => {
  if (!/^[A-Za-z0-9_.-]+$/.test(value)) throw new Error(`Not a value a CHECK constraint may list: ${JSON.stringify(value)}`);
  return `'${value}'`;
};

/**
 * `column IN (…)` built from the same constant array the zod schema is built from, so one list defines what the
 * API accepts and what the database stores. A NULL passes (nullable columns stay nullable).
 */
export const oneOf = (column: AnyPgColumn, values: readonly string[]): SQL => sql`${column} IN (${sql.raw(values.map(literal).join(', '))})`;

/** Event names such as `task.assigned`: open by design (each feature adds its own), but always dotted snake case. */
export const eventName = (column: AnyPgColumn): SQL => sql`${column} ~ '^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*$'`;

/** Every element of an array column is one of the values (`column <@ ARRAY[…]`); an empty array passes. */
export const allOf = (column: AnyPgColumn, values: readonly string[]): SQL => sql`${column} <@ ARRAY[${sql.raw(values.map(literal).join(', '))}]::text[]`;
