import { Badge, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/links.js';
import { Page } from '../../components/Page.js';
import { CommitmentStatusBadge, TaskStatusBadge } from '../../components/StatusBadges.js';
import { useFormat } from '../../lib/format.js';
import { dashboardRecordsQuery, type DashboardRecordsParams } from './-api.js';
import { DataTable } from '../../components/DataTable.js';
import { PagedList } from '../../components/PagedList.js';

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
      <PagedList query={query} page={page} onPageChange={onPageChange}>
        {(data) => (
          <DataTable
            items={data.items}
            columns={[
              { label: t('dashboard.records.record') },
              { label: t('dashboard.records.unit') },
              { label: t('dashboard.records.dueDate') },
              { label: t('dashboard.records.status') },
            ]}
            row={(record) => (
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
            )}
            empty={t('dashboard.records.empty')}
            minWidth={680}
            testId="dashboard-records"
          />
        )}
      </PagedList>
    </Page>
  );
}
