import type { ErrorCode } from '../../shared/schemas/common.js';

export type DomainErrorCode = Exclude<ErrorCode, 'internal'>;

/** A failure the client can act on; the error handler maps its code to an HTTP status. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Sign-ins refused for a while after repeated failures; the error handler sends `retry-after`. */
export class TooManyAttempts extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('rate_limited', `Too many failed sign-ins. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`);
  }
}

/** The bounds a request can go past, by name: `rows` is the data rows of one import file. */
export interface Limit {
  name: 'rows';
  max: number;
  /** How many were counted before reading stopped: there are at least this many. */
  found: number;
}

/** A request past a configured bound (413); the answer names the bound and what was found, for the UI to say. */
export class LimitExceeded extends DomainError {
  constructor(
    readonly limit: Limit,
    message: string,
    field = 'file',
  ) {
    super('payload_too_large', message, { [field]: message });
  }
}

export const notFound = (what: string) => new DomainError('not_found', `${what} not found`);
export const forbidden = (message = 'You are not allowed to do this') => new DomainError('forbidden', message);
export const staleVersion = (what: string) =>
  new DomainError('conflict', `${what} was changed by someone else; reload and try again`, { version: 'stale' });
export const invalidField = (field: string, message: string) => new DomainError('invalid', message, { [field]: message });
/** A link or resource that existed but is no longer usable (used, replaced or expired). */
export const gone = (message: string, fields?: Record<string, string>) => new DomainError('gone', message, fields);
export const ruleViolated = (message: string, fields?: Record<string, string>) =>
  new DomainError('rule_violated', message, fields);

/** A referenced record the actor reads, else `invalid` naming the field: an unreadable id answers like an unknown one. */
export async function readableReference<T>(load: () => Promise<T>, field: string, message: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof DomainError && error.code === 'not_found') throw invalidField(field, message);
    throw error;
  }
}

const PG_UNIQUE_VIOLATION = '23505';
const PG_FOREIGN_KEY_VIOLATION = '23503';

function pgCode(error: unknown): string | undefined {
  const candidate = error as { code?: unknown; cause?: { code?: unknown } };
  const code = candidate?.code ?? candidate?.cause?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Repos call this on write errors they expect; anything else is rethrown untouched. */
export function translateDbError(error: unknown, messages: { unique?: DomainError; foreignKey?: DomainError }): never {
  const code = pgCode(error);
  if (code === PG_UNIQUE_VIOLATION && messages.unique) throw messages.unique;
  if (code === PG_FOREIGN_KEY_VIOLATION && messages.foreignKey) throw messages.foreignKey;
  throw error;
}
