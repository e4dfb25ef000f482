import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Report, ReportFigure } from '../../../shared/schemas/reports.js';
import { documentText, zipPart } from '../../test/ooxml.js';
import { annexRows, formatNumber, reportAnnexXlsx, reportDocx, writtenDate } from './reports.documents.js';

const period = (from: string, to: string, label: string) => ({ from, to, label });

const figure = (overrides: Partial<ReportFigure>): ReportFigure => ({
  id: '0190b3a0-0000-7000-8000-000000000001',
  indicatorCode: 'trade.exports',
  name: { vi: 'Kim ngạch xuất khẩu', en: 'Exports' },
  definition: { vi: 'Tổng giá trị xuất khẩu trong kỳ', en: 'Total exports in the period' },
  unit: 'usd',
  period: period('2025-01-01', '2025-07-01', '2025-H1'),
  asOf: '2025-06-30',
  value: '1234567.5',
  count: 1234,
  filter: { from: '2025-01-01', to: '2025-07-01', asOf: '2025-06-30', view: 'as_reported' },
  comparisons: [
    { base: 'same_period_previous_year', period: period('2024-01-01', '2024-07-01', '2024-H1'), value: '1000000', count: 1000, filter: { from: '2024-01-01', to: '2024-07-01', asOf: '2025-06-30', view: 'as_reported' }, ratio: 1.23 },
    { base: 'previous_year', period: period('2024-01-01', '2025-01-01', '2024'), value: '2000000', count: 2000, filter: { from: '2024-01-01', to: '2025-01-01', asOf: '2025-06-30', view: 'as_reported' }, ratio: 0.62 },
  ],
  target: null,
  ...overrides,
});

const report = (language: 'vi' | 'en'): Report => ({
  id: '0190b3a0-0000-7000-8000-0000000000aa',
  template: 'national_summary',
  unit: null,
  country: null,
  title: language === 'vi' ? 'Báo cáo tổng hợp công tác ngoại giao kinh tế 6 tháng đầu năm 2025' : 'Economic diplomacy summary report H1 2025',
  period: period('2025-01-01', '2025-07-01', '2025-H1'),
  language,
  asOf: '2025-06-30',
  status: 'draft',
  progress: 100,
  error: null,
  version: 3,
  createdBy: null,
  createdAt: '2025-07-02T01:00:00.000Z',
  generatedAt: '2025-07-02T01:00:05.000Z',
  reviewedBy: null,
  reviewedAt: null,
  issuedBy: null,
  issuedAt: null,
  sections: [
    { key: 'agreements', title: { vi: 'Các thỏa thuận hợp tác được ký kết', en: 'Agreements signed' }, narrative: 'Đoạn một.\n\nĐoạn hai có dấu: Hà Nội.', figures: [figure({})] },
    {
      key: 'targets',
      title: { vi: 'Kết quả thực hiện các chỉ tiêu', en: 'Targets scorecard' },
      narrative: '',
      figures: [figure({ id: '0190b3a0-0000-7000-8000-000000000002', indicatorCode: 'macro.gdp_growth', name: { vi: 'Tăng trưởng GDP', en: 'GDP growth' }, unit: 'percent', value: '7.09', count: 0, comparisons: [], target: { low: '6.5', high: '7', status: 'met', year: 2025, half: null } })],
    },
  ],
});

const context = { publicUrl: 'https://econdip.example.gov.vn', day: '2025-07-03' };

describe('report documents', () => {
  it('writes numbers and dates the way each language does', () => {
    expect(formatNumber('1234567.5', 'vi')).toBe('1.234.567,5');
    expect(formatNumber('1234567.5', 'en')).toBe('1,234,567.5');
    expect(writtenDate('2025-02-05', 'vi')).toBe('ngày 05 tháng 02 năm 2025');
    expect(writtenDate('2025-12-10', 'vi')).toBe('ngày 10 tháng 12 năm 2025');
    expect(writtenDate('2025-02-05', 'en')).toBe('5 February 2025');
  });

  it('lays out a Vietnamese DOCX per Decree 30 with the figures in vi format and an annex row with a link for every figure', async () => {
    const docx = await reportDocx(report('vi'), context);
    const xml = zipPart(docx, 'word/document.xml');
    const text = documentText(xml);
    for (const expected of ['BỘ NGOẠI GIAO', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '/BC-BNG', 'Hà Nội, ngày 03 tháng 7 năm 2025', 'BÁO CÁO', 'Tổng hợp công tác ngoại giao kinh tế 6 tháng đầu năm 2025', 'Nơi nhận:', 'KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG', 'DỰ THẢO']) {
      expect(text, expected).toContain(expected);
    }
    expect(text).toContain('I. CÁC THỎA THUẬN HỢP TÁC ĐƯỢC KÝ KẾT');
    expect(text).toContain('- Kim ngạch xuất khẩu: 1.234.567,5 USD; cùng kỳ năm trước (6 tháng đầu năm 2024): 1.000.000 USD, bằng 1,23 lần; cả năm trước (năm 2024): 2.000.000 USD, bằng 0,62 lần.');
    expect(text).toContain('Tăng trưởng GDP: 7,09%; chỉ tiêu 6,5–7%: đạt.');
    expect(text).toContain('Đoạn hai có dấu: Hà Nội.');
    // The annex: one row per snapshot figure, its base named, a link to its records and its query parameters.
    expect(text).toContain('PHỤ LỤC');
    expect(text).toContain('1.234 bản ghi');
    expect(text).toContain('Cùng kỳ năm trước');
    expect(text).toContain('from=2024-01-01; to=2025-01-01; asOf=2025-06-30; view=as_reported');
    expect(text).toContain('Tổng giá trị xuất khẩu trong kỳ');
    const rels = zipPart(docx, 'word/_rels/document.xml.rels');
    expect(rels).toContain('https://econdip.example.gov.vn/indicators/trade.exports/records?from=2024-01-01&amp;to=2024-07-01&amp;asOf=2025-06-30&amp;view=as_reported');
    expect(annexRows(report('vi'), context)).toHaveLength(4);
    // A4 portrait, then the annex on landscape pages; Times New Roman; no number on the first page.
    const pages = [...xml.matchAll(/<w:pgSz [^>]*>/g)].map((m) => m[0]);
    expect(pages).toEqual([expect.stringMatching(/w:w="1190\d" w:h="1683\d"/), expect.stringMatching(/w:w="1683\d" w:h="1190\d" w:orient="landscape"/)]);
    expect(xml.match(/<w:pgMar [^>]*>/)?.[0]).toMatch(/w:top="113\d" w:right="85\d" w:bottom="113\d" w:left="170\d"/);
    expect(xml.includes('<w:titlePg/>')).toBe(true);
    expect(zipPart(docx, 'word/styles.xml')).toContain('Times New Roman');
  });

  it('writes the English document with English headings and numbers', async () => {
    const text = documentText(zipPart(await reportDocx(report('en'), context), 'word/document.xml'));
    for (const expected of ['MINISTRY OF FOREIGN AFFAIRS', 'SOCIALIST REPUBLIC OF VIET NAM', 'Independence - Freedom - Happiness', 'Ha Noi, 3 July 2025', 'REPORT', 'Recipients:', 'ANNEX', '1,234,567.5 USD; same period last year (H1 2024): 1,000,000 USD, 1.23 times', '1,234 records']) {
      expect(text, expected).toContain(expected);
    }
    expect(text).not.toContain('Nơi nhận');
  });

  it('writes the annex workbook: number cells with their format, the text as written, the link to the records', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await reportAnnexXlsx(report('vi'), context)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('PHỤ LỤC')!;
    expect(sheet.getCell('A1').value).toBe('Báo cáo tổng hợp công tác ngoại giao kinh tế 6 tháng đầu năm 2025');
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      'STT',
      'Mục',
      'Mã chỉ tiêu',
      'Chỉ tiêu',
      'Kỳ',
      'Từ ngày',
      'Đến ngày (không kể)',
      'Cơ sở so sánh',
      'Giá trị',
      'Như trong báo cáo',
      'Đơn vị',
      'Số bản ghi',
      'Chỉ tiêu kế hoạch',
      'Đánh giá',
      'Tham số truy vấn',
      'Đường dẫn đến các bản ghi',
    ]);
    const first = sheet.getRow(4);
    expect(first.getCell(3).value).toBe('trade.exports');
    expect(first.getCell(8).value).toBe('Kỳ báo cáo');
    expect(first.getCell(9).value).toBe(1234567.5);
    expect(first.getCell(9).numFmt).toBe('#,##0.##');
    expect(first.getCell(10).value).toBe('1.234.567,5 USD');
    expect(first.getCell(12).value).toBe(1234);
    expect(first.getCell(16).value).toEqual({ text: '1.234 bản ghi', hyperlink: 'https://econdip.example.gov.vn/indicators/trade.exports/records?from=2025-01-01&to=2025-07-01&asOf=2025-06-30&view=as_reported' });
    expect(sheet.getRow(5).getCell(8).value).toBe('Cùng kỳ năm trước');
    const gdp = sheet.getRow(7);
    expect([gdp.getCell(3).value, gdp.getCell(9).value, gdp.getCell(10).value, gdp.getCell(13).value, gdp.getCell(14).value]).toEqual(['macro.gdp_growth', 7.09, '7,09%', '6,5–7%', 'Đạt']);
    expect(sheet.rowCount).toBe(7);
    expect(workbook.getWorksheet('Định nghĩa các chỉ tiêu')!.getRow(2).values).toEqual([undefined, 'trade.exports', 'Kim ngạch xuất khẩu', 'Tổng giá trị xuất khẩu trong kỳ', 'USD']);
  });
});
