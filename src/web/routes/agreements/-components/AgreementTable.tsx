import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Agreement } from '../../../../shared/schemas/agreements.js';
import { AnchorLink } from '../../../components/links.js';
import { AgreementStatusBadge } from '../../../components/StatusBadges.js';
import { useFormat } from '../../../lib/format.js';
import { DataTable } from '../../../components/DataTable.js';

export function AgreementTable({ items, testId = 'agreement-table' }: { items: Agreement[]; testId?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <DataTable
      items={items}
      columns={[
        { label: t('agreements.fields.title') },
        { label: t('agreements.fields.kind') },
        { label: t('agreements.fields.signedDate') },
        { label: t('agreements.fields.partners') },
        { label: t('agreements.fields.status') },
      ]}
      row={(a) => (
        <Table.Tr key={a.id}>
          <Table.Td>
            <AnchorLink to="/agreements/$agreementId" params={{ agreementId: a.id }} fw={500}>
              {format.name(a.title)}
            </AnchorLink>
            <Text size="xs" c="dimmed">
              {a.fields.map((field) => t(`sectors.${field}`)).join(', ')}
            </Text>
          </Table.Td>
          <Table.Td>{t(`agreements.kinds.${a.kind}`)}</Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>{a.signedDate ? format.date(a.signedDate) : '—'}</Table.Td>
          <Table.Td>{a.partners.map((p) => format.name(p.name)).join(', ') || '—'}</Table.Td>
          <Table.Td>
            <AgreementStatusBadge status={a.status} />
          </Table.Td>
        </Table.Tr>
      )}
      empty={t('agreements.list.empty')}
      minWidth={760}
      testId={testId}
    />
  );
}
