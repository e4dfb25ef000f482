import { sql, type SQL } from 'drizzle-orm';

/** Escapes LIKE wildcards so user input matches literally. */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/**
 * Accent- and case-insensitive "contains" over an expression: "binh duong" finds "Bình Dương".
 * Pairs with a trigram index on `f_unaccent(lower(expression))`.
 */
export const matchesText = (expression: SQL, text: string): SQL =>
  sql`f_unaccent(lower(${expression})) LIKE '%' || f_unaccent(lower(${escapeLike(text.trim())})) || '%'`;

export const pageOffset = (page: number, pageSize: number): number => (page - 1) * pageSize;
