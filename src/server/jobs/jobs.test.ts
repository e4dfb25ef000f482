import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type Database, type Db } from '../db/client.js';
import { selectRows } from '../db/raw.js';
import { jobs } from '../db/schema/index.js';
import { newId } from '../lib/ids.js';
import { databaseUrlFor, testDatabaseKind } from '../test/database-kind.js';
import { buildTestApp, type TestContext } from '../test/support.js';
import { jobsRepo } from './jobs.repo.js';
import { startScheduler } from './scheduler.js';
import { createJobSignal } from './signal.js';
import { createWorker, type JobHandlers } from './worker.js';

let t: TestContext;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

/** Each test uses its own job kind, so jobs left by other tests are not its business. */
const kindFor = (name: string) => `test.${name}.${newId().slice(-8)}`;
const enqueue = (db: Db, kind: string, extra: { dedupeKey?: string; runAt?: Date; payload?: Record<string, unknown> } = {}) =>
  db.transaction((tx) => jobsRepo.enqueue(tx, { kind, ...extra }));
const jobsOf = (kind: string) => t.db.select().from(jobs).where(eq(jobs.kind, kind));

describe('enqueue', () => {
  it('ignores a second job with the same dedupe key', async () => {
    const kind = kindFor('dedupe');
    const key = `${kind}:2026-01-01`;
    expect(await enqueue(t.db, kind, { dedupeKey: key })).toBe(true);
    expect(await enqueue(t.db, kind, { dedupeKey: key, payload: { other: true } })).toBe(false);
    expect(await jobsOf(kind)).toHaveLength(1);
  });
});

describe('worker', () => {
  it('starts a job queued by its own instance at once, not at its next poll', async () => {
    const kind = kindFor('woken');
    const signal = createJobSignal();
    let ran!: () => void;
    const done = new Promise<void>((resolve) => (ran = resolve));
    const worker = createWorker(t.db, { handlers: { [kind]: { run: async () => ran() } }, pollMs: 3_600_000, wakeOn: signal });
    worker.start();
    try {
      // Let the first poll find nothing and go to sleep for an hour.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const queuedAt = Date.now();
      await enqueue(t.db, kind);
      signal.notify();
      await done;
      expect(Date.now() - queuedAt).toBeLessThan(5_000);
    } finally {
      await worker.stop();
    }
  });

  it('runs a due job once, marks it done, and leaves a future job for later', async () => {
    const kind = kindFor('once');
    const ran: string[] = [];
    const handlers: JobHandlers = { [kind]: { run: async (_ex, job) => void ran.push(job.id) } };
    await enqueue(t.db, kind);
    await enqueue(t.db, kind, { runAt: new Date(Date.now() + 3_600_000) });
    const worker = createWorker(t.db, { handlers, workerId: 'w-once' });
    await worker.drain();
    await worker.drain();
    expect(ran).toHaveLength(1);
    const rows = await jobsOf(kind);
    expect(rows.map((r) => r.status).sort()).toEqual(['done', 'pending']);
    expect(rows.find((r) => r.status === 'done')).toMatchObject({ id: ran[0], attempts: 1, lockedBy: 'w-once' });
  });

  it('rolls back a failed handler\'s writes and retries it after the backoff', async () => {
    const kind = kindFor('retry');
    let calls = 0;
    const handlers: JobHandlers = {
      [kind]: {
        run: async (ex, job) => {
          calls += 1;
          await ex.update(jobs).set({ payload: { touchedBy: calls } }).where(eq(jobs.id, job.id));
          if (calls === 1) throw new Error('SMTP timeout');
        },
      },
    };
    await enqueue(t.db, kind);
    await createWorker(t.db, { handlers, backoffSeconds: () => 0 }).drain();
    const [job] = await jobsOf(kind);
    expect(calls).toBe(2);
    expect(job).toMatchObject({ status: 'done', attempts: 2, payload: { touchedBy: 2 } });
  });

  it('waits for the backoff before the next attempt', async () => {
    const kind = kindFor('backoff');
    const handlers: JobHandlers = { [kind]: { run: async () => Promise.reject(new Error('partner API down')) } };
    await enqueue(t.db, kind);
    await createWorker(t.db, { handlers, backoffSeconds: () => 3600 }).drain();
    const [job] = await jobsOf(kind);
    expect(job).toMatchObject({ status: 'pending', attempts: 1, lastError: 'partner API down', lockedBy: null });
    const [later] = await selectRows<{ later: boolean }>(t.db, sql`SELECT run_at > now() + interval '30 minutes' AS later FROM jobs WHERE id = ${job!.id}`);
    expect(later?.later).toBe(true);
  });

  it('gives up after the maximum number of attempts, and fails unknown kinds at once', async () => {
    const kind = kindFor('give_up');
    const handlers: JobHandlers = { [kind]: { run: async () => Promise.reject(new Error('always')) } };
    await enqueue(t.db, kind);
    const unknown = kindFor('unknown');
    await enqueue(t.db, unknown);
    await createWorker(t.db, { handlers, maxAttempts: 3, backoffSeconds: () => 0 }).drain();
    expect(await jobsOf(kind)).toMatchObject([{ status: 'failed', attempts: 3, lastError: 'always' }]);
    expect(await jobsOf(unknown)).toMatchObject([{ status: 'failed', attempts: 1 }]);
  });

  it('takes back a job whose worker crashed, and leaves a freshly locked one alone', async () => {
    const kind = kindFor('stale');
    const ran: string[] = [];
    const handlers: JobHandlers = { [kind]: { run: async (_ex, job) => void ran.push(job.id) } };
    const crashed = newId();
    const busy = newId();
    await t.db.insert(jobs).values([
      { id: crashed, kind, status: 'running', attempts: 1, lockedBy: 'dead-worker', lockedAt: sql`now() - interval '1 hour'` },
      { id: busy, kind, status: 'running', attempts: 1, lockedBy: 'live-worker', lockedAt: sql`now()` },
    ]);
    await createWorker(t.db, { handlers, workerId: 'rescuer', staleAfterSeconds: 600 }).drain();
    expect(ran).toEqual([crashed]);
    const rows = await jobsOf(kind);
    expect(rows.find((r) => r.id === crashed)).toMatchObject({ status: 'done', attempts: 2, lockedBy: 'rescuer' });
    expect(rows.find((r) => r.id === busy)).toMatchObject({ status: 'running', lockedBy: 'live-worker' });
  });

  it('runs each job exactly once with two workers draining concurrently' + (testDatabaseKind() === 'postgres' ? ' on separate connection pools' : ''), async () => {
    const kind = kindFor('concurrent');
    const runs = new Map<string, string[]>();
    const handlers: JobHandlers = {
      [kind]: {
        run: async (ex, job) => {
          runs.set(job.id, [...(runs.get(job.id) ?? []), job.lockedBy ?? '?']);
          await ex.update(jobs).set({ payload: { ran: true } }).where(eq(jobs.id, job.id));
          await new Promise((resolve) => setTimeout(resolve, 2));
        },
      },
    };
    for (let i = 0; i < 40; i += 1) await enqueue(t.db, kind);
    // A second "instance": its own pool on the same PostgreSQL database; PGlite has one connection to share.
    let second: Database | undefined;
    if (testDatabaseKind() === 'postgres') {
      const [current] = await selectRows<{ name: string }>(t.db, sql`SELECT current_database() AS name`);
      second = await openPostgres(databaseUrlFor(process.env.TEST_DATABASE_URL!, current!.name));
    }
    try {
      const a = createWorker(t.db, { handlers, workerId: 'instance-a' });
      const b = createWorker(second?.db ?? t.db, { handlers, workerId: 'instance-b' });
      const [ranA, ranB] = await Promise.all([a.drain(), b.drain()]);
      expect(ranA + ranB).toBe(40);
    } finally {
      await second?.close();
    }
    expect(runs.size).toBe(40);
    expect([...runs.values()].every((workers) => workers.length === 1)).toBe(true);
    const rows = await jobsOf(kind);
    expect(rows.every((r) => r.status === 'done' && r.attempts === 1)).toBe(true);
  });

  it('polls after start and stops cleanly', async () => {
    const kind = kindFor('polling');
    let resolveRan: () => void = () => {};
    const ran = new Promise<void>((resolve) => (resolveRan = resolve));
    const worker = createWorker(t.db, { handlers: { [kind]: { run: async () => resolveRan() } }, pollMs: 10 });
    worker.start();
    await enqueue(t.db, kind);
    await ran;
    await worker.stop();
    expect(await jobsOf(kind)).toMatchObject([{ status: 'done' }]);
  });
});

describe('scheduler', () => {
  it('enqueues the planned jobs on every tick, once per dedupe key', async () => {
    const kind = kindFor('scheduled');
    const scheduler = startScheduler(t.db, { plan: (now) => [{ kind, dedupeKey: `${kind}:${now.toISOString().slice(0, 10)}` }], intervalMs: 3_600_000 });
    await scheduler.tick();
    await scheduler.tick();
    await scheduler.stop();
    expect(await jobsOf(kind)).toHaveLength(1);
  });
});
