import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { EmptyText } from './EmptyText.js';

export interface DataColumn {
  label: string;
  /** Read by screen readers only (e.g. the column of row actions). */
  hidden?: boolean;
  align?: 'left' | 'right';
}

interface DataTableProps<T> {
  items: T[];
  columns: DataColumn[];
  /** One `<Table.Tr>` per item, with a key. */
  row: (item: T) => ReactNode;
  /** Said instead of an empty table. */
  empty: string;
  /** Below this width the table scrolls sideways instead of squeezing (phones). */
  minWidth: number;
  testId?: string;
  striped?: boolean;
}

/** The records table of a list: column headers with `scope`, sideways scrolling on phones, a sentence when empty. */
export function DataTable<T>({ items, columns, row, empty, minWidth, testId, striped = true }: DataTableProps<T>) {
  if (items.length === 0) return <EmptyText>{empty}</EmptyText>;
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped={striped} highlightOnHover={striped} verticalSpacing="xs" data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column, index) => (
              <Table.Th key={index} scope="col" ta={column.align}>
                {column.hidden ? <span className="visually-hidden">{column.label}</span> : column.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{items.map(row)}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
