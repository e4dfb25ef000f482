import { Select, Switch } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_TYPES } from '../../../../shared/schemas/activities.js';
import { useFormat } from '../../../lib/format.js';
import { optionalEnum } from '../../../lib/search.js';
import { orgUnitListQuery } from '../../org-units/-api.js';
import { PeriodFilter } from '../../periods/-components/PeriodFilter.js';
import type { ActivityFilters as Filters } from '../-api.js';
import { ActivityTypeSelect, CountrySelect } from './fields.js';
import { ViewSwitch } from './ViewSwitch.js';
import { countActiveFilters, FilterBar, RegionFilter, SearchFilter, SectorFilter, UnitFilter } from '../../../components/filters.js';

interface ActivityFiltersProps {
  values: Filters;
  onChange: (values: Partial<Filters>) => void;
}

export function ActivityFilters({ values, onChange }: ActivityFiltersProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const provinces = useQuery(orgUnitListQuery({ type: 'province', pageSize: 200 }));
  const provinceData = (provinces.data?.items ?? []).map((p) => ({ value: p.id, label: format.name(p.name) }));
  if (values.province && !provinceData.some((p) => p.value === values.province)) provinceData.push({ value: values.province, label: t('activities.filters.formerProvince') });

  return (
    <FilterBar label={t('activities.filters.label')} active={countActiveFilters(values)}>
      <SearchFilter value={values.q} label={t('activities.filters.search')} onChange={(q) => onChange({ q })} />
      <PeriodFilter from={values.from} to={values.to} onChange={onChange} w={{ base: '100%', xs: 200 }} />
      <UnitFilter label={t('activities.fields.unit')} value={values.unitId} onChange={(unitId) => onChange({ unitId })} w={{ base: '100%', xs: 260 }} />
      <ActivityTypeSelect
        withAll
        value={values.type ?? ''}
        onChange={(event) => onChange({ type: optionalEnum(ACTIVITY_TYPES, event.currentTarget.value) })}
        w={{ base: '100%', xs: 220 }}
      />
      <CountrySelect value={values.countryCode ?? null} onChange={(code) => onChange({ countryCode: code ?? undefined })} w={{ base: '100%', xs: 220 }} />
      <RegionFilter value={values.region} onChange={(region) => onChange({ region })} />
      <SectorFilter value={values.sector} onChange={(sector) => onChange({ sector })} />
      <Select
        label={t('activities.filters.province')}
        searchable
        clearable
        data={provinceData}
        value={values.province ?? null}
        onChange={(id) => onChange({ province: id ?? undefined })}
        nothingFoundMessage={t('common.nothingFound')}
        comboboxProps={{ withinPortal: true }}
        w={{ base: '100%', xs: 220 }}
      />
      <ViewSwitch value={values.view ?? 'as_reported'} onChange={(view) => onChange({ view: view === 'as_reported' ? undefined : view })} />
      <Switch
        label={t('activities.filters.noResult')}
        checked={values.flagged === 'no_result'}
        onChange={(event) => onChange({ flagged: event.currentTarget.checked ? 'no_result' : undefined })}
        mb={8}
        data-testid="flagged-switch"
      />
    </FilterBar>
  );
}
