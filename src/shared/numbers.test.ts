import { describe, expect, it } from 'vitest';
import { formatDecimal, parseNumber, type NumberLanguage } from './numbers.js';

const value = (text: string, language: NumberLanguage, rules = {}) => {
  const parsed = parseNumber(text, language, rules);
  return parsed.ok ? parsed.value : `refused:${parsed.refusal}`;
};

describe('parseNumber: what the app displays in Vietnamese', () => {
  it.each([
    ['1.250.000', '1250000'],
    ['2.750.925.888,07', '2750925888.07'],
    ['1.234.567,5', '1234567.5'],
    ['1234567,5', '1234567.5'],
    ['1.250', '1250'],
    ['1,25', '1.25'],
    [',5', '0.5'],
    ['0', '0'],
    ['007', '7'],
    ['1.250.000,00', '1250000'],
    ['  1 250 000 ', '1250000'],
    ['1\u00a0250\u00a0000,5', '1250000.5'],
    ['999.999.999.999.999.999,99', '999999999999999999.99'],
  ])('reads %s as %s', (text, expected) => expect(value(text, 'vi')).toBe(expected));

  it.each([
    ['1,25.0', 'mixed_separators'],
    ['1.250,000.5', 'mixed_separators'],
    ['1 250.000', 'mixed_separators'],
    ['1234567.5', 'bad_grouping'],
    ['12.50', 'bad_grouping'],
    ['1.2500', 'bad_grouping'],
    ['.250', 'bad_grouping'],
    ['1,2,3', 'several_decimal_separators'],
    ['1,255', 'too_many_decimals'],
    ['-5', 'negative'],
    ['abc', 'not_a_number'],
    ['12a', 'not_a_number'],
    ['1,', 'not_a_number'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['1.000.000.000.000.000.000', 'too_large'],
  ])('refuses %s (%s)', (text, refusal) => expect(value(text, 'vi')).toBe(`refused:${refusal}`));
});

describe('parseNumber: what the app displays in English', () => {
  it.each([
    ['1,250,000', '1250000'],
    ['1,234,567.5', '1234567.5'],
    ['1234567.5', '1234567.5'],
    ['2,750,925,888.07', '2750925888.07'],
    ['1.25', '1.25'],
    ['1,250', '1250'],
    ['.5', '0.5'],
  ])('reads %s as %s', (text, expected) => expect(value(text, 'en')).toBe(expected));

  it.each([
    ['1,25.0', 'bad_grouping'],
    ['1.250.000', 'several_decimal_separators'],
    ['1.234.567,5', 'mixed_separators'],
    ['1,2345', 'bad_grouping'],
    ['1.255', 'too_many_decimals'],
  ])('refuses %s (%s)', (text, refusal) => expect(value(text, 'en')).toBe(`refused:${refusal}`));
});

describe('parseNumber rules', () => {
  it('reads whole numbers for counts and refuses decimals there', () => {
    expect(value('12.000', 'vi', { maxDecimals: 0 })).toBe('12000');
    expect(value('12,5', 'vi', { maxDecimals: 0 })).toBe('refused:decimals_not_allowed');
    expect(value('12,0', 'vi', { maxDecimals: 0 })).toBe('12');
  });
  it('accepts a sign when allowed', () => {
    expect(value('-1.250,5', 'vi', { allowNegative: true })).toBe('-1250.5');
    expect(value('-0', 'vi')).toBe('0');
  });
  it('explains a refusal in the separators of the language', () => {
    const parsed = parseNumber('1,25.0', 'vi');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain('"."');
  });
});

describe('formatDecimal', () => {
  it('shows exact decimals as the parser reads them back', () => {
    expect(formatDecimal('2750925888.07', 'vi')).toBe('2.750.925.888,07');
    expect(formatDecimal('2750925888.07', 'en')).toBe('2,750,925,888.07');
    expect(formatDecimal('999999999999999999.99', 'vi')).toBe('999.999.999.999.999.999,99');
    expect(formatDecimal('-1250', 'en')).toBe('-1,250');
    for (const language of ['vi', 'en'] as const) expect(value(formatDecimal('1234567.5', language), language)).toBe('1234567.5');
  });
});
