import type { Db } from '../db/client.js';
import type { Mailer } from '../modules/notifications/mailer.js';
import { digestJobHandlers, planDigests } from '../modules/notifications/digests.js';
import { planDailyScan, reminderJobHandlers } from '../modules/notifications/reminders.js';
import { reportJobHandlers } from '../modules/reports/reports.jobs.js';
import { confirmationJobHandlers, planConfirmationReminders } from '../modules/outcomes/confirmations.service.js';
import { importJobHandlers } from '../modules/imports/import-runs.service.js';
import type { ImportLimits } from '../modules/imports/imports.archive.js';
import { startScheduler } from './scheduler.js';
import type { JobSignal } from './signal.js';
import { createWorker, type WorkerOptions } from './worker.js';

export interface BackgroundJobsOptions {
  mailer: Mailer;
  reminderDays?: number[];
  /** How often the scheduler enqueues periodic jobs (default every minute). */
  scheduleIntervalMs?: number;
  worker?: Omit<WorkerOptions, 'handlers' | 'wakeOn'>;
  /** The bounds of an uploaded import file (as the app was given). */
  importLimits?: ImportLimits;
  /** Jobs this instance queues (an uploaded import) start at once. */
  signal?: JobSignal;
}

export interface BackgroundJobs {
  stop(): Promise<void>;
}

/** Starts this instance's worker and scheduler; every instance may run them, the database keeps them apart. */
export function startBackgroundJobs(db: Db, options: BackgroundJobsOptions): BackgroundJobs {
  const handlers = { ...reminderJobHandlers({ mailer: options.mailer, reminderDays: options.reminderDays }), ...confirmationJobHandlers(), ...reportJobHandlers(db), ...digestJobHandlers(), ...importJobHandlers(db, options.importLimits) };
  const worker = createWorker(db, { ...options.worker, handlers, wakeOn: options.signal });
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
