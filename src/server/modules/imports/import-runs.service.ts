import type { ImportRun, ImportRunKind } from '../../../shared/schemas/imports.js';
import type { ImportLanguage } from './imports.columns.js';
import type { Actor } from '../../auth/actor.js';
import type { Db } from '../../db/client.js';
import type { JobHandlers } from '../../jobs/worker.js';
import { jobsRepo } from '../../jobs/jobs.repo.js';
import type { JobSignal } from '../../jobs/signal.js';
import { newId } from '../../lib/ids.js';
import { DomainError, forbidden, LimitExceeded, notFound } from '../../lib/errors.js';
import { activityImportsService } from '../activity-imports/activity-imports.service.js';
import { actorOf } from '../auth/auth.service.js';
import { usersRepo } from '../users/users.repo.js';
import type { ImportProgress } from './import-progress.js';
import { importRunsRepo, type ImportRunRow } from './import-runs.repo.js';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './imports.archive.js';
import { importsPolicy } from './imports.policy.js';
import { importsService } from './imports.service.js';
import { assertWorkbook } from './imports.workbook.js';

export const IMPORT_JOB = 'import.run';

export interface ImportRequest {
  kind: ImportRunKind;
  dryRun: boolean;
  language: ImportLanguage;
  /** Activities: the reporting unit (default the importer's). */
  unitId?: string;
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

function view(row: Omit<ImportRunRow, 'file'>): ImportRun {
  return {
    id: row.id,
    kind: row.kind as ImportRun['kind'],
    state: row.state as ImportRun['state'],
    dryRun: row.dryRun,
    unitId: row.unitId,
    progress: { read: row.rowsRead, validated: row.rowsValidated, written: row.rowsWritten },
    createdAt: row.createdAt.toISOString(),
    startedAt: iso(row.startedAt),
    finishedAt: iso(row.finishedAt),
    result: (row.result as ImportRun['result']) ?? null,
    rows: (row.rowErrors as ImportRun['rows'] | null) ?? [],
    error: (row.error as ImportRun['error']) ?? null,
  };
}

/**
 * Keeps the run's counters in the database as they change, one write at a time: a change that comes while a write is
 * under way is written after it, so the counters never go back and the import never waits for them.
 */
function progressOf(db: Db, id: string): ImportProgress & { settled(): Promise<void> } {
  const counters = { rowsRead: 0, rowsValidated: 0, rowsWritten: 0 };
  let writing: Promise<void> | null = null;
  let changed = false;
  const write = () => {
    if (writing) {
      changed = true;
      return;
    }
    changed = false;
    writing = importRunsRepo
      .progress(db, id, { ...counters })
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        writing = null;
        if (changed) write();
      });
  };
  return {
    read: (rows) => ((counters.rowsRead = rows), write()),
    validated: (rows) => ((counters.rowsValidated = rows), write()),
    written: (rows) => ((counters.rowsWritten = rows), write()),
    settled: async () => {
      while (writing) await writing;
    },
  };
}

/** How a file that could not be imported at all is reported (the same body an error answer has). */
function failure(error: unknown): ImportRun['error'] {
  if (!(error instanceof DomainError)) return { code: 'internal', message: 'The import stopped on a server error; nothing was imported' };
  return { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}), ...(error instanceof LimitExceeded ? { limit: error.limit } : {}) };
}

/**
 * Excel imports as background jobs: the upload is kept with the import's state, the `import.run` job reads, checks and
 * writes it through the same import services the command line calls, counting rows as it goes, and keeps the result.
 */
export function importRunsService(db: Db, limits: ImportLimits = DEFAULT_IMPORT_LIMITS, signal?: JobSignal) {
  const imports = importsService(db, limits);
  const activityImports = activityImportsService(db, limits);

  const run = async (id: string): Promise<void> => {
    const started = await importRunsRepo.start(db, id);
    if (!started?.file) return;
    const progress = progressOf(db, id);
    try {
      const user = (await usersRepo.findById(db, started.createdBy))?.user;
      if (!user?.active) throw forbidden('The importer can no longer sign in');
      const actor = actorOf(user);
      const file = Buffer.from(started.file);
      const language = started.language as ImportLanguage;
      const outcome =
        started.kind === 'activities'
          ? await activityImports.run(actor, file, { unitId: started.unitId ?? undefined, dryRun: started.dryRun, language }, progress)
          : await imports.run(actor, started.kind as Exclude<ImportRunKind, 'activities'>, file, started.dryRun, language, progress);
      await progress.settled();
      if (outcome.ok) {
        const { dryRun, rows, created, skipped, ids } = outcome.result;
        await importRunsRepo.finish(db, id, { state: 'done', result: { dryRun, rows, created, skipped, ids } });
      } else await importRunsRepo.finish(db, id, { state: 'rejected', rowErrors: outcome.errors });
    } catch (error) {
      await progress.settled();
      await importRunsRepo.finish(db, id, { state: 'failed', error: failure(error) });
      if (!(error instanceof DomainError)) throw error;
    }
  };

  return {
    /**
     * Checks what can be checked at once (who may import, the unit, that the file is a workbook), keeps the upload and
     * queues its import. Throws `forbidden`, `invalid`.
     */
    submit: async (actor: Actor, file: Buffer, request: ImportRequest): Promise<ImportRun> => {
      const unitId = request.kind === 'activities' ? await activityImports.importingUnit(actor, request.unitId) : null;
      if (request.kind !== 'activities' && !importsPolicy.run(actor)) throw forbidden();
      assertWorkbook(file);
      const id = newId();
      await db.transaction(async (tx) => {
        await importRunsRepo.insert(tx, { id, kind: request.kind, createdBy: actor.userId, unitId, dryRun: request.dryRun, language: request.language, file });
        await jobsRepo.enqueue(tx, { kind: IMPORT_JOB, payload: { importId: id } });
      });
      // Read before the worker is woken, so that the answer is the import as it was queued.
      const queued = view((await importRunsRepo.findById(db, id))!);
      signal?.notify();
      return queued;
    },

    /** An import as its uploader (or an admin) sees it; anyone else's answers like a missing one. Throws `not_found`. */
    get: async (actor: Actor, id: string): Promise<ImportRun> => {
      const row = await importRunsRepo.findById(db, id);
      if (!row || (row.createdBy !== actor.userId && actor.role !== 'admin')) throw notFound('Import');
      return view(row);
    },

    run,
  };
}

/** The job that runs an uploaded import; it writes in its own short transactions, so it runs outside the job's. */
export const importJobHandlers = (db: Db, limits?: ImportLimits): JobHandlers => {
  const service = importRunsService(db, limits);
  return {
    [IMPORT_JOB]: { transactional: false, run: (_ex, job) => service.run((job.payload as { importId: string }).importId) },
  };
};
