import { Alert, Box, Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDocumentTitle } from '@mantine/hooks';
import { IconAlertTriangle, IconCircleCheck, IconLink, IconWorldShare } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConfirmationClaim, ConfirmationStatus } from '../../../shared/schemas/outcomes.js';
import { isExactDecimal } from '../../../shared/numbers.js';
import { Facts } from '../../components/Facts.js';
import { FormError } from '../../components/FormError.js';
import { NumberInput } from '../../components/NumberInput.js';
import { LanguageSwitch } from '../../components/LanguageSwitch.js';
import { Loading } from '../../components/QueryState.js';
import { applyApiError } from '../../lib/errors.js';
import { useFormat } from '../../lib/format.js';
import { useCountryName } from '../../components/countries.js';
import { useOutcomeAmount } from '../outcomes/-components/OutcomeValue.js';
import { claimQuery, linkProblem, useDecide } from './-api.js';

/** The public page a business reaches from the e-mail: no account, no navigation, one decision. */
export function ConfirmPage({ token }: { token: string }) {
  const { t } = useTranslation();
  useDocumentTitle(`${t('confirm.title')} · econdip`);
  const query = useQuery(claimQuery(token));
  const [done, setDone] = useState<ConfirmationStatus | null>(null);

  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-0)">
      <Group component="header" justify="space-between" px="md" py="sm" wrap="nowrap">
        <Group gap={8} wrap="nowrap">
          <IconWorldShare size={22} aria-hidden color="var(--mantine-color-blue-8)" />
          <Text fw={700} size="lg">
            econdip
          </Text>
        </Group>
        <LanguageSwitch />
      </Group>
      <Box component="main" px={{ base: 'sm', sm: 'md' }} py="lg">
        <Paper withBorder shadow="sm" radius="md" p={{ base: 'md', sm: 'xl' }} maw={640} mx="auto">
          <Stack gap="md">
            <Title order={1} size="h2">
              {t('confirm.title')}
            </Title>
            {query.isPending ? (
              <Loading lines={6} />
            ) : done ? (
              <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} role="status" title={t('confirm.thanksTitle')} data-testid="confirm-done">
                {t(`confirm.thanks_${done}`)}
              </Alert>
            ) : query.isError ? (
              <LinkProblemAlert error={query.error} />
            ) : (
              <ClaimView claim={query.data} token={token} onDone={setDone} />
            )}
          </Stack>
        </Paper>
      </Box>
    </Box>
  );
}

function LinkProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const problem = linkProblem(error);
  return (
    <Alert color={problem ? 'blue' : 'red'} variant="light" icon={problem ? <IconLink aria-hidden /> : <IconAlertTriangle aria-hidden />} role="alert" title={t(`confirm.problem.${problem ?? 'error'}Title`)} data-testid={`confirm-problem-${problem ?? 'error'}`}>
      {t(`confirm.problem.${problem ?? 'error'}`)}
    </Alert>
  );
}

type Decision = 'confirm' | 'correct' | 'deny';

interface DecisionValues {
  decision: Decision | '';
  value: string;
  quantity: string;
  note: string;
}

function ClaimView({ claim, token, onDone }: { claim: ConfirmationClaim; token: string; onDone: (status: ConfirmationStatus) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const amount = useOutcomeAmount();
  const country = useCountryName();
  const decide = useDecide(token);
  const [formError, setFormError] = useState<string | null>(null);
  const byValue = claim.outcome.value !== null;
  const byQuantity = !byValue && claim.outcome.quantity !== null;
  const form = useForm<DecisionValues>({
    initialValues: { decision: '', value: '', quantity: '', note: '' },
    validate: {
      decision: (value) => (value ? null : t('confirm.errors.decision')),
      value: (value, values) => (values.decision === 'correct' && byValue && !isExactDecimal(value) ? t('confirm.errors.value') : null),
      quantity: (value, values) => (values.decision === 'correct' && byQuantity && !/^\d+$/.test(value) ? t('confirm.errors.quantity') : null),
      note: (value, values) =>
        values.decision === 'deny' && value.trim() === '' ? t('confirm.errors.noteForDenial') : value.length > 2000 ? t('errors.validation.maxLength', { count: 2000 }) : null,
    },
  });
  const decision = form.getValues().decision;
  const { outcome, activity } = claim;

  const submit = form.onSubmit((values) => {
    setFormError(null);
    if (!values.decision) return;
    decide.mutate(
      {
        decision: values.decision,
        ...(values.decision === 'correct' && byValue ? { value: values.value } : {}),
        ...(values.decision === 'correct' && byQuantity ? { quantity: Number(values.quantity) } : {}),
        ...(values.note.trim() ? { note: values.note.trim() } : {}),
      },
      {
        onSuccess: (result) => onDone(result.confirmationStatus),
        onError: (error) => {
          const problem = linkProblem(error);
          setFormError(problem ? t(`confirm.problem.${problem}`) : applyApiError(t, form, error));
        },
      },
    );
  });

  return (
    <Stack gap="md">
      <Text>
        {t('confirm.intro', { unit: format.name(claim.unit.name), business: claim.business.name ?? t('confirm.yourBusiness') })}
      </Text>
      <Paper withBorder radius="md" p="md" bg="var(--mantine-color-body)" data-testid="claim">
        <Stack gap="sm">
          <div>
            <Text size="sm" c="dimmed">
              {t(`outcomes.kinds.${outcome.kind}`)}
            </Text>
            <Text size="xl" fw={700} data-testid="claimed-amount">
              {amount(outcome)}
            </Text>
          </div>
          <Facts
            items={[
              ...(outcome.product ? [{ label: t('outcomes.fields.product'), value: outcome.product }] : []),
              ...(outcome.hsCode ? [{ label: t('outcomes.fields.hsCode'), value: outcome.hsCode }] : []),
              ...(outcome.counterpart
                ? [{ label: t(`outcomes.fields.counterpart_${outcome.kind}`, { defaultValue: t('outcomes.fields.counterpart') }), value: outcome.counterpart }]
                : []),
              { label: t('confirm.activity'), value: activity.title },
              {
                label: t('activities.fields.dates'),
                value: activity.startDate === activity.endDate ? format.date(activity.startDate) : `${format.date(activity.startDate)} – ${format.date(activity.endDate)}`,
              },
              { label: t('activities.fields.place'), value: [activity.place, activity.countryCode ? country(activity.countryCode) : null].filter(Boolean).join(', ') || '—' },
              { label: t('confirm.reportedBy'), value: format.name(claim.unit.name) },
            ]}
          />
        </Stack>
      </Paper>
      <Text size="sm" c="dimmed">
        {t('confirm.expires', { date: format.dateTime(claim.expiresAt) })}
      </Text>

      <form onSubmit={submit} noValidate data-testid="confirm-form">
        <Stack gap="md">
          <FormError message={formError} />
          <Radio.Group label={t('confirm.question')} required {...form.getInputProps('decision')}>
            <Stack gap="sm" mt="xs">
              <Radio value="confirm" label={t('confirm.decision.confirm')} description={t('confirm.decision.confirmHelp')} />
              <Radio value="correct" label={t('confirm.decision.correct')} description={t('confirm.decision.correctHelp')} />
              <Radio value="deny" label={t('confirm.decision.deny')} description={t('confirm.decision.denyHelp')} />
            </Stack>
          </Radio.Group>
          {decision === 'correct' && byValue ? (
            <NumberInput
              label={t('confirm.correctValue', { currency: outcome.currency ?? '' })}
              required
              unit={outcome.currency}
              {...form.getInputProps('value')}
            />
          ) : null}
          {decision === 'correct' && byQuantity ? (
            <NumberInput label={t('confirm.correctQuantity')} required maxDecimals={0} {...form.getInputProps('quantity')} />
          ) : null}
          <Textarea
            label={t('confirm.note')}
            description={decision === 'deny' ? t('confirm.noteDenyHelp') : t('confirm.noteHelp')}
            required={decision === 'deny'}
            autosize
            minRows={3}
            maxRows={8}
            {...form.getInputProps('note')}
          />
          <Button type="submit" loading={decide.isPending} fullWidth size="md">
            {t('confirm.submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
