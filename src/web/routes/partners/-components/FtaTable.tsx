import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Fta } from '../../../../shared/schemas/partners.js';
import { useFormat } from '../../../lib/format.js';

/** FTAs with their status and dates. */
export function FtaTable({ ftas }: { ftas: Fta[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('partners.fta.name')}</Table.Th>
            <Table.Th scope="col">{t('partners.fta.status')}</Table.Th>
            <Table.Th scope="col">{t('partners.fta.signed')}</Table.Th>
            <Table.Th scope="col">{t('partners.fta.inForce')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ftas.map((fta) => (
            <Table.Tr key={fta.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {fta.shortName}
                </Text>
                <Text size="xs" c="dimmed">
                  {fta.name}
                </Text>
              </Table.Td>
              <Table.Td>{t(`partners.ftaStatuses.${fta.status}`)}</Table.Td>
              <Table.Td>{fta.signedDate ? format.date(fta.signedDate) : '—'}</Table.Td>
              <Table.Td>{fta.inForceDate ? format.date(fta.inForceDate) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
