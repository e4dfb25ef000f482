import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrgUnitDetail } from '../../../../shared/schemas/org-units.js';
import { AnchorLink } from '../../../components/links.js';
import { useFormat } from '../../../lib/format.js';
import { Validity } from './Validity.js';

export function ParentPeriods({ parents }: { parents: OrgUnitDetail['parents'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (parents.length === 0) return <Text c="dimmed">{t('orgUnits.detail.noParent')}</Text>;
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table data-testid="parents" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('orgUnits.fields.parent')}</Table.Th>
            <Table.Th scope="col">{t('orgUnits.fields.period')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {parents.map((period) => (
            <Table.Tr key={`${period.parent.id}-${period.validFrom ?? ''}`}>
              <Table.Td>
                <AnchorLink to="/org-units/$orgUnitId" params={{ orgUnitId: period.parent.id }}>
                  {format.name(period.parent.name)}
                </AnchorLink>
              </Table.Td>
              <Table.Td>
                <Validity from={period.validFrom} to={period.validTo} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
