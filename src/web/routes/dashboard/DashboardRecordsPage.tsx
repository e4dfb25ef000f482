import { Badge, Paper, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/links.js';
import { Page } from '../../components/Page.js';
import { Pager } from '../../components/Pager.js';
import { ErrorState, Loading } from '../../components/QueryState.js';
import { CommitmentStatusBadge, TaskStatusBadge } from '../../components/StatusBadges.js';
import { useFormat } from '../../lib/format.js';
import { dashboardRecordsQuery, type DashboardRecordsParams } from './-api.js';

const PAGE_SIZE = 50;

/** The records behind one number of the dashboard. */
export function DashboardRecordsPage({ params, page, onPageChange }: { params: DashboardRecordsParams; page: number; onPageChange: (page: number) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useQuery(dashboardRecordsQuery({ ...params, page, pageSize: PAGE_SIZE }));
  const { metric, groupBy, groupKey, page: _page, pageSize: _size, ...filters } = params;
  return (
    <Page
      title={t(`dashboard.metrics.${metric}`)}
      subtitle={groupBy && groupKey ? t('dashboard.records.inGroup', { group: t(`dashboard.groups.${groupBy}`) }) : t('dashboard.records.subtitle')}
      actions={
        <AnchorLink to="/dashboard" search={{ ...filters, groupBy }}>
          {t('dashboard.records.back')}
        </AnchorLink>
      }
    >
      <Paper withBorder radius="md" p={{ base: 'xs', sm: 'md' }}>
        {query.isPending ? (
          <Loading lines={8} />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Stack gap="sm" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
            {query.data.items.length === 0 ? (
              <Text c="dimmed">{t('dashboard.records.empty')}</Text>
            ) : (
              <Table.ScrollContainer minWidth={680}>
                <Table striped highlightOnHover verticalSpacing="xs" data-testid="dashboard-records">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('dashboard.records.record')}</Table.Th>
                      <Table.Th scope="col">{t('dashboard.records.unit')}</Table.Th>
                      <Table.Th scope="col">{t('dashboard.records.dueDate')}</Table.Th>
                      <Table.Th scope="col">{t('dashboard.records.status')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {query.data.items.map((record) => (
                      <Table.Tr key={`${record.entity}-${record.id}`}>
                        <Table.Td>
                          <Badge variant="outline" color="gray" radius="sm" tt="none" size="sm" mr={6}>
                            {t(`dashboard.records.entities.${record.entity}`)}
                          </Badge>
                          {record.entity === 'task' ? (
                            <AnchorLink to="/tasks/$taskId" params={{ taskId: record.id }} fw={500}>
                              {record.title}
                            </AnchorLink>
                          ) : (
                            <AnchorLink to="/commitments/$commitmentId" params={{ commitmentId: record.id }} fw={500}>
                              {record.title}
                            </AnchorLink>
                          )}
                        </Table.Td>
                        <Table.Td>{format.name(record.unit.name)}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          {record.dueDate ? format.date(record.dueDate) : '—'}
                          {record.slipCount ? (
                            <Text size="xs" c="dimmed">
                              {t('tasks.detail.slips', { count: record.slipCount })}
                            </Text>
                          ) : null}
                        </Table.Td>
                        <Table.Td>{record.entity === 'task' ? <TaskStatusBadge status={record.status} /> : <CommitmentStatusBadge status={record.status} />}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            <Pager page={page} pageSize={query.data.pageSize} total={query.data.total} onChange={onPageChange} />
          </Stack>
        )}
      </Paper>
    </Page>
  );
}
