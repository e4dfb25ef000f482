import { Badge, Button, Group, Stack, Text, Timeline } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowsSplit, IconPencil, IconProgress } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ChangedBy } from '../../components/ChangedBy.js';
import { AGREEMENT_TRANSITIONS, type AgreementDetail } from '../../../shared/schemas/agreements.js';
import { Facts } from '../../components/Facts.js';
import { useMoney } from '../../components/Money.js';
import { AnchorLink } from '../../components/links.js';
import { useCan } from '../../components/me-context.js';
import { Page } from '../../components/Page.js';
import { RecordHistory } from '../../components/RecordHistory.js';
import { ErrorState, LoadedPage, Loading } from '../../components/QueryState.js';
import { Section } from '../../components/Section.js';
import { AgreementStatusBadge } from '../../components/StatusBadges.js';
import { useFormat } from '../../lib/format.js';
import { commitmentListQuery } from '../commitments/-api.js';
import { CommitmentTable } from '../commitments/-components/CommitmentTable.js';
import { engagementQuery } from '../engagements/-api.js';
import { agreementQuery } from './-api.js';
import { AgreementFormModal } from './-components/AgreementFormModal.js';
import { PublicationButton } from './-components/PublicationButton.js';
import { SplitModal } from '../commitments/-components/SplitModal.js';
import { StatusChangeModal } from './-components/StatusChangeModal.js';

export function AgreementPage({ agreementId }: { agreementId: string }) {
  const { t } = useTranslation();
  const query = useQuery(agreementQuery(agreementId));
  return <LoadedPage query={query} title={t('agreements.detail.loadingTitle')}>{(data) => <AgreementView agreement={data} />}</LoadedPage>;
}

function AgreementView({ agreement }: { agreement: AgreementDetail }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const money = useMoney();
  const canEdit = agreement.abilities.update;
  const canSplit = useCan('commitments.create');
  const [editing, editModal] = useDisclosure(false);
  const [changing, statusModal] = useDisclosure(false);
  const [splitting, splitModal] = useDisclosure(false);
  const engagement = useQuery({ ...engagementQuery(agreement.engagementId ?? ''), enabled: Boolean(agreement.engagementId) });
  const commitments = useQuery(commitmentListQuery({ agreementId: agreement.id, pageSize: 100 }));
  const otherTitle = i18n.language === 'en' ? agreement.title.vi : agreement.title.en;
  const canChangeStatus = agreement.abilities.changeStatus && AGREEMENT_TRANSITIONS[agreement.status].length > 0;

  return (
    <Page
      title={format.name(agreement.title)}
      subtitle={<span lang={i18n.language === 'en' ? 'vi' : 'en'}>{otherTitle}</span>}
      actions={
        <>
          {canEdit ? (
            <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={editModal.open}>
              {t('agreements.edit.open')}
            </Button>
          ) : null}
          {canChangeStatus ? (
            <Button variant="default" leftSection={<IconProgress size={16} aria-hidden />} onClick={statusModal.open}>
              {t('agreements.status.open')}
            </Button>
          ) : null}
          {agreement.abilities.publish ? <PublicationButton agreement={agreement} /> : null}
          {canSplit ? (
            <Button leftSection={<IconArrowsSplit size={16} aria-hidden />} onClick={splitModal.open}>
              {t('agreements.split.open')}
            </Button>
          ) : null}
        </>
      }
    >
      <Group gap="xs">
        <AgreementStatusBadge status={agreement.status} />
        <Badge variant="outline" color="gray" radius="sm" tt="none">
          {t(`agreements.kinds.${agreement.kind}`)}
        </Badge>
        {agreement.publishedAt ? (
          <Badge variant="light" color="teal" radius="sm" tt="none">
            {t('agreements.publication.published', { date: format.dateTime(agreement.publishedAt) })}
          </Badge>
        ) : null}
        {agreement.localInternational ? (
          <Badge variant="light" color="violet" radius="sm" tt="none">
            {t('agreements.detail.localInternational')}
          </Badge>
        ) : null}
      </Group>
      <Section title={t('agreements.detail.about')}>
        <Facts
          items={[
            { label: t('agreements.fields.signedDate'), value: agreement.signedDate ? format.date(agreement.signedDate) : '—' },
            { label: t('agreements.fields.signedPlace'), value: agreement.signedPlace ?? '—' },
            { label: t('agreements.fields.inForceDate'), value: agreement.inForceDate ? format.date(agreement.inForceDate) : '—' },
            { label: t('agreements.fields.expiryDate'), value: agreement.expiryDate ? format.date(agreement.expiryDate) : '—' },
            { label: t('agreements.fields.renewal'), value: t(`agreements.renewals.${agreement.renewal}`) },
            { label: t('agreements.fields.fields'), value: agreement.fields.map((f) => t(`sectors.${f}`)).join(', ') || '—' },
            { label: t('agreements.fields.value'), value: agreement.value ? money(agreement.value, agreement.currency) : '—' },
            {
              label: t('agreements.fields.engagement'),
              value: agreement.engagementId ? (
                <AnchorLink to="/engagements/$engagementId" params={{ engagementId: agreement.engagementId }}>
                  {engagement.data ? format.name(engagement.data.title) : t('common.loading')}
                </AnchorLink>
              ) : (
                '—'
              ),
            },
          ]}
        />
        {agreement.summary ? (
          <Text style={{ whiteSpace: 'pre-wrap' }} mt="sm">
            {agreement.summary}
          </Text>
        ) : null}
      </Section>
      <Section title={t('agreements.detail.parties')} testId="agreement-parties">
        <Facts
          items={[
            { label: t('agreements.fields.ownerUnit'), value: format.name(agreement.ownerUnit.name) },
            { label: t('agreements.fields.units'), value: agreement.units.map((u) => format.name(u.name)).join(', ') || '—' },
            {
              label: t('agreements.fields.partners'),
              value:
                agreement.partners.length === 0
                  ? '—'
                  : agreement.partners.map((p, index) => (
                      <span key={p.id}>
                        {index > 0 ? ', ' : ''}
                        <AnchorLink to="/partners/$partnerId" params={{ partnerId: p.id }}>
                          {format.name(p.name)}
                        </AnchorLink>
                      </span>
                    )),
            },
          ]}
        />
      </Section>
      <Section title={t('agreements.detail.lifecycle')} testId="agreement-lifecycle">
        {agreement.events.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('agreements.detail.noEvents')}
          </Text>
        ) : (
          <Timeline active={agreement.events.length - 1} bulletSize={14} lineWidth={2}>
            {agreement.events.map((event) => (
              <Timeline.Item
                key={event.id}
                title={
                  event.fromStatus
                    ? t('agreements.detail.change', { from: t(`agreements.statuses.${event.fromStatus}`), to: t(`agreements.statuses.${event.status}`) })
                    : t(`agreements.statuses.${event.status}`)
                }
              >
                <Text size="sm">{t('agreements.detail.effective', { date: format.date(event.effectiveDate) })}</Text>
                {event.note ? (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {event.note}
                  </Text>
                ) : null}
                <ChangedBy actor={event.actor} at={event.at} />
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </Section>
      <Section title={t('agreements.detail.commitments')} testId="agreement-commitments">
        {commitments.isPending ? (
          <Loading lines={3} />
        ) : commitments.isError ? (
          <ErrorState error={commitments.error} onRetry={() => void commitments.refetch()} />
        ) : (
          <Stack gap="sm">
            <CommitmentTable items={commitments.data.items} />
          </Stack>
        )}
      </Section>
      <AnchorLink to="/agreements" size="sm">
        {t('agreements.detail.back')}
      </AnchorLink>
      <AgreementFormModal opened={editing} onClose={editModal.close} agreementId={agreement.id} />
      <StatusChangeModal agreement={agreement} opened={changing} onClose={statusModal.close} />
      <SplitModal
        source={{
          agreementId: agreement.id,
          engagementId: agreement.engagementId,
          ownerUnit: agreement.ownerUnit,
          fields: agreement.fields,
          referenceDate: agreement.signedDate,
          expiryDate: agreement.expiryDate,
        }}
        opened={splitting}
        onClose={splitModal.close}
      />
      <RecordHistory entity="agreement" entityId={agreement.id} />
    </Page>
  );
}
