import { Badge, Group, List, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { COUNTRY_FIGURES, type CountryFigure, type CountryFigureKey, type CountryList, type CountryRecentItem, type CountryView } from '../../../shared/schemas/countries.js';
import { EmptyText } from '../../components/EmptyText.js';
import { Facts } from '../../components/Facts.js';
import { AnchorLink, ButtonLink } from '../../components/links.js';
import { useMoney } from '../../components/Money.js';
import { Page } from '../../components/Page.js';
import { PeriodSelect } from '../../components/PeriodSelect.js';
import { LoadedPage } from '../../components/QueryState.js';
import { Section } from '../../components/Section.js';
import { fromApiRange, lastDayBefore } from '../../lib/dates.js';
import { useFormat } from '../../lib/format.js';
import { FtaTable } from '../partners/-components/FtaTable.js';
import { PartnershipHistory } from '../partners/-components/PartnershipHistory.js';
import { countryViewQuery, type CountryPeriod } from './-api.js';

/** The web list each API list drills down to; market notes have no page of their own yet. */
const LIST_PAGES: Record<CountryList, string | null> = {
  engagements: '/engagements',
  agreements: '/agreements',
  commitments: '/commitments',
  activities: '/activities',
  outcomes: '/outcomes/list',
  'market-notes': null,
};

const RECENT_LISTS = ['engagements', 'agreements', 'commitments', 'activities', 'outcomes', 'marketNotes'] as const;

export function CountryPage({ iso2, period, onPeriodChange }: { iso2: string; period: CountryPeriod; onPeriodChange: (period: CountryPeriod) => void }) {
  const { t } = useTranslation();
  const query = useQuery(countryViewQuery(iso2, period));
  return (
    <LoadedPage query={query} title={t('countries.page.loadingTitle')}>
      {(data) => <CountryPageView country={data} onPeriodChange={onPeriodChange} />}
    </LoadedPage>
  );
}

/** A count that opens its list with the filter it was counted by (the URL holds the last day included). */
function FigureLink({ figure, children, testId }: { figure: CountryFigure; children: React.ReactNode; testId?: string }) {
  const page = LIST_PAGES[figure.list];
  if (!page) return <span data-testid={testId}>{children}</span>;
  return (
    <AnchorLink to={page as never} search={fromApiRange(figure.filter) as never} data-testid={testId}>
      {children}
    </AnchorLink>
  );
}

function CountryPageView({ country, onPeriodChange }: { country: CountryView; onPeriodChange: (period: CountryPeriod) => void }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const money = useMoney();
  const otherName = i18n.language === 'en' ? country.name.vi : country.name.en;
  const shownPeriod = { from: country.period.from, to: lastDayBefore(country.period.to) };
  return (
    <Page
      title={format.name(country.name)}
      subtitle={<span lang={i18n.language === 'en' ? 'vi' : 'en'}>{otherName}</span>}
      actions={
        country.partnerId ? (
          <ButtonLink to="/partners/$partnerId" params={{ partnerId: country.partnerId }} variant="default">
            {t('countries.page.partner')}
          </ButtonLink>
        ) : null
      }
    >
      <Group gap="xs">
        <Badge variant="light" radius="sm" tt="none">
          {country.code}
        </Badge>
        {country.region ? (
          <Badge variant="light" color="gray" radius="sm" tt="none" data-testid="country-region">
            {t(`regions.${country.region}`)}
          </Badge>
        ) : null}
        {country.partnership ? (
          <Badge color="teal" variant="light" radius="sm" tt="none" data-testid="partnership-level">
            {t(`partners.levels.${country.partnership.level}`)}
          </Badge>
        ) : null}
      </Group>

      <Section title={t('countries.page.relations')} testId="country-relations">
        <Facts
          items={[
            { label: t('partners.fields.nameVi'), value: <span lang="vi">{country.name.vi}</span> },
            { label: t('partners.fields.nameEn'), value: <span lang="en">{country.name.en}</span> },
            { label: t('regions.label'), value: country.region ? t(`regions.${country.region}`) : '—' },
            { label: t('partners.fields.level'), value: country.partnership ? t(`partners.levels.${country.partnership.level}`) : t('partners.detail.noPartnership') },
            { label: t('partners.fields.established'), value: country.partnership?.established ?? '—' },
          ]}
        />
      </Section>
      <PartnershipHistory countryCode={country.code} history={country.partnershipHistory} />

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Section title={t('countries.page.ftas')} testId="country-ftas">
          {country.ftas.length === 0 ? <EmptyText>{t('partners.detail.noFtas')}</EmptyText> : <FtaTable ftas={country.ftas} />}
        </Section>
        <Section title={t('countries.page.missions')} testId="country-missions">
          {country.missions.length === 0 ? (
            <EmptyText>{t('countries.page.noMissions')}</EmptyText>
          ) : (
            <List spacing={4} size="sm">
              {country.missions.map((mission) => (
                <List.Item key={mission.id}>
                  <AnchorLink to="/org-units/$orgUnitId" params={{ orgUnitId: mission.id }} size="sm">
                    {format.name(mission.name)}
                  </AnchorLink>
                  {mission.city ? <Text span size="sm" c="dimmed">{` · ${mission.city}`}</Text> : null}
                </List.Item>
              ))}
            </List>
          )}
        </Section>
      </SimpleGrid>

      <Section title={t('countries.page.figures')} testId="country-figures">
        <PeriodSelect value={shownPeriod} onChange={(range) => onPeriodChange({ from: range.from, to: range.to })} w={{ base: '100%', xs: 220 }} />
        <Text size="sm" c="dimmed">
          {t('countries.page.periodNote', { from: format.date(shownPeriod.from), to: format.date(shownPeriod.to) })}
        </Text>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          {COUNTRY_FIGURES.map((key) => (
            <FigureCard key={key} name={key} figure={country.figures[key]} />
          ))}
        </SimpleGrid>
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
              {country.outcomeValues.map((row) => (
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
      </Section>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        {RECENT_LISTS.map((list) => (
          <RecentList key={list} list={list} items={country.recent[list]} />
        ))}
      </SimpleGrid>
    </Page>
  );
}

function FigureCard({ name, figure }: { name: CountryFigureKey; figure: CountryFigure }) {
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

function RecentList({ list, items }: { list: (typeof RECENT_LISTS)[number]; items: CountryRecentItem[] }) {
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
