import { NativeSelect, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OUTCOME_KINDS } from '../../../../shared/schemas/outcomes.js';
import { optionalEnum } from '../../../lib/search.js';
import { ViewSwitch } from '../../activities/-components/ViewSwitch.js';
import { PeriodFilter } from '../../periods/-components/PeriodFilter.js';
import type { OutcomeFilters as Filters } from '../-api.js';
import { countActiveFilters, FilterBar, UnitFilter } from '../../../components/filters.js';
import { CountrySelect } from '../../../components/pickers.js';

export function OutcomeFilters({ values, onChange }: { values: Filters; onChange: (values: Partial<Filters>) => void }) {
  const { t } = useTranslation();
  return (
    <FilterBar label={t('outcomes.filters.label')} active={countActiveFilters(values)}>
      <PeriodFilter from={values.from} to={values.to} onChange={onChange} w={{ base: '100%', xs: 200 }} />
      <UnitFilter label={t('activities.fields.unit')} value={values.unitId} onChange={(unitId) => onChange({ unitId })} w={{ base: '100%', xs: 260 }} />
      <CountrySelect label={t('outcomes.fields.country')} value={values.countryCode ?? null} onChange={(code) => onChange({ countryCode: code ?? undefined })} w={{ base: '100%', xs: 210 }} />
      <NativeSelect
        label={t('outcomes.fields.kind')}
        value={values.kind ?? ''}
        onChange={(event) => onChange({ kind: optionalEnum(OUTCOME_KINDS, event.currentTarget.value) })}
        data={[{ value: '', label: t('outcomes.filters.allKinds') }, ...OUTCOME_KINDS.map((kind) => ({ value: kind, label: t(`outcomes.kinds.${kind}`) }))]}
        w={{ base: '100%', xs: 220 }}
      />
      <ViewSwitch value={values.view ?? 'as_reported'} onChange={(view) => onChange({ view: view === 'as_reported' ? undefined : view })} />
      <Switch
        label={t('outcomes.filters.confirmedOnly')}
        checked={values.confirmedOnly === 'true'}
        onChange={(event) => onChange({ confirmedOnly: event.currentTarget.checked ? 'true' : undefined })}
        mb={8}
        data-testid="confirmed-only"
      />
    </FilterBar>
  );
}
