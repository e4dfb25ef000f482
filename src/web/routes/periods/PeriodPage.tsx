import { Alert, Badge, Button, Group, NativeSelect, Paper, SegmentedControl, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconBell, IconLock, IconLockOpen } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPLETENESS_STATUSES, TIMELINESS, type CompletenessStatus, type Period, type Timeliness, type TimelinessByType } from '../../../shared/schemas/periods.js';
import { Facts } from '../../components/Facts.js';
import { AnchorLink, ButtonLink } from '../../components/links.js';
import { Page } from '../../components/Page.js';
import { ErrorState, LoadedPage, Loading } from '../../components/QueryState.js';
import { Section } from '../../components/Section.js';
import { isApiError } from '../../lib/api.js';
import { errorMessage, notifyError } from '../../lib/errors.js';
import { useFormat } from '../../lib/format.js';
import { notifySuccess } from '../../lib/notify.js';
import { optionalEnum } from '../../lib/search.js';
import { completenessQuery, periodQuery, submissionListQuery, useRemind, useStartSubmission, useUpdatePeriod } from './-api.js';
import { usePeriodAbilities } from './-components/abilities.js';
import { lastDay } from './-components/PeriodFilter.js';
import { SubmissionStatusBadge, TimelinessBadge } from './-components/StatusBadge.js';

export interface BoardFilters {
  type?: 'mission' | 'province';
  status?: CompletenessStatus;
  timeliness?: Timeliness;
}

export function PeriodPage({ periodId, board, onBoardChange }: { periodId: string; board: BoardFilters; onBoardChange: (values: Partial<BoardFilters>) => void }) {
  const { t } = useTranslation();
  const query = useQuery(periodQuery(periodId));
  return <LoadedPage query={query} title={t('periods.detail.loadingTitle')}>{(data) => <PeriodView period={data} board={board} onBoardChange={onBoardChange} />}</LoadedPage>;
}

function PeriodView({ period, board, onBoardChange }: { period: Period; board: BoardFilters; onBoardChange: (values: Partial<BoardFilters>) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const can = usePeriodAbilities();
  const update = useUpdatePeriod(period.id);

  const toggleOpen = () =>
    update.mutate(
      { open: !period.open, version: period.version },
      {
        onSuccess: (next) => notifySuccess(t, t(next.open ? 'periods.detail.reopened' : 'periods.detail.closedDone')),
        onError: (error) => notifyError(t, error),
      },
    );

  return (
    <Page
      title={format.name(period.label)}
      subtitle={`${format.date(period.startDate)} – ${format.date(lastDay(period))}`}
      actions={
        can.manage ? (
          <Button variant="default" loading={update.isPending} onClick={toggleOpen} leftSection={period.open ? <IconLock size={16} aria-hidden /> : <IconLockOpen size={16} aria-hidden />}>
            {t(period.open ? 'periods.detail.close' : 'periods.detail.open')}
          </Button>
        ) : null
      }
    >
      <Section title={t('periods.detail.about')}>
        <Facts
          items={[
            { label: t('periods.fields.kind'), value: t(`periods.kinds.${period.kind}`) },
            { label: t('periods.fields.dueDate'), value: period.dueDate ? format.date(period.dueDate) : '—' },
            {
              label: t('periods.fields.open'),
              value: (
                <Badge color={period.open ? 'teal' : 'gray'} variant="light" radius="sm" tt="none" maw="none">
                  {t(period.open ? 'periods.open' : 'periods.closed')}
                </Badge>
              ),
            },
          ]}
        />
      </Section>
      {can.reportingUnit && can.submit ? <MyReport period={period} /> : null}
      {can.readBoard ? <CompletenessBoardView period={period} filters={board} onChange={onBoardChange} /> : null}
      <AnchorLink to="/periods" size="sm">
        {t('periods.detail.back')}
      </AnchorLink>
    </Page>
  );
}

/** The signed-in unit's report for the period: start it, or open it. */
function MyReport({ period }: { period: Period }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const can = usePeriodAbilities();
  const unit = can.reportingUnit!;
  const submissions = useQuery(submissionListQuery(period.id, { pageSize: 100 }));
  const start = useStartSubmission(period.id);
  const mine = submissions.data?.items.find((item) => item.unit.id === unit.id);

  return (
    <Section title={t('periods.mine.title', { unit: format.name(unit.name) })} testId="my-report">
      {submissions.isPending ? (
        <Loading lines={2} />
      ) : submissions.isError ? (
        <ErrorState error={submissions.error} onRetry={() => void submissions.refetch()} />
      ) : mine ? (
        <Group justify="space-between" gap="sm">
          <SubmissionStatusBadge status={mine.status} />
          <ButtonLink to="/periods/$periodId/submissions/$submissionId" params={{ periodId: period.id, submissionId: mine.id }}>
            {t('periods.mine.open')}
          </ButtonLink>
        </Group>
      ) : (
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{period.open ? t('periods.mine.none') : t('periods.mine.closed')}</Text>
          {start.error ? (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(t, start.error)}
            </Alert>
          ) : null}
          {period.open ? (
            <Button
              loading={start.isPending}
              onClick={() =>
                start.mutate(
                  {},
                  { onSuccess: (submission) => void navigate({ to: '/periods/$periodId/submissions/$submissionId', params: { periodId: period.id, submissionId: submission.id } }) },
                )
              }
            >
              {t('periods.mine.start')}
            </Button>
          ) : null}
        </Stack>
      )}
    </Section>
  );
}

function CompletenessBoardView({ period, filters, onChange }: { period: Period; filters: BoardFilters; onChange: (values: Partial<BoardFilters>) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const can = usePeriodAbilities();
  const typeLabel = useId();
  const query = useQuery(completenessQuery(period.id, filters));
  const remind = useRemind(period.id);

  const sendReminders = (unitIds?: string[]) =>
    remind.mutate(unitIds, {
      onSuccess: (result) =>
        notifySuccess(
          t,
          t('periods.board.reminded', {
            count: result.reminded.length,
            value: format.number(result.reminded.length),
            already: format.number(result.alreadyReminded.length),
            none: format.number(result.noRecipients.length),
          }),
        ),
      onError: (error) => notifyError(t, error, isApiError(error, 'forbidden') ? t('errors.codes.forbidden') : undefined),
    });

  const counts = query.data?.counts;
  const notSubmitted = counts ? counts.none + counts.draft + counts.returned : 0;

  return (
    <Section title={t('periods.board.title')} testId="completeness-board">
      <Group align="flex-end" gap="sm" role="search" aria-label={t('periods.board.filters')}>
        <Stack gap={4}>
          <Text size="sm" fw={500} id={typeLabel}>
            {t('periods.board.unitType')}
          </Text>
          <SegmentedControl
            aria-labelledby={typeLabel}
            value={filters.type ?? ''}
            onChange={(value) => onChange({ type: optionalEnum(['mission', 'province'] as const, value) })}
            data={[
              { value: '', label: t('periods.board.allUnits') },
              { value: 'mission', label: t('periods.board.missions') },
              { value: 'province', label: t('periods.board.provinces') },
            ]}
          />
        </Stack>
        <NativeSelect
          label={t('periods.board.status')}
          value={filters.status ?? ''}
          onChange={(event) => onChange({ status: optionalEnum(COMPLETENESS_STATUSES, event.currentTarget.value) })}
          data={[{ value: '', label: t('periods.board.allStatuses') }, ...COMPLETENESS_STATUSES.map((s) => ({ value: s, label: t(`periods.status.${s}`) }))]}
          w={{ base: '100%', xs: 200 }}
        />
        <NativeSelect
          label={t('periods.board.timeliness')}
          value={filters.timeliness ?? ''}
          onChange={(event) => onChange({ timeliness: optionalEnum(TIMELINESS, event.currentTarget.value) })}
          data={[{ value: '', label: t('periods.board.allTimeliness') }, ...TIMELINESS.map((s) => ({ value: s, label: t(`periods.timeliness.${s}`) }))]}
          w={{ base: '100%', xs: 200 }}
        />
        {can.manage ? (
          <Button variant="light" leftSection={<IconBell size={16} aria-hidden />} loading={remind.isPending && remind.variables === undefined} disabled={notSubmitted === 0} onClick={() => sendReminders()}>
            {t('periods.board.remindAll', { count: notSubmitted, value: format.number(notSubmitted) })}
          </Button>
        ) : null}
      </Group>
      {query.isPending ? (
        <Loading lines={8} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Stack gap="sm" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
          <Group gap="xs" aria-live="polite" data-testid="board-counts">
            {(['none', 'draft', 'submitted', 'returned', 'approved'] as const).map((status) => (
              <Paper key={status} withBorder radius="sm" px="sm" py={4}>
                <Text size="sm">
                  {t(`periods.status.${status}`)}: <b>{format.number(query.data.counts[status])}</b>
                </Text>
              </Paper>
            ))}
            <Text size="sm" c="dimmed">
              {t('periods.board.total', { value: format.number(query.data.counts.total) })}
            </Text>
          </Group>
          <TimelinessRates rates={query.data.timelinessByType} onPick={onChange} />
          <Table.ScrollContainer minWidth={640}>
            <Table striped verticalSpacing={6} data-testid="board-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('activities.fields.unit')}</Table.Th>
                  <Table.Th miw={170}>{t('periods.board.status')}</Table.Th>
                  <Table.Th miw={150}>{t('periods.board.timeliness')}</Table.Th>
                  <Table.Th>{t('periods.board.submittedAt')}</Table.Th>
                  <Table.Th>
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {query.data.items.map((item) => (
                  <Table.Tr key={item.unit.id} data-testid={`board-row-${item.unit.code}`}>
                    <Table.Td>
                      {item.submissionId ? (
                        <AnchorLink to="/periods/$periodId/submissions/$submissionId" params={{ periodId: period.id, submissionId: item.submissionId }} size="sm">
                          {format.name(item.unit.name)}
                        </AnchorLink>
                      ) : (
                        <Text size="sm">{format.name(item.unit.name)}</Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <SubmissionStatusBadge status={item.status} />
                    </Table.Td>
                    <Table.Td>
                      <TimelinessBadge timeliness={item.timeliness} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{item.submittedAt ? format.dateTime(item.submittedAt) : '—'}</Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      {can.manage && (item.status === 'none' || item.status === 'draft' || item.status === 'returned') ? (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          leftSection={<IconBell size={14} aria-hidden />}
                          onClick={() => sendReminders([item.unit.id])}
                          aria-label={t('periods.board.remindOne', { unit: format.name(item.unit.name) })}
                        >
                          {t('periods.board.remind')}
                        </Button>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      )}
    </Section>
  );
}

/** Per unit type, the share of units that reported on time and late (or are overdue); each count filters the board. */
function TimelinessRates({ rates, onPick }: { rates: TimelinessByType[]; onPick: (values: Partial<BoardFilters>) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap={4} data-testid="timeliness-rates">
      <Text size="sm" fw={600} component="h3" m={0}>
        {t('periods.board.rates')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        {rates.map((rate) => (
          <Paper key={rate.type} withBorder radius="sm" p="xs" data-testid={`timeliness-rate-${rate.type}`}>
            <Text size="sm" fw={500}>
              {t(rate.type === 'mission' ? 'periods.board.missions' : 'periods.board.provinces')}
            </Text>
            <Group gap="md" wrap="wrap">
              <Text size="sm">
                {t('periods.board.rateOnTime')}: <b data-testid={`on-time-rate-${rate.type}`}>{format.percent(rate.onTimeRate)}</b>
              </Text>
              <Text size="sm">
                {t('periods.board.rateLate')}: <b data-testid={`late-rate-${rate.type}`}>{format.percent(rate.lateRate)}</b>
              </Text>
            </Group>
            <Group gap={4} wrap="wrap">
              {(['onTime', 'late', 'overdue', 'notDue'] as const).map((key) => {
                const timeliness: Timeliness = key === 'onTime' ? 'on_time' : key === 'notDue' ? 'not_due' : key;
                return (
                  <Button key={key} size="compact-xs" variant="subtle" onClick={() => onPick({ type: rate.type, timeliness })}>
                    {t(`periods.timeliness.${timeliness}`)}: {format.number(rate[key])}
                  </Button>
                );
              })}
              <Text size="xs" c="dimmed">
                / {format.number(rate.total)}
              </Text>
            </Group>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
