import { and, asc, eq, inArray, lt, lte, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { type JOB_STATUSES, jobs } from '../db/schema/index.js';
import { newId } from '../lib/ids.js';

export type JobRow = typeof jobs.$inferSelect;
export type JobStatus = (typeof JOB_STATUSES)[number];

export interface JobRequest {
  kind: string;
  payload?: Record<string, unknown>;
  /** Default: now. */
  runAt?: Date;
  /** A second request with the same key is ignored, whatever the state of the first. */
  dedupeKey?: string;
}

const secondsAgo = (seconds: number) => sql`now() - make_interval(secs => ${seconds})`;

export const jobsRepo = {
  /** Queues a job in the caller's transaction; returns false when the dedupe key was already taken. */
  enqueue: async (ex: Executor, request: JobRequest): Promise<boolean> => {
    const inserted = await ex
      .insert(jobs)
      .values({ id: newId(), kind: request.kind, payload: request.payload ?? {}, runAt: request.runAt ?? sql`now()`, dedupeKey: request.dedupeKey ?? null })
      .onConflictDoNothing({ target: jobs.dedupeKey })
      .returning({ id: jobs.id });
    return inserted.length > 0;
  },

  /**
   * Marks up to `limit` due jobs running for this worker. SKIP LOCKED lets several workers claim at once
   * without waiting on, or taking, each other's rows.
   */
  claim: (ex: Executor, workerId: string, limit: number) => {
    const due = ex
      .select({ id: jobs.id })
      .from(jobs)
      .where(and(eq(jobs.status, 'pending'), lte(jobs.runAt, sql`now()`)))
      .orderBy(asc(jobs.runAt))
      .limit(limit)
      .for('update', { skipLocked: true });
    return ex
      .update(jobs)
      .set({ status: 'running', lockedBy: workerId, lockedAt: sql`now()`, attempts: sql`${jobs.attempts} + 1` })
      .where(inArray(jobs.id, due))
      .returning();
  },

  /** Locks a claimed job for the duration of its handler; undefined when another worker took it back. */
  lockClaimed: (ex: Executor, id: string, workerId: string) =>
    ex
      .select()
      .from(jobs)
      .where(and(eq(jobs.id, id), eq(jobs.status, 'running'), eq(jobs.lockedBy, workerId)))
      .for('update')
      .then(([row]) => row),

  markDone: (ex: Executor, id: string, workerId: string) =>
    ex
      .update(jobs)
      .set({ status: 'done', finishedAt: sql`now()`, lockedAt: null, lastError: null })
      .where(and(eq(jobs.id, id), eq(jobs.lockedBy, workerId), eq(jobs.status, 'running')))
      .returning({ id: jobs.id })
      .then((rows) => rows.length > 0),

  /** Puts a failed attempt back in the queue after `retryInSeconds`, or gives up (`failed`) when none is left. */
  markFailed: (ex: Executor, id: string, workerId: string, error: string, retryInSeconds: number | null) =>
    ex
      .update(jobs)
      .set(
        retryInSeconds === null
          ? { status: 'failed', finishedAt: sql`now()`, lockedAt: null, lastError: error }
          : { status: 'pending', runAt: sql`now() + make_interval(secs => ${retryInSeconds})`, lockedBy: null, lockedAt: null, lastError: error },
      )
      .where(and(eq(jobs.id, id), eq(jobs.lockedBy, workerId), eq(jobs.status, 'running'))),

  /**
   * Requeues running jobs whose worker stopped holding them (a crashed process) for longer than `staleSeconds`.
   * A live worker holds its job's row lock, so SKIP LOCKED leaves its jobs alone however long they take.
   */
  recoverStale: (ex: Executor, staleSeconds: number, maxAttempts: number) => {
    const stale = ex
      .select({ id: jobs.id })
      .from(jobs)
      .where(and(eq(jobs.status, 'running'), lt(jobs.lockedAt, secondsAgo(staleSeconds))))
      .for('update', { skipLocked: true });
    return ex
      .update(jobs)
      .set({
        status: sql`CASE WHEN ${jobs.attempts} >= ${maxAttempts} THEN 'failed' ELSE 'pending' END`,
        finishedAt: sql`CASE WHEN ${jobs.attempts} >= ${maxAttempts} THEN now() END`,
        lastError: sql`coalesce(${jobs.lastError}, 'worker stopped while running the job')`,
        lockedBy: null,
        lockedAt: null,
        runAt: sql`now()`,
      })
      .where(inArray(jobs.id, stale))
      .returning({ id: jobs.id });
  },

  findById: (ex: Executor, id: string) =>
    ex.select().from(jobs).where(eq(jobs.id, id)).then(([row]) => row),

  findByDedupeKey: (ex: Executor, dedupeKey: string) =>
    ex.select().from(jobs).where(eq(jobs.dedupeKey, dedupeKey)).then(([row]) => row),
};
