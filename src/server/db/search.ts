import { sql, type SQL } from 'drizzle-orm';

/** Escapes LIKE wildcards so user input matches literally. */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/**
 * Accent- and case-insensitive "contains" over an expression: "binh duong" finds "Bình Dương".
 * Pairs with a trigram index on `f_unaccent(lower(expression))`.
 */
export const matchesText = (expression: SQL, text: string): SQL =>
  sql`f_unaccent(lower(${expression})) LIKE '%' || f_unaccent(lower(${escapeLike(text.trim())})) || '%'`;

/**
 * An ORDER BY key that puts first the rows where one of `names` starts with the text (accents and case ignored),
 * so "Nhật" lists Nhật Bản before "… Thống nhất"; pair it with `matchesText`.
 */
export const startsWithFirst = (names: SQL[], text: string): SQL => {
  const prefix = sql`f_unaccent(lower(${escapeLike(text.trim())})) || '%'`;
  return sql`CASE WHEN ${sql.join(names.map((name) => sql`f_unaccent(lower(${name})) LIKE ${prefix}`), sql` OR `)} THEN 0 ELSE 1 END`;
};

export const pageOffset = (page: number, pageSize: number): number => (page - 1) * pageSize;
