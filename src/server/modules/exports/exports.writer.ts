import ExcelJS from 'exceljs';
import type { ExportFormat } from '../../../shared/schemas/exports.js';
import { toCsv, type Cell } from '../../lib/csv.js';

export type { Cell };

export interface ExportTable {
  title: string;
  headers: string[];
  rows: Cell[][];
}

/** One sheet with a bold, frozen header row; strings are stored as text cells, which spreadsheets never evaluate. */
export async function toXlsx({ title, headers, rows }: ExportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'econdip';
  const sheet = workbook.addWorksheet(title.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(headers).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column, index) => {
    const longest = Math.max(headers[index]?.length ?? 0, ...rows.slice(0, 200).map((row) => String(row[index] ?? '').length));
    column.width = Math.min(60, Math.max(10, longest + 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const writeExport = (format: ExportFormat, table: ExportTable): Promise<Buffer> => (format === 'csv' ? Promise.resolve(toCsv(table.headers, table.rows)) : toXlsx(table));

export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
