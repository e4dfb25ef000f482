import { useMutation, useQuery } from '@tanstack/react-query';
import { isFinished, ImportRun } from '../../shared/schemas/imports.js';
import { ApiError, apiJson } from '../lib/api.js';
import { uploadFile } from './upload.js';

/** How often the page asks how far an import has got. */
const POLL_MS = 500;

/** What an import came to: imported (or checked), refused with a row-by-row report, or a file that could not be read. */
export type ImportEnd = { state: 'done'; result: NonNullable<ImportRun['result']> } | { state: 'rejected'; rows: ImportRun['rows'] } | { state: 'failed'; error: ApiError };

/** The end of a finished import, or null while it runs. */
export function endOf(run: ImportRun | undefined): ImportEnd | null {
  if (!run || !isFinished(run.state)) return null;
  if (run.state === 'done' && run.result) return { state: 'done', result: run.result };
  if (run.state === 'rejected') return { state: 'rejected', rows: run.rows };
  const error = run.error ?? { code: 'internal', message: 'The import failed' };
  const code = error.code === 'payload_too_large' || error.code === 'invalid' || error.code === 'forbidden' ? error.code : 'internal';
  return { state: 'failed', error: new ApiError(code === 'payload_too_large' ? 413 : code === 'invalid' ? 400 : code === 'forbidden' ? 403 : 500, code, error.message, error.fields, error.limit) };
}

/**
 * Uploads a workbook to an import endpoint (`/imports/…?query`); the server answers at once with the queued import,
 * which is then followed until it has finished: its counters, then its end.
 */
export function useImportRun() {
  const upload = useMutation({ mutationFn: ({ path, file }: { path: string; file: File; dryRun: boolean }) => uploadFile(path, file, ImportRun) });
  const id = upload.data?.id;
  const follow = useQuery({
    queryKey: ['imports', id],
    queryFn: ({ signal }) => apiJson(`/imports/${id}`, ImportRun, { signal }),
    enabled: Boolean(id),
    initialData: upload.data,
    refetchInterval: (query) => (query.state.data && isFinished(query.state.data.state) ? false : POLL_MS),
  });
  const run = id ? follow.data : undefined;
  const end = endOf(run);
  return {
    start: upload.mutate,
    reset: upload.reset,
    /** The import once uploaded (null while uploading), undefined before. */
    shown: upload.isPending ? null : run,
    /** An upload or import under way. */
    busy: upload.isPending || Boolean(run && !end),
    dryRun: upload.variables?.dryRun,
    run,
    end,
    /** The upload refused at once (not a workbook, not allowed), or following it failed. */
    error: upload.error ?? follow.error,
  };
}
