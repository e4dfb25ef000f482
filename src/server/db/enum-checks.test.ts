import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { selectRows } from './raw.js';
import { refusal } from '../test/refusal.js';
import { buildTestApp, type TestContext } from '../test/support.js';

/**
 * The database holds its own invariants: every text column whose name says it holds one of a fixed set of values
 * (a status, a role, a kind, a type, a level, …) carries a CHECK constraint built from the shared list the API
 * validates with. A raw statement that bypasses the API cannot store anything else.
 */

/** Column names that announce a closed set of values. */
const ENUM_LIKE = /(^|_)(status|role|kind|type|level|classification|priority|decision|renewal|precision|region|locale|state|stage|category|mode|delivery|frequency)$/;

/** Enum-like by name only: open values, checked elsewhere. */
const NOT_ENUMS: Record<string, string> = {
  'attachments.content_type': 'a MIME type, checked against the upload allow-list when a file is stored',
};

/**
 * Tables created ahead of their feature: no code writes them yet, so no list of values exists to check against.
 * The feature that first writes one adds its shared list and the CHECK, and takes the column off this list (the
 * guard below fails while a constrained column is still listed here).
 */
const NO_FEATURE_YET = [
  'opportunities.kind',
  'opportunities.status',
  'matchmaking_requests.kind',
  'matchmaking_requests.status',
];

interface ColumnInfo {
  column_name: string;
  data_type: string;
  is_nullable: 'YES' | 'NO';
  column_default: string | null;
}

interface Check {
  table: string;
  column: string;
  name: string;
  def: string;
}

let t: TestContext;
let checks: Check[];

beforeAll(async () => {
  t = await buildTestApp();
  checks = await selectRows<Check>(
    t.db,
    sql`SELECT rel.relname AS "table", att.attname AS "column", con.conname AS name, pg_get_constraintdef(con.oid) AS def
        FROM pg_constraint con
        JOIN pg_class rel ON rel.oid = con.conrelid
        JOIN pg_namespace ns ON ns.oid = rel.relnamespace
        JOIN pg_attribute att ON att.attrelid = con.conrelid AND att.attnum = con.conkey[1]
        WHERE con.contype = 'c' AND ns.nspname = 'public' AND array_length(con.conkey, 1) = 1
        ORDER BY 1, 2`,
  );
});
afterAll(() => t.close());

const key = (c: { table: string; column: string }) => `${c.table}.${c.column}`;

/** The values a constraint allows: the list of `IN (…)` (rendered `= ANY (ARRAY[…])`), or a sample event name. */
function allowed(check: Check): string[] {
  if (check.def.includes('~')) return ['task.assigned'];
  const values = [...check.def.matchAll(/'([^']*)'::text/g)].map((m) => m[1]!);
  expect(values.length, check.def).toBeGreaterThan(0);
  return values;
}

/** A literal of the column's type that satisfies NOT NULL; foreign keys are checked after CHECK constraints. */
function dummy(column: ColumnInfo): string {
  switch (column.data_type) {
    case 'uuid':
      return 'gen_random_uuid()';
    case 'date':
      return `'2024-01-01'`;
    case 'integer':
    case 'bigint':
    case 'numeric':
      return '0';
    case 'boolean':
      return 'false';
    case 'timestamp with time zone':
      return 'now()';
    case 'jsonb':
      return `'{}'`;
    case 'bytea':
      return `'\\x'`;
    case 'ARRAY':
      return `'{}'`;
    default:
      return `'x'`;
  }
}

/** Other multi-column rules a dummy row has to satisfy so that only the checked column can be at fault. */
const OVERRIDES: Record<string, Record<string, string>> = {
  commitments: { agreement_id: 'gen_random_uuid()' },
  support_requests: { requesting_unit_id: 'gen_random_uuid()' },
  reporting_periods: { start_date: `'2024-01-01'`, end_date: `'2024-12-31'` },
  reports: { period_start: `'2025-01-01'`, period_end: `'2025-07-01'` },
};

const quote = (value: string) => `'${value.replaceAll("'", "''")}'`;

async function insertWith(table: string, column: string, value: string) {
  const columns = await selectRows<ColumnInfo>(
    t.db,
    sql`SELECT column_name, data_type, is_nullable, column_default FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = ${table} ORDER BY ordinal_position`,
  );
  const values = new Map<string, string>();
  for (const c of columns) if (c.is_nullable === 'NO' && c.column_default === null) values.set(c.column_name, dummy(c));
  // Every other constrained column of the table gets an allowed value.
  for (const other of checks.filter((c) => c.table === table && c.column !== column && ENUM_LIKE.test(c.column))) {
    if (values.has(other.column) || columns.find((c) => c.column_name === other.column)?.is_nullable === 'NO') values.set(other.column, quote(allowed(other)[0]!));
  }
  for (const [name, literal] of Object.entries(OVERRIDES[table] ?? {})) values.set(name, literal);
  values.set(column, quote(value));
  const names = [...values.keys()].map((n) => `"${n}"`).join(', ');
  // Rolled back whatever happens: a control row that the database accepts is not kept.
  return refusal(
    t.db.transaction(async (tx) => {
      await tx.execute(sql.raw(`INSERT INTO "${table}" (${names}) VALUES (${[...values.values()].join(', ')})`));
      tx.rollback();
    }),
  );
}

describe('enum-like text columns', () => {
  it('each has a CHECK constraint, so a new column cannot forget one', async () => {
    const columns = await selectRows<{ table: string; column: string }>(
      t.db,
      sql`SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
          WHERE table_schema = 'public' AND data_type = 'text' ORDER BY 1, 2`,
    );
    const enumLike = columns.filter((c) => ENUM_LIKE.test(c.column)).map(key);
    const constrained = new Set(checks.map(key));
    const exempt = new Set([...Object.keys(NOT_ENUMS), ...NO_FEATURE_YET]);
    expect(enumLike.filter((c) => !constrained.has(c) && !exempt.has(c)), 'enum-like text columns without a CHECK constraint').toEqual([]);
    expect([...exempt].filter((c) => constrained.has(c)), 'constrained columns still listed as exempt').toEqual([]);
    expect([...exempt].filter((c) => !enumLike.includes(c)), 'exempt columns that no longer exist').toEqual([]);
    // The issue counted 23 free-text columns; more are constrained now (locales, regions, FTA types, job states, …).
    expect(enumLike.filter((c) => constrained.has(c)).length).toBeGreaterThanOrEqual(23);
  });

  it('the constraints list exactly the values of the shared lists', async () => {
    const { ROLES, LOCALES } = await import('../../shared/schemas/users.js');
    const { TASK_STATUSES } = await import('../../shared/schemas/tasks.js');
    const { AGREEMENT_STATUSES } = await import('../../shared/schemas/agreements.js');
    const byKey = new Map(checks.map((c) => [key(c), c]));
    expect(allowed(byKey.get('users.role')!)).toEqual([...ROLES]);
    expect(allowed(byKey.get('users.locale')!)).toEqual([...LOCALES]);
    expect(allowed(byKey.get('tasks.status')!)).toEqual([...TASK_STATUSES]);
    expect(allowed(byKey.get('agreement_events.status')!)).toEqual([...AGREEMENT_STATUSES]);
  });

  it('each refuses a raw insert of a value outside its list, and accepts one inside it', async () => {
    const enumChecks = checks.filter((c) => ENUM_LIKE.test(c.column));
    expect(enumChecks.length).toBeGreaterThanOrEqual(23);
    const failures: string[] = [];
    for (const check of enumChecks) {
      const bad = await insertWith(check.table, check.column, 'Not A Value');
      if (bad?.code !== '23514' || !bad.message.includes(check.name)) failures.push(`${key(check)} accepted a bad value: ${JSON.stringify(bad)}`);
      // The control: with an allowed value this constraint does not object (a foreign key to a dummy id may).
      const good = await insertWith(check.table, check.column, allowed(check)[0]!);
      if (good?.message.includes(check.name)) failures.push(`${key(check)} refused an allowed value: ${good.message}`);
    }
    expect(failures).toEqual([]);
  });

  it('refuses a raw update to a value outside the list', async () => {
    const editor = await t.factory.user({ role: 'unit_editor' });
    const failure = await refusal(t.db.execute(sql`UPDATE users SET role = 'superuser' WHERE id = ${editor.id}`));
    expect(failure).toMatchObject({ code: '23514' });
    expect(failure!.message).toContain('users_role_ck');
  });
});

describe('sector lists', () => {
  const SECTOR_COLUMNS = ['activities.sectors', 'agreements.fields', 'commitments.fields', 'engagements.sectors'];

  it('every array of sectors holds values of the shared list only, whatever writes it', async () => {
    const { SECTORS } = await import('../../shared/schemas/sectors.js');
    const byKey = new Map(checks.map((c) => [key(c), c]));
    for (const column of SECTOR_COLUMNS) expect(allowed(byKey.get(column)!), column).toEqual([...SECTORS]);
    const failures: string[] = [];
    for (const column of SECTOR_COLUMNS) {
      const [table, name] = column.split('.') as [string, string];
      const bad = await insertWith(table, name, '{halal,seafood}');
      if (bad?.code !== '23514') failures.push(`${column} accepted a sector outside the list: ${JSON.stringify(bad)}`);
      const good = await insertWith(table, name, '{halal,agriculture}');
      if (good?.message.includes(byKey.get(column)!.name)) failures.push(`${column} refused listed sectors: ${good.message}`);
    }
    expect(failures).toEqual([]);
  });
});
