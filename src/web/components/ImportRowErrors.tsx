import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportRowError } from '../../shared/schemas/imports.js';
import { useFormat } from '../lib/format.js';

/** The rows an import refused: row, column and the problem in the interface language (the server's English detail below it). */
export function ImportRowErrors({ rows }: { rows: ImportRowError[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped verticalSpacing={4} data-testid="import-row-errors">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('imports.row')}</Table.Th>
            <Table.Th scope="col">{t('imports.column')}</Table.Th>
            <Table.Th scope="col">{t('imports.problem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => (
            <Table.Tr key={`${row.row}-${row.field}-${index}`}>
              <Table.Td>{format.number(row.row)}</Table.Td>
              <Table.Td>
                <code>{row.field}</code>
              </Table.Td>
              <Table.Td>
                <Text size="sm" data-testid="import-error-text">
                  {t(`imports.errorCodes.${row.code}`)}
                </Text>
                <Text size="xs" c="dimmed" lang="en">
                  {row.message}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
