import { Alert, Button, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupportRequestDetail } from '../../../shared/schemas/support-requests.js';
import { Facts } from '../../components/Facts.js';
import { FormError } from '../../components/FormError.js';
import { AnchorLink, ButtonLink } from '../../components/links.js';
import { useCan } from '../../components/me-context.js';
import { Page } from '../../components/Page.js';
import { RecordHistory } from '../../components/RecordHistory.js';
import { LoadedPage } from '../../components/QueryState.js';
import { Section } from '../../components/Section.js';
import { isApiError } from '../../lib/api.js';
import { errorMessage } from '../../lib/errors.js';
import { useFormat } from '../../lib/format.js';
import { notifySuccess } from '../../lib/notify.js';
import { useCountryName } from '../../components/countries.js';
import { DateRange } from '../activities/-components/ActivityTable.js';
import { supportRequestQuery, useSupportRequestAction, type SupportRequestAction, requesterName } from './-api.js';
import { SupportStatusBadge } from './-components/SupportStatusBadge.js';

export function SupportRequestPage({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  const query = useQuery(supportRequestQuery(requestId));
  return <LoadedPage query={query} title={t('supportRequests.detail.loadingTitle')}>{(data) => <SupportRequestView request={data} />}</LoadedPage>;
}

function SupportRequestView({ request }: { request: SupportRequestDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const country = useCountryName();
  const canCreateActivity = useCan('activities.create');
  // By the server's rules: the target mission accepts, declines and answers; the requester closes.
  const can = request.abilities;
  const act = useSupportRequestAction(request.id);
  const [answer, setAnswer] = useState('');
  const [error, setError] = useState<string | null>(null);

  const run = (action: SupportRequestAction, done: string) => {
    setError(null);
    if ((action === 'answer' || action === 'decline') && answer.trim() === '') return setError(t(`supportRequests.errors.${action}NeedsText`));
    act.mutate(
      { action, answer: answer.trim() || undefined, version: request.version },
      {
        onSuccess: () => {
          setAnswer('');
          notifySuccess(t, done);
        },
        onError: (cause) => setError(isApiError(cause, 'conflict') ? t('supportRequests.errors.conflict') : errorMessage(t, cause)),
      },
    );
  };

  const missionCanAct = can.answer || can.accept || can.decline;

  return (
    <Page title={request.title} actions={<SupportStatusBadge status={request.status} />}>
      <Section title={t('supportRequests.detail.about')}>
        <Facts
          items={[
            { label: t('supportRequests.fields.requestingUnit'), value: format.name(requesterName(request)) },
            { label: t('supportRequests.fields.targetUnit'), value: format.name(request.targetUnit.name) },
            { label: t('activities.fields.country'), value: country(request.countryCode) },
            {
              label: t('supportRequests.fields.needed'),
              value: `${request.neededFrom ? format.date(request.neededFrom) : '…'} – ${request.neededTo ? format.date(request.neededTo) : '…'}`,
            },
            { label: t('supportRequests.fields.createdAt'), value: format.dateTime(request.createdAt) },
          ]}
        />
        <Text style={{ whiteSpace: 'pre-wrap' }}>{request.description}</Text>
      </Section>

      {request.answer ? (
        <Section title={t('supportRequests.detail.answer')}>
          <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="support-answer">
            {request.answer}
          </Text>
          {request.answeredAt ? (
            <Text size="xs" c="dimmed">
              {format.dateTime(request.answeredAt)}
            </Text>
          ) : null}
        </Section>
      ) : null}

      <Section title={t('supportRequests.detail.activities')}>
        {request.activities.length === 0 ? (
          <Text c="dimmed">{t('supportRequests.detail.noActivities')}</Text>
        ) : (
          <List spacing={4}>
            {request.activities.map((activity) => (
              <List.Item key={activity.id}>
                <AnchorLink to="/activities/$activityId" params={{ activityId: activity.id }}>
                  {activity.title}
                </AnchorLink>{' '}
                <Text span size="sm" c="dimmed">
                  (<DateRange from={activity.startDate} to={activity.endDate} />)
                </Text>
              </List.Item>
            ))}
          </List>
        )}
        {missionCanAct && canCreateActivity ? (
          <ButtonLink to="/activities/new" search={{ supportRequestId: request.id }} variant="light" w="fit-content" leftSection={<IconPlus size={16} aria-hidden />}>
            {t('supportRequests.detail.recordActivity')}
          </ButtonLink>
        ) : null}
      </Section>

      {missionCanAct || can.close ? (
        <Section title={t('supportRequests.detail.respond')}>
          <Stack gap="sm">
            {can.answer || can.decline ? (
              <Textarea
                label={t('supportRequests.detail.answerLabel')}
                description={t('supportRequests.detail.answerHelp')}
                autosize
                minRows={3}
                value={answer}
                onChange={(event) => setAnswer(event.currentTarget.value)}
              />
            ) : null}
            <FormError message={error} />
            <Group gap="sm" justify="flex-end">
              {can.decline ? (
                  <Button variant="default" color="red" loading={act.isPending && act.variables?.action === 'decline'} onClick={() => run('decline', t('supportRequests.detail.declined'))}>
                    {t('supportRequests.actions.decline')}
                  </Button>
              ) : null}
              {can.accept ? (
                  <Button variant="light" loading={act.isPending && act.variables?.action === 'accept'} onClick={() => run('accept', t('supportRequests.detail.accepted'))}>
                    {t('supportRequests.actions.accept')}
                  </Button>
              ) : null}
              {can.answer ? (
                <Button loading={act.isPending && act.variables?.action === 'answer'} onClick={() => run('answer', t('supportRequests.detail.answered'))}>
                  {t('supportRequests.actions.answer')}
                </Button>
              ) : null}
              {can.close ? (
                <Button variant="default" loading={act.isPending && act.variables?.action === 'close'} onClick={() => run('close', t('supportRequests.detail.closed'))}>
                  {t('supportRequests.actions.close')}
                </Button>
              ) : null}
            </Group>
          </Stack>
        </Section>
      ) : null}
      {request.status === 'closed' ? (
        <Alert color="gray" variant="light">
          {t('supportRequests.detail.closedNote')}
        </Alert>
      ) : null}
      <AnchorLink to="/support-requests" size="sm">
        {t('supportRequests.detail.back')}
      </AnchorLink>
      <RecordHistory entity="support_request" entityId={request.id} />
    </Page>
  );
}
