import type { Db } from '../db/client.js';
import { jobsRepo, type JobRequest } from './jobs.repo.js';

export interface SchedulerOptions {
  /** The jobs due at a moment; dedupe keys make repeated ticks (and several instances) harmless. */
  plan(now: Date): JobRequest[];
  intervalMs?: number;
  now?: () => Date;
  log?: (message: string, error?: unknown) => void;
}

export interface Scheduler {
  /** Enqueues what is due now; also runs on start and every interval. */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

/** Enqueues periodic jobs (the daily reminder scan) every interval, from every instance. */
export function startScheduler(db: Db, options: SchedulerOptions): Scheduler {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => {});
  let pending: Promise<void> = Promise.resolve();
  const tick = async () => {
    try {
      const requests = options.plan(now());
      await db.transaction(async (tx) => {
        for (const request of requests) await jobsRepo.enqueue(tx, request);
      });
    } catch (error) {
      log('job scheduler tick failed', error);
    }
  };
  const run = () => (pending = pending.then(tick));
  void run();
  const interval = setInterval(run, options.intervalMs ?? 60_000);
  interval.unref();
  return {
    tick: run,
    stop: async () => {
      clearInterval(interval);
      await pending;
    },
  };
}
