import { ActionIcon, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { useDisclosure } from '@mantine/hooks';
import { IconCalendar } from '@tabler/icons-react';
import 'dayjs/locale/vi';
import { useEffect, useRef, useState, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateInput, parseDateInput } from '../lib/format.js';

export interface DateInputProps extends Omit<TextInputProps, 'type' | 'value' | 'defaultValue' | 'onChange'> {
  /** YYYY-MM-DD, or '' / null / undefined for none. */
  value?: string | null;
  /**
   * YYYY-MM-DD once the text is a whole date, '' when emptied; while the text is not (yet) a date, the
   * text itself, so a form's schema reports the wrong format (filters simply ignore it).
   */
  onChange?: (value: string) => void;
  /** Earliest and latest day the calendar offers (YYYY-MM-DD). */
  minDate?: string;
  maxDate?: string;
}

/**
 * A date typed as text in the interface language's format (vi: dd/mm/yyyy; en: 1 Jul 2025, or
 * dd/mm/yyyy), whatever the browser's locale, with a calendar behind a button. Values stay YYYY-MM-DD.
 */
export function DateInput({ value, onChange, onBlur, minDate, maxDate, disabled, readOnly, ...props }: DateInputProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const iso = value ?? '';
  const [text, setText] = useState(() => formatDateInput(iso, language));
  const [calendarOpened, calendar] = useDisclosure(false);
  const inputRef = useRef<HTMLInputElement>(null);

  // A value set from outside (form reset, calendar) replaces the text; a value that is not a date
  // (half-typed text echoed back, a dropped filter) leaves what the person is typing alone.
  useEffect(() => {
    setText((current) => {
      const typed = parseDateInput(current);
      if (iso !== '' && parseDateInput(iso) === iso) return typed === iso ? current : formatDateInput(iso, language);
      return iso === '' && typed !== null ? '' : current;
    });
  }, [iso, language]);

  // Switching language rewrites a whole date in the new format.
  useEffect(() => {
    setText((current) => {
      const typed = parseDateInput(current);
      return typed ? formatDateInput(typed, language) : current;
    });
  }, [language]);

  const emit = (next: string) => {
    setText(next);
    const parsed = parseDateInput(next);
    onChange?.(parsed ?? (next.trim() === '' ? '' : next));
  };

  const handleBlur = (event: FocusEvent<HTMLInputElement>) => {
    const parsed = parseDateInput(text);
    if (parsed) setText(formatDateInput(parsed, language));
    onBlur?.(event);
  };

  const pick = (picked: string | null) => {
    calendar.close();
    emit(picked ? formatDateInput(picked, language) : '');
    inputRef.current?.focus();
  };

  const calendarValue = parseDateInput(text);
  return (
    <TextInput
      ref={inputRef}
      {...props}
      disabled={disabled}
      readOnly={readOnly}
      value={text}
      onChange={(event) => emit(event.currentTarget.value)}
      onBlur={handleBlur}
      placeholder={props.placeholder ?? t('common.date.placeholder')}
      autoComplete="off"
      spellCheck={false}
      rightSectionPointerEvents="all"
      rightSection={
        disabled || readOnly ? null : (
          <Popover opened={calendarOpened} onChange={(opened) => (opened ? calendar.open() : calendar.close())} position="bottom-end" shadow="md" trapFocus returnFocus withinPortal>
            <Popover.Target>
              <ActionIcon
                variant="subtle"
                color="gray"
                onClick={calendar.toggle}
                aria-label={t('common.date.openCalendar')}
                aria-expanded={calendarOpened}
                aria-haspopup="dialog"
              >
                <IconCalendar size={18} stroke={1.6} aria-hidden />
              </ActionIcon>
            </Popover.Target>
            <Popover.Dropdown>
              <DatePicker
                locale={language === 'en' ? 'en' : 'vi'}
                value={calendarValue}
                defaultDate={calendarValue ?? undefined}
                onChange={pick}
                minDate={minDate}
                maxDate={maxDate}
                firstDayOfWeek={1}
                hideOutsideDates
                weekendDays={[]}
                ariaLabels={{
                  previousMonth: t('common.date.previousMonth'),
                  nextMonth: t('common.date.nextMonth'),
                  previousYear: t('common.date.previousYear'),
                  nextYear: t('common.date.nextYear'),
                  previousDecade: t('common.date.previousDecade'),
                  nextDecade: t('common.date.nextDecade'),
                }}
              />
            </Popover.Dropdown>
          </Popover>
        )
      }
    />
  );
}
