import { Badge, Group, List, SimpleGrid, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CountryView } from '../../../shared/schemas/countries.js';
import { EmptyText } from '../../components/EmptyText.js';
import { Facts } from '../../components/Facts.js';
import { AnchorLink, ButtonLink } from '../../components/links.js';
import { Page } from '../../components/Page.js';
import { LoadedPage } from '../../components/QueryState.js';
import { Section } from '../../components/Section.js';
import { lastDayBefore } from '../../lib/dates.js';
import { useFormat } from '../../lib/format.js';
import { FtaTable } from '../partners/-components/FtaTable.js';
import { PartnershipHistory } from '../partners/-components/PartnershipHistory.js';
import { countryViewQuery, type CountryPeriod } from './-api.js';
import { PeriodFigures, RECENT_LISTS, RecentList } from './-components/figures.js';

export function CountryPage({ iso2, period, onPeriodChange }: { iso2: string; period: CountryPeriod; onPeriodChange: (period: CountryPeriod) => void }) {
  const { t } = useTranslation();
  const query = useQuery(countryViewQuery(iso2, period));
  return (
    <LoadedPage query={query} title={t('countries.page.loadingTitle')}>
      {(data) => <CountryPageView country={data} onPeriodChange={onPeriodChange} />}
    </LoadedPage>
  );
}

function CountryPageView({ country, onPeriodChange }: { country: CountryView; onPeriodChange: (period: CountryPeriod) => void }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
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
          <AnchorLink to="/regions/$region" params={{ region: country.region }} search={shownPeriod} aria-label={t('countries.region.open', { name: t(`regions.${country.region}`) })}>
            <Badge variant="light" color="gray" radius="sm" tt="none" data-testid="country-region" style={{ cursor: 'pointer' }}>
              {t(`regions.${country.region}`)}
            </Badge>
          </AnchorLink>
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

      <PeriodFigures view={country} note="countries.page.periodNote" testId="country-figures" onPeriodChange={onPeriodChange} />

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        {RECENT_LISTS.map((list) => (
          <RecentList key={list} list={list} items={country.recent[list]} />
        ))}
      </SimpleGrid>
    </Page>
  );
}
