import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../../shared/schemas/users.js';
import { OrgUnitPicker } from '../../../components/OrgUnitPicker.js';
import { optionalEnum } from '../../../lib/search.js';
import { orgUnitQuery } from '../../org-units/-api.js';
import type { UserListParams } from '../-api.js';
import { RoleSelect } from './fields.js';

export type UserFilterValues = Pick<UserListParams, 'q' | 'role' | 'unitId' | 'active'>;

interface UserFiltersProps {
  values: UserFilterValues;
  onChange: (values: Partial<UserFilterValues>) => void;
}

export function UserFilters({ values, onChange }: UserFiltersProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState(values.q ?? '');
  const commitSearch = useDebouncedCallback((text: string) => onChange({ q: text.trim() || undefined }), 300);
  // A unit id from the URL: fetch its name for the picker.
  const unit = useQuery({ ...orgUnitQuery(values.unitId ?? ''), enabled: Boolean(values.unitId) });

  return (
    <Group align="flex-end" gap="sm" role="search" aria-label={t('users.filters.label')}>
      <TextInput
        type="search"
        label={t('users.filters.search')}
        placeholder={t('users.filters.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={q}
        onChange={(event) => {
          setQ(event.currentTarget.value);
          commitSearch(event.currentTarget.value);
        }}
        style={{ flex: 1, minWidth: 200 }}
      />
      <RoleSelect
        withAll
        value={values.role ?? ''}
        onChange={(event) => onChange({ role: optionalEnum(ROLES, event.currentTarget.value) })}
        w={{ base: '100%', xs: 200 }}
      />
      <OrgUnitPicker
        key={unit.data?.id ?? 'none'}
        label={t('users.fields.unit')}
        value={values.unitId ?? null}
        initialUnit={unit.data ?? null}
        onChange={(unitId) => onChange({ unitId: unitId ?? undefined })}
        w={{ base: '100%', xs: 260 }}
      />
      <NativeSelect
        label={t('users.fields.status')}
        value={values.active ?? ''}
        onChange={(event) => onChange({ active: optionalEnum(['true', 'false'] as const, event.currentTarget.value) })}
        data={[
          { value: '', label: t('users.filters.allStatuses') },
          { value: 'true', label: t('users.status.active') },
          { value: 'false', label: t('users.status.inactive') },
        ]}
        w={{ base: '100%', xs: 170 }}
      />
    </Group>
  );
}
