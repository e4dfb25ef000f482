import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { dateOfExcelSerial, parseDateInput } from '../../../shared/dates.js';
import { formatDecimal, parseNumber, type NumberRefusal } from '../../../shared/numbers.js';
import type { ImportErrorCode, ImportKind } from '../../../shared/schemas/imports.js';
import { yieldToEventLoop } from '../../lib/batches.js';
import { DomainError, invalidField, LimitExceeded } from '../../lib/errors.js';
import { detectType } from '../attachments/attachments.service.js';
import { unpackWorkbook, type ImportLimits } from './imports.archive.js';
import { IMPORT_COLUMNS, type ImportColumn, type ImportLanguage } from './imports.columns.js';

const SHEETS = {
  vi: { data: 'Dữ liệu', help: 'Hướng dẫn', lists: 'Danh sách' },
  en: { data: 'Data', help: 'Instructions', lists: 'Lists' },
} as const;
const TEMPLATE_ROWS = 1000;

const KEY_NOTE = { vi: 'tên tiếng Việt + ngày', en: 'Vietnamese title + date' };

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Refuses an upload whose bytes are not an Excel workbook. */
export function assertWorkbook(file: Buffer) {
  if (detectType(file) !== XLSX) throw invalidField('file', 'Upload the filled-in XLSX template');
}

const TEXT = {
  vi: {
    helpHeaders: ['Cột', 'Bắt buộc', 'Hướng dẫn', 'Ví dụ'],
    yes: 'có',
    rules: (key: string) =>
      `Mỗi dòng của trang "${SHEETS.vi.data}" là một bản ghi. Nếu có một dòng sai, không dòng nào được nhập và hệ thống trả về danh sách lỗi theo từng dòng. Nhập lại cùng một tệp không tạo bản ghi trùng (khóa: ${key}).`,
    pick: 'Chọn một giá trị trong danh sách.',
  },
  en: {
    helpHeaders: ['Column', 'Required', 'Instructions', 'Example'],
    yes: 'yes',
    rules: (key: string) =>
      `Each row of the "${SHEETS.en.data}" sheet is one record. If any row is invalid nothing is imported and a row-by-row report is returned. Re-importing the same file creates no duplicates (key: ${key}).`,
    pick: 'Choose a value from the list.',
  },
};

/** How the template shows a stored example: a label for a code, dd/mm/yyyy in Vietnamese, grouped amounts. */
function exampleOf(column: ImportColumn, language: ImportLanguage): string {
  if (!column.example) return '';
  const option = column.options?.find((o) => o.code === column.example);
  if (option) return option.label[language];
  if (column.type === 'date' && language === 'vi') return column.example.split('-').reverse().join('/');
  if (column.type === 'amount' || column.type === 'count') return formatDecimal(column.example, language);
  return column.example;
}

/** The import template in one language: a data sheet with headers and drop-downs of labels, instructions, and the lists. */
export const buildTemplate = (kind: ImportKind, language: ImportLanguage): Promise<Buffer> => buildColumnsTemplate(IMPORT_COLUMNS[kind], KEY_NOTE, language);

/** A template for any column set (shared with other imports); `keyNote` says what makes two rows the same record. */
export async function buildColumnsTemplate(columns: readonly ImportColumn[], keyNote: { vi: string; en: string }, language: ImportLanguage): Promise<Buffer> {
  const sheets = SHEETS[language];
  const text = TEXT[language];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'econdip';
  const data = workbook.addWorksheet(sheets.data, { views: [{ state: 'frozen', ySplit: 1 }] });
  data.columns = columns.map((column) => ({ header: column.label[language], key: column.key, width: Math.max(14, column.label[language].length + 4) }));
  data.getRow(1).font = { bold: true };

  const help = workbook.addWorksheet(sheets.help);
  help.columns = [{ width: 30 }, { width: 10 }, { width: 80 }, { width: 40 }];
  help.addRow(text.helpHeaders).font = { bold: true };
  for (const column of columns) help.addRow([column.label[language], column.required ? text.yes : '', column.help[language], exampleOf(column, language)]);
  help.addRow([]);
  help.addRow(['', '', text.rules(keyNote[language])]);

  const lists = workbook.addWorksheet(sheets.lists, { state: 'hidden' });
  columns.forEach((column, index) => {
    if (!column.options) return;
    const letter = lists.getColumn(index + 1).letter;
    lists.getCell(`${letter}1`).value = column.label[language];
    column.options.forEach((option, row) => (lists.getCell(`${letter}${row + 2}`).value = option.label[language]));
    const range = `'${sheets.lists}'!$${letter}$2:$${letter}$${column.options.length + 1}`;
    const target = data.getColumn(index + 1).letter;
    for (let row = 2; row <= TEMPLATE_ROWS; row++) {
      data.getCell(`${target}${row}`).dataValidation = {
        type: 'list',
        allowBlank: !column.required,
        formulae: [range],
        showErrorMessage: true,
        errorTitle: column.label[language],
        error: text.pick,
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

/** The cell's value when Excel holds a number (not text that looks like one). */
function cellNumber(value: ExcelJS.CellValue): number | null {
  if (typeof value === 'number') return value;
  if (value && typeof value === 'object' && 'result' in value && typeof value.result === 'number') return value.result;
  return null;
}

/** A cell that could not be read for its column: reported on the row, whatever the rest of the row says. */
export interface CellProblem {
  field: string;
  code: ImportErrorCode;
  message: string;
  reason?: NumberRefusal;
}

export interface SheetRow {
  /** The Excel row number, as the user sees it. */
  row: number;
  /** Each filled cell by column key, read for its column: codes for labels, YYYY-MM-DD for dates, exact decimals. */
  values: Record<string, string>;
  /** Each filled cell as it was typed, by column key (shown beside a problem). */
  texts: Record<string, string>;
  problems: CellProblem[];
}

/** Reads one cell for its column; a number that cannot be read without guessing becomes a problem, not a value. */
function readCell(column: ImportColumn, raw: ExcelJS.CellValue, text: string, language: ImportLanguage): { value?: string; problem?: CellProblem } {
  const number = cellNumber(raw);
  if (column.type === 'date') {
    const day = number !== null ? dateOfExcelSerial(number) : parseDateInput(text);
    return { value: day ?? text };
  }
  if (column.type === 'amount' || column.type === 'count') {
    const rules = { maxDecimals: column.type === 'count' ? 0 : 2 };
    // An Excel number cell holds the number itself; typed text follows the template's language.
    const parsed = number !== null ? parseNumber(String(number), 'en', rules) : parseNumber(text, language, rules);
    if (parsed.ok) return { value: parsed.value };
    return { value: text, problem: { field: column.field, code: 'invalid_number', message: parsed.message, reason: parsed.refusal } };
  }
  if (column.options) {
    const wanted = text.toLocaleLowerCase('vi');
    const option = column.options.find((o) => o.code.toLowerCase() === wanted || o.label.vi.toLocaleLowerCase('vi') === wanted || o.label.en.toLowerCase() === wanted);
    return { value: option?.code ?? text };
  }
  return { value: text };
}

/** Called as rows are read: the number of data rows read so far. */
export type RowsRead = (rows: number) => void;

const READ_REPORT_EVERY = 250;

/** What the streaming reader knows of the workbook once it has read `xl/workbook.xml`. */
interface StreamedBook {
  model?: { sheets?: { name: string }[] };
}

const tooManyRows = (max: number) =>
  new LimitExceeded(
    { name: 'rows', max, found: max + 1 },
    `The sheet holds more than ${max} data rows (reading stopped at row ${max + 1}); import at most ${max} rows per file: split it into smaller files`,
  );

/**
 * Reads the data sheet's rows by header name, streaming the sheet; blank rows are skipped. Throws `invalid` for a
 * file that is not a template, `payload_too_large` for one over the limits (reading stops at the first data row past
 * `limits.maxRows`).
 */
export const readRows = (kind: ImportKind, file: Buffer, limits: ImportLimits, language: ImportLanguage, onRead?: RowsRead): Promise<SheetRow[]> =>
  readColumnRows(IMPORT_COLUMNS[kind], kind, file, limits, language, onRead);

/** `readRows` for any column set (shared with other imports); `name` names the template in errors. */
export async function readColumnRows(columns: readonly ImportColumn[], name: string, file: Buffer, limits: ImportLimits, language: ImportLanguage, onRead?: RowsRead): Promise<SheetRow[]> {
  // Only the parts an import reads, in the order the streaming reader wants them (sheets after their strings).
  const archive = unpackWorkbook(file, limits);
  const book = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([archive]), { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  // A header is the column's key or its label in either language.
  const byHeader = new Map<string, ImportColumn>();
  for (const column of columns) for (const header of [column.key, column.label.vi, column.label.en]) byHeader.set(header.toLocaleLowerCase('vi'), column);
  let headers: Map<number, ImportColumn> | undefined;
  const checkHeaders = (found: Map<number, ImportColumn>) => {
    const keys = new Set([...found.values()].map((column) => column.key));
    const missing = columns.filter((column) => column.required && !keys.has(column.key));
    if (missing.length > 0) throw invalidField('file', `Missing columns ${missing.map((column) => column.label.en).join(', ')}; start from the ${name} template`);
    return found;
  };
  const rows: SheetRow[] = [];
  let sheetFound = false;
  try {
    for await (const sheet of book) {
      const sheets = (book as unknown as StreamedBook).model?.sheets ?? [];
      const wanted = sheets.find((s) => s.name === SHEETS.vi.data || s.name === SHEETS.en.data) ?? sheets[0];
      if (wanted && (sheet as unknown as { name: string }).name !== wanted.name) continue;
      sheetFound = true;
      for await (const row of sheet) {
        if (row.number === 1) {
          const found = new Map<number, ImportColumn>();
          row.eachCell((cell, col) => {
            const column = byHeader.get(cellText(cell.value).toLocaleLowerCase('vi'));
            if (column) found.set(col, column);
          });
          headers = checkHeaders(found);
          continue;
        }
        headers ??= checkHeaders(new Map());
        const values: Record<string, string> = {};
        const texts: Record<string, string> = {};
        const problems: CellProblem[] = [];
        row.eachCell((cell, col) => {
          const column = headers!.get(col);
          const text = cellText(cell.value);
          if (!column || !text) return;
          texts[column.key] = text;
          const read = readCell(column, cell.value, text, language);
          if (read.value !== undefined) values[column.key] = read.value;
          if (read.problem) problems.push(read.problem);
        });
        if (Object.keys(texts).length === 0) continue;
        if (rows.length === limits.maxRows) throw tooManyRows(limits.maxRows);
        rows.push({ row: row.number, values, texts, problems });
        if (rows.length % READ_REPORT_EVERY === 0) {
          onRead?.(rows.length);
          // Parsing the sheet is CPU work between awaits that never reach the timers: let other requests in.
          await yieldToEventLoop();
        }
      }
      break;
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw invalidField('file', 'The file is not a readable XLSX workbook');
  }
  if (!sheetFound) throw invalidField('file', 'The workbook has no sheets');
  headers ??= checkHeaders(new Map());
  onRead?.(rows.length);
  return rows;
}
