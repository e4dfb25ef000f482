import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconMailForward, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../../../shared/schemas/outcomes.js';
import { isApiError } from '../../../lib/api.js';
import { notifyError } from '../../../lib/errors.js';
import { useFormat } from '../../../lib/format.js';
import { notifySuccess } from '../../../lib/notify.js';
import { useRequestConfirmation } from '../-api.js';
import { ConfirmationBadge } from './ConfirmationBadge.js';
import { OutcomeValue } from './OutcomeValue.js';

interface OutcomeCardsProps {
  outcomes: Outcome[];
  onEdit: (outcome: Outcome) => void;
}

/** An activity's outcomes: what, how much, who confirms, and where the confirmation stands. */
export function OutcomeCards({ outcomes, onEdit }: OutcomeCardsProps) {
  const { t } = useTranslation();
  if (outcomes.length === 0) {
    return (
      <Text c="dimmed" data-testid="outcomes-empty">
        {t('outcomes.list.emptyForActivity')}
      </Text>
    );
  }
  return (
    <Stack gap="sm" data-testid="outcome-cards">
      {outcomes.map((outcome) => (
        <OutcomeCard key={outcome.id} outcome={outcome} onEdit={onEdit} />
      ))}
    </Stack>
  );
}

function OutcomeCard({ outcome, onEdit }: { outcome: Outcome; onEdit: (outcome: Outcome) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const request = useRequestConfirmation();
  const decided = outcome.confirmationStatus !== 'unconfirmed';
  const { abilities } = outcome;
  const details = [
    outcome.product ? `${t('outcomes.fields.product')}: ${outcome.product}` : null,
    outcome.hsCode ? `HS ${outcome.hsCode}` : null,
    outcome.counterpart ? `${t(`outcomes.fields.counterpart_${outcome.kind}`, { defaultValue: t('outcomes.fields.counterpart') })}: ${outcome.counterpart}` : null,
  ].filter(Boolean);
  const business = [outcome.businessName, outcome.contactName, outcome.contactEmail].filter(Boolean).join(' · ');

  const sendRequest = () =>
    request.mutate(outcome.id, {
      onSuccess: (sent) => {
        notifySuccess(t, t('outcomes.confirmation.sent', { email: sent.email, date: format.dateTime(sent.expiresAt) }));
      },
      onError: (error) =>
        notifyError(t, error, isApiError(error, 'rule_violated') ? t('outcomes.confirmation.refused') : t('outcomes.confirmation.failed')),
    });

  return (
    <Paper withBorder radius="md" p="sm" data-testid={`outcome-${outcome.id}`}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <div>
            <Text size="sm" c="dimmed">
              {t(`outcomes.kinds.${outcome.kind}`)}
            </Text>
            <OutcomeValue outcome={outcome} />
          </div>
          <ConfirmationBadge status={outcome.confirmationStatus} />
        </Group>
        {details.length > 0 ? <Text size="sm">{details.join(' · ')}</Text> : null}
        <Text size="sm" c={business ? undefined : 'dimmed'}>
          {business ? `${t('outcomes.form.business')}: ${business}` : t('outcomes.list.noBusiness')}
        </Text>
        {outcome.confirmedAt ? (
          <Text size="xs" c="dimmed">
            {t(`outcomes.confirmation.decidedAt_${outcome.confirmationStatus}`, { date: format.dateTime(outcome.confirmedAt) })}
          </Text>
        ) : null}
        {outcome.confirmationNote ? (
          <Text size="sm" fs="italic" data-testid="confirmation-note">
            “{outcome.confirmationNote}”
          </Text>
        ) : null}
        {!decided && outcome.confirmationRequestedAt ? <ConfirmationSent outcome={outcome} /> : null}
        {abilities.update || abilities.requestConfirmation ? (
          <Group gap="xs" mt={4}>
            {abilities.update ? (
            <Button size="xs" variant="default" leftSection={<IconPencil size={14} aria-hidden />} onClick={() => onEdit(outcome)} aria-label={t('outcomes.edit.titleFor', { kind: t(`outcomes.kinds.${outcome.kind}`) })}>
              {t('outcomes.edit.open')}
            </Button>
            ) : null}
            {abilities.requestConfirmation ? (
              <Button size="xs" variant="light" leftSection={<IconMailForward size={14} aria-hidden />} loading={request.isPending} onClick={sendRequest}>
                {outcome.confirmationRequestedAt ? t('outcomes.confirmation.resend') : t('outcomes.confirmation.send')}
              </Button>
            ) : null}
            {!decided && !outcome.contactEmail && abilities.update ? (
              <Text size="xs" c="dimmed">
                {t('outcomes.confirmation.needsEmail')}
              </Text>
            ) : null}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** A confirmation link is out: when it was sent and until when it works (or that it has lapsed). */
function ConfirmationSent({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sentAt = format.dateTime(outcome.confirmationRequestedAt!);
  const expiresAt = outcome.confirmationExpiresAt;
  const expired = expiresAt !== null && new Date(expiresAt).getTime() < Date.now();
  return (
    <Text size="xs" c={expired ? 'orange.9' : 'dimmed'} data-testid="confirmation-sent">
      {expiresAt === null
        ? t('outcomes.confirmation.sentAt', { sent: sentAt })
        : t(expired ? 'outcomes.confirmation.sentExpired' : 'outcomes.confirmation.sentValid', { sent: sentAt, until: format.dateTime(expiresAt) })}
    </Text>
  );
}
