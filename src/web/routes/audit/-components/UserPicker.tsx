import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { userListQuery } from '../../users/-api.js';

interface UserPickerProps extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchable' | 'searchValue' | 'onSearchChange'> {
  value: string | null;
  onChange: (value: string | null) => void;
}

/** Searches users by name or e-mail (needs the users.manage ability). */
export function UserPicker({ value, onChange, ...props }: UserPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);
  const [debounced] = useDebouncedValue(picked && search === picked.label ? '' : search.trim(), 250);
  const results = useQuery(userListQuery({ q: debounced || undefined, pageSize: 20 }));
  const options = new Map((results.data?.items ?? []).map((user) => [user.id, { value: user.id, label: `${user.name} (${user.email})` }]));
  if (picked) options.set(picked.value, picked);
  return (
    <Select
      {...props}
      searchable
      clearable
      value={value}
      data={[...options.values()]}
      filter={({ options: all }) => all}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id) => {
        setPicked(id ? (options.get(id) ?? null) : null);
        onChange(id);
      }}
      nothingFoundMessage={results.isFetching ? t('common.loading') : t('common.nothingFound')}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
