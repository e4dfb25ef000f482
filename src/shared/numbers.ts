/**
 * Numbers as people type them, in the interface language, read exactly (never through a float).
 *
 * The rules, for each language the app speaks:
 * - vi writes 1.234.567,5: `.` groups thousands, `,` marks the decimals;
 * - en writes 1,234,567.5: `,` groups thousands, `.` marks the decimals;
 * - digits without any grouping are always fine (1234567,5 in vi, 1234567.5 in en);
 * - grouping, when used, must be the one the app displays: groups of exactly three digits after a first group of
 *   one to three ("1.250" in vi is 1250; "1,25.0" or "12.50" in vi is refused, not guessed);
 * - at most one decimal separator, nothing after it but digits;
 * - spaces (also non-breaking and thin ones) may group thousands like the language's separator, but never together
 *   with it ("1 250.000" mixes separators and is refused);
 * - anything else (letters, a second sign, a decimal separator of the other language where it cannot be grouping)
 *   is refused with the reason, so the field can say what to change.
 */

export const NUMBER_LANGUAGES = ['vi', 'en'] as const;
export type NumberLanguage = (typeof NUMBER_LANGUAGES)[number];

/** Why a typed number is refused: stable codes the UI and the import reports translate. */
export const NUMBER_REFUSALS = [
  'empty',
  'not_a_number',
  'mixed_separators',
  'bad_grouping',
  'several_decimal_separators',
  'too_many_decimals',
  'decimals_not_allowed',
  'negative',
  'too_large',
] as const;
export type NumberRefusal = (typeof NUMBER_REFUSALS)[number];

export type ParsedNumber = { ok: true; value: string } | { ok: false; refusal: NumberRefusal; message: string };

export interface NumberRules {
  /** Digits allowed after the decimal separator (0: a whole number). Default 2, as for money. */
  maxDecimals?: number;
  /** Digits allowed before it. Default 18, as the database's amounts. */
  maxIntegerDigits?: number;
  allowNegative?: boolean;
}

export const SEPARATORS: Record<NumberLanguage, { group: string; decimal: string }> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/** The English detail of each refusal (the API's message; the web app shows its own translation). */
const MESSAGES: Record<NumberRefusal, (language: NumberLanguage, rules: Required<NumberRules>) => string> = {
  empty: () => 'Enter a number',
  not_a_number: () => 'Not a number',
  mixed_separators: (language) =>
    `Mixed separators: in ${language === 'vi' ? 'Vietnamese' : 'English'} write thousands with "${SEPARATORS[language].group}" and decimals with "${SEPARATORS[language].decimal}"`,
  bad_grouping: (language) =>
    `Thousands are grouped by three with "${SEPARATORS[language].group}"; ${language === 'vi' ? 'decimals follow ","' : 'decimals follow "."'}`,
  several_decimal_separators: (language) => `Only one decimal separator "${SEPARATORS[language].decimal}" is allowed`,
  too_many_decimals: (_language, rules) => `At most ${rules.maxDecimals} decimal digit(s)`,
  decimals_not_allowed: () => 'Enter a whole number',
  negative: () => 'Enter a number that is not negative',
  too_large: (_language, rules) => `At most ${rules.maxIntegerDigits} digits before the decimals`,
};

const SPACES = /[\s\u00a0\u202f\u2009]/;
const GROUPED = /^\d{1,3}(?:S\d{3})+$/;

/**
 * Reads a number typed in `language` by the rules above. Returns the exact decimal string ("1250000.5": `.` as the
 * decimal point, no grouping, no leading zeros, no trailing decimal zeros) or the reason it is refused.
 */
export function parseNumber(text: string, language: NumberLanguage, rules: NumberRules = {}): ParsedNumber {
  const all: Required<NumberRules> = { maxDecimals: rules.maxDecimals ?? 2, maxIntegerDigits: rules.maxIntegerDigits ?? 18, allowNegative: rules.allowNegative ?? false };
  const refuse = (refusal: NumberRefusal): ParsedNumber => ({ ok: false, refusal, message: MESSAGES[refusal](language, all) });
  const { group, decimal } = SEPARATORS[language];

  let body = text.trim();
  if (body === '') return refuse('empty');
  const negative = body.startsWith('-') || body.startsWith('\u2212');
  if (negative) body = body.slice(1).trimStart();
  if (!/^[\d.,\s\u00a0\u202f\u2009]+$/.test(body) || !/\d/.test(body)) return refuse('not_a_number');

  const decimalAt = body.indexOf(decimal);
  if (decimalAt !== body.lastIndexOf(decimal)) {
    // "1.250.000" in en: the other language's grouping, never three decimal points.
    return refuse(body.includes(group) ? 'mixed_separators' : 'several_decimal_separators');
  }
  const integerText = decimalAt < 0 ? body : body.slice(0, decimalAt);
  const fraction = decimalAt < 0 ? '' : body.slice(decimalAt + 1);
  if (decimalAt >= 0 && !/^\d+$/.test(fraction)) return refuse(fraction.includes(group) || SPACES.test(fraction) ? 'mixed_separators' : 'not_a_number');

  const usesGroup = integerText.includes(group);
  const usesSpace = SPACES.test(integerText);
  if (usesGroup && usesSpace) return refuse('mixed_separators');
  let integer = integerText;
  if (usesGroup || usesSpace) {
    const normalized = integerText.replace(new RegExp(`[${usesGroup ? `\\${group}` : '\\s\\u00a0\\u202f\\u2009'}]`, 'g'), 'S');
    if (!GROUPED.test(normalized)) return refuse('bad_grouping');
    integer = normalized.replaceAll('S', '');
  }
  if (integer === '') integer = '0';
  if (!/^\d+$/.test(integer)) return refuse('not_a_number');

  integer = integer.replace(/^0+(?=\d)/, '');
  const digits = fraction.replace(/0+$/, '');
  if (digits.length > 0 && all.maxDecimals === 0) return refuse('decimals_not_allowed');
  if (digits.length > all.maxDecimals) return refuse('too_many_decimals');
  if (integer.length > all.maxIntegerDigits) return refuse('too_large');
  const isZero = integer === '0' && digits === '';
  if (negative && !isZero && !all.allowNegative) return refuse('negative');
  const magnitude = digits === '' ? integer : `${integer}.${digits}`;
  return { ok: true, value: negative && !isZero ? `-${magnitude}` : magnitude };
}

/** An exact decimal string ("1250000.5") as the app displays it in `language` (vi 1.250.000,5; en 1,250,000.5). */
export function formatDecimal(value: string, language: NumberLanguage): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) return value;
  const [, sign, integer = '', fraction] = match;
  const { group, decimal } = SEPARATORS[language];
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${sign}${grouped}${fraction ? `${decimal}${fraction}` : ''}`;
}

/** The language whose number rules apply to a language tag ("vi-VN" → vi); anything not English reads as Vietnamese. */
export const numberLanguageOf = (language: string | null | undefined): NumberLanguage => (language?.toLowerCase().startsWith('en') ? 'en' : 'vi');

/** Whether a value is already an exact, non-negative decimal string as `parseNumber` returns ("1250000.5"). */
export const isExactDecimal = (text: string): boolean => /^\d+(\.\d+)?$/.test(text);
