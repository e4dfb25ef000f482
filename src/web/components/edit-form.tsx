import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../lib/api.js';
import { applyApiError } from '../lib/errors.js';
import { ErrorState, Loading } from './QueryState.js';

/** Loads the latest version of a record before an edit form opens on it (never a cached one). */
export function LatestVersion<T, K extends QueryKey>({
  options,
  lines = 6,
  children,
}: {
  options: UseQueryOptions<T, Error, T, K>;
  lines?: number;
  children: (record: T) => ReactNode;
}) {
  const query = useQuery({ ...options, staleTime: 0 });
  if (query.isPending) return <Loading lines={lines} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}

interface EditableForm<V> {
  setValues: (values: V) => void;
  resetDirty: (values?: V) => void;
  setErrors: (errors: Record<string, string>) => void;
}

/**
 * The save state of a form that creates (no `record`) or edits a versioned record: the version being
 * edited, the form-level error, and the 409 handling shared by every edit form: on a stale version, load
 * the latest one into the form, then say so (show `conflict` with `<ConflictAlert>`).
 */
export function useSaveState<R, V>(record: R | undefined, fetchLatest: (record: R) => Promise<R>, toValues: (record: R) => V) {
  const { t } = useTranslation();
  const [original, setOriginal] = useState(record);
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);

  /** Clears the previous attempt's messages; call first in `onSubmit`. */
  const start = () => {
    setFormError(null);
    setConflict(false);
  };

  /** The mutation's `onError`; `known` are translated sentences for server field errors, by path. */
  const fail = (form: EditableForm<V>, known?: Record<string, string>) => (error: unknown) => {
    if (original && isApiError(error, 'conflict')) {
      fetchLatest(original)
        .then((latest) => {
          setOriginal(latest);
          form.setValues(toValues(latest));
          form.resetDirty(toValues(latest));
          setConflict(true);
        })
        .catch((reloadError: unknown) => setFormError(applyApiError(t, form, reloadError)));
      return;
    }
    setFormError(applyApiError(t, form, error, known));
  };

  return { original, formError, setFormError, conflict, start, fail };
}

/** Only the fields whose value changed (compared by JSON), so the audit log shows the real edit. */
export function changedFields<V extends object>(values: V, original: V, skip: readonly (keyof V)[] = []): Partial<V> {
  const result: Partial<V> = {};
  for (const key of Object.keys(values) as (keyof V)[]) {
    if (skip.includes(key)) continue;
    if (JSON.stringify(values[key]) !== JSON.stringify(original[key])) result[key] = values[key];
  }
  return result;
}
