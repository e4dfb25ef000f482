import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { IconHistory, IconPlaneDeparture } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { OrgUnitDetail } from '../../../shared/schemas/org-units.js';
import { Facts } from '../../components/Facts.js';
import { AnchorLink, ButtonLink } from '../../components/links.js';
import { useCan } from '../../components/me-context.js';
import { Page } from '../../components/Page.js';
import { ErrorState, Loading } from '../../components/QueryState.js';
import { Section } from '../../components/Section.js';
import { UnitRankingSection } from '../indicators/-components/UnitRankingSection.js';
import { useFormat } from '../../lib/format.js';
import { ORG_UNIT_AUDIT_ENTITY, orgUnitQuery } from './-api.js';
import { ParentPeriods } from './-components/ParentPeriods.js';
import { SuccessionTable } from './-components/SuccessionTable.js';
import { TypeBadge } from './-components/TypeBadge.js';
import { Validity } from './-components/Validity.js';

export function OrgUnitPage({ orgUnitId }: { orgUnitId: string }) {
  const { t } = useTranslation();
  const query = useQuery(orgUnitQuery(orgUnitId));
  if (query.isPending) {
    return (
      <Page title={t('orgUnits.detail.loadingTitle')}>
        <Loading lines={8} />
      </Page>
    );
  }
  if (query.isError) {
    return (
      <Page title={t('orgUnits.detail.loadingTitle')}>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </Page>
    );
  }
  return <OrgUnitView unit={query.data} />;
}

function OrgUnitView({ unit }: { unit: OrgUnitDetail }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const canReadAudit = useCan('audit.read');
  const canReadEngagements = useCan('engagements.read');
  const otherName = i18n.language === 'en' ? unit.name.vi : unit.name.en;
  const stillValid = unit.currentUnits.some((current) => current.id === unit.id);

  return (
    <Page
      title={format.name(unit.name)}
      subtitle={<span lang={i18n.language === 'en' ? 'vi' : 'en'}>{otherName}</span>}
      actions={
        <Group gap="xs">
          {canReadEngagements ? (
            <ButtonLink to="/engagements" search={{ unitId: unit.id }} variant="default" leftSection={<IconPlaneDeparture size={16} aria-hidden />}>
              {t('orgUnits.detail.engagements')}
            </ButtonLink>
          ) : null}
          {canReadAudit ? (
            <ButtonLink
              to="/audit"
              search={{ entity: ORG_UNIT_AUDIT_ENTITY, entityId: unit.id }}
              variant="default"
              leftSection={<IconHistory size={16} aria-hidden />}
            >
              {t('orgUnits.detail.history')}
            </ButtonLink>
          ) : null}
        </Group>
      }
    >
      <Group gap="xs">
        <TypeBadge type={unit.type} />
        <Badge variant="outline" color="gray" radius="sm">
          {t(`orgUnits.kinds.${unit.kind}`)}
        </Badge>
        {stillValid ? null : (
          <Badge color="gray" radius="sm" data-testid="unit-ended">
            {t('orgUnits.detail.ended')}
          </Badge>
        )}
      </Group>

      <Section title={t('orgUnits.detail.about')}>
        <Facts
          items={[
            { label: t('orgUnits.fields.nameVi'), value: <span lang="vi">{unit.name.vi}</span> },
            { label: t('orgUnits.fields.nameEn'), value: <span lang="en">{unit.name.en}</span> },
            { label: t('orgUnits.fields.code'), value: unit.code },
            { label: t('orgUnits.fields.shortName'), value: unit.shortName ?? '—' },
            { label: t('orgUnits.fields.type'), value: `${t(`orgUnits.types.${unit.type}`)} · ${t(`orgUnits.kinds.${unit.kind}`)}` },
            {
              label: t('orgUnits.fields.country'),
              value: unit.countryName ? `${format.name(unit.countryName)} (${unit.countryCode ?? ''})` : (unit.countryCode ?? '—'),
            },
            { label: t('orgUnits.fields.city'), value: unit.city ?? '—' },
            { label: t('orgUnits.fields.validity'), value: <Validity from={unit.validFrom} to={unit.validTo} />, testId: 'validity' },
            { label: t('orgUnits.fields.childCount'), value: format.number(unit.childCount) },
            { label: t('orgUnits.fields.source'), value: unit.source ?? '—' },
          ]}
        />
      </Section>

      {unit.type === 'mission' || unit.type === 'province' ? <UnitRankingSection unitId={unit.id} /> : null}

      <Section title={t('orgUnits.detail.parents')}>
        <ParentPeriods parents={unit.parents} />
      </Section>

      <Section title={t('orgUnits.detail.predecessors')}>
        <SuccessionTable links={unit.predecessors} testId="predecessors" />
      </Section>

      <Section title={t('orgUnits.detail.successors')}>
        <SuccessionTable links={unit.successors} testId="successors" />
      </Section>

      <Section title={t('orgUnits.detail.currentUnits')} testId="current-units">
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {t('orgUnits.detail.currentUnitsHelp')}
          </Text>
          {unit.currentUnits.length === 0 ? (
            <Text c="dimmed">{t('orgUnits.detail.none')}</Text>
          ) : (
            <List>
              {unit.currentUnits.map((current) => (
                <List.Item key={current.id}>
                  <AnchorLink to="/org-units/$orgUnitId" params={{ orgUnitId: current.id }}>
                    {format.name(current.name)}
                  </AnchorLink>{' '}
                  <Text span size="sm" c="dimmed">
                    ({current.code})
                  </Text>
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      </Section>

      <AnchorLink to="/org-units" size="sm">
        {t('orgUnits.detail.back')}
      </AnchorLink>
    </Page>
  );
}
