import { Anchor, Badge, Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PartnerDetail } from '../../../shared/schemas/partners.js';
import { EmptyText } from '../../components/EmptyText.js';
import { Facts } from '../../components/Facts.js';
import { AnchorLink, ButtonLink } from '../../components/links.js';
import { useCan } from '../../components/me-context.js';
import { Page } from '../../components/Page.js';
import { LoadedPage } from '../../components/QueryState.js';
import { Section } from '../../components/Section.js';
import { useFormat } from '../../lib/format.js';
import { partnerQuery } from './-api.js';
import { FtaTable } from './-components/FtaTable.js';
import { PartnerFormModal } from './-components/PartnerFormModal.js';
import { PartnershipHistory } from './-components/PartnershipHistory.js';
import { useCountryName } from '../../components/countries.js';

export function PartnerPage({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const query = useQuery(partnerQuery(partnerId));
  return <LoadedPage query={query} title={t('partners.detail.loadingTitle')}>{(data) => <PartnerView partner={data} />}</LoadedPage>;
}

function PartnerView({ partner }: { partner: PartnerDetail }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  const otherName = i18n.language === 'en' ? partner.name.vi : partner.name.en;
  const canEdit = useCan('partners.manage');
  const [editing, editModal] = useDisclosure(false);
  return (
    <Page
      title={format.name(partner.name)}
      subtitle={<span lang={i18n.language === 'en' ? 'vi' : 'en'}>{otherName}</span>}
      actions={
        <>
          {canEdit ? (
            <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={editModal.open} data-testid="edit-partner">
              {t('partners.edit.open')}
            </Button>
          ) : null}
          {partner.kind === 'country' && partner.countryCode ? (
            <ButtonLink to="/countries/$iso2" params={{ iso2: partner.countryCode }} variant="filled" data-testid="country-page-link">
              {t('countries.page.open')}
            </ButtonLink>
          ) : null}
          <ButtonLink to="/engagements" search={{ partnerId: partner.id }} variant="default">
            {t('partners.detail.engagements')}
          </ButtonLink>
          <ButtonLink to="/agreements" search={{ partnerId: partner.id }} variant="default">
            {t('partners.detail.agreements')}
          </ButtonLink>
        </>
      }
    >
      <Group gap="xs">
        <Badge variant="light" radius="sm" tt="none">
          {t(`partners.kinds.${partner.kind}`)}
        </Badge>
        {partner.partnership ? (
          <Badge color="teal" variant="light" radius="sm" tt="none" data-testid="partnership-level">
            {t(`partners.levels.${partner.partnership.level}`)}
          </Badge>
        ) : null}
      </Group>
      <Section title={t('partners.detail.about')}>
        <Facts
          items={[
            { label: t('partners.fields.nameVi'), value: <span lang="vi">{partner.name.vi}</span> },
            { label: t('partners.fields.nameEn'), value: <span lang="en">{partner.name.en}</span> },
            { label: t('partners.fields.code'), value: partner.code ?? '—' },
            { label: t('partners.fields.shortName'), value: partner.shortName ?? '—' },
            { label: t('partners.fields.country'), value: countryName(partner.countryCode), testId: 'partner-country' },
            {
              label: t('partners.fields.website'),
              value: partner.website ? (
                <Anchor href={partner.website} target="_blank" rel="noreferrer">
                  {partner.website}
                </Anchor>
              ) : (
                '—'
              ),
            },
            { label: t('partners.fields.notes'), value: partner.notes ?? '—' },
          ]}
        />
      </Section>
      {partner.kind === 'country' ? (
        <>
          <Section title={t('partners.detail.partnership')} testId="partnership">
            {partner.partnership ? (
              <Facts
                items={[
                  { label: t('partners.fields.level'), value: t(`partners.levels.${partner.partnership.level}`) },
                  { label: t('partners.fields.established'), value: partner.partnership.established ?? '—' },
                  { label: t('partners.fields.upgradedFrom'), value: partner.partnership.upgradedFrom ? t(`partners.levels.${partner.partnership.upgradedFrom}`) : '—' },
                  { label: t('partnerships.fields.region'), value: partner.region ? t(`regions.${partner.region}`) : '—' },
                  { label: t('partners.fields.source'), value: partner.partnership.source ?? '—' },
                ]}
              />
            ) : (
              <EmptyText>{t('partners.detail.noPartnership')}</EmptyText>
            )}
          </Section>
          <PartnershipHistory countryCode={partner.countryCode ?? partner.code ?? ''} history={partner.partnershipHistory} />
          <Section title={t('partners.detail.ftas')} testId="ftas">
            {partner.ftas.length === 0 ? (
              <EmptyText>{t('partners.detail.noFtas')}</EmptyText>
            ) : (
              <FtaTable ftas={partner.ftas} />
            )}
          </Section>
        </>
      ) : null}
      <AnchorLink to="/partners" size="sm">
        {t('partners.detail.back')}
      </AnchorLink>
      <PartnerFormModal opened={editing} onClose={editModal.close} partnerId={partner.id} />
    </Page>
  );
}
