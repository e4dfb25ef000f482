import { Anchor, Badge, Button, Group, SegmentedControl, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type MouseEvent } from 'react';
import { useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { TaskSummary } from '../../../shared/schemas/dashboard.js';
import type { DueDateRequest, Notification } from '../../../shared/schemas/notifications.js';
import { EmptyText } from '../../components/EmptyText.js';
import { AnchorLink } from '../../components/links.js';
import { Page } from '../../components/Page.js';
import { Pager } from '../../components/Pager.js';
import { ErrorState, Loading } from '../../components/QueryState.js';
import { Section } from '../../components/Section.js';
import { TaskStatusBadge } from '../../components/StatusBadges.js';
import { notifyError } from '../../lib/errors.js';
import { useFormat } from '../../lib/format.js';
import { inboxQuery, notificationListQuery, useMarkAllRead, useMarkRead } from './-api.js';

export function InboxPage() {
  const { t } = useTranslation();
  const query = useQuery(inboxQuery);
  return (
    <Page title={t('inbox.title')} subtitle={t('inbox.subtitle')}>
      {query.isPending ? (
        <Loading lines={6} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <Section title={t('inbox.overdue', { count: query.data.overdueTasks.total })} testId="inbox-overdue">
            <TaskList tasks={query.data.overdueTasks.items} total={query.data.overdueTasks.total} link={{ overdue: 'true' }} />
          </Section>
          <Section title={t('inbox.dueSoon', { count: query.data.dueSoonTasks.total })} testId="inbox-due-soon">
            <TaskList tasks={query.data.dueSoonTasks.items} total={query.data.dueSoonTasks.total} />
          </Section>
          <Section title={t('inbox.dueDateRequests', { count: query.data.dueDateRequests.total })} testId="inbox-requests">
            <RequestList requests={query.data.dueDateRequests.items} />
          </Section>
        </SimpleGrid>
      )}
      <Notifications />
    </Page>
  );
}

function TaskList({ tasks, total, link }: { tasks: TaskSummary[]; total: number; link?: { overdue: 'true' } }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (tasks.length === 0) return <EmptyText>{t('inbox.nothing')}</EmptyText>;
  return (
    <Stack gap="xs">
      <Stack gap={6} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {tasks.map((task) => (
          <li key={task.id}>
            <Group gap="xs" justify="space-between" wrap="nowrap">
              <div style={{ minWidth: 0 }}>
                <AnchorLink to="/tasks/$taskId" params={{ taskId: task.id }} fw={500}>
                  {task.title}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  {format.name(task.responsibleUnit.name)} · {t('tasks.fields.dueDate')}: {format.date(task.dueDate)}
                </Text>
              </div>
              <TaskStatusBadge status={task.status} />
            </Group>
          </li>
        ))}
      </Stack>
      {total > tasks.length && link ? (
        <AnchorLink to="/tasks" search={link} size="sm">
          {t('inbox.seeAll', { count: total })}
        </AnchorLink>
      ) : null}
    </Stack>
  );
}

function RequestList({ requests }: { requests: DueDateRequest[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (requests.length === 0) return <EmptyText>{t('inbox.nothing')}</EmptyText>;
  return (
    <Stack gap={6} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {requests.map((request) => (
        <li key={request.id}>
          <AnchorLink to="/tasks/$taskId" params={{ taskId: request.task.id }} fw={500}>
            {request.task.title}
          </AnchorLink>
          <Text size="xs" c="dimmed">
            {format.name(request.task.responsibleUnit.name)} · {t('tasks.dueDate.move', { from: format.date(request.fromDate), to: format.date(request.toDate) })}
          </Text>
        </li>
      ))}
    </Stack>
  );
}

const PAGE_SIZE = 20;

function Notifications() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const router = useRouter();
  const [filter, setFilter] = useState<'all' | 'unread'>('unread');
  const [page, setPage] = useState(1);
  const query = useQuery(notificationListQuery({ unread: filter === 'unread' ? 'true' : undefined, page, pageSize: PAGE_SIZE, lang: i18n.language }));
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  return (
    <Section title={t('inbox.notifications.title')} testId="inbox-notifications">
      <Group justify="space-between" gap="sm">
        <SegmentedControl
          value={filter}
          onChange={(value) => {
            setFilter(value === 'all' ? 'all' : 'unread');
            setPage(1);
          }}
          data={[
            { value: 'unread', label: t('inbox.notifications.unread') },
            { value: 'all', label: t('inbox.notifications.all') },
          ]}
          aria-label={t('inbox.notifications.filter')}
        />
        <Button
          variant="default"
          size="xs"
          loading={markAll.isPending}
          disabled={!query.data?.unreadCount}
          onClick={() => markAll.mutate(undefined, { onError: (error) => notifyError(t, error) })}
        >
          {t('inbox.notifications.markAll')}
        </Button>
      </Group>
      {query.isPending ? (
        <Loading lines={3} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <EmptyText>{t('inbox.notifications.empty')}</EmptyText>
      ) : (
        <Stack gap="sm">
          <Table.ScrollContainer minWidth={520}>
            <Table verticalSpacing="xs">
              <Table.Tbody>
                {query.data.items.map((item: Notification) => (
                  <Table.Tr key={item.id} fw={item.readAt ? undefined : 600}>
                    <Table.Td>
                      <Group gap="xs">
                        {item.readAt ? null : (
                          <Badge size="xs" color="red" variant="filled">
                            {t('inbox.notifications.new')}
                          </Badge>
                        )}
                        {item.path ? (
                          <Anchor
                            href={item.path}
                            onClick={(event: MouseEvent) => {
                              if (event.metaKey || event.ctrlKey || event.shiftKey) return;
                              event.preventDefault();
                              if (!item.readAt) markRead.mutate(item.id);
                              void router.navigate({ href: item.path! });
                            }}
                          >
                            {item.title}
                          </Anchor>
                        ) : (
                          <Text size="sm">{item.title}</Text>
                        )}
                      </Group>
                      <Text size="sm" c="dimmed" fw={400}>
                        {item.body}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="xs" c="dimmed" fw={400}>
                        {format.dateTime(item.createdAt)}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      {item.readAt ? null : (
                        <Button size="xs" variant="subtle" onClick={() => markRead.mutate(item.id, { onError: (error) => notifyError(t, error) })} aria-label={t('inbox.notifications.markReadFor', { title: item.title })}>
                          {t('inbox.notifications.markRead')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager page={page} pageSize={query.data.pageSize} total={query.data.total} onChange={setPage} />
        </Stack>
      )}
    </Section>
  );
}
