import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORG_UNIT_TYPES, type OrgUnitType } from '../../../../shared/schemas/org-units.js';
import { optionalEnum } from '../../../lib/search.js';

export interface OrgUnitFilterValues {
  asOf: string;
  type?: OrgUnitType;
  q?: string;
}

interface OrgUnitFiltersProps {
  values: OrgUnitFilterValues;
  onChange: (values: Partial<OrgUnitFilterValues>) => void;
}

export function OrgUnitFilters({ values, onChange }: OrgUnitFiltersProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState(values.q ?? '');
  const commitSearch = useDebouncedCallback((text: string) => onChange({ q: text.trim() || undefined }), 300);

  return (
    <Group align="flex-end" gap="sm" role="search" aria-label={t('orgUnits.list.filters')}>
      <TextInput
        type="date"
        label={t('orgUnits.list.asOf')}
        value={values.asOf}
        onChange={(event) => {
          if (event.currentTarget.value) onChange({ asOf: event.currentTarget.value });
        }}
        w={{ base: '100%', xs: 170 }}
        data-testid="as-of"
      />
      <NativeSelect
        label={t('orgUnits.list.type')}
        value={values.type ?? ''}
        onChange={(event) => onChange({ type: optionalEnum(ORG_UNIT_TYPES, event.currentTarget.value) })}
        data={[
          { value: '', label: t('orgUnits.list.allTypes') },
          ...ORG_UNIT_TYPES.map((type) => ({ value: type, label: t(`orgUnits.types.${type}`) })),
        ]}
        w={{ base: '100%', xs: 220 }}
      />
      <TextInput
        type="search"
        label={t('orgUnits.list.search')}
        placeholder={t('orgUnits.list.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={q}
        onChange={(event) => {
          setQ(event.currentTarget.value);
          commitSearch(event.currentTarget.value);
        }}
        style={{ flex: 1, minWidth: 220 }}
      />
    </Group>
  );
}
