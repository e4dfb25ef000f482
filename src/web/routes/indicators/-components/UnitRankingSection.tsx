import { NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../../components/me-context.js';
import { Loading } from '../../../components/QueryState.js';
import { Section } from '../../../components/Section.js';
import { isApiError } from '../../../lib/api.js';
import { todayIso, useFormat } from '../../../lib/format.js';
import { unitRankingQuery } from '../-api.js';
import { RecordsLink, withUnit } from './values.js';

/** A mission's or province's place among the units of its type, for a year; nothing for a unit the reader cannot see. */
export function UnitRankingSection({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const canRead = useCan('dashboard.read');
  const thisYear = Number(todayIso().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const query = useQuery({ ...unitRankingQuery(unitId, { year }), enabled: canRead });
  if (!canRead || (query.isError && isApiError(query.error))) return null;
  return (
    <Section title={t('indicators.unitRank.title')} testId="unit-ranking">
      <Stack gap="xs">
        <NativeSelect
          label={t('indicators.overview.year')}
          value={String(year)}
          data={Array.from({ length: 5 }, (_, i) => String(thisYear - i))}
          onChange={(event) => setYear(Number(event.currentTarget.value))}
          w={120}
        />
        {query.data ? (
          <>
            <Text size="sm" c="dimmed">
              {t('indicators.unitRank.subtitle', { peers: query.data.peers, type: t(`indicators.unitTypes.${query.data.unit.type}`), period: query.data.period.label })}
            </Text>
            <Table.ScrollContainer minWidth={340}>
              <Table verticalSpacing="xs" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('indicators.target.indicator')}</Table.Th>
                    <Table.Th scope="col" ta="right">{t('indicators.unitRank.value')}</Table.Th>
                    <Table.Th scope="col" ta="right">{t('indicators.unitRank.place')}</Table.Th>
                    <Table.Th scope="col" ta="right">{t('indicators.unitRank.median')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {query.data.items.map((item) => (
                    <Table.Tr key={item.indicator.code} data-testid={`rank-${item.indicator.code}`}>
                      <Table.Th scope="row" fw={400}>{format.name(item.indicator.name)}</Table.Th>
                      <Table.Td ta="right">
                        <RecordsLink code={item.indicator.code} value={item.value}>{withUnit(item.value.value, item.indicator.unit, format, t)}</RecordsLink>
                      </Table.Td>
                      <Table.Td ta="right" data-testid="rank">{item.rank === null ? '—' : t('indicators.unitRank.rank', { rank: format.number(item.rank), total: format.number(query.data.peers) })}</Table.Td>
                      <Table.Td ta="right">{withUnit(item.median, item.indicator.unit, format, t)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        ) : (
          <Loading lines={3} />
        )}
      </Stack>
    </Section>
  );
}
