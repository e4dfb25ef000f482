import { Loader, MultiSelect, Select, type ComboboxItem, type MultiSelectProps, type OptionsFilter, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerKind, PartnerRef } from '../../shared/schemas/partners.js';
import { SECTORS, type Sector } from '../../shared/schemas/sectors.js';
import { useFormat } from '../lib/format.js';
import { countriesQuery, orgUnitSearchQuery } from '../routes/org-units/-api.js';
import { partnerSearchQuery } from '../routes/partners/-api.js';
import type { PickedUnit } from './OrgUnitPicker.js';

type MultiProps = Omit<MultiSelectProps, 'data' | 'value' | 'onChange' | 'searchable' | 'searchValue' | 'onSearchChange'> & {
  value?: string[];
  onChange: (value: string[]) => void;
};

const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

/** Options containing the search (accents and case ignored), those whose label starts with it first. */
export const startsWithFirst: OptionsFilter = ({ options, search }) => {
  const query = folded(search.trim());
  if (!query) return options;
  const items = options.filter((item): item is ComboboxItem => 'label' in item);
  const starting = items.filter((item) => folded(item.label).startsWith(query));
  return [...starting, ...items.filter((item) => !starting.includes(item) && folded(item.label).includes(query))];
};

/** Country options labelled in the interface language, and the combobox settings both country pickers share. */
function useCountryOptions() {
  const { t } = useTranslation();
  const format = useFormat();
  const countries = useQuery(countriesQuery);
  const data = [...(countries.data?.entries() ?? [])]
    .map(([code, name]) => ({ value: code, label: `${format.name(name)} (${code})` }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return {
    searchable: true,
    data,
    filter: startsWithFirst,
    limit: 50,
    nothingFoundMessage: countries.isPending ? t('common.loading') : t('common.nothingFound'),
    comboboxProps: { withinPortal: true },
  };
}

export function CountryMultiSelect({ value = [], onChange, ...props }: MultiProps) {
  const options = useCountryOptions();
  return <MultiSelect {...props} {...options} value={value} onChange={onChange} />;
}

/** Sectors from the shared controlled list, named in the interface language. */
export function SectorMultiSelect({ value = [], onChange, ...props }: Omit<MultiProps, 'value' | 'onChange'> & { value?: Sector[]; onChange: (value: Sector[]) => void }) {
  const { t } = useTranslation();
  return (
    <MultiSelect
      {...props}
      data={SECTORS.map((sector) => ({ value: sector, label: t(`sectors.${sector}`) }))}
      searchable
      nothingFoundMessage={t('common.nothingFound')}
      comboboxProps={{ withinPortal: true }}
      value={value}
      onChange={(picked) => onChange(picked as Sector[])}
    />
  );
}

/** One country (for filters). */
export function CountrySelect({ value = null, onChange, ...props }: Omit<SelectProps, 'data' | 'value' | 'onChange'> & { value?: string | null; onChange: (value: string | null) => void }) {
  const options = useCountryOptions();
  return <Select {...props} {...options} clearable value={value} onChange={onChange} />;
}

/** Searches partners on the server and keeps the picked ones' names. */
export function PartnerMultiPicker({ value = [], onChange, initialPartners = [], kind, ...props }: MultiProps & { initialPartners?: PartnerRef[]; kind?: PartnerKind }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [picked, setPicked] = useState<Map<string, PartnerRef>>(() => new Map(initialPartners.map((p) => [p.id, p])));
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const results = useQuery(partnerSearchQuery(debounced, kind));
  const options = new Map(picked);
  for (const partner of results.data?.items ?? []) options.set(partner.id, partner);
  const label = (p: PartnerRef) => `${format.name(p.name)}${p.code ? ` (${p.code})` : ''}`;
  return (
    <MultiSelect
      {...props}
      searchable
      value={value}
      data={[...options.values()].map((p) => ({ value: p.id, label: label(p) }))}
      filter={({ options: items }) => items}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(ids) => {
        setPicked(new Map(ids.map((id) => [id, options.get(id)!]).filter(([, p]) => p !== undefined) as [string, PartnerRef][]));
        onChange(ids);
      }}
      nothingFoundMessage={results.isFetching ? t('common.loading') : t('common.nothingFound')}
      rightSection={results.isFetching ? <Loader size="xs" /> : undefined}
      placeholder={value.length === 0 ? t('partners.picker.placeholder') : undefined}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/** One partner (for filters). */
export function PartnerPicker({ value = null, onChange, initialPartner, ...props }: Omit<SelectProps, 'data' | 'value' | 'onChange'> & { value?: string | null; onChange: (value: string | null) => void; initialPartner?: PartnerRef | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [picked, setPicked] = useState<PartnerRef | null>(initialPartner ?? null);
  const [search, setSearch] = useState('');
  const label = (p: PartnerRef) => `${format.name(p.name)}${p.code ? ` (${p.code})` : ''}`;
  const [debounced] = useDebouncedValue(picked && search === label(picked) ? '' : search.trim(), 250);
  const results = useQuery(partnerSearchQuery(debounced));
  const options = new Map<string, PartnerRef>((results.data?.items ?? []).map((p) => [p.id, p]));
  if (picked) options.set(picked.id, picked);
  return (
    <Select
      {...props}
      searchable
      clearable
      value={value}
      data={[...options.values()].map((p) => ({ value: p.id, label: label(p) }))}
      filter={({ options: items }) => items}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id) => {
        setPicked(id ? (options.get(id) ?? null) : null);
        onChange(id);
      }}
      nothingFoundMessage={results.isFetching ? t('common.loading') : t('common.nothingFound')}
      placeholder={t('partners.picker.placeholder')}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/** Several org units, searched on the server. */
export function OrgUnitMultiPicker({ value = [], onChange, initialUnits = [], ...props }: MultiProps & { initialUnits?: PickedUnit[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [picked, setPicked] = useState<Map<string, PickedUnit>>(() => new Map(initialUnits.map((u) => [u.id, u])));
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const results = useQuery(orgUnitSearchQuery(debounced));
  const options = new Map(picked);
  for (const unit of results.data?.items ?? []) options.set(unit.id, unit);
  return (
    <MultiSelect
      {...props}
      searchable
      value={value}
      data={[...options.values()].map((u) => ({ value: u.id, label: `${format.name(u.name)} (${u.code})` }))}
      filter={({ options: items }) => items}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(ids) => {
        setPicked(new Map(ids.map((id) => [id, options.get(id)!]).filter(([, u]) => u !== undefined) as [string, PickedUnit][]));
        onChange(ids);
      }}
      nothingFoundMessage={results.isFetching ? t('common.loading') : t('common.nothingFound')}
      rightSection={results.isFetching ? <Loader size="xs" /> : undefined}
      placeholder={value.length === 0 ? t('orgUnits.picker.placeholder') : undefined}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
