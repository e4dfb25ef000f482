import { Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../../shared/schemas/tasks.js';
import { AnchorLink } from '../../../components/links.js';
import { OverdueBadge, TaskStatusBadge } from '../../../components/StatusBadges.js';
import { useFormat } from '../../../lib/format.js';
import { DataTable } from '../../../components/DataTable.js';

export function TaskTable({ items, testId = 'task-table', empty }: { items: Task[]; testId?: string; empty?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <DataTable
      items={items}
      columns={[
        { label: t('tasks.fields.title') },
        { label: t('tasks.fields.responsibleUnit') },
        { label: t('tasks.fields.dueDate') },
        { label: t('tasks.fields.status') },
      ]}
      row={(task) => (
        <Table.Tr key={task.id}>
          <Table.Td>
            <Group gap={6} wrap="nowrap">
              <AnchorLink to="/tasks/$taskId" params={{ taskId: task.id }} fw={500}>
                {task.title}
              </AnchorLink>
              {task.isMilestone ? (
                <Badge variant="outline" color="gray" radius="sm" tt="none" size="sm">
                  {t('tasks.fields.milestone')}
                </Badge>
              ) : null}
            </Group>
          </Table.Td>
          <Table.Td>
            {format.name(task.responsibleUnit.name)}
            <Text size="xs" c="dimmed">
              {task.responsiblePerson}
            </Text>
          </Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            {format.date(task.dueDate)}
            {task.slipCount > 0 ? (
              <Text size="xs" c="dimmed">
                {t('tasks.detail.slips', { count: task.slipCount })}
              </Text>
            ) : null}
          </Table.Td>
          <Table.Td>
            <Group gap={4} wrap="nowrap">
              <TaskStatusBadge status={task.status} />
              {task.overdue ? <OverdueBadge /> : null}
            </Group>
          </Table.Td>
        </Table.Tr>
      )}
      empty={empty ?? t('tasks.list.empty')}
      minWidth={760}
      testId={testId}
    />
  );
}
