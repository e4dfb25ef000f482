import ExcelJS from 'exceljs';
import type { ImportKind } from '../../../shared/schemas/imports.js';
import { invalidField } from '../../lib/errors.js';
import { detectType } from '../attachments/attachments.service.js';
import { unpackWorkbook, type ImportLimits } from './imports.archive.js';
import { IMPORT_COLUMNS, type ImportColumn } from './imports.columns.js';

const DATA_SHEET = 'Data';
const LISTS_SHEET = 'Lists';
const TEMPLATE_ROWS = 1000;

const KEY_NOTE = { vi: 'tên tiếng Việt + ngày', en: 'Vietnamese title + date' };

/** The import template: a data sheet with the header row and drop-downs, bilingual instructions, and the lists. */
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Refuses an upload whose bytes are not an Excel workbook. */
export function assertWorkbook(file: Buffer) {
  if (detectType(file) !== XLSX) throw invalidField('file', 'Upload the filled-in XLSX template');
}

export const buildTemplate = (kind: ImportKind): Promise<Buffer> => buildColumnsTemplate(IMPORT_COLUMNS[kind], KEY_NOTE);

/** A template for any column set (shared with other imports); `keyNote` says what makes two rows the same record. */
export async function buildColumnsTemplate(columns: readonly ImportColumn[], keyNote: { vi: string; en: string }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'econdip';
  const data = workbook.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  data.columns = columns.map((column) => ({ header: column.key, key: column.key, width: Math.max(14, column.key.length + 4) }));
  data.getRow(1).font = { bold: true };

  const help = workbook.addWorksheet('Hướng dẫn - Instructions');
  help.columns = [
    { header: 'Cột / Column', width: 22 },
    { header: 'Bắt buộc / Required', width: 12 },
    { header: 'Hướng dẫn (tiếng Việt)', width: 70 },
    { header: 'Instructions (English)', width: 50 },
    { header: 'Ví dụ / Example', width: 40 },
  ];
  help.getRow(1).font = { bold: true };
  for (const column of columns) help.addRow([column.key, column.required ? 'x' : '', column.vi, column.en, column.example]);
  help.addRow([]);
  help.addRow(['', '', `Mỗi dòng của trang "Data" là một bản ghi. Nếu có một dòng sai, không dòng nào được nhập và hệ thống trả về danh sách lỗi theo từng dòng. Nhập lại cùng một tệp không tạo bản ghi trùng (khóa: ${keyNote.vi}).`, `Each row of the "Data" sheet is one record. If any row is invalid nothing is imported and a row-by-row report is returned. Re-importing the same file creates no duplicates (key: ${keyNote.en}).`]);

  const lists = workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  columns.forEach((column, index) => {
    if (!column.list) return;
    const letter = lists.getColumn(index + 1).letter;
    lists.getCell(`${letter}1`).value = column.key;
    column.list.forEach((value, row) => (lists.getCell(`${letter}${row + 2}`).value = value));
    const range = `${LISTS_SHEET}!$${letter}$2:$${letter}$${column.list.length + 1}`;
    const target = data.getColumn(index + 1).letter;
    for (let row = 2; row <= TEMPLATE_ROWS; row++) {
      data.getCell(`${target}${row}`).dataValidation = {
        type: 'list',
        allowBlank: !column.required,
        formulae: [range],
        showErrorMessage: true,
        errorTitle: column.key,
        error: `Chọn một giá trị trong danh sách / choose a value from the list: ${column.list.join(', ')}`,
      };
    }
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** A cell as text: Excel dates become YYYY-MM-DD, rich text and links their text, formulas their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDay(value);
  if (typeof value !== 'object') return String(value).trim();
  if ('richText' in value) return value.richText.map((part) => part.text).join('').trim();
  if ('text' in value) return cellText(value.text);
  if ('result' in value) return cellText(value.result ?? null);
  return '';
}

export interface SheetRow {
  /** The Excel row number, as the user sees it. */
  row: number;
  values: Record<string, string>;
}

/**
 * Reads the data sheet's rows by header name; blank rows are skipped. Throws `invalid` for a file that is not a
 * template, `payload_too_large` for one over the limits.
 */
export const readRows = (kind: ImportKind, file: Buffer, limits: ImportLimits): Promise<SheetRow[]> => readColumnRows(IMPORT_COLUMNS[kind], kind, file, limits);

/** `readRows` for any column set (shared with other imports); `name` names the template in errors. */
export async function readColumnRows(columns: readonly ImportColumn[], name: string, file: Buffer, limits: ImportLimits): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  const archive = unpackWorkbook(file, limits);
  try {
    await workbook.xlsx.load(new Uint8Array(archive).buffer);
  } catch {
    throw invalidField('file', 'The file is not a readable XLSX workbook');
  }
  const sheet = workbook.getWorksheet(DATA_SHEET) ?? workbook.worksheets[0];
  if (!sheet) throw invalidField('file', 'The workbook has no sheets');
  const headers = new Map<number, string>();
  sheet.getRow(1).eachCell((cell, col) => headers.set(col, cellText(cell.value).toLowerCase()));
  const missing = columns.filter((column) => column.required && ![...headers.values()].includes(column.key));
  if (missing.length > 0) throw invalidField('file', `Missing columns ${missing.map((column) => column.key).join(', ')}; start from the ${name} template`);
  const rows: SheetRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const values: Record<string, string> = {};
    row.eachCell((cell, col) => {
      const key = headers.get(col);
      const text = cellText(cell.value);
      if (key && text) values[key] = text;
    });
    if (Object.keys(values).length > 0) rows.push({ row: rowNumber, values });
  });
  return rows;
}
