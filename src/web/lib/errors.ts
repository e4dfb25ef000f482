import type { TFunction } from 'i18next';
import type { z } from 'zod';
import i18n from './i18n.js';
import { ApiError } from './api.js';
import { notify } from './notify.js';

/** A translated sentence for any error thrown by `apiJson`/`apiVoid` (or anything else). */
export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError && error.limit?.name === 'rows') {
    const number = new Intl.NumberFormat(i18n.language);
    return t('errors.limits.rows', { max: number.format(error.limit.max), found: number.format(error.limit.found) });
  }
  if (error instanceof ApiError) return t(`errors.codes.${error.code}`);
  return t('errors.codes.internal');
}

export function notifyError(t: TFunction, error: unknown, title?: string): void {
  notify(t, { color: 'red', title: title ?? t('errors.title'), message: errorMessage(t, error) });
}

/**
 * Server field messages are English text. Show them as they are in English, and a translated
 * sentence for the error code in Vietnamese (the client-side check catches most cases first).
 */
function fieldMessage(t: TFunction, error: ApiError, message: string): string {
  return i18n.language === 'en' ? message : t(`errors.fields.${error.code}`, { defaultValue: t('errors.fields.invalid') });
}

interface FormLike {
  setErrors: (errors: Record<string, string>) => void;
}

/**
 * Puts an API error on a Mantine form: field errors (keys are paths like "name.vi") go under their
 * inputs; returns the sentence for the form as a whole, or null when every field got its message.
 */
export function applyApiError(
  t: TFunction,
  form: FormLike,
  error: unknown,
  /** Translated sentences for server field errors whose meaning the form knows, by path. */
  known: Record<string, string> = {},
): string | null {
  if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
    const errors: Record<string, string> = {};
    for (const [path, message] of Object.entries(error.fields)) errors[path] = known[path] ?? fieldMessage(t, error, message);
    form.setErrors(errors);
    return error.code === 'invalid' ? null : errorMessage(t, error);
  }
  return errorMessage(t, error);
}

function issueMessage(t: TFunction, issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? t('errors.validation.required')
          : t('errors.validation.minLength', { count: Number(issue.minimum) });
      }
      return t('errors.validation.min', { min: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return t('errors.validation.maxLength', { count: Number(issue.maximum) });
      return t('errors.validation.max', { max: Number(issue.maximum) });
    case 'invalid_format':
      return issue.format === 'email' ? t('errors.validation.email') : t('errors.validation.format');
    case 'invalid_type':
      return issue.input === undefined || issue.input === null || issue.input === ''
        ? t('errors.validation.required')
        : t('errors.validation.invalid');
    default:
      return t('errors.validation.invalid');
  }
}

/**
 * A Mantine `validate` function from a shared zod schema, with messages translated from the issue
 * codes (the schema's own English messages are not shown).
 */
export function zodValidate<T>(t: TFunction, schema: z.ZodType, toInput: (values: T) => unknown = (v) => v) {
  return (values: T): Record<string, string> => {
    const input = toInput(values);
    const result = schema.safeParse(input);
    if (result.success) return {};
    const errors: Record<string, string> = {};
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join('.');
      // An empty field whose format is wrong (a required date left blank) is missing, not malformed.
      errors[path] ??= issue.code === 'invalid_format' && valueAt(input, issue.path) === '' ? t('errors.validation.required') : issueMessage(t, issue);
    }
    return errors;
  };
}

const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), input);
