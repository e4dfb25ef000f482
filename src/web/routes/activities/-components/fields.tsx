import { NativeSelect, Select, type NativeSelectProps, type SelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_TYPES } from '../../../../shared/schemas/activities.js';
import { useFormat } from '../../../lib/format.js';
import { countriesQuery } from '../../org-units/-api.js';

type NativeProps = Omit<NativeSelectProps, 'data'>;

export function ActivityTypeSelect({ withAll, ...props }: NativeProps & { withAll?: boolean }) {
  const { t } = useTranslation();
  const types = ACTIVITY_TYPES.map((type) => ({ value: type, label: t(`activities.types.${type}`) }));
  return (
    <NativeSelect
      label={t('activities.fields.type')}
      data={withAll ? [{ value: '', label: t('activities.filters.allTypes') }, ...types] : types}
      {...props}
    />
  );
}

interface CountrySelectProps extends Omit<SelectProps, 'data' | 'value' | 'onChange'> {
  value?: string | null;
  onChange: (code: string | null) => void;
}

/** Countries by name in the interface language; the value is the ISO alpha-2 code. */
export function CountrySelect({ value, onChange, ...props }: CountrySelectProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const countries = useQuery(countriesQuery);
  const data = [...(countries.data?.entries() ?? [])]
    .map(([code, name]) => ({ value: code, label: `${format.name(name)} (${code})` }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return (
    <Select
      label={t('activities.fields.country')}
      searchable
      clearable
      data={data}
      value={value ?? null}
      onChange={onChange}
      nothingFoundMessage={t('common.nothingFound')}
      comboboxProps={{ withinPortal: true }}
      {...props}
    />
  );
}

/** The country name in the interface language, or the code while the list loads. */
