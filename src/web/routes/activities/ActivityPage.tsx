import { Alert, Button, Group, List, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAlertTriangle, IconHistory, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../shared/schemas/activities.js';
import type { Outcome } from '../../../shared/schemas/outcomes.js';
import { AppModal } from '../../components/AppModal.js';
import { Facts } from '../../components/Facts.js';
import { AnchorLink, ButtonLink } from '../../components/links.js';
import { useCan } from '../../components/me-context.js';
import { Money } from '../../components/Money.js';
import { Page } from '../../components/Page.js';
import { RecordHistory } from '../../components/RecordHistory.js';
import { ErrorState, Loading } from '../../components/QueryState.js';
import { Section } from '../../components/Section.js';
import { isApiError } from '../../lib/api.js';
import { errorMessage } from '../../lib/errors.js';
import { useFormat } from '../../lib/format.js';
import { notifySuccess } from '../../lib/notify.js';
import { activityOutcomesQuery } from '../outcomes/-api.js';
import { OutcomeCards } from '../outcomes/-components/OutcomeCards.js';
import { OutcomeFormModal } from '../outcomes/-components/OutcomeFormModal.js';
import { activityQuery, linkQuery, useDeleteActivity, type LinkKind } from './-api.js';
import { DateRange } from './-components/ActivityTable.js';
import { useCountryName } from '../../components/countries.js';
import { ActivityLockBanner, isPeriodLocked, LockedPeriodAlert } from './-components/LockedPeriodAlert.js';

export function ActivityPage({ activityId }: { activityId: string }) {
  const { t } = useTranslation();
  const query = useQuery(activityQuery(activityId));
  if (query.isPending || query.isError) {
    return (
      <Page title={t('activities.detail.loadingTitle')}>
        {query.isPending ? <Loading lines={10} /> : <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      </Page>
    );
  }
  return <ActivityView activity={query.data} />;
}

function LinkedRecord({ kind, id }: { kind: LinkKind; id: string }) {
  const format = useFormat();
  const query = useQuery(linkQuery(kind, id));
  if (!query.data) return <Text span>{query.isPending ? '…' : id.slice(0, 8)}</Text>;
  const title = typeof query.data.title === 'string' ? query.data.title : format.name(query.data.title);
  return <Text span>{title}</Text>;
}

function ActivityView({ activity }: { activity: Activity }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const country = useCountryName();
  // By the server's rules: the reporting unit (or its successor) and HQ, and nobody while an approved report locks it.
  const can = activity.abilities;
  const canReadAudit = useCan('audit.read');
  const outcomes = useQuery(activityOutcomesQuery(activity.id));
  const [outcomeModal, setOutcomeModal] = useState<{ outcome: Outcome | null } | null>(null);

  const links = (['engagement', 'agreement', 'commitment', 'task', 'supportRequest'] as const).flatMap((kind) => {
    const id = activity[`${kind}Id`];
    return id ? [{ kind, id }] : [];
  });

  return (
    <Page
      title={activity.title}
      subtitle={t(`activities.types.${activity.type}`)}
      actions={
        <>
          {canReadAudit ? (
            <ButtonLink to="/audit" search={{ entity: 'activity', entityId: activity.id }} variant="default" leftSection={<IconHistory size={16} aria-hidden />}>
              {t('activities.detail.history')}
            </ButtonLink>
          ) : null}
          {can.update ? (
            <ButtonLink to="/activities/$activityId/edit" params={{ activityId: activity.id }} leftSection={<IconPencil size={16} aria-hidden />}>
              {t('activities.edit.open')}
            </ButtonLink>
          ) : null}
        </>
      }
    >
      {activity.lockedBy ? <ActivityLockBanner lockedBy={activity.lockedBy} /> : null}
      {activity.noResultRecorded ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('activities.flag.noResult')} data-testid="no-result-alert">
          {t('activities.flag.noResultText')}
        </Alert>
      ) : null}

      <Section title={t('activities.detail.about')}>
        <Facts
          items={[
            { label: t('activities.fields.unit'), value: format.name(activity.unit.name) },
            ...(activity.currentUnit && activity.currentUnit.id !== activity.unit.id
              ? [{ label: t('activities.detail.currentUnit'), value: format.name(activity.currentUnit.name) }]
              : []),
            { label: t('activities.fields.dates'), value: <DateRange from={activity.startDate} to={activity.endDate} /> },
            { label: t('activities.fields.country'), value: country(activity.countryCode) },
            { label: t('activities.fields.place'), value: activity.place ?? '—' },
            {
              label: t('activities.fields.cost'),
              value: activity.cost ? <Money value={activity.cost} currency={activity.costCurrency} /> : '—',
            },
            { label: t('activities.fields.partners'), value: activity.partners.length ? activity.partners.map((p) => format.name(p.name)).join('; ') : '—' },
            { label: t('activities.fields.sectors'), value: activity.sectors.length ? activity.sectors.map((sector) => t(`sectors.${sector}`)).join(', ') : '—' },
            {
              label: t('activities.fields.provinces'),
              value: activity.provinces.length ? activity.provinces.map((p) => format.name(p.name)).join(', ') : '—',
            },
          ]}
        />
        {activity.description ? (
          <Text style={{ whiteSpace: 'pre-wrap' }} lang={i18n.language === 'en' ? 'vi' : undefined}>
            {activity.description}
          </Text>
        ) : null}
      </Section>

      {links.length > 0 ? (
        <Section title={t('activities.form.links')}>
          <List spacing={4}>
            {links.map(({ kind, id }) => (
              <List.Item key={kind}>
                <Text span c="dimmed" size="sm">
                  {t(`activities.links.${kind}`)}:{' '}
                </Text>
                {kind === 'supportRequest' ? (
                  <AnchorLink to="/support-requests/$requestId" params={{ requestId: id }}>
                    <LinkedRecord kind={kind} id={id} />
                  </AnchorLink>
                ) : (
                  <LinkedRecord kind={kind} id={id} />
                )}
              </List.Item>
            ))}
          </List>
        </Section>
      ) : null}

      <Section title={t('activities.form.outputs')} testId="outputs">
        {activity.outputs.length === 0 ? (
          <Text c="dimmed">{t('activities.outputs.none')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={360}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('activities.outputs.kind')}</Table.Th>
                  <Table.Th ta="right">{t('activities.outputs.quantity')}</Table.Th>
                  <Table.Th>{t('activities.outputs.note')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {activity.outputs.map((output) => (
                  <Table.Tr key={output.id}>
                    <Table.Td>{t(`activities.outputKinds.${output.kind}`)}</Table.Td>
                    <Table.Td ta="right">{format.number(output.quantity)}</Table.Td>
                    <Table.Td>{output.note ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Section>

      <Section title={t('activities.detail.outcomes')} testId="outcomes">
        <Group justify="space-between" gap="sm">
          <Text size="sm" c="dimmed" style={{ flex: 1, minWidth: 200 }}>
            {t('activities.detail.outcomesHelp')}
          </Text>
          {can.addOutcome ? (
            <Button size="sm" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setOutcomeModal({ outcome: null })}>
              {t('outcomes.create.open')}
            </Button>
          ) : null}
        </Group>
        {outcomes.isPending ? (
          <Loading lines={3} />
        ) : outcomes.isError ? (
          <ErrorState error={outcomes.error} onRetry={() => void outcomes.refetch()} />
        ) : (
          <OutcomeCards outcomes={outcomes.data.items} onEdit={(outcome) => setOutcomeModal({ outcome })} />
        )}
      </Section>

      <Group justify="space-between">
        <AnchorLink to="/activities" size="sm">
          {t('activities.detail.back')}
        </AnchorLink>
        {can.delete ? <DeleteActivity activity={activity} /> : null}
      </Group>
      <OutcomeFormModal
        opened={outcomeModal !== null}
        activityId={activity.id}
        outcome={outcomeModal?.outcome}
        onClose={() => setOutcomeModal(null)}
      />
      <RecordHistory entity="activity" entityId={activity.id} />
    </Page>
  );
}

function DeleteActivity({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, { open, close }] = useDisclosure(false);
  const remove = useDeleteActivity(activity.id);
  const error = remove.error;
  return (
    <>
      <Button variant="subtle" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={open}>
        {t('activities.delete.open')}
      </Button>
      <AppModal opened={opened} onClose={close} title={t('activities.delete.title')}>
        <Stack gap="sm">
          <Text>{t('activities.delete.confirm', { title: activity.title })}</Text>
          {error ? (
            isPeriodLocked(error) ? (
              <LockedPeriodAlert detail={isApiError(error) ? error.message : undefined} />
            ) : (
              <Alert color="red" variant="light" role="alert">
                {errorMessage(t, error)}
              </Alert>
            )
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(activity.version, {
                  onSuccess: () => {
                    notifySuccess(t, t('activities.delete.done'));
                    void navigate({ to: '/activities' });
                  },
                })
              }
            >
              {t('activities.delete.submit')}
            </Button>
          </Group>
        </Stack>
      </AppModal>
    </>
  );
}
