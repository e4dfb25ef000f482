import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ORG_UNIT_TYPES, type OrgUnitType } from '../../../../shared/schemas/org-units.js';
import { optionalEnum, optionalIsoDate } from '../../../lib/search.js';
import { DateInput } from '../../../components/DateInput.js';
import { countActiveFilters, FilterBar, SearchFilter } from '../../../components/filters.js';

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

  return (
    <FilterBar label={t('orgUnits.list.filters')} active={countActiveFilters(values)}>
      <DateInput
        label={t('orgUnits.list.asOf')}
        value={values.asOf}
        onChange={(asOf) => {
          if (optionalIsoDate(asOf)) onChange({ asOf });
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
      <SearchFilter value={values.q} label={t('orgUnits.list.search')} placeholder={t('orgUnits.list.searchPlaceholder')} onChange={(q) => onChange({ q })} />
    </FilterBar>
  );
}
