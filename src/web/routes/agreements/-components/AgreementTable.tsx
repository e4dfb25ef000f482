import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '../../../../shared/schemas/agreements.js';
import { EmptyText } from '../../../components/EmptyText.js';
import { AnchorLink } from '../../../components/links.js';
import { AgreementStatusBadge } from '../../../components/StatusBadges.js';
import { useFormat } from '../../../lib/format.js';

export function AgreementTable({ items, testId = 'agreement-table' }: { items: Agreement[]; testId?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (items.length === 0) return <EmptyText>{t('agreements.list.empty')}</EmptyText>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('agreements.fields.title')}</Table.Th>
            <Table.Th scope="col">{t('agreements.fields.kind')}</Table.Th>
            <Table.Th scope="col">{t('agreements.fields.signedDate')}</Table.Th>
            <Table.Th scope="col">{t('agreements.fields.partners')}</Table.Th>
            <Table.Th scope="col">{t('agreements.fields.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>
                <AnchorLink to="/agreements/$agreementId" params={{ agreementId: a.id }} fw={500}>
                  {format.name(a.title)}
                </AnchorLink>
                <Text size="xs" c="dimmed">
                  {a.fields.map((field) => t(`agreements.fieldNames.${field}`)).join(', ')}
                </Text>
              </Table.Td>
              <Table.Td>{t(`agreements.kinds.${a.kind}`)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{a.signedDate ? format.date(a.signedDate) : '—'}</Table.Td>
              <Table.Td>{a.partners.map((p) => format.name(p.name)).join(', ') || '—'}</Table.Td>
              <Table.Td>
                <AgreementStatusBadge status={a.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
