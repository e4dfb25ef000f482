import { hostname } from 'node:os';
import type { Db, Executor } from '../db/client.js';
import { newSecret } from '../lib/ids.js';
import { jobsRepo, type JobRow } from './jobs.repo.js';
import type { JobSignal } from './signal.js';

export interface JobHandler {
  /**
   * `transactional` (default) handlers get the transaction that also marks the job done, so their database
   * effects happen exactly once. Others (mail delivery) run outside it and must be idempotent.
   */
  transactional?: boolean;
  run(ex: Executor, job: JobRow): Promise<void>;
}

export type JobHandlers = Record<string, JobHandler>;

export interface WorkerOptions {
  handlers: JobHandlers;
  workerId?: string;
  maxAttempts?: number;
  /** Seconds to wait before attempt n+1 after attempt n failed. */
  backoffSeconds?: (attempt: number) => number;
  /** A running job whose lock is older than this is taken back from a crashed worker. */
  staleAfterSeconds?: number;
  pollMs?: number;
  /** Jobs queued by this instance: run at once rather than at the next poll. */
  wakeOn?: JobSignal;
  log?: (message: string, error?: unknown) => void;
}

export interface Worker {
  readonly id: string;
  start(): void;
  /** Stops polling and waits for the job in hand. */
  stop(): Promise<void>;
  /** Runs due jobs until none is left; returns how many ran (tests, CLI). */
  drain(): Promise<number>;
}

export const defaultBackoff = (attempt: number) => Math.min(30 * 2 ** (attempt - 1), 3600);

/** Polls the `jobs` table; any number of workers may share one database. */
export function createWorker(db: Db, options: WorkerOptions): Worker {
  const id = options.workerId ?? `${hostname()}:${process.pid}:${newSecret().slice(0, 8)}`;
  const maxAttempts = options.maxAttempts ?? 5;
  const backoff = options.backoffSeconds ?? defaultBackoff;
  const staleAfter = options.staleAfterSeconds ?? 600;
  const pollMs = options.pollMs ?? 2000;
  const log = options.log ?? (() => {});
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = true;
  /** A job was queued while the worker was busy: look again as soon as it is done. */
  let woken = false;
  let unsubscribe = () => {};

  async function runOne(job: JobRow): Promise<void> {
    const handler = options.handlers[job.kind];
    try {
      if (!handler) throw new Error(`No handler for job kind ${job.kind}`);
      if (handler.transactional === false) {
        await handler.run(db, job);
        await jobsRepo.markDone(db, job.id, id);
        return;
      }
      await db.transaction(async (tx) => {
        // Taken back by stale recovery in the meantime: another worker owns it now.
        if (!(await jobsRepo.lockClaimed(tx, job.id, id))) return;
        await handler.run(tx, job);
        await jobsRepo.markDone(tx, job.id, id);
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`job ${job.kind} ${job.id} failed (attempt ${job.attempts})`, error);
      const retryIn = job.attempts >= maxAttempts || !handler ? null : backoff(job.attempts);
      await jobsRepo.markFailed(db, job.id, id, message.slice(0, 2000), retryIn);
    }
  }

  async function drain(shouldStop: () => boolean): Promise<number> {
    let count = 0;
    await db.transaction((tx) => jobsRepo.recoverStale(tx, staleAfter, maxAttempts));
    while (!shouldStop()) {
      const [job] = await db.transaction((tx) => jobsRepo.claim(tx, id, 1));
      if (!job) break;
      await runOne(job);
      count += 1;
    }
    return count;
  }

  const tick = async () => {
    timer = undefined;
    try {
      await drain(() => stopped);
    } catch (error) {
      log('job worker poll failed', error);
    }
    if (!stopped) timer = setTimeout(() => (running = tick()), woken ? 0 : pollMs);
    woken = false;
  };

  const wake = () => {
    if (stopped) return;
    if (!timer) {
      woken = true;
      return;
    }
    clearTimeout(timer);
    timer = undefined;
    running = tick();
  };

  return {
    id,
    start() {
      if (!stopped) return;
      stopped = false;
      unsubscribe = options.wakeOn?.subscribe(wake) ?? (() => {});
      running = tick();
    },
    async stop() {
      stopped = true;
      unsubscribe();
      if (timer) clearTimeout(timer);
      timer = undefined;
      await running;
    },
    drain: () => drain(() => false),
  };
}
