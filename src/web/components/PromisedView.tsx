import { Badge, Group, List, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PromisedVsDelivered } from '../../shared/schemas/dashboard.js';
import { useFormat } from '../lib/format.js';
import { EmptyText } from './EmptyText.js';
import { AnchorLink } from './links.js';
import { CommitmentStatusBadge, OverdueBadge, TaskStatusBadge } from './StatusBadges.js';

/** What a source (an engagement, a directive) promised and what has been delivered so far. */
export function PromisedView({ data }: { data: Pick<PromisedVsDelivered, 'totals' | 'commitments'> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { totals } = data;
  const rate = totals.fulfilmentRate;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Figure label={t('engagements.promised.promised')} value={format.number(totals.total)} />
        <Figure label={t('engagements.promised.delivered')} value={format.number(totals.fulfilled)} />
        <Figure label={t('engagements.promised.overdue')} value={format.number(totals.overdue)} />
        <Figure label={t('engagements.promised.rate')} value={rate === null ? '—' : `${format.number(Math.round(rate * 100))}%`} />
      </SimpleGrid>
      {rate !== null ? (
        <Progress value={rate * 100} color="teal" size="lg" aria-label={t('engagements.promised.rate')} />
      ) : null}
      {data.commitments.length === 0 ? (
        <EmptyText>{t('engagements.promised.empty')}</EmptyText>
      ) : (
        <List spacing="sm" listStyleType="none" pl={0}>
          {data.commitments.map((c) => (
            <List.Item key={c.id}>
              <Stack gap={4}>
                <Group gap="xs" wrap="wrap">
                  <AnchorLink to="/commitments/$commitmentId" params={{ commitmentId: c.id }} fw={500}>
                    {c.title}
                  </AnchorLink>
                  <CommitmentStatusBadge status={c.status} />
                  {c.fulfilled ? (
                    <Badge color="teal" variant="filled" radius="sm" tt="none">
                      {t('engagements.promised.fulfilled')}
                    </Badge>
                  ) : null}
                  {c.overdue ? <OverdueBadge /> : null}
                </Group>
                <Text size="sm" c="dimmed">
                  {format.name(c.ownerUnit.name)}
                  {c.dueDate ? ` · ${t('commitments.fields.dueDate')}: ${format.date(c.dueDate)}` : ''}
                </Text>
                {c.tasks.length > 0 ? (
                  <List size="sm" withPadding>
                    {c.tasks.map((task) => (
                      <List.Item key={task.id}>
                        <Group gap="xs">
                          <AnchorLink to="/tasks/$taskId" params={{ taskId: task.id }} size="sm">
                            {task.title}
                          </AnchorLink>
                          <TaskStatusBadge status={task.status} />
                        </Group>
                      </List.Item>
                    ))}
                  </List>
                ) : null}
              </Stack>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
    </div>
  );
}
