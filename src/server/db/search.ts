import { sql, type SQL } from 'drizzle-orm';

/** Escapes LIKE wildcards so user input matches literally. */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/**
 * Words long enough, and made of letters only, to be matched despite a typo: "nvdia" finds NVIDIA, while
 * "2025" never finds 2024 and "tu" never finds "tư".
 */
export const FUZZY_WORD_MIN_LENGTH = 5;
export const isFuzzyWord = (word: string): boolean => word.length >= FUZZY_WORD_MIN_LENGTH && /^\p{L}+$/u.test(word);

/**
 * How close a misspelt word must come to a word of the record (pg_trgm's strict word similarity, 0 to 1):
 * 0.4 lets "nvdia" find "nvidia" (0.44) but not "india" find "indonesia" (0.33). Every connection is opened
 * with it, because the index-served operator `%>>` reads it from the session.
 */
export const TYPO_SIMILARITY = 0.4;
export const TYPO_SIMILARITY_SETTING = 'pg_trgm.strict_word_similarity_threshold';

/** The words of a search text, each to be found somewhere in the record. */
export const searchWords = (text: string): string[] => text.trim().split(/\s+/u).filter(Boolean);

const normalised = (expression: SQL): SQL => sql`f_unaccent(lower(${expression}))`;
const contains = (haystack: SQL, text: string): SQL => sql`${haystack} LIKE '%' || f_unaccent(lower(${escapeLike(text)})) || '%'`;

/**
 * Accent- and case-insensitive search over an expression: "binh duong" finds "Bình Dương". The whole text
 * matches as written, or every word of it matches somewhere; a word of five letters or more also matches a
 * word of the record within `TYPO_SIMILARITY`, so "nvdia" finds "NVIDIA".
 * Pairs with a trigram index on `f_unaccent(lower(expression))`, which serves LIKE and `%>>` alike.
 */
export const matchesText = (expression: SQL, text: string): SQL => {
  const haystack = normalised(expression);
  const phrase = text.trim();
  const words = searchWords(phrase);
  const wordMatches = words.map((word) =>
    isFuzzyWord(word) ? sql`(${contains(haystack, word)} OR ${haystack} %>> f_unaccent(lower(${word})))` : contains(haystack, word),
  );
  if (words.length <= 1 && !words.some(isFuzzyWord)) return contains(haystack, phrase);
  return sql`(${contains(haystack, phrase)} OR (${sql.join(wordMatches, sql` AND `)}))`;
};

/**
 * An ORDER BY key that puts first the rows where one of `names` starts with the text (accents and case ignored),
 * so "Nhật" lists Nhật Bản before "… Thống nhất"; pair it with `matchesText`.
 */
export const startsWithFirst = (names: SQL[], text: string): SQL => {
  const prefix = sql`f_unaccent(lower(${escapeLike(text.trim())})) || '%'`;
  return sql`CASE WHEN ${sql.join(names.map((name) => sql`f_unaccent(lower(${name})) LIKE ${prefix}`), sql` OR `)} THEN 0 ELSE 1 END`;
};

export const pageOffset = (page: number, pageSize: number): number => (page - 1) * pageSize;

/**
 * ORDER BY keys that put first the rows holding the whole search text as written (accents and case ignored), before
 * those that hold its words apart: "ha noi" lists "Lào Cai – Hà Nội" before "kết nối … pháp lý". None without a text.
 */
export const phraseFirst = (expression: SQL, text: string | undefined): SQL[] => {
  const phrase = text?.trim();
  return phrase ? [sql`CASE WHEN ${contains(normalised(expression), phrase)} THEN 0 ELSE 1 END`] : [];
};
