import { Group, NativeSelect, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CONFIRMATION_STATUSES } from '../../../shared/schemas/outcomes.js';
import { AnchorLink } from '../../components/links.js';
import { Page } from '../../components/Page.js';
import { useFormat } from '../../lib/format.js';
import { optionalEnum } from '../../lib/search.js';
import { outcomeListQuery, type OutcomeListParams } from './-api.js';
import { ConfirmationBadge } from './-components/ConfirmationBadge.js';
import { OutcomeFilters } from './-components/OutcomeFilters.js';
import { OutcomeValue } from './-components/OutcomeValue.js';
import { DataTable } from '../../components/DataTable.js';
import { PagedList } from '../../components/PagedList.js';

const PAGE_SIZE = 50;

interface OutcomeListPageProps {
  filters: Omit<OutcomeListParams, 'page' | 'pageSize'>;
  page: number;
  onFiltersChange: (values: Partial<OutcomeListParams>) => void;
  onPageChange: (page: number) => void;
}

/** The outcomes behind a total (or any filter), with their confirmation status. */
export function OutcomeListPage({ filters, page, onFiltersChange, onPageChange }: OutcomeListPageProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useQuery(outcomeListQuery({ ...filters, page, pageSize: PAGE_SIZE }));
  const { activityId: _activity, confirmationStatus: _status, counted: _counted, ...totalsSearch } = filters;

  return (
    <Page
      title={t('outcomes.list.title')}
      actions={
        <AnchorLink to="/outcomes" search={totalsSearch}>
          {t('outcomes.list.backToTotals')}
        </AnchorLink>
      }
    >
      <OutcomeFilters values={filters} onChange={onFiltersChange} />
      <Group gap="sm">
        <NativeSelect
          label={t('outcomes.fields.status')}
          value={filters.confirmationStatus ?? ''}
          onChange={(event) => onFiltersChange({ confirmationStatus: optionalEnum(CONFIRMATION_STATUSES, event.currentTarget.value) })}
          data={[{ value: '', label: t('outcomes.filters.allStatuses') }, ...CONFIRMATION_STATUSES.map((s) => ({ value: s, label: t(`outcomes.status.${s}`) }))]}
          w={{ base: '100%', xs: 220 }}
        />
      </Group>
      <PagedList query={query} page={page} onPageChange={onPageChange} exportAs={{ list: 'outcomes', filters }}>
        {(data) => (
          <DataTable
            items={data.items}
            columns={[
              { label: t('outcomes.fields.kind') },
              { label: t('outcomes.totals.amount'), align: 'right' },
              { label: t('outcomes.fields.businessName') },
              { label: t('outcomes.list.activity') },
              { label: t('outcomes.fields.status') },
            ]}
            row={(outcome) => (
              <Table.Tr key={outcome.id}>
                <Table.Td>
                  <Text size="sm">{t(`outcomes.kinds.${outcome.kind}`)}</Text>
                  {outcome.product ? (
                    <Text size="xs" c="dimmed">
                      {outcome.product}
                      {outcome.hsCode ? ` · HS ${outcome.hsCode}` : ''}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td ta="right">
                  <OutcomeValue outcome={outcome} />
                </Table.Td>
                <Table.Td>{outcome.businessName ?? '—'}</Table.Td>
                <Table.Td>
                  <AnchorLink to="/activities/$activityId" params={{ activityId: outcome.activity.id }} size="sm">
                    {outcome.activity.title}
                  </AnchorLink>
                  <Text size="xs" c="dimmed">
                    {format.name(outcome.activity.unit.name)} · {format.date(outcome.activity.startDate)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <ConfirmationBadge status={outcome.confirmationStatus} />
                </Table.Td>
              </Table.Tr>
            )}
            empty={t('outcomes.list.empty')}
            minWidth={760}
            testId="outcome-table"
          />
        )}
      </PagedList>
    </Page>
  );
}
