import { Badge, SimpleGrid, Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RegionView } from '../../../shared/schemas/countries.js';
import type { Region } from '../../../shared/schemas/regions.js';
import { AnchorLink } from '../../components/links.js';
import { Page } from '../../components/Page.js';
import { LoadedPage } from '../../components/QueryState.js';
import { Section } from '../../components/Section.js';
import { lastDayBefore } from '../../lib/dates.js';
import { useFormat } from '../../lib/format.js';
import { regionViewQuery, type CountryPeriod } from './-api.js';
import { FigureLink, PeriodFigures, RECENT_LISTS, RecentList } from './-components/figures.js';

/** The figures of a MOFA region for a period, and each of its countries', every count opening the records it counts. */
export function RegionPage({ region, period, onPeriodChange }: { region: Region; period: CountryPeriod; onPeriodChange: (period: CountryPeriod) => void }) {
  const { t } = useTranslation();
  const query = useQuery(regionViewQuery(region, period));
  return (
    <LoadedPage query={query} title={t(`regions.${region}`)}>
      {(data) => <RegionPageView view={data} onPeriodChange={onPeriodChange} />}
    </LoadedPage>
  );
}

function RegionPageView({ view, onPeriodChange }: { view: RegionView; onPeriodChange: (period: CountryPeriod) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const shownPeriod = { from: view.period.from, to: lastDayBefore(view.period.to) };
  const columns = ['engagements', 'agreementsSigned', 'activities', 'outcomesConfirmed'] as const;
  return (
    <Page title={t(`regions.${view.region}`)} subtitle={t('countries.region.subtitle', { count: view.countries.length })}>
      <PeriodFigures view={view} note="countries.region.periodNote" testId="region-figures" onPeriodChange={onPeriodChange} />

      <Section title={t('countries.region.countries')} testId="region-countries">
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('countries.region.country')}</Table.Th>
                {columns.map((key) => (
                  <Table.Th key={key} scope="col" ta="right">
                    {t(`countries.figures.${key}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.countries.map((country) => (
                <Table.Tr key={country.code} data-testid={`region-country-${country.code}`}>
                  <Table.Th scope="row" fw={400}>
                    <AnchorLink to="/countries/$iso2" params={{ iso2: country.code }} search={{ from: shownPeriod.from, to: shownPeriod.to }}>
                      {format.name(country.name)}
                    </AnchorLink>
                    {country.partnershipLevel ? (
                      <Badge ml={6} size="sm" color="teal" variant="light" radius="sm" tt="none">
                        {t(`partners.levels.${country.partnershipLevel}`)}
                      </Badge>
                    ) : null}
                  </Table.Th>
                  {columns.map((key) => (
                    <Table.Td key={key} ta="right">
                      <FigureLink figure={country.figures[key]}>{format.number(country.figures[key].count)}</FigureLink>
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Section>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        {RECENT_LISTS.map((list) => (
          <RecentList key={list} list={list} items={view.recent[list]} />
        ))}
      </SimpleGrid>
    </Page>
  );
}
