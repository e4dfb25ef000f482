import { Paper, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/links.js';
import { Page } from '../../components/Page.js';
import { ErrorState, Loading } from '../../components/QueryState.js';
import { useFormat } from '../../lib/format.js';
import { outcomeTotalsQuery, type OutcomeFilters as Filters } from './-api.js';
import { OutcomeFilters } from './-components/OutcomeFilters.js';
import { useOutcomeAmount } from './-components/OutcomeValue.js';

/** Totals per kind and currency; every number opens the list of the outcomes it adds up. */
export function OutcomeTotalsPage({ filters, onFiltersChange }: { filters: Filters; onFiltersChange: (values: Partial<Filters>) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const amount = useOutcomeAmount();
  const query = useQuery(outcomeTotalsQuery(filters));

  return (
    <Page title={t('outcomes.totals.title')} subtitle={t('outcomes.totals.subtitle')}>
      <OutcomeFilters values={filters} onChange={onFiltersChange} />
      <Paper withBorder radius="md" p={{ base: 'xs', sm: 'md' }}>
        {query.isPending ? (
          <Loading lines={6} />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : query.data.items.length === 0 ? (
          <Text c="dimmed" data-testid="totals-empty">
            {t('outcomes.totals.empty')}
          </Text>
        ) : (
          <Stack gap="sm" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
            <Text size="sm" c="dimmed">
              {filters.confirmedOnly ? t('outcomes.totals.confirmedNote') : t('outcomes.totals.allNote')}
            </Text>
            <Table.ScrollContainer minWidth={420}>
              <Table striped verticalSpacing="xs" data-testid="totals-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('outcomes.fields.kind')}</Table.Th>
                    <Table.Th ta="right">{t('outcomes.totals.amount')}</Table.Th>
                    <Table.Th ta="right">{t('outcomes.totals.count')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {query.data.items.map((item) => {
                    const search = { ...filters, kind: item.kind, currency: item.currency ?? undefined, counted: 'true' as const };
                    const label = `${t(`outcomes.kinds.${item.kind}`)}${item.currency ? ` (${item.currency})` : ''}`;
                    const shown = amount({ kind: item.kind, value: item.value, currency: item.currency, quantity: item.quantity });
                    return (
                      <Table.Tr key={`${item.kind}-${item.currency ?? ''}`}>
                        <Table.Td>{label}</Table.Td>
                        <Table.Td ta="right">
                          <AnchorLink to="/outcomes/list" search={search} fw={600} aria-label={t('outcomes.totals.drill', { label, value: shown })}>
                            {shown}
                          </AnchorLink>
                        </Table.Td>
                        <Table.Td ta="right">
                          <AnchorLink to="/outcomes/list" search={search} aria-label={t('outcomes.totals.drillCount', { label, count: item.count, value: format.number(item.count) })}>
                            {format.number(item.count)}
                          </AnchorLink>
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
