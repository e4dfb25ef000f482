import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_SECTION_TITLES, REPORT_TEMPLATE_SECTIONS, type Report, type ReportTemplate } from '../../../shared/schemas/reports.js';
import { createWorker } from '../../jobs/worker.js';
import { loadDemoData } from '../../seed/demo.js';
import type { TestUser } from '../../test/factories.js';
import { documentText, zipPart } from '../../test/ooxml.js';
import { buildTestApp, type TestContext } from '../../test/support.js';
import { findIndicator } from '../indicators/indicators.catalogue.js';
import { reportJobHandlers } from './reports.jobs.js';

let t: TestContext;
let hq: TestUser;
let leader: TestUser;
let missionEditor: TestUser;
let missionViewer: TestUser;
let otherEditor: TestUser;
let missionId: string;
let otherMissionId: string;

beforeAll(async () => {
  t = await buildTestApp();
  await loadDemoData(t.db, 'demo-password-for-tests');
  const mofa = await t.factory.unit('hq', 'MOFA');
  missionId = (await t.factory.unit('mission', 'EMB-US')).id;
  otherMissionId = (await t.factory.unit('mission', 'EMB-DE')).id;
  hq = await t.factory.user({ role: 'hq_coordinator', unitId: mofa.id });
  leader = await t.factory.user({ role: 'leader', unitId: mofa.id });
  missionEditor = await t.factory.user({ role: 'unit_editor', unitId: missionId });
  missionViewer = await t.factory.user({ role: 'unit_viewer', unitId: missionId });
  otherEditor = await t.factory.user({ role: 'unit_editor', unitId: otherMissionId });
}, 120_000);
afterAll(() => t.close());

async function call(user: TestUser | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) {
  const headers = user ? await t.login(user) : {};
  return t.app.inject({ method, url: `/api/v1${url}`, headers, payload });
}

const runJobs = () => createWorker(t.db, { handlers: reportJobHandlers(t.db) }).drain();

async function generate(user: TestUser, input: object): Promise<Report> {
  const created = await call(user, 'POST', '/reports', input);
  expect(created.statusCode, created.body).toBe(201);
  await runJobs();
  const got = await call(user, 'GET', `/reports/${created.json().id}`);
  expect(got.statusCode, got.body).toBe(200);
  expect(got.json()).toMatchObject({ status: 'draft', progress: 100 });
  return got.json();
}

/** Every figure of the report and each of its comparisons equals the total of the records its filter lists, read as `user`. */
async function expectFiguresEqualDrillDown(report: Report, user: TestUser, subject: Record<string, string>) {
  const template = report.template as ReportTemplate;
  expect(report.sections.map((s) => s.key)).toEqual(REPORT_TEMPLATE_SECTIONS[template].map((s) => s.key));
  const figures = report.sections.flatMap((s) => s.figures);
  expect(figures.map((f) => f.indicatorCode)).toEqual(REPORT_TEMPLATE_SECTIONS[template].flatMap((s) => s.indicators));
  for (const figure of figures) {
    for (const measured of [figure, ...figure.comparisons]) {
      expect(measured.filter, figure.indicatorCode).toMatchObject(subject);
      const records = await call(user, 'GET', `/indicators/${figure.indicatorCode}/records?${new URLSearchParams(measured.filter).toString()}`);
      expect(records.statusCode, records.body).toBe(200);
      expect(records.json().total, `${figure.indicatorCode} ${measured.filter.from}`).toBe(measured.count);
      // A count is its number of records; a sum or ratio is computed from them (checked against the values endpoint).
      if (findIndicator(figure.indicatorCode)!.kind === 'count') expect(measured.value).toBe(String(measured.count));
    }
    const { from, to, asOf, view } = figure.filter;
    const values = await call(user, 'GET', `/indicators/${figure.indicatorCode}/values?${new URLSearchParams({ from, to, asOf, view, ...subject } as Record<string, string>).toString()}`);
    expect(values.statusCode, values.body).toBe(200);
    expect(figure.value, figure.indicatorCode).toBe(values.json().total.value);
  }
}

async function docxText(user: TestUser, report: Report) {
  const res = await call(user, 'GET', `/reports/${report.id}/files/docx`);
  expect(res.statusCode, res.body).toBe(200);
  return documentText(zipPart(res.rawPayload, 'word/document.xml'));
}

async function xlsxSheet(user: TestUser, report: Report) {
  const res = await call(user, 'GET', `/reports/${report.id}/files/xlsx`);
  expect(res.statusCode, res.body).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return workbook;
}

let unitReport: Report;

describe('unit report', () => {
  it("a mission's editor generates its half-year report, pre-filled with its own records' figures that drill down to them", async () => {
    unitReport = await generate(missionEditor, { template: 'unit_report', period: '2025-H1', language: 'vi' });
    expect(unitReport.unit).toMatchObject({ id: missionId });
    expect(unitReport.title).toContain(unitReport.unit!.name.vi);
    expect(unitReport.title).toContain('6 tháng đầu năm 2025');
    await expectFiguresEqualDrillDown(unitReport, missionEditor, { unitId: missionId });
    // The mission's records, not the country's: the national count of activities is larger.
    const activities = unitReport.sections.find((s) => s.key === 'activities')!.figures[0]!;
    const national = await call(hq, 'GET', `/indicators/activities.all/values?from=2025-01-01&to=2025-07-01&asOf=2025-06-30`);
    expect(Number(activities.value)).toBeGreaterThan(0);
    expect(Number(activities.value)).toBeLessThan(Number(national.json().total.value));
  });

  it('the mission edits its narrative; its viewer and leaders may not; a section the template lacks is a 400', async () => {
    const url = `/reports/${unitReport.id}`;
    const edited = await call(missionEditor, 'PATCH', url, { narrative: { highlights: 'Kết nối 12 doanh nghiệp với nhà nhập khẩu Hoa Kỳ.' }, version: unitReport.version });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().sections.find((s: { key: string }) => s.key === 'highlights').narrative).toBe('Kết nối 12 doanh nghiệp với nhà nhập khẩu Hoa Kỳ.');
    unitReport = edited.json();
    expect((await call(missionViewer, 'PATCH', url, { narrative: { highlights: 'x' }, version: unitReport.version })).statusCode).toBe(403);
    expect((await call(leader, 'PATCH', url, { narrative: { highlights: 'x' }, version: unitReport.version })).statusCode).toBe(403);
    expect((await call(missionEditor, 'PATCH', url, { narrative: { targets: 'x' }, version: unitReport.version })).statusCode).toBe(400);
    // The unit cannot review or issue its own report: HQ does.
    expect((await call(missionEditor, 'POST', `${url}/review`, { version: unitReport.version })).statusCode).toBe(403);
  });

  it("another mission neither generates nor reads the mission's report: 404 like a missing id; HQ and leaders read every one", async () => {
    const missing = '0190b3a0-0000-7000-8000-000000000000';
    const generateOther = await call(otherEditor, 'POST', '/reports', { template: 'unit_report', unitId: missionId, period: '2025-H1' });
    const generateMissing = await call(otherEditor, 'POST', '/reports', { template: 'unit_report', unitId: missing, period: '2025-H1' });
    expect(generateOther.statusCode).toBe(404);
    expect(generateOther.json()).toEqual(generateMissing.json());
    for (const suffix of ['', '/changes', '/files/docx', '/files/xlsx']) {
      const other = await call(otherEditor, 'GET', `/reports/${unitReport.id}${suffix}`);
      const none = await call(otherEditor, 'GET', `/reports/${missing}${suffix}`);
      expect(other.statusCode, suffix).toBe(404);
      expect(other.json(), suffix).toEqual(none.json());
    }
    expect((await call(otherEditor, 'PATCH', `/reports/${unitReport.id}`, { narrative: { highlights: 'x' }, version: unitReport.version })).statusCode).toBe(404);
    expect((await call(otherEditor, 'GET', '/reports')).json().items.map((r: Report) => r.id)).not.toContain(unitReport.id);
    expect((await call(missionViewer, 'GET', `/reports?template=unit_report&period=2025-H1`)).json().items.map((r: Report) => r.id)).toContain(unitReport.id);
    expect((await call(hq, 'GET', `/reports?unitId=${missionId}`)).json().items.map((r: Report) => r.id)).toContain(unitReport.id);
    expect((await call(leader, 'GET', `/reports/${unitReport.id}`)).statusCode).toBe(200);
    // A unit's editor generates only unit reports; the national summary and a country brief are HQ's.
    expect((await call(missionEditor, 'POST', '/reports', { period: '2025-H1' })).statusCode).toBe(403);
    expect((await call(missionEditor, 'POST', '/reports', { template: 'country_brief', countryCode: 'US', period: '2025-H1' })).statusCode).toBe(403);
    expect((await call(missionViewer, 'POST', '/reports', { template: 'unit_report', period: '2025-H1' })).statusCode).toBe(403);
    // HQ's unit has no unit report.
    const hqUnit = await call(hq, 'POST', '/reports', { template: 'unit_report', period: '2025-H1' });
    expect(hqUnit.statusCode).toBe(400);
    expect(hqUnit.json().error.fields).toHaveProperty('unitId');
  });

  it('its DOCX is issued by the mission with its figures and narrative; its XLSX annex names the unit filter of every figure', async () => {
    const text = await docxText(missionEditor, unitReport);
    expect(text).toContain(unitReport.unit!.name.vi.toUpperCase());
    expect(text).toContain(REPORT_SECTION_TITLES.outcomes.vi.toUpperCase());
    expect(text).toContain('Kết nối 12 doanh nghiệp với nhà nhập khẩu Hoa Kỳ.');
    expect(text).toContain('THỦ TRƯỞNG CƠ QUAN');
    expect(text).toContain(`unitId=${missionId}`);
    const workbook = await xlsxSheet(missionEditor, unitReport);
    const sheet = workbook.worksheets[0]!;
    expect(String(sheet.getCell('A1').value)).toBe(unitReport.title);
    const figures = unitReport.sections.flatMap((s) => s.figures);
    const rows = figures.length + figures.reduce((n, f) => n + f.comparisons.length, 0);
    expect(sheet.rowCount).toBe(3 + rows);
    for (let row = 4; row <= sheet.rowCount; row++) expect(String(sheet.getRow(row).getCell(15).value)).toContain(`unitId=${missionId}`);
  });
});

describe('country brief and commitments report', () => {
  it('HQ generates a country brief for Japan in English: every figure is the country filter of an indicator and drills down to its records', async () => {
    expect((await call(hq, 'POST', '/reports', { template: 'country_brief', period: '2025-H1' })).json().error.fields).toHaveProperty('countryCode');
    expect((await call(hq, 'POST', '/reports', { template: 'country_brief', countryCode: 'XX', period: '2025-H1' })).statusCode).toBe(400);
    expect((await call(hq, 'POST', '/reports', { template: 'national_summary', countryCode: 'JP', period: '2025-H1' })).statusCode).toBe(400);
    const brief = await generate(hq, { template: 'country_brief', countryCode: 'JP', period: '2025-H1', language: 'en' });
    expect(brief.country).toEqual({ code: 'JP', name: { vi: 'Nhật Bản', en: 'Japan' } });
    expect(brief.title).toBe('Brief on economic cooperation with Japan H1 2025');
    await expectFiguresEqualDrillDown(brief, leader, { countryCode: 'JP' });
    expect(Number(brief.sections.find((s) => s.key === 'agreements')!.figures[0]!.value)).toBeGreaterThan(0);
    const text = await docxText(leader, brief);
    expect(text).toContain('Brief on economic cooperation with Japan H1 2025');
    expect(text).toContain(REPORT_SECTION_TITLES.high_level.en.toUpperCase());
    expect(text).toContain('countryCode=JP');
    // A mission does not read a country brief: it states figures over every unit.
    expect((await call(missionEditor, 'GET', `/reports/${brief.id}`)).statusCode).toBe(404);
  });

  it('HQ generates the commitments implementation report in Vietnamese; its figures drill down to the commitments and tasks', async () => {
    const report = await generate(hq, { template: 'commitments_report', period: '2025', language: 'vi' });
    expect(report.title).toBe('Báo cáo tình hình thực hiện các cam kết năm 2025');
    await expectFiguresEqualDrillDown(report, hq, {});
    const workbook = await xlsxSheet(hq, report);
    const codes = new Set<string>();
    workbook.worksheets[1]!.eachRow((row, index) => index > 1 && codes.add(String(row.getCell(1).value)));
    expect([...codes].sort()).toEqual([...new Set(report.sections.flatMap((s) => s.figures.map((f) => f.indicatorCode)))].sort());
  });
});
