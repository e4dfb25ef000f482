import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  convertMillimetersToTwip,
  type ParagraphChild,
} from 'docx';
import ExcelJS from 'exceljs';
import type { Report, ReportFigure, ReportLanguage } from '../../../shared/schemas/reports.js';
import enReports from '../../../web/i18n/en/reports.json' with { type: 'json' };
import viReports from '../../../web/i18n/vi/reports.json' with { type: 'json' };

/** The web app's own wording of reports, so a file reads as the screen it came from. */
const TEXT = { vi: viReports, en: enReports } as const;

const LOCALES: Record<ReportLanguage, string> = { vi: 'vi-VN', en: 'en-GB' };

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));

/** A figure's number in the report's language: vi 1.234.567,5 — en 1,234,567.5. */
export const formatNumber = (value: string | number, language: ReportLanguage) =>
  new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 2 }).format(Number(value));

/** Decree 30/2020: "ngày 05 tháng 02 năm 2026" (a zero before days below 10 and months 1 and 2); en "5 February 2026". */
export function writtenDate(day: string, language: ReportLanguage): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  if (language === 'en') return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, date)));
  return `ngày ${String(date).padStart(2, '0')} tháng ${month <= 2 ? `0${month}` : month} năm ${year}`;
}

/** How a document is placed: where its links point and the day it is dated. */
export interface DocumentContext {
  /** The web app's address, for the links to each figure's records. */
  publicUrl: string;
  /** The calendar day the document is dated (the issue day once issued). */
  day: string;
}

/** One line of the annex: a snapshot figure (the report period's value or one of its comparisons). */
export interface AnnexRow {
  number: number;
  section: string;
  code: string;
  indicator: string;
  definition: string;
  period: { from: string; to: string; label: string };
  base: string;
  value: string | null;
  written: string;
  unit: string;
  count: number;
  target: string;
  status: string;
  parameters: string;
  link: string;
}

const UNIT_SUFFIX = (unit: ReportFigure['unit'], language: ReportLanguage) => (unit === 'count' ? '' : unit === 'percent' ? '%' : ` ${TEXT[language].document.unitNames[unit]}`);

/** A value with its unit as the text states it ("253", "45,5%", "31,4 tỷ USD"). */
export const figureText = (value: string | null, unit: ReportFigure['unit'], language: ReportLanguage) => (value === null ? '—' : `${formatNumber(value, language)}${UNIT_SUFFIX(unit, language)}`);

/** The web page that lists exactly the records a figure counts. */
export const recordsLink = (publicUrl: string, code: string, filter: Record<string, string>) =>
  `${publicUrl}/indicators/${encodeURIComponent(code)}/records?${new URLSearchParams(filter).toString()}`;

/** Every figure of the snapshot, in the order of the text: the period's value, then each comparison naming its base. */
export function annexRows(report: Report, context: DocumentContext): AnnexRow[] {
  const lng = report.language;
  const text = TEXT[lng];
  const rows: AnnexRow[] = [];
  for (const section of report.sections) {
    for (const figure of section.figures) {
      const target = figure.target
        ? figure.target.high
          ? `${formatNumber(figure.target.low, lng)}–${figureText(figure.target.high, figure.unit, lng)}`
          : figureText(figure.target.low, figure.unit, lng)
        : '';
      const entries = [
        { base: text.document.current, period: figure.period, value: figure.value, count: figure.count, filter: figure.filter },
        ...figure.comparisons.map((c) => ({ base: text.bases[c.base], period: c.period, value: c.value, count: c.count, filter: c.filter })),
      ];
      for (const entry of entries) {
        rows.push({
          number: rows.length + 1,
          section: section.title[lng],
          code: figure.indicatorCode,
          indicator: figure.name[lng],
          definition: figure.definition[lng],
          period: entry.period,
          base: entry.base,
          value: entry.value,
          written: figureText(entry.value, figure.unit, lng),
          unit: text.document.unitNames[figure.unit],
          count: entry.count,
          target: entry === entries[0] ? target : '',
          status: entry === entries[0] && figure.target ? text.targetStatus[figure.target.status] : '',
          parameters: Object.entries(entry.filter)
            .map(([key, value]) => `${key}=${value}`)
            .join('; '),
          link: recordsLink(context.publicUrl, figure.indicatorCode, entry.filter),
        });
      }
    }
  }
  return rows;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const FONT = 'Times New Roman';
/** Half-points: 13 pt for the body text, as Decree 30 allows 13–14. */
const SIZE = 26;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const ALL_THIN = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };

const run = (text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) => new TextRun({ text, font: FONT, size: options.size ?? SIZE, bold: options.bold, italics: options.italics });
const centred = (children: ParagraphChild[], after = 0) => new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children });
/** The short rule under the issuing body, the motto and the summary, drawn as a paragraph's top border over part of the width. */
const rule = (indentMm: number) =>
  new Paragraph({
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    indent: { left: convertMillimetersToTwip(indentMm), right: convertMillimetersToTwip(indentMm) },
    spacing: { before: 80, after: 60, line: 120, lineRule: 'exact' },
    children: [],
  });
const cell = (children: Paragraph[], widthPct: number) => new TableCell({ children, width: { size: widthPct, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, verticalAlign: VerticalAlign.TOP });
const bodyParagraph = (children: ParagraphChild[]) =>
  new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: convertMillimetersToTwip(12.7) }, spacing: { before: 60, after: 60, line: 300 }, children });

/** The header block: issuing body and number on the left, the national title, motto and place and date on the right. */
function headerBlock(report: Report, context: DocumentContext): Table {
  const text = TEXT[report.language].document;
  const date = report.language === 'vi' ? `${text.place}, ${writtenDate(context.day, 'vi')}` : `${text.place}, ${writtenDate(context.day, 'en')}`;
  const number = '\u00a0'.repeat(8);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell([centred([run(report.unit ? report.unit.name[report.language].toUpperCase() : text.issuer, { bold: true })]), rule(15)], 38),
          cell([centred([run(text.nation, { bold: true, size: 24 })]), centred([run(text.motto, { bold: true })]), rule(18)], 62),
        ],
      }),
      new TableRow({
        children: [
          cell([centred([run(fill(text.number, { number }))])], 38),
          cell([centred([run(date, { italics: true })])], 62),
        ],
      }),
    ],
  });
}

/** A period as the text names it: "6 tháng đầu năm 2024", "năm 2024" (en "H1 2024", "2024"); other spans by their label. */
export function periodName(label: string, language: ReportLanguage): string {
  const match = /^(\d{4})(?:-H([12]))?$/.exec(label);
  if (!match) return label;
  const [, year, half] = match;
  if (language === 'en') return half ? `H${half} ${year}` : `${year}`;
  return half ? `6 tháng ${half === '1' ? 'đầu' : 'cuối'} năm ${year}` : `năm ${year}`;
}

/** "- Name: value; the same period a year earlier (6 tháng đầu năm 2024): 58, bằng 4,36 lần; …" */
function figureLine(figure: ReportFigure, language: ReportLanguage): Paragraph {
  const text = TEXT[language];
  const parts = figure.comparisons.map((c) => {
    const ratio = c.ratio !== null ? `, ${fill(text.document.ratio, { ratio: formatNumber(c.ratio, language) })}` : '';
    return `${text.bases[c.base].toLowerCase()} (${periodName(c.period.label, language)}): ${figureText(c.value, figure.unit, language)}${ratio}`;
  });
  if (figure.target) {
    const target = figure.target.high ? `${formatNumber(figure.target.low, language)}–${figureText(figure.target.high, figure.unit, language)}` : figureText(figure.target.low, figure.unit, language);
    parts.push(`${fill(text.document.target, { target })}: ${text.targetStatus[figure.target.status].toLowerCase()}`);
  }
  return bodyParagraph([run(`- ${figure.name[language]}: `), run(figureText(figure.value, figure.unit, language), { bold: true }), run(parts.map((part) => `; ${part}`).join('') + '.')]);
}

/** Recipients on the left, the signature block on the right, as Decree 30 closes a document; a unit report goes to the ministry, signed by the unit's head. */
function closingBlock(language: ReportLanguage, byUnit: boolean): Table {
  const text = TEXT[language].document;
  const recipients = Object.values(byUnit ? text.unitRecipientList : text.recipientList).map((line) => new Paragraph({ children: [run(line, { size: 22 })] }));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell([new Paragraph({ children: [run(text.recipients, { bold: true, italics: true, size: 24 })] }), ...recipients], 50),
          cell([...(byUnit ? [] : [centred([run(text.signatureAuthority, { bold: true })])]), centred([run(byUnit ? text.unitSignatureTitle : text.signatureTitle, { bold: true })]), ...Array.from({ length: 5 }, () => new Paragraph({ children: [] }))], 50),
        ],
      }),
    ],
  });
}

const headerCell = (label: string, widthPct: number) => new TableCell({ width: { size: widthPct, type: WidthType.PERCENTAGE }, verticalAlign: VerticalAlign.CENTER, children: [centred([run(label, { bold: true, size: 20 })])] });
const dataCell = (children: ParagraphChild[], widthPct: number, alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.LEFT) =>
  new TableCell({ width: { size: widthPct, type: WidthType.PERCENTAGE }, children: [new Paragraph({ alignment, children })] });
const small = (value: string) => run(value, { size: 20 });

function annexTable(rows: AnnexRow[], language: ReportLanguage): Table {
  const c = TEXT[language].document.columns;
  const columns: [string, number][] = [
    [c.number, 5],
    [c.indicator, 21],
    [c.period, 8],
    [c.base, 12],
    [c.value, 10],
    [c.unit, 7],
    [c.target, 11],
    [c.count, 10],
    [c.parameters, 16],
  ];
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: ALL_THIN,
    rows: [
      new TableRow({ tableHeader: true, children: columns.map(([label, width]) => headerCell(label, width)) }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: [
              dataCell([small(String(row.number))], 5, AlignmentType.CENTER),
              dataCell([small(row.indicator)], 21),
              dataCell([small(row.period.label)], 8, AlignmentType.CENTER),
              dataCell([small(row.base)], 12),
              dataCell([small(row.value === null ? '—' : formatNumber(row.value, language))], 10, AlignmentType.RIGHT),
              dataCell([small(row.unit)], 7, AlignmentType.CENTER),
              dataCell([small(row.status ? `${row.target} (${row.status})` : row.target)], 11),
              dataCell([new ExternalHyperlink({ link: row.link, children: [new TextRun({ text: fill(TEXT[language].document.records, { count: formatNumber(row.count, language) }), font: FONT, size: 20, style: 'Hyperlink' })] })], 10, AlignmentType.RIGHT),
              dataCell([run(row.parameters, { size: 16 })], 16),
            ],
          }),
      ),
    ],
  });
}

function definitionsTable(rows: AnnexRow[], language: ReportLanguage): Table {
  const c = TEXT[language].document.columns;
  const seen = new Map<string, AnnexRow>();
  for (const row of rows) if (!seen.has(row.code)) seen.set(row.code, row);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: ALL_THIN,
    rows: [
      new TableRow({ tableHeader: true, children: [headerCell(c.code, 22), headerCell(c.indicator, 28), headerCell(c.definition, 50)] }),
      ...[...seen.values()].map((row) => new TableRow({ cantSplit: true, children: [dataCell([small(row.code)], 22), dataCell([small(row.indicator)], 28), dataCell([small(row.definition)], 50)] })),
    ],
  });
}

const pageNumberHeader = () => new Header({ children: [centred([new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE })])] });

/**
 * The report as a Vietnamese administrative document (Decree 30/2020/NĐ-CP): A4, Times New Roman, the header block,
 * the title, the sections with their figures and narrative, recipients and signature; then, on landscape pages, the
 * annex listing every figure with its base, its query parameters and a link to its records.
 */
export async function reportDocx(report: Report, context: DocumentContext): Promise<Buffer> {
  const lng = report.language;
  const text = TEXT[lng].document;
  const rows = annexRows(report, context);
  const summary = report.title.replace(/^(Báo cáo|Report)\s+/i, '');
  const heading = summary.charAt(0).toUpperCase() + summary.slice(1);
  const body: (Paragraph | Table)[] = [];
  if (report.status !== 'issued') body.push(new Paragraph({ alignment: AlignmentType.LEFT, spacing: { after: 120 }, children: [run(text.draft, { bold: true, size: 24 })] }));
  body.push(headerBlock(report, context));
  body.push(new Paragraph({ spacing: { before: 240 }, children: [] }));
  body.push(centred([run(text.kind, { bold: true, size: 28 })]));
  body.push(centred([run(heading, { bold: true, size: 28 })]));
  body.push(rule(60));
  body.push(bodyParagraph([run(fill(text.asOf, { date: lng === 'vi' ? report.asOf.split('-').reverse().join('/') : writtenDate(report.asOf, 'en') }), { italics: true })]));
  report.sections.forEach((section, index) => {
    body.push(new Paragraph({ spacing: { before: 180, after: 60 }, indent: { firstLine: convertMillimetersToTwip(12.7) }, keepNext: true, children: [run(`${ROMAN[index] ?? index + 1}. ${section.title[lng].toUpperCase()}`, { bold: true })] }));
    for (const figure of section.figures) body.push(figureLine(figure, lng));
    for (const paragraph of section.narrative.split(/\n+/).filter((line) => line.trim() !== '')) body.push(bodyParagraph([run(paragraph.trim())]));
  });
  body.push(new Paragraph({ spacing: { before: 240 }, children: [] }));
  body.push(closingBlock(lng, report.unit !== null));

  const a4 = { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) };
  const margin = { top: convertMillimetersToTwip(20), bottom: convertMillimetersToTwip(20), left: convertMillimetersToTwip(30), right: convertMillimetersToTwip(15), header: convertMillimetersToTwip(10) };
  const document = new Document({
    creator: 'econdip',
    title: report.title,
    description: `${report.period.label} · ${report.asOf}`,
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [
      {
        // The first page carries no number (Decree 30); the others are numbered in the top margin, centred.
        properties: { titlePage: true, page: { size: a4, margin, pageNumbers: { start: 1 } } },
        headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
        children: body,
      },
      {
        properties: { page: { size: { ...a4, orientation: PageOrientation.LANDSCAPE }, margin: { ...margin, left: convertMillimetersToTwip(20), right: convertMillimetersToTwip(20) } } },
        headers: { default: pageNumberHeader() },
        children: [
          centred([run(text.annexTitle, { bold: true, size: 28 })]),
          centred([run(text.annexSubtitle, { bold: true })]),
          centred([run(fill(text.annexOf, { title: report.title }), { italics: true })], 200),
          annexTable(rows, lng),
          new Paragraph({ spacing: { before: 240, after: 120 }, children: [run(text.definitionsTitle, { bold: true })] }),
          definitionsTable(rows, lng),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** The annex as a workbook: every figure as a number cell (with its text as the report writes it), the link to its records, and the indicator definitions. */
export async function reportAnnexXlsx(report: Report, context: DocumentContext): Promise<Buffer> {
  const lng = report.language;
  const text = TEXT[lng].document;
  const c = text.columns;
  const rows = annexRows(report, context);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'econdip';
  workbook.title = report.title;
  const sheet = workbook.addWorksheet(text.annexTitle, { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.addRow([report.title]).font = { bold: true, size: 13 };
  sheet.addRow([fill(text.asOf, { date: lng === 'vi' ? report.asOf.split('-').reverse().join('/') : writtenDate(report.asOf, 'en') })]).font = { italic: true };
  const headers = [c.number, c.section, c.code, c.indicator, c.period, c.from, c.to, c.base, c.value, c.written, c.unit, c.count, c.target, c.status, c.parameters, c.link];
  sheet.addRow(headers).font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow([
      row.number,
      row.section,
      row.code,
      row.indicator,
      row.period.label,
      row.period.from,
      row.period.to,
      row.base,
      row.value === null ? null : Number(row.value),
      row.written,
      row.unit,
      row.count,
      row.target,
      row.status,
      row.parameters,
      { text: fill(text.records, { count: formatNumber(row.count, lng) }), hyperlink: row.link },
    ]);
    added.getCell(9).numFmt = '#,##0.##';
    added.getCell(12).numFmt = '#,##0';
    added.getCell(16).font = { color: { argb: 'FF0563C1' }, underline: true };
  }
  const widths = [6, 28, 30, 40, 10, 12, 12, 22, 14, 18, 12, 12, 16, 16, 40, 18];
  sheet.columns.forEach((column, index) => (column.width = widths[index] ?? 14));

  const definitions = workbook.addWorksheet(text.definitionsTitle.slice(0, 31));
  definitions.addRow([c.code, c.indicator, c.definition, c.unit]).font = { bold: true };
  const seen = new Set<string>();
  for (const row of rows) {
    if (seen.has(row.code)) continue;
    seen.add(row.code);
    definitions.addRow([row.code, row.indicator, row.definition, row.unit]);
  }
  definitions.columns.forEach((column, index) => (column.width = [30, 40, 80, 14][index] ?? 14));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
