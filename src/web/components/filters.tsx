import { Button, Collapse, Group, NativeSelect, Stack, TextInput, type TextInputProps } from '@mantine/core';
import { useDebouncedCallback, useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconFilter, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { REGIONS, type Region } from '../../shared/schemas/regions.js';
import { SECTORS, type Sector } from '../../shared/schemas/sectors.js';
import { orgUnitQuery } from '../routes/org-units/-api.js';
import { OrgUnitPicker } from './OrgUnitPicker.js';

/** How many of a list's filters are set (paging and sorting are not filters). */
export function countActiveFilters(filters: object): number {
  return Object.entries(filters).filter(([key, value]) => !['page', 'pageSize', 'sort'].includes(key) && value !== undefined && value !== null && value !== '').length;
}

/**
 * A list page's filters: a search landmark named for screen readers. On a phone they fold away behind a
 * "Filters (n)" button that counts the filters set; on wider screens they are always open.
 */
export function FilterBar({ label, active = 0, children }: { label: string; active?: number; children: ReactNode }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const [opened, { toggle }] = useDisclosure(false);
  const id = useId();
  const fields = (
    <Group align="flex-end" gap="sm" role="search" aria-label={label} id={id}>
      {children}
    </Group>
  );
  if (!phone) return fields;
  return (
    <Stack gap="xs">
      <Button
        variant="default"
        leftSection={<IconFilter size={16} aria-hidden />}
        aria-expanded={opened}
        aria-controls={id}
        onClick={toggle}
        style={{ alignSelf: 'flex-start' }}
        data-testid="filters-toggle"
      >
        {active > 0 ? t('common.filters.toggleActive', { count: active }) : t('common.filters.toggle')}
      </Button>
      <Collapse expanded={opened}>{fields}</Collapse>
    </Stack>
  );
}

interface SearchFilterProps extends Omit<TextInputProps, 'value' | 'onChange' | 'type'> {
  value?: string;
  /** The trimmed text (undefined when empty), 300 ms after typing stops. */
  onChange: (q: string | undefined) => void;
}

/** The free-text search of a list: typed freely, sent once typing pauses. */
export function SearchFilter({ value, onChange, ...props }: SearchFilterProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ?? '');
  const commit = useDebouncedCallback((next: string) => onChange(next.trim() || undefined), 300);
  return (
    <TextInput
      type="search"
      label={t('common.search')}
      leftSection={<IconSearch size={16} aria-hidden />}
      style={{ flex: 1, minWidth: 200 }}
      {...props}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        commit(event.currentTarget.value);
      }}
    />
  );
}

interface UnitFilterProps {
  label: string;
  value?: string;
  onChange: (unitId: string | undefined) => void;
  w?: TextInputProps['w'];
}

/** An org unit filter that shows the name of the unit in the URL before any search. */
export function UnitFilter({ label, value, onChange, w = { base: '100%', xs: 240 } }: UnitFilterProps) {
  const unit = useQuery({ ...orgUnitQuery(value ?? ''), enabled: Boolean(value) });
  return (
    <OrgUnitPicker
      key={unit.data?.id ?? 'none'}
      label={label}
      value={value ?? null}
      initialUnit={unit.data ?? null}
      onChange={(unitId) => onChange(unitId ?? undefined)}
      w={w}
    />
  );
}

type Width = Parameters<typeof NativeSelect>[0]['w'];
interface ListFilterProps<T extends string> {
  /** What the URL holds; a value outside the list shows as "all". */
  value: string | undefined;
  onChange: (value: T | undefined) => void;
  label?: string;
  w?: Width;
}

/** One of a fixed list, "all" by default; the choice is dropped when it is not in the list (a stale URL). */
export function ListFilter<T extends string>({ values, namespace, value, onChange, label, w }: ListFilterProps<T> & { values: readonly T[]; namespace: string }) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={label ?? t(`${namespace}.label`)}
      value={values.find((v) => v === value) ?? ''}
      onChange={(event) => onChange(values.find((v) => v === event.currentTarget.value))}
      data={[{ value: '', label: t(`${namespace}.all`) }, ...values.map((v) => ({ value: v, label: t(`${namespace}.${v}`) }))]}
      w={w ?? { base: '100%', xs: 200 }}
    />
  );
}

/** A sector of the shared list, the same choice on every list, dashboard and indicator. */
export function SectorFilter(props: ListFilterProps<Sector>) {
  return <ListFilter values={SECTORS} namespace="sectors" {...props} />;
}

/** A MOFA region over countries. */
export function RegionFilter(props: ListFilterProps<Region>) {
  return <ListFilter values={REGIONS} namespace="regions" {...props} />;
}
