import { Group, Paper, Progress, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_TYPES } from '../../../shared/schemas/activities.js';
import { AnchorLink } from '../../components/links.js';
import { Page } from '../../components/Page.js';
import { ErrorState, Loading } from '../../components/QueryState.js';
import { intlLocale } from '../../lib/i18n.js';
import { useFormat } from '../../lib/format.js';
import { optionalEnum } from '../../lib/search.js';
import { PeriodFilter } from '../periods/-components/PeriodFilter.js';
import { formalismQuery, type ActivityFilters } from './-api.js';
import { ActivityTypeSelect } from './-components/fields.js';
import { ViewSwitch } from './-components/ViewSwitch.js';

type FormalismFilters = Pick<ActivityFilters, 'from' | 'to' | 'view' | 'type'>;

/** HQ's formalism indicator: per unit, the share of activities with no output or outcome 30 days after they ended. */
export function FormalismPage({ filters, onFiltersChange }: { filters: FormalismFilters; onFiltersChange: (values: Partial<FormalismFilters>) => void }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const percent = new Intl.NumberFormat(intlLocale(i18n.language), { style: 'percent', maximumFractionDigits: 0 });
  const query = useQuery(formalismQuery(filters));
  const units = [...(query.data?.units ?? [])].sort((a, b) => b.share - a.share || b.flagged - a.flagged);

  return (
    <Page title={t('activities.formalism.title')} subtitle={t('activities.formalism.subtitle')}>
      <Group align="flex-end" gap="sm" role="search" aria-label={t('activities.filters.label')}>
        <PeriodFilter from={filters.from} to={filters.to} onChange={onFiltersChange} w={{ base: '100%', xs: 200 }} />
        <ActivityTypeSelect
          withAll
          value={filters.type ?? ''}
          onChange={(event) => onFiltersChange({ type: optionalEnum(ACTIVITY_TYPES, event.currentTarget.value) })}
          w={{ base: '100%', xs: 220 }}
        />
        <ViewSwitch value={filters.view ?? 'as_reported'} onChange={(view) => onFiltersChange({ view: view === 'as_reported' ? undefined : view })} />
      </Group>
      <Paper withBorder radius="md" p={{ base: 'xs', sm: 'md' }}>
        {query.isPending ? (
          <Loading lines={10} />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : units.length === 0 ? (
          <Text c="dimmed">{t('activities.formalism.empty')}</Text>
        ) : (
          <Stack gap="sm" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
            <Table.ScrollContainer minWidth={560}>
              <Table striped verticalSpacing="xs" data-testid="formalism-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('activities.fields.unit')}</Table.Th>
                    <Table.Th ta="right">{t('activities.formalism.total')}</Table.Th>
                    <Table.Th ta="right">{t('activities.formalism.flagged')}</Table.Th>
                    <Table.Th w="30%">{t('activities.formalism.share')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {units.map((row) => {
                    const search = { from: filters.from, to: filters.to, view: filters.view, type: filters.type, unitId: row.unit.id };
                    return (
                      <Table.Tr key={row.unit.id}>
                        <Table.Td>{format.name(row.unit.name)}</Table.Td>
                        <Table.Td ta="right">
                          <AnchorLink to="/activities" search={search} aria-label={t('activities.formalism.totalFor', { unit: format.name(row.unit.name), count: row.total })}>
                            {format.number(row.total)}
                          </AnchorLink>
                        </Table.Td>
                        <Table.Td ta="right">
                          <AnchorLink
                            to="/activities"
                            search={{ ...search, flagged: 'no_result' }}
                            aria-label={t('activities.formalism.flaggedFor', { unit: format.name(row.unit.name), count: row.flagged })}
                          >
                            {format.number(row.flagged)}
                          </AnchorLink>
                        </Table.Td>
                        <Table.Td>
                          <Group gap="xs" wrap="nowrap">
                            <Progress
                              value={row.share * 100}
                              color={row.share >= 0.5 ? 'red' : row.share >= 0.25 ? 'orange' : 'teal'}
                              style={{ flex: 1 }}
                              aria-hidden
                            />
                            <Text size="sm" w={48} ta="right">
                              {percent.format(row.share)}
                            </Text>
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        )}
      </Paper>
    </Page>
  );
}
