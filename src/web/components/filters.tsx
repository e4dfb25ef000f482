import { Group, TextInput, type TextInputProps } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { orgUnitQuery } from '../routes/org-units/-api.js';
import { OrgUnitPicker } from './OrgUnitPicker.js';

/** A list page's filters: a search landmark named for screen readers. */
export function FilterBar({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group align="flex-end" gap="sm" role="search" aria-label={label}>
      {children}
    </Group>
  );
}

interface SearchFilterProps extends Omit<TextInputProps, 'value' | 'onChange' | 'type'> {
  value?: string;
  /** The trimmed text (undefined when empty), 300 ms after typing stops. */
  onChange: (q: string | undefined) => void;
}

/** The free-text search of a list: typed freely, sent once typing pauses. */
export function SearchFilter({ value, onChange, ...props }: SearchFilterProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ?? '');
  const commit = useDebouncedCallback((next: string) => onChange(next.trim() || undefined), 300);
  return (
    <TextInput
      type="search"
      label={t('common.search')}
      leftSection={<IconSearch size={16} aria-hidden />}
      style={{ flex: 1, minWidth: 200 }}
      {...props}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        commit(event.currentTarget.value);
      }}
    />
  );
}

interface UnitFilterProps {
  label: string;
  value?: string;
  onChange: (unitId: string | undefined) => void;
  w?: TextInputProps['w'];
}

/** An org unit filter that shows the name of the unit in the URL before any search. */
export function UnitFilter({ label, value, onChange, w = { base: '100%', xs: 240 } }: UnitFilterProps) {
  const unit = useQuery({ ...orgUnitQuery(value ?? ''), enabled: Boolean(value) });
  return (
    <OrgUnitPicker
      key={unit.data?.id ?? 'none'}
      label={label}
      value={value ?? null}
      initialUnit={unit.data ?? null}
      onChange={(unitId) => onChange(unitId ?? undefined)}
      w={w}
    />
  );
}
