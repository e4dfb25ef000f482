import { createHash, randomBytes } from 'node:crypto';
import { uuidv7 } from 'uuidv7';

export const newId = (): string => uuidv7();

export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

/** A URL-safe secret with 256 bits of entropy. */
export const newSecret = (): string => randomBytes(32).toString('base64url');
