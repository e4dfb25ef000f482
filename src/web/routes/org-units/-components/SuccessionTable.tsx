import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrgUnitLink } from '../../../../shared/schemas/org-units.js';
import { AnchorLink } from '../../../components/links.js';
import { useFormat } from '../../../lib/format.js';

/** Predecessors or successors of a unit, with the date the change took effect. */
export function SuccessionTable({ links, testId }: { links: OrgUnitLink[]; testId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (links.length === 0) return <Text c="dimmed">{t('orgUnits.detail.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table data-testid={testId} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('orgUnits.fields.unit')}</Table.Th>
            <Table.Th scope="col">{t('orgUnits.fields.changeKind')}</Table.Th>
            <Table.Th scope="col">{t('orgUnits.fields.effectiveDate')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {links.map((link) => (
            <Table.Tr key={`${link.unit.id}-${link.effectiveDate}`}>
              <Table.Td>
                <AnchorLink to="/org-units/$orgUnitId" params={{ orgUnitId: link.unit.id }}>
                  {format.name(link.unit.name)}
                </AnchorLink>
                {link.note ? (
                  <Text size="xs" c="dimmed">
                    {link.note}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>{t(`orgUnits.successionKinds.${link.kind}`)}</Table.Td>
              <Table.Td>{format.date(link.effectiveDate)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
