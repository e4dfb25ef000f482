import { Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../../shared/schemas/tasks.js';
import { EmptyText } from '../../../components/EmptyText.js';
import { AnchorLink } from '../../../components/links.js';
import { OverdueBadge, TaskStatusBadge } from '../../../components/StatusBadges.js';
import { useFormat } from '../../../lib/format.js';

export function TaskTable({ items, testId = 'task-table', empty }: { items: Task[]; testId?: string; empty?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (items.length === 0) return <EmptyText>{empty ?? t('tasks.list.empty')}</EmptyText>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('tasks.fields.title')}</Table.Th>
            <Table.Th scope="col">{t('tasks.fields.responsibleUnit')}</Table.Th>
            <Table.Th scope="col">{t('tasks.fields.dueDate')}</Table.Th>
            <Table.Th scope="col">{t('tasks.fields.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((task) => (
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
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
