import { ActionIcon, Group, NativeSelect, Paper, Popover, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { IndicatorValues } from '../../../shared/schemas/indicators.js';
import { useCountryName } from '../../components/countries.js';
import { RegionFilter, SectorFilter } from '../../components/filters.js';
import { AnchorLink } from '../../components/links.js';
import { Page } from '../../components/Page.js';
import { TargetStatusBadge } from '../../components/StatusBadges.js';
import { ErrorState, Loading } from '../../components/QueryState.js';
import { Section } from '../../components/Section.js';
import { useFormat } from '../../lib/format.js';
import { indicatorValuesQuery, scorecardQuery, type IndicatorFilterParams } from './-api.js';
import { Chart, type ChartDatum } from './-components/Chart.js';
import { decimal, RecordsLink } from './-components/values.js';

export interface OverviewSearch {
  year?: number;
  half?: '1' | '2';
  asOf?: string;
  view?: 'as_reported' | 'mapped';
  region?: string;
  field?: string;
  unitType?: string;
  map?: string;
}

const HEADLINES = [
  'engagements.high_level',
  'relations.upgrades',
  'agreements.signed',
  'activities.missions',
  'activities.missions_supporting_localities',
  'agreements.local_international',
  'activities.provinces',
  'commitments.fulfilment_rate',
] as const;
const MAP_METRICS = ['activities.all', 'agreements.signed', 'outcomes.export_contracts.confirmed'] as const;

export function periodOf(search: OverviewSearch, today: string): { from: string; to: string } {
  const year = search.year ?? Number(today.slice(0, 4));
  if (search.half === '1') return { from: `${year}-01-01`, to: `${year}-07-01` };
  if (search.half === '2') return { from: `${year}-07-01`, to: `${year + 1}-01-01` };
  return { from: `${year}-01-01`, to: `${year + 1}-01-01` };
}

function Definition({ data }: { data: IndicatorValues['indicator'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Popover width={300} position="bottom" withArrow shadow="md">
      <Popover.Target>
        <ActionIcon variant="subtle" size="sm" color="gray" aria-label={t('indicators.openDefinition', { name: format.name(data.name) })}>
          <IconInfoCircle size={16} aria-hidden />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <Text size="sm">{format.name(data.definition)}</Text>
      </Popover.Dropdown>
    </Popover>
  );
}

function Headline({ code, filters }: { code: string; filters: IndicatorFilterParams }) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useQuery(indicatorValuesQuery(code, filters));
  if (!query.data) return <Paper withBorder p="sm" radius="md" h={120} />;
  const { indicator, total, comparisons } = query.data;
  const percent = indicator.unit === 'percent';
  return (
    <Paper withBorder p="sm" radius="md" data-testid={`headline-${code}`}>
      <Group justify="space-between" wrap="nowrap" gap={4} align="flex-start">
        <Text size="sm" c="dimmed">
          {format.name(indicator.name)}
        </Text>
        <Definition data={indicator} />
      </Group>
      <Text size="xl" fw={700}>
        <RecordsLink code={code} value={total} testId={`headline-value-${code}`}>
          {decimal(total.value, format)}
          {percent && total.value !== null ? ' %' : ''}
        </RecordsLink>
      </Text>
      {comparisons.map((comparison) => (
        <Text key={comparison.base} size="xs" c="dimmed">
          {comparison.ratio === null
            ? t('indicators.compare.noBase', { period: comparison.period.label, value: decimal(comparison.value, format) })
            : t(comparison.base === 'previous_year' ? 'indicators.compare.previousYear' : 'indicators.compare.samePeriod', {
                ratio: format.number(comparison.ratio),
                period: comparison.period.label,
                value: decimal(comparison.value, format),
              })}
        </Text>
      ))}
    </Paper>
  );
}

function Scorecard({ year, half, asOf }: { year: number; half?: '1' | '2'; asOf?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useQuery(scorecardQuery({ year, half, asOf }));
  if (query.isPending) return <Loading lines={3} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const data = query.data;
  if (data.total === 0) return <Text c="dimmed">{t('indicators.overview.noTargets')}</Text>;
  return (
    <Stack gap="xs">
      <Text fw={700} data-testid="scorecard-summary">
        {t('indicators.overview.scorecardSummary', { met: data.metOrOnTrack, total: data.total })}
      </Text>
      <Table.ScrollContainer minWidth={520}>
        <Table verticalSpacing="xs" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('indicators.target.indicator')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('indicators.target.target')}</Table.Th>
              <Table.Th scope="col" ta="right">{t('indicators.target.actual')}</Table.Th>
              <Table.Th scope="col">{t('indicators.target.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((target) => (
              <Table.Tr key={target.id}>
                <Table.Th scope="row" fw={400}>{format.name(target.indicatorName)}</Table.Th>
                <Table.Td ta="right">
                  {decimal(target.low, format)}
                  {target.high ? `–${decimal(target.high, format)}` : ''}
                </Table.Td>
                <Table.Td ta="right">
                  <RecordsLink code={target.indicatorCode} value={target.actual}>{decimal(target.actual.value, format)}</RecordsLink>
                </Table.Td>
                <Table.Td>
                  <TargetStatusBadge status={target.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** A chart of one indicator by one grouping, with the same figures as links in a table for keyboards and screen readers. */
function GroupChart({ code, groupBy, filters, title, labelOf, kind = 'bar', testId }: {
  code: string;
  groupBy: 'month' | 'region' | 'field' | 'unitType' | 'country';
  filters: IndicatorFilterParams;
  title: string;
  labelOf: (key: string, label: string) => string;
  kind?: 'bar' | 'map';
  testId: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const query = useQuery(indicatorValuesQuery(code, { ...filters, groupBy, compare: false }));
  const groups = query.data?.groups ?? [];
  const data: ChartDatum[] = groups.map((group) => ({ key: group.key, label: labelOf(group.key, format.name(group.label)), value: Number(group.value ?? 0) }));
  const open = (key: string) => {
    const group = groups.find((g) => g.key === key);
    if (group) void navigate({ to: '/indicators/$code/records', params: { code }, search: group.filter });
  };
  return (
    <Section title={title} testId={testId}>
      {query.isPending ? <Loading lines={4} /> : <Chart kind={kind} data={data} label={title} height={kind === 'map' ? 360 : 240} onSelect={open} testId={`${testId}-chart`} />}
      <details>
        <summary>
          <Text span size="sm">{t('indicators.overview.chartTable')}</Text>
        </summary>
        <Table verticalSpacing={4}>
          <Table.Tbody>
            {groups.map((group, index) => (
              <Table.Tr key={group.key}>
                <Table.Th scope="row" fw={400}>
                  {groupBy === 'country' && /^[A-Z]{2}$/.test(group.key) ? (
                    <AnchorLink to="/countries/$iso2" params={{ iso2: group.key }} size="sm">
                      {data[index]!.label}
                    </AnchorLink>
                  ) : (
                    data[index]!.label
                  )}
                </Table.Th>
                <Table.Td ta="right">
                  <RecordsLink code={code} value={group}>{decimal(group.value, format)}</RecordsLink>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </details>
    </Section>
  );
}

export function OverviewPage({ search, today, onChange }: { search: OverviewSearch; today: string; onChange: (values: Partial<OverviewSearch>) => void }) {
  const { t } = useTranslation();
  const year = search.year ?? Number(today.slice(0, 4));
  const filters: IndicatorFilterParams = { ...periodOf(search, today), asOf: search.asOf, view: search.view, region: search.region, field: search.field, unitType: search.unitType };
  const mapMetric = (MAP_METRICS as readonly string[]).includes(search.map ?? '') ? search.map! : MAP_METRICS[0];
  const countryName = useCountryName();
  const years = Array.from({ length: 6 }, (_, i) => String(Number(today.slice(0, 4)) - i));
  const all = { value: '', label: t('indicators.overview.all') };
  return (
    <Page title={t('indicators.overview.title')} subtitle={t('indicators.overview.subtitle')}>
      <Group align="flex-end" gap="sm" role="search" aria-label={t('indicators.overview.filters')}>
        <NativeSelect label={t('indicators.overview.year')} value={String(year)} data={years} onChange={(e) => onChange({ year: Number(e.currentTarget.value) })} w={{ base: '47%', xs: 100 }} />
        <NativeSelect
          label={t('indicators.overview.period')}
          value={search.half ?? ''}
          data={[{ value: '', label: t('indicators.overview.periods.year') }, { value: '1', label: t('indicators.overview.periods.h1') }, { value: '2', label: t('indicators.overview.periods.h2') }]}
          onChange={(e) => onChange({ half: (e.currentTarget.value || undefined) as OverviewSearch['half'] })}
          w={{ base: '47%', xs: 170 }}
        />
        <RegionFilter label={t('indicators.overview.region')} value={search.region} onChange={(region) => onChange({ region })} w={{ base: '47%', xs: 190 }} />
        <SectorFilter label={t('indicators.overview.field')} value={search.field} onChange={(field) => onChange({ field })} w={{ base: '47%', xs: 170 }} />
        <NativeSelect
          label={t('indicators.overview.unitType')}
          value={search.unitType ?? ''}
          data={[all, ...['mission', 'province', 'ministry', 'hq'].map((type) => ({ value: type, label: t(`indicators.unitTypes.${type}`) }))]}
          onChange={(e) => onChange({ unitType: e.currentTarget.value || undefined })}
          w={{ base: '47%', xs: 170 }}
        />
        <NativeSelect
          label={t('indicators.overview.view')}
          value={search.view ?? 'as_reported'}
          data={(['as_reported', 'mapped'] as const).map((view) => ({ value: view, label: t(`indicators.overview.views.${view}`) }))}
          onChange={(e) => onChange({ view: e.currentTarget.value as OverviewSearch['view'] })}
          w={{ base: '47%', xs: 210 }}
        />
        <TextInput
          type="date"
          label={t('indicators.overview.asOf')}
          value={search.asOf ?? ''}
          onChange={(e) => onChange({ asOf: e.currentTarget.value || undefined })}
          w={{ base: '47%', xs: 160 }}
        />
      </Group>
      <Section title={t('indicators.overview.headlines')} testId="overview-headlines">
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} spacing="sm">
          {HEADLINES.map((code) => (
            <Headline key={code} code={code} filters={filters} />
          ))}
        </SimpleGrid>
      </Section>
      <Section title={t('indicators.overview.scorecard')} testId="overview-scorecard">
        <Scorecard year={year} half={search.half} asOf={search.asOf} />
      </Section>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <GroupChart code="agreements.signed" groupBy="month" filters={filters} title={`${t('indicators.overview.byMonth')}`} labelOf={(key) => key} testId="chart-month" />
        <GroupChart code="activities.all" groupBy="region" filters={filters} title={t('indicators.overview.byRegion')} labelOf={(key) => (key === 'none' ? '—' : t(`regions.${key}`))} testId="chart-region" />
        <GroupChart code="agreements.signed" groupBy="field" filters={filters} title={t('indicators.overview.byField')} labelOf={(key) => (key === 'none' ? '—' : t(`sectors.${key}`, key))} testId="chart-field" />
        <GroupChart code="activities.all" groupBy="unitType" filters={filters} title={t('indicators.overview.byUnitType')} labelOf={(key) => t(`indicators.unitTypes.${key}`, key)} testId="chart-unit-type" />
      </SimpleGrid>
      <NativeSelect
        label={t('indicators.overview.mapMetric')}
        value={mapMetric}
        data={MAP_METRICS.map((code) => ({ value: code, label: code }))}
        onChange={(e) => onChange({ map: e.currentTarget.value })}
        w={{ base: '100%', xs: 320 }}
      />
      <GroupChart
        code={mapMetric}
        groupBy="country"
        filters={filters}
        title={t('indicators.overview.map')}
        labelOf={(key) => (key === 'none' ? '—' : countryName(key))}
        kind="map"
        testId="chart-map"
      />
    </Page>
  );
}
