import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconArrowBackUp, IconCheck, IconLock, IconLockOpen, IconSend } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Submission } from '../../../shared/schemas/periods.js';
import { AppModal } from '../../components/AppModal.js';
import { FormError } from '../../components/FormError.js';
import { AnchorLink } from '../../components/links.js';
import { Page } from '../../components/Page.js';
import { LoadedPage } from '../../components/QueryState.js';
import { Section } from '../../components/Section.js';
import { isApiError } from '../../lib/api.js';
import { errorMessage } from '../../lib/errors.js';
import { useFormat } from '../../lib/format.js';
import { notifySuccess } from '../../lib/notify.js';
import { UnitReportSection } from '../reports/UnitReportSection.js';
import { periodQuery, submissionQuery, useSubmissionAction, type SubmissionAction } from './-api.js';
import { usePeriodAbilities } from './-components/abilities.js';
import { SubmissionFigures } from './-components/SubmissionFigures.js';
import { SubmissionStatusBadge } from './-components/StatusBadge.js';

export function SubmissionPage({ periodId, submissionId }: { periodId: string; submissionId: string }) {
  const { t } = useTranslation();
  const query = useQuery(submissionQuery(periodId, submissionId));
  return <LoadedPage query={query} title={t('periods.submission.loadingTitle')}>{(data) => <SubmissionView submission={data} />}</LoadedPage>;
}

function SubmissionView({ submission }: { submission: Submission }) {
  const { t } = useTranslation();
  const format = useFormat();
  const can = usePeriodAbilities();
  const queryClient = useQueryClient();
  const period = useQuery(periodQuery(submission.periodId));
  const action = useSubmissionAction(submission.periodId, submission.id);
  const [summary, setSummary] = useState(submission.summary ?? '');
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [dialog, setDialog] = useState<'return' | 'reopen' | null>(null);

  // What this user may do with this report now, by the server's rules (HQ never decides its own unit's).
  const mayDo = submission.abilities;
  const editable = mayDo.update;
  const decidable = mayDo.approve || mayDo.return;
  const reopenable = mayDo.reopen;
  const periodLabel = period.data ? format.name(period.data.label) : '';

  const run = (input: SubmissionAction, done: string) => {
    setError(null);
    setConflict(false);
    return action.mutateAsync({ ...input, version: submission.version }).then(
      (next) => {
        setSummary(next.summary ?? '');
        setDialog(null);
        notifySuccess(t, done);
      },
      (cause: unknown) => {
        if (isApiError(cause, 'conflict')) {
          setConflict(true);
          void queryClient.invalidateQueries({ queryKey: submissionQuery(submission.periodId, submission.id).queryKey });
          return;
        }
        if (isApiError(cause, 'invalid') && cause.fields.summary) return setError(t('periods.submission.summaryRequired'));
        setError(errorMessage(t, cause));
      },
    );
  };

  return (
    <Page
      title={t('periods.submission.title', { unit: format.name(submission.unit.name) })}
      subtitle={periodLabel}
      actions={<SubmissionStatusBadge status={submission.status} />}
    >
      {submission.status === 'approved' ? (
        <Alert color="teal" variant="light" icon={<IconLock aria-hidden />} title={t('periods.submission.lockedTitle')} data-testid="submission-locked">
          {t('periods.submission.locked')}
        </Alert>
      ) : null}
      {submission.comment && (submission.status === 'returned' || submission.status === 'draft') ? (
        <Alert color="blue" variant="light" title={t('periods.submission.commentTitle')} data-testid="submission-comment">
          {submission.comment}
        </Alert>
      ) : null}
      {conflict ? (
        <Alert color="blue" variant="light" role="alert" data-testid="conflict">
          {t('periods.submission.conflict')}
        </Alert>
      ) : null}

      <Section title={t('periods.submission.figures')} testId="figures">
        <SubmissionFigures submission={submission} />
      </Section>

      <Section title={t('periods.submission.summary')}>
        {editable ? (
          <Stack gap="sm">
            <Textarea
              label={t('periods.submission.summaryLabel')}
              description={t('periods.submission.summaryHelp')}
              autosize
              minRows={5}
              maxRows={16}
              value={summary}
              onChange={(event) => setSummary(event.currentTarget.value)}
              required
            />
            <FormError message={error} />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" loading={action.isPending && action.variables?.action === 'update'} disabled={summary.trim() === ''} onClick={() => void run({ action: 'update', summary }, t('periods.submission.saved'))}>
                {t('periods.submission.save')}
              </Button>
              {mayDo.submit ? (
              <Button
                leftSection={<IconSend size={16} aria-hidden />}
                loading={action.isPending && action.variables?.action === 'submit'}
                onClick={() => {
                  if (summary.trim() === '') return setError(t('periods.submission.summaryRequired'));
                  void run({ action: 'submit', summary }, t('periods.submission.submitted'));
                }}
              >
                {t('periods.submission.submit')}
              </Button>
              ) : null}
            </Group>
          </Stack>
        ) : (
          <Stack gap="xs">
            <Text style={{ whiteSpace: 'pre-wrap' }} c={submission.summary ? undefined : 'dimmed'} data-testid="submission-summary">
              {submission.summary ?? t('periods.submission.noSummary')}
            </Text>
            {submission.submittedAt ? (
              <Text size="xs" c="dimmed">
                {t('periods.submission.submittedAt', { date: format.dateTime(submission.submittedAt) })}
              </Text>
            ) : null}
            <FormError message={error} />
          </Stack>
        )}
      </Section>

      {period.data ? <UnitReportSection unitId={submission.unit.id} period={period.data} /> : null}

      {decidable || reopenable ? (
        <Group gap="sm" justify="flex-end">
          {mayDo.return ? (
              <Button variant="default" color="orange" leftSection={<IconArrowBackUp size={16} aria-hidden />} onClick={() => setDialog('return')}>
                {t('periods.submission.return')}
              </Button>
          ) : null}
          {mayDo.approve ? (
              <Button color="teal.9" leftSection={<IconCheck size={16} aria-hidden />} loading={action.isPending && action.variables?.action === 'approve'} onClick={() => void run({ action: 'approve' }, t('periods.submission.approved'))}>
                {t('periods.submission.approve')}
              </Button>
          ) : null}
          {reopenable ? (
            <Button variant="default" leftSection={<IconLockOpen size={16} aria-hidden />} onClick={() => setDialog('reopen')}>
              {t('periods.submission.reopen')}
            </Button>
          ) : null}
        </Group>
      ) : null}
      {submission.status === 'submitted' && can.approve && !mayDo.approve ? (
        <Text size="sm" c="dimmed">
          {t('periods.submission.notOwn')}
        </Text>
      ) : null}

      <AnchorLink to="/periods/$periodId" params={{ periodId: submission.periodId }} search={{}} size="sm">
        {t('periods.submission.back')}
      </AnchorLink>

      <ReasonModal
        kind={dialog}
        pending={action.isPending}
        onClose={() => setDialog(null)}
        onSubmit={(text) =>
          dialog === 'return'
            ? run({ action: 'return', comment: text }, t('periods.submission.returned'))
            : run({ action: 'reopen', reason: text }, t('periods.submission.reopened'))
        }
        error={dialog ? error : null}
      />
    </Page>
  );
}

function ReasonModal({ kind, pending, error, onClose, onSubmit }: { kind: 'return' | 'reopen' | null; pending: boolean; error: string | null; onClose: () => void; onSubmit: (text: string) => Promise<unknown> }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <AppModal opened={kind !== null} onClose={onClose} title={kind ? t(`periods.submission.${kind}Title`) : ''}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim() === '') return setMissing(true);
          void onSubmit(text.trim()).then(() => setText(''));
        }}
      >
        <Stack gap="sm">
          <FormError message={error} />
          <Textarea
            label={kind ? t(`periods.submission.${kind}Label`) : ''}
            required
            autosize
            minRows={3}
            value={text}
            error={missing ? t('errors.validation.required') : undefined}
            onChange={(event) => {
              setText(event.currentTarget.value);
              setMissing(false);
            }}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {kind ? t(`periods.submission.${kind}`) : ''}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
