import { Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Commitment } from '../../../../shared/schemas/commitments.js';
import { EmptyText } from '../../../components/EmptyText.js';
import { AnchorLink } from '../../../components/links.js';
import { CommitmentStatusBadge, OverdueBadge } from '../../../components/StatusBadges.js';
import { useFormat } from '../../../lib/format.js';

export function CommitmentTable({ items, testId = 'commitment-table' }: { items: Commitment[]; testId?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (items.length === 0) return <EmptyText>{t('commitments.list.empty')}</EmptyText>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('commitments.fields.title')}</Table.Th>
            <Table.Th scope="col">{t('commitments.fields.ownerUnit')}</Table.Th>
            <Table.Th scope="col">{t('commitments.fields.dueDate')}</Table.Th>
            <Table.Th scope="col">{t('commitments.fields.status')}</Table.Th>
            <Table.Th scope="col">{t('commitments.fields.progress')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                <AnchorLink to="/commitments/$commitmentId" params={{ commitmentId: c.id }} fw={500}>
                  {c.title}
                </AnchorLink>
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
                <Text size="sm">{t('commitments.progress', { completed: format.number(c.progress.completed), tasks: format.number(c.progress.tasks) })}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
