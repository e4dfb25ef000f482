/**
 * `npm run bench`: seeds a generated data set (2,000 commitments, 10,000 tasks across units) into a fresh PGlite
 * (and PostgreSQL when BENCH_DATABASE_URL is set), times the dashboard's named queries and the org-units as-of
 * list in SQL, then loads the HTTP endpoints with autocannon on 127.0.0.1. Prints ratios and throughput; asserts nothing.
 */
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { buildApp } from '../src/server/app.js';
import { openPglite, openPostgres, type Database, type Db } from '../src/server/db/client.js';
import { commitments, engagements, orgUnits, tasks } from '../src/server/db/schema/index.js';
import { newId, newSecret, sha256 } from '../src/server/lib/ids.js';
import { sessionsRepo } from '../src/server/modules/auth/sessions.repo.js';
import { dashboardRepo, type ImplementationFilter } from '../src/server/modules/dashboard/dashboard.repo.js';
import { orgUnitsRepo } from '../src/server/modules/org-units/org-units.repo.js';
import { usersRepo } from '../src/server/modules/users/users.repo.js';
import { loadReferenceData } from '../src/server/seed/reference.js';
import { DASHBOARD_GROUPS, DASHBOARD_METRICS } from '../src/shared/schemas/dashboard.js';

const COMMITMENTS = Number(process.env.BENCH_COMMITMENTS ?? 2000);
const TASKS_PER_COMMITMENT = 5;
const RUNS = 5;
const HTTP_SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 5);
const AS_OF = '2026-03-10';
const STATUSES = ['not_started', 'on_track', 'at_risk', 'delayed', 'completed', 'completed_with_changes', 'not_pursued'];
const FIELDS = ['trade', 'investment', 'digital', 'energy', 'agriculture', 'tourism'];

/** A deterministic pseudo-random sequence, so every run seeds the same data. */
function sequence(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state % n;
  };
}

const day = (offset: number) => new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

async function seed(db: Db) {
  const random = sequence(42);
  const units = await db.select({ id: orgUnits.id }).from(orgUnits).where(sql`${orgUnits.type} IN ('mission', 'province', 'ministry') AND ${orgUnits.validTo} IS NULL`);
  const [hq] = await db.select({ id: orgUnits.id }).from(orgUnits).where(sql`${orgUnits.type} = 'hq'`).limit(1);
  const pick = <T>(items: T[]) => items[random(items.length)]!;
  const engagementRows = Array.from({ length: 200 }, (_, i) => ({
    id: newId(),
    titleVi: `Hoạt động ${i}`,
    titleEn: `Engagement ${i}`,
    type: 'official_visit_abroad',
    leaderName: 'Leader',
    leaderLevel: 'prime_minister',
    startDate: day(random(500)),
    endDate: day(600),
    leadUnitId: pick(units).id,
  }));
  await db.insert(engagements).values(engagementRows);
  const commitmentRows = Array.from({ length: COMMITMENTS }, (_, i) => ({
    id: newId(),
    title: `Commitment ${i}`,
    engagementId: pick(engagementRows).id,
    ownerUnitId: pick(units).id,
    dueDate: day(random(700)),
    fields: [pick(FIELDS)],
    status: random(10) === 0 ? 'fulfilled' : 'open',
  }));
  for (let i = 0; i < commitmentRows.length; i += 500) await db.insert(commitments).values(commitmentRows.slice(i, i + 500));
  const taskRows = commitmentRows.flatMap((c, i) =>
    Array.from({ length: TASKS_PER_COMMITMENT }, (_, j) => {
      const due = day(random(700));
      return {
        id: newId(),
        commitmentId: c.id,
        title: `Task ${i}.${j}`,
        objective: 'o',
        responsibleUnitId: c.ownerUnitId,
        responsiblePerson: 'p',
        assigningUnitId: hq!.id,
        accountableTo: 'a',
        checkedBy: 'c',
        expectedOutput: 'o',
        expectedOutcome: 'o',
        startDate: '2025-01-01',
        dueDate: due,
        originalDueDate: due,
        slipCount: random(5) === 0 ? 1 + random(3) : 0,
        status: pick(STATUSES),
      };
    }),
  );
  for (let i = 0; i < taskRows.length; i += 500) await db.insert(tasks).values(taskRows.slice(i, i + 500));
  return { units: units.length };
}

async function median(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

async function benchDatabase(label: string, database: Database) {
  await database.migrate();
  await loadReferenceData(database.db);
  const seeded = await seed(database.db);
  const db = database.db;
  console.log(`\n== ${label}: ${COMMITMENTS} commitments, ${COMMITMENTS * TASKS_PER_COMMITMENT} tasks across ${seeded.units} units`);
  const filter: ImplementationFilter = { asOf: AS_OF };
  const baseline = await median(() => orgUnitsRepo.list(db, { asOf: '2025-07-01', page: 1, pageSize: 50 }));
  console.log(`org-units as-of list: ${baseline.toFixed(1)} ms (the unit of the ratios below)`);
  const timings: Record<string, number> = {};
  for (const metric of DASHBOARD_METRICS) {
    timings[`count ${metric}`] = await median(() => dashboardRepo.count(db, { metric, filter }));
    timings[`rows  ${metric}`] = await median(() => dashboardRepo.records(db, { metric, filter }, 1, 50));
  }
  for (const groupBy of DASHBOARD_GROUPS) timings[`groups by ${groupBy}`] = await median(() => dashboardRepo.commitmentCountsByGroup(db, filter, groupBy));
  for (const [name, ms] of Object.entries(timings)) console.log(`${name.padEnd(34)} ${ms.toFixed(1).padStart(8)} ms  ×${(ms / baseline).toFixed(1)} org-units list`);

  const app = await buildApp({ database, webRoot: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  try {
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const admin = await usersRepo.insert(db, { email: `bench-${newId()}@bench.local`, name: 'Bench', role: 'hq_coordinator', unitId: null, locale: 'en', passwordHash: 'x' });
    const token = newSecret();
    await sessionsRepo.insert(db, { tokenHash: sha256(token), userId: admin.id, expiresAt: new Date(Date.now() + 3_600_000) });
    const headers = { cookie: `econdip_session=${token}` };
    const throughput: Record<string, number> = {};
    for (const path of ['/api/v1/org-units?asOf=2025-07-01', `/api/v1/dashboard/implementation?asOf=${AS_OF}&groupBy=unit`, `/api/v1/dashboard/implementation/records?asOf=${AS_OF}&metric=tasks.overdue`]) {
      const result = await autocannon({ url: `http://127.0.0.1:${port}${path}`, connections: 4, duration: HTTP_SECONDS, headers });
      throughput[path] = result.requests.average;
      console.log(`${path.padEnd(80)} ${result.requests.average.toFixed(1).padStart(8)} req/s  p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  non-2xx ${result.non2xx}`);
    }
    const [base, ...rest] = Object.values(throughput);
    console.log(`dashboard throughput relative to the org-units list: ${rest.map((r) => (r / base!).toFixed(2)).join(', ')}`);
  } finally {
    await app.close();
  }
  return timings;
}

const pglite = await openPglite();
let pgliteTimings: Record<string, number>;
try {
  pgliteTimings = await benchDatabase('PGlite', pglite);
} finally {
  await pglite.close();
}

if (process.env.BENCH_DATABASE_URL) {
  const server = process.env.BENCH_DATABASE_URL;
  const name = `econdip_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const postgres = await openPostgres(url.toString());
  try {
    const timings = await benchDatabase('PostgreSQL', postgres);
    console.log('\nPGlite / PostgreSQL time ratio per query:');
    for (const [query, ms] of Object.entries(timings)) console.log(`${query.padEnd(34)} ×${(pgliteTimings[query]! / ms).toFixed(1)}`);
  } finally {
    await postgres.close();
    // Without FORCE: terminating the pool's closing connections makes pg emit an unhandled FATAL 57P01.
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.end();
  }
}
