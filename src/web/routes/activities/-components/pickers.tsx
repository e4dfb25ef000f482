import { Loader, MultiSelect, Select, type MultiSelectProps, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerRef } from '../../../../shared/schemas/partners.js';
import type { UnitRef } from '../../../../shared/schemas/engagements.js';
import { useFormat } from '../../../lib/format.js';
import { orgUnitListQuery } from '../../org-units/-api.js';
import { linkQuery, linkSearchQuery, partnerSearchQuery, type LinkItem, type LinkKind } from '../-api.js';

interface ProvincesPickerProps extends Omit<MultiSelectProps, 'data' | 'value' | 'onChange'> {
  value?: string[];
  onChange: (ids: string[]) => void;
  /** Provinces already chosen (former ones too), so their names show. */
  initial?: UnitRef[];
}

/** Today's provinces (and any former one already chosen). */
export function ProvincesPicker({ value = [], onChange, initial = [], ...props }: ProvincesPickerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const provinces = useQuery(orgUnitListQuery({ type: 'province', pageSize: 200 }));
  const units = new Map<string, { id: string; name: { vi: string; en: string } }>();
  for (const unit of initial) units.set(unit.id, unit);
  for (const unit of provinces.data?.items ?? []) units.set(unit.id, unit);
  const data = [...units.values()].map((unit) => ({ value: unit.id, label: format.name(unit.name) })).sort((a, b) => a.label.localeCompare(b.label));
  return (
    <MultiSelect
      label={t('activities.fields.provinces')}
      description={t('activities.fields.provincesHelp')}
      searchable
      clearable
      data={data}
      value={value}
      onChange={onChange}
      nothingFoundMessage={t('common.nothingFound')}
      rightSection={provinces.isFetching ? <Loader size="xs" /> : undefined}
      comboboxProps={{ withinPortal: true }}
      {...props}
    />
  );
}

interface PartnersPickerProps extends Omit<MultiSelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> {
  value?: string[];
  onChange: (ids: string[]) => void;
  initial?: PartnerRef[];
}

/** Searches partners on the server; keeps the names of those already picked. */
export function PartnersPicker({ value = [], onChange, initial = [], ...props }: PartnersPickerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [known, setKnown] = useState(() => new Map(initial.map((partner) => [partner.id, partner.name])));
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const results = useQuery(partnerSearchQuery(debounced));
  const names = new Map(known);
  for (const partner of results.data?.items ?? []) names.set(partner.id, partner.name);
  const data = [...names.entries()].map(([id, name]) => ({ value: id, label: format.name(name) }));
  return (
    <MultiSelect
      label={t('activities.fields.partners')}
      searchable
      clearable
      data={data}
      value={value}
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(ids) => {
        setKnown(new Map(ids.flatMap((id) => (names.has(id) ? [[id, names.get(id)!] as const] : []))));
        onChange(ids);
      }}
      nothingFoundMessage={results.isFetching ? t('common.loading') : t('common.nothingFound')}
      rightSection={results.isFetching ? <Loader size="xs" /> : undefined}
      comboboxProps={{ withinPortal: true }}
      {...props}
    />
  );
}

interface LinkPickerProps extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> {
  kind: LinkKind;
  value?: string | null;
  onChange: (id: string | null) => void;
}

/** Picks the engagement, agreement, commitment, task or support request an activity serves. */
export function LinkPicker({ kind, value = null, onChange, ...props }: LinkPickerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const title = (item: LinkItem) => (typeof item.title === 'string' ? item.title : format.name(item.title));
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState(false);
  const current = useQuery({ ...linkQuery(kind, value ?? ''), enabled: Boolean(value) });
  const currentLabel = current.data && value ? title(current.data) : '';
  const [debounced] = useDebouncedValue(search === currentLabel ? '' : search.trim(), 250);
  const results = useQuery({ ...linkSearchQuery(kind, debounced), enabled: open || debounced !== '' });
  const items = new Map<string, string>();
  if (current.data) items.set(current.data.id, title(current.data));
  for (const item of results.data?.items ?? []) items.set(item.id, title(item));
  return (
    <Select
      label={t(`activities.links.${kind}`)}
      searchable
      clearable
      data={[...items.entries()].map(([id, label]) => ({ value: id, label }))}
      value={value}
      onChange={onChange}
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      onDropdownOpen={() => setOpen(true)}
      nothingFoundMessage={results.isFetching ? t('common.loading') : results.isError ? t('activities.links.unavailable') : t('common.nothingFound')}
      rightSection={results.isFetching || current.isFetching ? <Loader size="xs" /> : undefined}
      placeholder={t('activities.links.placeholder')}
      comboboxProps={{ withinPortal: true }}
      {...props}
    />
  );
}
