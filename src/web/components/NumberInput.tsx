import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useState, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDecimal, numberLanguageOf, parseNumber, SEPARATORS, type NumberRules } from '../../shared/numbers.js';

export interface NumberInputProps extends Omit<TextInputProps, 'type' | 'value' | 'defaultValue' | 'onChange'>, NumberRules {
  /** An exact decimal string ("1250000.5"), a number, or '' / null / undefined for none. */
  value?: string | number | null;
  /**
   * The exact decimal string once the text reads as a number, '' when emptied; while it does not (an ambiguous or
   * half-typed entry), the text itself, so the form's schema refuses it: nothing is ever guessed.
   */
  onChange?: (value: string) => void;
  /** Thousands grouping when the value is shown (off for years). Default on. */
  grouped?: boolean;
  /** Shown after the value read back (a currency, a unit). */
  unit?: string | null;
}

/**
 * Numbers and money typed as the app shows them in the interface language (vi 1.234.567,5; en 1,234,567.5, or plain
 * digits), read exactly by the shared `parseNumber`: the value it reads is shown as the person types, an entry it
 * cannot read without guessing is refused with the reason in their language.
 */
export function NumberInput({ value, onChange, onBlur, maxDecimals = 2, maxIntegerDigits, allowNegative, grouped = true, unit, error, description, ...props }: NumberInputProps) {
  const { t, i18n } = useTranslation();
  const language = numberLanguageOf(i18n.language);
  const rules = { maxDecimals, maxIntegerDigits, allowNegative };
  const exact = value === null || value === undefined ? '' : String(value);
  const show = (decimal: string) => (grouped ? formatDecimal(decimal, language) : decimal.replace('.', SEPARATORS[language].decimal));
  const readsAsNumber = (text: string) => {
    const parsed = parseNumber(text, language, rules);
    return parsed.ok ? parsed.value : null;
  };
  const isExact = (text: string) => /^-?\d+(\.\d+)?$/.test(text);
  const [text, setText] = useState(() => (isExact(exact) ? show(exact) : exact));

  // A value set from outside (form reset, another language) replaces the text unless it is what is being typed.
  useEffect(() => {
    setText((current) => {
      if (exact === '') return readsAsNumber(current) === null ? current : '';
      if (!isExact(exact)) return current;
      return readsAsNumber(current) === normalized(exact) ? current : show(exact);
    });
  }, [exact, language]);

  const parsed = text.trim() === '' ? null : parseNumber(text, language, rules);
  const emit = (next: string) => {
    setText(next);
    if (next.trim() === '') return onChange?.('');
    const reading = parseNumber(next, language, rules);
    onChange?.(reading.ok ? reading.value : next);
  };
  const handleBlur = (event: FocusEvent<HTMLInputElement>) => {
    if (parsed?.ok) setText(show(parsed.value));
    onBlur?.(event);
  };

  const refusal = parsed && !parsed.ok ? t(`numbers.refusals.${parsed.refusal}`, { count: parsed.refusal === 'too_large' ? (maxIntegerDigits ?? 18) : maxDecimals }) : null;
  const reading = parsed?.ok ? t('numbers.reads', { value: `${show(parsed.value)}${unit ? ` ${unit}` : ''}` }) : null;
  return (
    <TextInput
      {...props}
      value={text}
      onChange={(event) => emit(event.currentTarget.value)}
      onBlur={handleBlur}
      inputMode={maxDecimals === 0 ? 'numeric' : 'decimal'}
      autoComplete="off"
      spellCheck={false}
      error={refusal ?? error}
      description={reading ?? description}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      data-value={parsed?.ok ? parsed.value : undefined}
    />
  );
}

/** "1250000.50" and "1250000.5" are one value. */
const normalized = (decimal: string) => decimal.replace(/^(-?)0+(?=\d)/, '$1').replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
