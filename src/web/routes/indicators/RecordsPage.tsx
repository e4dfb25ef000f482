import { Badge, Group, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCountryName } from '../../components/countries.js';
import { DataTable } from '../../components/DataTable.js';
import { ExportMenu } from '../../components/ExportMenu.js';
import { AnchorLink } from '../../components/links.js';
import { Page } from '../../components/Page.js';
import { PagedList } from '../../components/PagedList.js';
import { useFormat } from '../../lib/format.js';
import { indicatorRecordsQuery, indicatorValuesQuery } from './-api.js';

const PAGE_SIZE = 50;

/** The records behind one figure, under exactly the filter the figure carries; exportable as it is shown. */
export function RecordsPage({ code, filter, page, onPageChange }: { code: string; filter: Record<string, string>; page: number; onPageChange: (page: number) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useQuery(indicatorRecordsQuery(code, { ...filter, page, pageSize: PAGE_SIZE }));
  const definition = useQuery(indicatorValuesQuery(code, { from: filter.from, to: filter.to, asOf: filter.asOf, compare: false }));
  const indicator = definition.data?.indicator;
  const name = indicator ? format.name(indicator.name) : code;
  const countryName = useCountryName();
  return (
    <Page
      title={t('indicators.records.title', { name })}
      subtitle={query.data ? t('indicators.records.subtitle', { period: `${filter.from ?? ''} – ${filter.to ?? ''}`, asOf: query.data.asOf, count: query.data.total }) : undefined}
      actions={
        <Group gap="xs">
          <ExportMenu list="indicator-records" filters={{ ...filter, code }} />
          <AnchorLink to="/overview">{t('indicators.records.back')}</AnchorLink>
        </Group>
      }
    >
      {indicator ? (
        <Text size="sm" data-testid="indicator-definition">
          <Text span fw={700}>{t('indicators.definition')}: </Text>
          {format.name(indicator.definition)}
        </Text>
      ) : null}
      {filter.part ? <Badge variant="light">{t(`indicators.records.part.${filter.part}`)}</Badge> : null}
      <PagedList query={query} page={page} onPageChange={onPageChange}>
        {(data) => (
          <DataTable
            items={data.items}
            columns={[
              { label: t('indicators.records.columns.title') },
              { label: t('indicators.records.columns.date') },
              { label: t('indicators.records.columns.unit') },
              { label: t('indicators.records.columns.country') },
              { label: t('indicators.records.columns.amount') },
            ]}
            row={(record) => (
              <Table.Tr key={`${record.entity}-${record.id}-${record.date}`}>
                <Table.Td>
                  <Badge variant="outline" color="gray" radius="sm" tt="none" size="sm" mr={6}>
                    {t(`indicators.entities.${record.entity}`, record.entity)}
                  </Badge>
                  <Link to={record.href as '/'} style={{ fontWeight: 500 }}>
                    {record.title}
                  </Link>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{record.date ? format.date(record.date) : '—'}</Table.Td>
                <Table.Td>{record.unit ? format.name(record.unit.name) : '—'}</Table.Td>
                <Table.Td>{countryName(record.countryCode)}</Table.Td>
                <Table.Td ta="right">{record.amount === null ? '' : format.number(Number(record.amount))}</Table.Td>
              </Table.Tr>
            )}
            empty={t('indicators.records.empty')}
            minWidth={680}
            testId="indicator-records"
          />
        )}
      </PagedList>
    </Page>
  );
}
