import type { Db } from '../db/client.js';
import type { Mailer } from '../modules/notifications/mailer.js';
import { digestJobHandlers, planDigests } from '../modules/notifications/digests.js';
import { planDailyScan, reminderJobHandlers } from '../modules/notifications/reminders.js';
import { reportJobHandlers } from '../modules/reports/reports.jobs.js';
import { confirmationJobHandlers, planConfirmationReminders } from '../modules/outcomes/confirmations.service.js';
import { startScheduler } from './scheduler.js';
import { createWorker, type WorkerOptions } from './worker.js';

export interface BackgroundJobsOptions {
  mailer: Mailer;
  reminderDays?: number[];
  /** How often the scheduler enqueues periodic jobs (default every minute). */
  scheduleIntervalMs?: number;
  worker?: Omit<WorkerOptions, 'handlers'>;
}

export interface BackgroundJobs {
  stop(): Promise<void>;
}

/** Starts this instance's worker and scheduler; every instance may run them, the database keeps them apart. */
export function startBackgroundJobs(db: Db, options: BackgroundJobsOptions): BackgroundJobs {
  const handlers = { ...reminderJobHandlers({ mailer: options.mailer, reminderDays: options.reminderDays }), ...confirmationJobHandlers(), ...reportJobHandlers(db), ...digestJobHandlers() };
  const worker = createWorker(db, { ...options.worker, handlers });
  const plan = (now: Date) => [...planDailyScan(now), ...planConfirmationReminders(now), ...planDigests(now)];
  const scheduler = startScheduler(db, { plan, intervalMs: options.scheduleIntervalMs, log: options.worker?.log });
  worker.start();
  return {
    stop: async () => {
      await scheduler.stop();
      await worker.stop();
    },
  };
}
