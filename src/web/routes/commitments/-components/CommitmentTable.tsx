import { Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Commitment } from '../../../../shared/schemas/commitments.js';
import { AnchorLink } from '../../../components/links.js';
import { CommitmentStatusBadge, OverdueBadge } from '../../../components/StatusBadges.js';
import { useFormat } from '../../../lib/format.js';
import { DataTable } from '../../../components/DataTable.js';

export function CommitmentTable({ items, testId = 'commitment-table' }: { items: Commitment[]; testId?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <DataTable
      items={items}
      columns={[
        { label: t('commitments.fields.title') },
        { label: t('commitments.fields.ownerUnit') },
        { label: t('commitments.fields.dueDate') },
        { label: t('commitments.fields.status') },
        { label: t('commitments.fields.progress') },
      ]}
      row={(c) => (
        <Table.Tr key={c.id}>
          <Table.Td>
            <AnchorLink to="/commitments/$commitmentId" params={{ commitmentId: c.id }} fw={500}>
              {c.title}
            </AnchorLink>
            {c.agreement ?? c.engagement ?? c.sourceDocument ? (
              <Text size="xs" c="dimmed" data-testid="commitment-source">
                {t(c.agreement ? 'commitments.fields.agreement' : c.engagement ? 'commitments.fields.engagement' : 'sourceDocuments.list.title')}:{' '}
                {format.name((c.agreement ?? c.engagement ?? c.sourceDocument)!.title)}
              </Text>
            ) : null}
          </Table.Td>
          <Table.Td>{format.name(c.ownerUnit.name)}</Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.dueDate ? format.date(c.dueDate) : '—'}</Table.Td>
          <Table.Td>
            <Group gap={4} wrap="nowrap">
              <CommitmentStatusBadge status={c.status} />
              {c.overdue ? <OverdueBadge /> : null}
            </Group>
          </Table.Td>
          <Table.Td>
            <Text size="sm">{c.unassigned ? t('commitments.unassigned') : t('commitments.progress', { completed: format.number(c.progress.completed), tasks: format.number(c.progress.tasks) })}</Text>
          </Table.Td>
        </Table.Tr>
      )}
      empty={t('commitments.list.empty')}
      minWidth={720}
      testId={testId}
    />
  );
}
