import { List, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTRY_FIGURES, type CountryFigure, type CountryFigureKey, type CountryList, type CountryRecentItem, type CountryView } from '../../../../shared/schemas/countries.js';
import { EmptyText } from '../../../components/EmptyText.js';
import { PeriodSelect } from '../../../components/PeriodSelect.js';
import { AnchorLink } from '../../../components/links.js';
import { useMoney } from '../../../components/Money.js';
import { Section } from '../../../components/Section.js';
import { fromApiRange, lastDayBefore } from '../../../lib/dates.js';
import { useFormat } from '../../../lib/format.js';

/** The web list each API list drills down to; market notes have no page of their own yet. */
const LIST_PAGES: Record<CountryList, string | null> = {
  engagements: '/engagements',
  agreements: '/agreements',
  commitments: '/commitments',
  activities: '/activities',
  outcomes: '/outcomes/list',
  'market-notes': null,
  barriers: '/barriers',
};

export const RECENT_LISTS = ['engagements', 'agreements', 'commitments', 'activities', 'outcomes', 'marketNotes'] as const;

/** A count that opens its list with the filter it was counted by (the URL holds the last day included). */
export function FigureLink({ figure, children, testId }: { figure: CountryFigure; children: ReactNode; testId?: string }) {
  const page = LIST_PAGES[figure.list];
  if (!page) return <span data-testid={testId}>{children}</span>;
  return (
    <AnchorLink to={page as never} search={fromApiRange(figure.filter) as never} data-testid={testId}>
      {children}
    </AnchorLink>
  );
}

export function FigureCard({ name, figure }: { name: CountryFigureKey; figure: CountryFigure }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper withBorder radius="md" p="sm" data-testid={`figure-${name}`}>
      <Stack gap={2}>
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {t(`countries.figures.${name}`)}
        </Text>
        <Text fz="xl" fw={700}>
          <FigureLink figure={figure} testId={`figure-${name}-count`}>
            {format.number(figure.count)}
          </FigureLink>
        </Text>
      </Stack>
    </Paper>
  );
}

export function RecentList({ list, items }: { list: (typeof RECENT_LISTS)[number]; items: CountryRecentItem[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Section title={t(`countries.recent.${list}`)} testId={`recent-${list}`}>
      {items.length === 0 ? (
        <EmptyText>{t('countries.recent.empty')}</EmptyText>
      ) : (
        <List spacing={6} size="sm" listStyleType="none" p={0}>
          {items.map((item) => (
            <List.Item key={item.id}>
              {item.path ? (
                <AnchorLink to={item.path as never} size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {format.name(item.title)}
                </AnchorLink>
              ) : (
                <Text span size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {format.name(item.title)}
                </Text>
              )}
              {item.date ? <Text span size="xs" c="dimmed">{` · ${format.date(item.date)}`}</Text> : null}
            </List.Item>
          ))}
        </List>
      )}
    </Section>
  );
}

/** Export contracts and investment in the period, all recorded vs confirmed by the businesses, each opening its records. */
export function OutcomeValues({ values }: { values: CountryView['outcomeValues'] }) {
  const { t } = useTranslation();
  const money = useMoney();
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table verticalSpacing="xs" striped data-testid="country-outcome-values">
        <caption className="visually-hidden">{t('countries.page.valuesCaption')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('countries.page.valueKind')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('countries.page.valueAll')}</Table.Th>
            <Table.Th scope="col" ta="right">{t('countries.page.valueConfirmed')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {values.map((row) => (
            <Table.Tr key={row.kind}>
              <Table.Th scope="row" fw={400}>{t(`outcomes.kinds.${row.kind}`)}</Table.Th>
              <Table.Td ta="right">
                <FigureLink figure={row.all}>{money(row.all.value, row.currency)}</FigureLink>
                <Text size="xs" c="dimmed">{t('countries.page.outcomeCount', { count: row.all.count })}</Text>
              </Table.Td>
              <Table.Td ta="right">
                <FigureLink figure={row.confirmed}>{money(row.confirmed.value, row.currency)}</FigureLink>
                <Text size="xs" c="dimmed">{t('countries.page.outcomeCount', { count: row.confirmed.count })}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The figures of a country or a region for a chosen period: the cards and the outcome values, each opening its records. */
export function PeriodFigures({ view, note, testId, onPeriodChange }: {
  view: Pick<CountryView, 'period' | 'figures' | 'outcomeValues'>;
  note: 'countries.page.periodNote' | 'countries.region.periodNote';
  testId: string;
  onPeriodChange: (period: { from?: string; to?: string }) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const shown = { from: view.period.from, to: lastDayBefore(view.period.to) };
  return (
    <Section title={t('countries.page.figures')} testId={testId}>
      <PeriodSelect value={shown} onChange={(range) => onPeriodChange({ from: range.from, to: range.to })} w={{ base: '100%', xs: 220 }} />
      <Text size="sm" c="dimmed">
        {t(note, { from: format.date(shown.from), to: format.date(shown.to) })}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        {COUNTRY_FIGURES.map((key) => (
          <FigureCard key={key} name={key} figure={view.figures[key]} />
        ))}
      </SimpleGrid>
      <OutcomeValues values={view.outcomeValues} />
    </Section>
  );
}
