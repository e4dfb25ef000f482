import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../../shared/schemas/users.js';
import { optionalEnum } from '../../../lib/search.js';
import type { UserListParams } from '../-api.js';
import { RoleSelect } from './fields.js';
import { countActiveFilters, FilterBar, SearchFilter, UnitFilter } from '../../../components/filters.js';

export type UserFilterValues = Pick<UserListParams, 'q' | 'role' | 'unitId' | 'active'>;

interface UserFiltersProps {
  values: UserFilterValues;
  onChange: (values: Partial<UserFilterValues>) => void;
}

export function UserFilters({ values, onChange }: UserFiltersProps) {
  const { t } = useTranslation();

  return (
    <FilterBar label={t('users.filters.label')} active={countActiveFilters(values)}>
      <SearchFilter value={values.q} label={t('users.filters.search')} placeholder={t('users.filters.searchPlaceholder')} onChange={(q) => onChange({ q })} />
      <RoleSelect
        withAll
        value={values.role ?? ''}
        onChange={(event) => onChange({ role: optionalEnum(ROLES, event.currentTarget.value) })}
        w={{ base: '100%', xs: 200 }}
      />
      <UnitFilter label={t('users.fields.unit')} value={values.unitId} onChange={(unitId) => onChange({ unitId })} w={{ base: '100%', xs: 260 }} />
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
    </FilterBar>
  );
}
