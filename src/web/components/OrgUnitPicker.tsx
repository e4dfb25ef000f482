import { Loader, Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../lib/format.js';
import { orgUnitSearchQuery } from '../routes/org-units/-api.js';

export interface PickedUnit {
  id: string;
  code: string;
  name: { vi: string; en: string };
}

interface OrgUnitPickerProps extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchable' | 'searchValue' | 'onSearchChange'> {
  value?: string | null;
  onChange: (value: string | null) => void;
  /** The unit behind `value` when the form opens, so its name shows before any search. */
  initialUnit?: PickedUnit | null;
}

/** Searches units valid today on the server (accent-insensitive) and picks one. */
export function OrgUnitPicker({ value, onChange, initialUnit, ...props }: OrgUnitPickerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = (unit: Pick<PickedUnit, 'code' | 'name'>) => `${format.name(unit.name)} (${unit.code})`;
  const [picked, setPicked] = useState<PickedUnit | null>(initialUnit ?? null);
  const [search, setSearch] = useState('');
  const pickedLabel = picked ? label(picked) : '';
  const [debounced] = useDebouncedValue(search === pickedLabel ? '' : search.trim(), 250);
  const results = useQuery(orgUnitSearchQuery(debounced));

  const units = new Map<string, PickedUnit>((results.data?.items ?? []).map((unit) => [unit.id, unit]));
  if (picked) units.set(picked.id, picked);
  const data = [...units.values()].map((unit) => ({ value: unit.id, label: label(unit) }));

  return (
    <Select
      {...props}
      searchable
      clearable={!props.required}
      value={value ?? null}
      data={data}
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id) => {
        setPicked(id ? (units.get(id) ?? null) : null);
        onChange(id);
      }}
      nothingFoundMessage={results.isFetching ? t('common.loading') : t('common.nothingFound')}
      rightSection={results.isFetching ? <Loader size="xs" /> : undefined}
      placeholder={props.placeholder ?? t('orgUnits.picker.placeholder')}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
