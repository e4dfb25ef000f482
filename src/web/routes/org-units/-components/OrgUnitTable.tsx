import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrgUnitSummary } from '../../../../shared/schemas/org-units.js';
import { useCountryName } from '../../../components/countries.js';
import { AnchorLink } from '../../../components/links.js';
import { useFormat } from '../../../lib/format.js';
import { TypeBadge } from './TypeBadge.js';
import { Validity } from './Validity.js';

export function OrgUnitTable({ items }: { items: OrgUnitSummary[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();

  if (items.length === 0) return <Text c="dimmed">{t('orgUnits.list.empty')}</Text>;

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="org-unit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('orgUnits.fields.name')}</Table.Th>
            <Table.Th scope="col">{t('orgUnits.fields.code')}</Table.Th>
            <Table.Th scope="col">{t('orgUnits.fields.type')}</Table.Th>
            <Table.Th scope="col">{t('orgUnits.fields.country')}</Table.Th>
            <Table.Th scope="col">{t('orgUnits.fields.validity')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((unit) => (
            <Table.Tr key={unit.id}>
              <Table.Td>
                <AnchorLink to="/org-units/$orgUnitId" params={{ orgUnitId: unit.id }} fw={500}>
                  {format.name(unit.name)}
                </AnchorLink>
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {unit.code}
                </Text>
              </Table.Td>
              <Table.Td>
                <TypeBadge type={unit.type} />
              </Table.Td>
              <Table.Td>{countryName(unit.countryCode)}</Table.Td>
              <Table.Td>
                <Validity from={unit.validFrom} to={unit.validTo} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
