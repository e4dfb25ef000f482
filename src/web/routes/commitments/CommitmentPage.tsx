import { Blockquote, Button, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Commitment } from '../../../shared/schemas/commitments.js';
import { DeadlineWarnings } from '../../components/DeadlineWarnings.js';
import { Facts } from '../../components/Facts.js';
import { AnchorLink } from '../../components/links.js';
import { useCan } from '../../components/me-context.js';
import { Page } from '../../components/Page.js';
import { RecordHistory } from '../../components/RecordHistory.js';
import { ErrorState, LoadedPage, Loading } from '../../components/QueryState.js';
import { Section } from '../../components/Section.js';
import { CommitmentStatusBadge, OverdueBadge } from '../../components/StatusBadges.js';
import { useFormat } from '../../lib/format.js';
import { taskListQuery } from '../tasks/-api.js';
import { TaskFormModal } from '../tasks/-components/TaskFormModal.js';
import { TaskTable } from '../tasks/-components/TaskTable.js';
import { commitmentQuery } from './-api.js';
import { CommitmentFormModal } from './-components/CommitmentFormModal.js';

export function CommitmentPage({ commitmentId }: { commitmentId: string }) {
  const { t } = useTranslation();
  const query = useQuery(commitmentQuery(commitmentId));
  return <LoadedPage query={query} title={t('commitments.detail.loadingTitle')}>{(data) => <CommitmentView commitment={data} />}</LoadedPage>;
}

function CommitmentView({ commitment }: { commitment: Commitment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const canAssign = useCan('tasks.create');
  const [assigning, assignModal] = useDisclosure(false);
  const [editing, editModal] = useDisclosure(false);
  const tasks = useQuery(taskListQuery({ commitmentId: commitment.id, pageSize: 200 }));
  const topLevel = tasks.data?.items.filter((task) => !task.parentTaskId) ?? [];

  return (
    <Page
      title={commitment.title}
      subtitle={t('commitments.detail.subtitle')}
      actions={
        <>
          {commitment.abilities.update ? (
            <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={editModal.open} data-testid="edit-commitment">
              {t('commitments.edit.open')}
            </Button>
          ) : null}
          {canAssign ? (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={assignModal.open}>
              {t('tasks.create.open')}
            </Button>
          ) : null}
        </>
      }
    >
      <Group gap="xs">
        <CommitmentStatusBadge status={commitment.status} />
        {commitment.overdue ? <OverdueBadge /> : null}
      </Group>
      <DeadlineWarnings warnings={commitment.deadlineWarnings} />
      <Section title={t('commitments.detail.about')}>
        {commitment.sourceQuote ? (
          <Blockquote p="sm" color="gray" mb="sm" cite={t('commitments.fields.sourceQuote')}>
            {commitment.sourceQuote}
          </Blockquote>
        ) : null}
        <Facts
          items={[
            { label: t('commitments.fields.ownerUnit'), value: format.name(commitment.ownerUnit.name) },
            { label: t('commitments.fields.coOwnerUnits'), value: commitment.coOwnerUnits.map((u) => format.name(u.name)).join(', ') || '—' },
            { label: t('commitments.fields.dueDate'), value: commitment.dueDate ? format.date(commitment.dueDate) : '—' },
            { label: t('commitments.fields.indicator'), value: commitment.indicatorCode ?? '—' },
            {
              label: t('commitments.fields.progress'),
              value: commitment.unassigned ? t('commitments.unassigned') : t('commitments.progress', { completed: format.number(commitment.progress.completed), tasks: format.number(commitment.progress.tasks) }),
              testId: 'commitment-progress',
            },
            {
              label: t('commitments.fields.agreement'),
              value: commitment.agreement ? (
                <AnchorLink to="/agreements/$agreementId" params={{ agreementId: commitment.agreement.id }}>
                  {format.name(commitment.agreement.title)}
                </AnchorLink>
              ) : (
                '—'
              ),
            },
            {
              label: t('commitments.fields.engagement'),
              value: commitment.engagement ? (
                <AnchorLink to="/engagements/$engagementId" params={{ engagementId: commitment.engagement.id }}>
                  {format.name(commitment.engagement.title)}
                </AnchorLink>
              ) : (
                '—'
              ),
            },
          ]}
        />
      </Section>
      <Section title={t('commitments.detail.tasks')} testId="commitment-tasks">
        {tasks.isPending ? (
          <Loading lines={3} />
        ) : tasks.isError ? (
          <ErrorState error={tasks.error} onRetry={() => void tasks.refetch()} />
        ) : (
          <Stack gap="sm">
            <TaskTable items={topLevel} empty={t('commitments.detail.noTasks')} />
          </Stack>
        )}
      </Section>
      <AnchorLink to="/commitments" size="sm">
        {t('commitments.detail.back')}
      </AnchorLink>
      <TaskFormModal opened={assigning} onClose={assignModal.close} commitment={commitment} />
      <CommitmentFormModal opened={editing} onClose={editModal.close} commitmentId={commitment.id} />
      <RecordHistory entity="commitment" entityId={commitment.id} />
    </Page>
  );
}
