import { useMediaQuery } from '@mantine/hooks';
import { Group, Paper, SegmentedControl, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DASHBOARD_GROUPS, type DashboardGroupBy, type DashboardMetric, type ImplementationDashboard, type TaskListExcerpt } from '../../../shared/schemas/dashboard.js';
import { Bar } from '../../components/Bar.js';
import { SectorFilter } from '../../components/filters.js';
import { EmptyText } from '../../components/EmptyText.js';
import { AnchorLink } from '../../components/links.js';
import { OrgUnitPicker } from '../../components/OrgUnitPicker.js';
import { Page } from '../../components/Page.js';
import { PeriodSelect } from '../../components/PeriodSelect.js';
import { PartnerPicker } from '../../components/pickers.js';
import { ErrorState, Loading } from '../../components/QueryState.js';
import { Section } from '../../components/Section.js';
import { TaskStatusBadge } from '../../components/StatusBadges.js';
import { useFormat } from '../../lib/format.js';
import { orgUnitQuery } from '../org-units/-api.js';
import { partnerQuery } from '../partners/-api.js';
import { dashboardQuery, type DashboardFilterParams } from './-api.js';
import type { DashboardSearch } from './routes.js';

interface DashboardPageProps {
  filters: DashboardFilterParams;
  groupBy: DashboardGroupBy;
  onChange: (values: Partial<DashboardSearch>) => void;
}

export function DashboardPage({ filters, groupBy, onChange }: DashboardPageProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useQuery(dashboardQuery({ ...filters, groupBy }));
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const unit = useQuery({ ...orgUnitQuery(filters.unitId ?? ''), enabled: Boolean(filters.unitId) });
  const partner = useQuery({ ...partnerQuery(filters.partnerId ?? ''), enabled: Boolean(filters.partnerId) });
  return (
    <Page title={t('dashboard.title')} subtitle={t('dashboard.subtitle')}>
      <Group align="flex-end" gap="sm" role="search" aria-label={t('dashboard.filters')}>
        <PeriodSelect value={{ from: filters.from, to: filters.to }} onChange={onChange} w={{ base: '100%', xs: 190 }} />
        <OrgUnitPicker
          key={unit.data?.id ?? 'none'}
          label={t('dashboard.unit')}
          value={filters.unitId ?? null}
          initialUnit={unit.data ?? null}
          onChange={(unitId) => onChange({ unitId: unitId ?? undefined })}
          w={{ base: '100%', xs: 260 }}
        />
        <PartnerPicker
          key={partner.data?.id ?? 'no-partner'}
          label={t('dashboard.partner')}
          value={filters.partnerId ?? null}
          initialPartner={partner.data ?? null}
          onChange={(partnerId) => onChange({ partnerId: partnerId ?? undefined })}
          w={{ base: '100%', xs: 220 }}
        />
        <SectorFilter label={t('dashboard.field')} value={filters.field} onChange={(field) => onChange({ field })} />
      </Group>
      {query.isPending ? (
        <Loading lines={10} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Stack gap="lg" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }} aria-busy={query.isFetching}>
          <Totals data={query.data} filters={filters} />
          <Section title={t('dashboard.byGroup')} testId="dashboard-groups">
            <SegmentedControl
              value={groupBy}
              onChange={(value) => onChange({ groupBy: value as DashboardGroupBy })}
              data={DASHBOARD_GROUPS.map((group) => ({ value: group, label: t(`dashboard.groups.${group}`) }))}
              aria-label={t('dashboard.groupBy')}
              // On a phone the choices stack instead of running off the screen.
              orientation={phone ? 'vertical' : 'horizontal'}
              fullWidth={phone}
              style={phone ? undefined : { alignSelf: 'flex-start', maxWidth: '100%' }}
              data-testid="dashboard-group-by"
            />
            <GroupTable data={query.data} filters={filters} />
          </Section>
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
            <Section title={t('dashboard.overdueTasks')} testId="dashboard-overdue">
              <TaskExcerpt excerpt={query.data.overdueTasks} metric="tasks.overdue" filters={filters} />
            </Section>
            <Section title={t('dashboard.slippingTasks')} testId="dashboard-slipping">
              <TaskExcerpt excerpt={query.data.slippingTasks} metric="tasks.slipping" filters={filters} />
            </Section>
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t('dashboard.asOf', { date: format.date(query.data.asOf) })}
          </Text>
        </Stack>
      )}
    </Page>
  );
}

function MetricLink({ metric, filters, value, group, testId }: { metric: DashboardMetric; filters: DashboardFilterParams; value: number; group?: { groupBy: DashboardGroupBy; groupKey: string }; testId?: string }) {
  const format = useFormat();
  return (
    <AnchorLink to="/dashboard/records" search={{ ...filters, metric, ...group }} fw={700} data-testid={testId}>
      {format.number(value)}
    </AnchorLink>
  );
}

const percent = (rate: number | null, number: (n: number) => string) => (rate === null ? '—' : `${number(Math.round(rate * 100))}%`);

function Totals({ data, filters }: { data: ImplementationDashboard; filters: DashboardFilterParams }) {
  const { t } = useTranslation();
  const format = useFormat();
  const cards: { label: string; metric: DashboardMetric; value: number }[] = [
    { label: t('dashboard.metrics.commitments.total'), metric: 'commitments.total', value: data.totals.total },
    { label: t('dashboard.metrics.commitments.fulfilled'), metric: 'commitments.fulfilled', value: data.totals.fulfilled },
    { label: t('dashboard.metrics.commitments.overdue'), metric: 'commitments.overdue', value: data.totals.overdue },
    { label: t('dashboard.metrics.tasks.overdue'), metric: 'tasks.overdue', value: data.overdueTasks.total },
    { label: t('dashboard.metrics.tasks.slipping'), metric: 'tasks.slipping', value: data.slippingTasks.total },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" data-testid="dashboard-totals">
      <Paper withBorder p="sm" radius="md">
        <Text size="sm" c="dimmed">
          {t('dashboard.rate')}
        </Text>
        <Text fw={700} size="xl" data-testid="dashboard-rate">
          {percent(data.totals.fulfilmentRate, format.number)}
        </Text>
      </Paper>
      {cards.map((card) => (
        <Paper key={card.metric} withBorder p="sm" radius="md">
          <Text size="sm" c="dimmed">
            {card.label}
          </Text>
          <Text size="xl">
            <MetricLink metric={card.metric} filters={filters} value={card.value} testId={`total-${card.metric}`} />
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

function GroupTable({ data, filters }: { data: ImplementationDashboard; filters: DashboardFilterParams }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (data.groups.length === 0) return <EmptyText>{t('dashboard.empty')}</EmptyText>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" striped data-testid="dashboard-group-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t(`dashboard.groups.${data.groupBy}`)}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('dashboard.columns.total')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('dashboard.columns.fulfilled')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('dashboard.columns.overdue')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('dashboard.columns.rate')}
            </Table.Th>
            <Table.Th scope="col" w="25%">
              <span className="visually-hidden">{t('dashboard.columns.bar')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.groups.map((group) => {
            const link = { groupBy: data.groupBy, groupKey: group.key };
            return (
              <Table.Tr key={group.key} data-testid={`dashboard-group-${group.key}`}>
                <Table.Th scope="row" fw={400}>
                  {group.key === 'none' ? t('dashboard.none') : format.name(group.label)}
                </Table.Th>
                <Table.Td ta="right">
                  <MetricLink metric="commitments.total" filters={filters} value={group.commitments.total} group={link} />
                </Table.Td>
                <Table.Td ta="right">
                  <MetricLink metric="commitments.fulfilled" filters={filters} value={group.commitments.fulfilled} group={link} testId="group-fulfilled" />
                </Table.Td>
                <Table.Td ta="right">
                  <MetricLink metric="commitments.overdue" filters={filters} value={group.commitments.overdue} group={link} />
                </Table.Td>
                <Table.Td ta="right">{percent(group.commitments.fulfilmentRate, format.number)}</Table.Td>
                <Table.Td>
                  <Bar share={group.commitments.fulfilmentRate ?? 0} color="teal" />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function TaskExcerpt({ excerpt, metric, filters }: { excerpt: TaskListExcerpt; metric: DashboardMetric; filters: DashboardFilterParams }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (excerpt.items.length === 0) return <EmptyText>{t('dashboard.noTasks')}</EmptyText>;
  return (
    <Stack gap="xs">
      <Stack gap={6} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {excerpt.items.map((task) => (
          <li key={task.id}>
            <Group gap="xs" justify="space-between" wrap="nowrap">
              <div style={{ minWidth: 0 }}>
                <AnchorLink to="/tasks/$taskId" params={{ taskId: task.id }} fw={500}>
                  {task.title}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  {format.name(task.responsibleUnit.name)} · {format.date(task.dueDate)}
                  {task.slipCount > 0 ? ` · ${t('dashboard.originalDue', { date: format.date(task.originalDueDate), count: task.slipCount })}` : ''}
                </Text>
              </div>
              <TaskStatusBadge status={task.status} />
            </Group>
          </li>
        ))}
      </Stack>
      <AnchorLink to="/dashboard/records" search={{ ...filters, metric }} size="sm">
        {t('dashboard.seeAll', { count: excerpt.total })}
      </AnchorLink>
    </Stack>
  );
}
