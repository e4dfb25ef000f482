import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportRowError } from '../../shared/schemas/imports.js';
import { useFormat } from '../lib/format.js';

/**
 * The rows an import refused: row, column (its header in the template) and the problem in the interface language,
 * with the cell as typed; the server's English detail only on an English page.
 */
export function ImportRowErrors({ rows }: { rows: ImportRowError[] }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const english = i18n.language === 'en';
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
              <Table.Td>{row.column ?? row.field}</Table.Td>
              <Table.Td>
                <Text size="sm" data-testid="import-error-text">
                  {row.reason ? t(`numbers.refusals.${row.reason}`, { count: row.reason === 'too_large' ? 18 : 2 }) : t(`imports.errorCodes.${row.code}`)}
                </Text>
                {row.value !== undefined ? (
                  <Text size="xs" c="dimmed">
                    {t('imports.typed', { value: row.value })}
                  </Text>
                ) : null}
                {english && !row.reason ? (
                  <Text size="xs" c="dimmed">
                    {row.message}
                  </Text>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
