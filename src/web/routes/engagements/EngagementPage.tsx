import { Button, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Engagement } from '../../../shared/schemas/engagements.js';
import { Attachments } from '../../components/Attachments.js';
import { CountryLinks } from '../../components/CountryLink.js';
import { Facts } from '../../components/Facts.js';
import { AnchorLink } from '../../components/links.js';
import { useCan } from '../../components/me-context.js';
import { Page } from '../../components/Page.js';
import { RecordHistory } from '../../components/RecordHistory.js';
import { PromisedView } from '../../components/PromisedView.js';
import { ErrorState, LoadedPage, Loading } from '../../components/QueryState.js';
import { Section } from '../../components/Section.js';
import { useFormat } from '../../lib/format.js';
import { agreementListQuery } from '../agreements/-api.js';
import { AgreementFormModal } from '../agreements/-components/AgreementFormModal.js';
import { AgreementTable } from '../agreements/-components/AgreementTable.js';
import { engagementQuery, promisedVsDeliveredQuery } from './-api.js';
import { EngagementFormModal } from './-components/EngagementFormModal.js';
import { DateRange, EngagementTypeBadge } from './-components/labels.js';

export function EngagementPage({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation();
  const query = useQuery(engagementQuery(engagementId));
  return <LoadedPage query={query} title={t('engagements.detail.loadingTitle')}>{(data) => <EngagementView engagement={data} />}</LoadedPage>;
}

function EngagementView({ engagement }: { engagement: Engagement }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const canEdit = engagement.abilities.update;
  const canAddAgreement = useCan('agreements.create');
  const [editing, editModal] = useDisclosure(false);
  const [adding, addModal] = useDisclosure(false);
  const agreements = useQuery(agreementListQuery({ engagementId: engagement.id, pageSize: 100 }));
  const otherTitle = i18n.language === 'en' ? engagement.title.vi : engagement.title.en;

  return (
    <Page
      title={format.name(engagement.title)}
      subtitle={<span lang={i18n.language === 'en' ? 'vi' : 'en'}>{otherTitle}</span>}
      actions={
        canEdit ? (
          <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={editModal.open}>
            {t('engagements.edit.open')}
          </Button>
        ) : null
      }
    >
      <Group gap="xs">
        <EngagementTypeBadge type={engagement.type} />
      </Group>
      <Section title={t('engagements.detail.about')}>
        <Facts
          items={[
            { label: t('engagements.fields.leader'), value: `${engagement.leader.name} · ${t(`engagements.levels.${engagement.leader.level}`)}` },
            { label: t('engagements.fields.dates'), value: <DateRange start={engagement.startDate} end={engagement.endDate} /> },
            { label: t('engagements.fields.countries'), value: <CountryLinks codes={engagement.countryCodes} />, testId: 'engagement-detail-countries' },
            ...(engagement.type === 'conference'
              ? [
                  { label: t('engagements.fields.missionsAttending'), value: engagement.missionsAttending ?? '—' },
                  { label: t('engagements.fields.provincesAttending'), value: engagement.provincesAttending ?? '—' },
                ]
              : []),
            {
              label: t('engagements.fields.partners'),
              value:
                engagement.partners.length === 0
                  ? '—'
                  : engagement.partners.map((p, index) => (
                      <span key={p.id}>
                        {index > 0 ? ', ' : ''}
                        <AnchorLink to="/partners/$partnerId" params={{ partnerId: p.id }}>
                          {format.name(p.name)}
                        </AnchorLink>
                      </span>
                    )),
            },
            { label: t('engagements.fields.leadUnit'), value: format.name(engagement.leadUnit.name) },
            {
              label: t('engagements.fields.participatingUnits'),
              value: engagement.participatingUnits.map((u) => format.name(u.name)).join(', ') || '—',
            },
          ]}
        />
        {engagement.summary ? (
          <Text style={{ whiteSpace: 'pre-wrap' }} mt="sm">
            {engagement.summary}
          </Text>
        ) : null}
      </Section>

      <Section title={t('engagements.detail.documents')} testId="engagement-documents">
        <Attachments ownerPath={`/engagements/${engagement.id}`} canUpload={canEdit} />
      </Section>

      <Section title={t('engagements.detail.agreements')} testId="engagement-agreements">
        <Stack gap="sm">
          {canAddAgreement ? (
            <Button variant="light" w="fit-content" leftSection={<IconPlus size={16} aria-hidden />} onClick={addModal.open}>
              {t('engagements.detail.addAgreement')}
            </Button>
          ) : null}
          {agreements.isPending ? (
            <Loading lines={3} />
          ) : agreements.isError ? (
            <ErrorState error={agreements.error} onRetry={() => void agreements.refetch()} />
          ) : (
            <AgreementTable items={agreements.data.items} />
          )}
        </Stack>
      </Section>

      <PromisedSection engagementId={engagement.id} />

      <AnchorLink to="/engagements" size="sm">
        {t('engagements.detail.back')}
      </AnchorLink>
      <EngagementFormModal opened={editing} onClose={editModal.close} engagementId={engagement.id} />
      <AgreementFormModal opened={adding} onClose={addModal.close} engagement={engagement} />
      <RecordHistory entity="engagement" entityId={engagement.id} />
    </Page>
  );
}

/** What was promised at the engagement and what has been delivered so far. */
function PromisedSection({ engagementId }: { engagementId: string }) {
  const { t } = useTranslation();
  const query = useQuery(promisedVsDeliveredQuery(engagementId));
  return (
    <Section title={t('engagements.promised.title')} testId="promised-vs-delivered">
      {query.isPending ? (
        <Loading lines={4} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <PromisedView data={query.data} />
      )}
    </Section>
  );
}
