import type { Db } from '../../db/client.js';
import type { JobHandlers } from '../../jobs/worker.js';
import { generateReport, REPORT_JOB } from './reports.service.js';

/** Report generation runs outside the job's transaction, so its progress is readable while it runs. */
export const reportJobHandlers = (db: Db): JobHandlers => ({
  [REPORT_JOB]: {
    transactional: false,
    run: async (_ex, job) => {
      const reportId = (job.payload as { reportId?: unknown }).reportId;
      if (typeof reportId === 'string') await generateReport(db, reportId);
    },
  },
});
