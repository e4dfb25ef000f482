import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report, ReportFigure } from '../../../shared/schemas/reports.js';
import { createWorker } from '../../jobs/worker.js';
import { loadDemoData } from '../../seed/demo.js';
import type { TestUser } from '../../test/factories.js';
import { documentText, zipPart } from '../../test/ooxml.js';
import { buildTestApp, type TestContext } from '../../test/support.js';
import { dayIn } from '../../lib/dates.js';
import { findExecutable, findLibreOffice } from '../../lib/libreoffice.js';
import { publicUrlFromEnv } from '../notifications/notices.js';
import { formatNumber, recordsLink, writtenDate } from './reports.documents.js';
import { reportJobHandlers } from './reports.jobs.js';

let t: TestContext;
let hq: TestUser;
let leader: TestUser;
let editor: TestUser;
let missionId: string;

beforeAll(async () => {
  t = await buildTestApp();
  await loadDemoData(t.db, 'demo-password-for-tests');
  const mofa = await t.factory.unit('hq', 'MOFA');
  missionId = (await t.factory.unit('mission', 'EMB-US')).id;
  hq = await t.factory.user({ role: 'hq_coordinator', unitId: mofa.id });
  leader = await t.factory.user({ role: 'leader', unitId: mofa.id });
  editor = await t.factory.user({ role: 'unit_editor', unitId: missionId });
}, 120_000);
afterAll(() => t.close());

async function call(user: TestUser | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) {
  const headers = user ? await t.login(user) : {};
  return t.app.inject({ method, url: `/api/v1${url}`, headers, payload });
}

const runJobs = () => createWorker(t.db, { handlers: reportJobHandlers(t.db) }).drain();

const figure = (report: Report, code: string): ReportFigure => {
  const found = report.sections.flatMap((s) => s.figures).find((f) => f.indicatorCode === code && f.target === null);
  expect(found, code).toBeDefined();
  return found!;
};

let report: Report;

describe('POST /api/v1/reports', () => {
  it('refuses anonymous users, unit editors and leaders; rejects a malformed period', async () => {
    expect((await call(null, 'POST', '/reports', { period: '2025-H1' })).statusCode).toBe(401);
    expect((await call(editor, 'POST', '/reports', { period: '2025-H1' })).statusCode).toBe(403);
    expect((await call(leader, 'POST', '/reports', { period: '2025-H1' })).statusCode).toBe(403);
    const bad = await call(hq, 'POST', '/reports', { period: '2025-H3' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('period');
    const future = await call(hq, 'POST', '/reports', { period: '2099' });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields).toHaveProperty('period');
  });

  it('queues generation; the job fills every section with the indicator values of H1-2025 and their drill-down filters', async () => {
    const created = await call(hq, 'POST', '/reports', { period: '2025-H1', language: 'vi' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ status: 'generating', progress: 0, period: { from: '2025-01-01', to: '2025-07-01', label: '2025-H1' }, asOf: '2025-06-30', createdBy: { id: hq.id } });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'report.created', entityId: created.json().id });

    expect(await runJobs()).toBeGreaterThanOrEqual(1);
    const got = await call(leader, 'GET', `/reports/${created.json().id}`);
    expect(got.statusCode, got.body).toBe(200);
    report = got.json();
    expect(report).toMatchObject({ status: 'draft', progress: 100, error: null });
    expect(report.title).toContain('6 tháng đầu năm 2025');
    expect(report.sections.map((s) => s.key)).toEqual(['high_level', 'agreements', 'missions', 'commitments', 'targets', 'limitations', 'proposals']);

    // The sources' H1-2025 figures, each equal to the indicator's own value under the figure's filter.
    expect(figure(report, 'agreements.signed').value).toBe('253');
    expect(figure(report, 'agreements.local_international').value).toBe('30');
    const codes = ['engagements.high_level', 'relations.upgrades', 'agreements.signed', 'agreements.local_international', 'activities.missions', 'activities.missions_supporting_localities', 'commitments.overdue'];
    for (const code of codes) {
      const f = figure(report, code);
      const { from, to, asOf, view } = f.filter;
      const values = await call(leader, 'GET', `/indicators/${code}/values?from=${from}&to=${to}&asOf=${asOf}&view=${view}`);
      expect(values.statusCode, values.body).toBe(200);
      expect(f.value, code).toBe(values.json().total.value);
      expect(f.count, code).toBe(values.json().total.count);
      expect(f.filter).toEqual(values.json().total.filter);
      // Comparisons name their base, the same way the indicator does.
      expect(f.comparisons.map((c) => [c.base, c.period.label])).toEqual([['same_period_previous_year', '2024-H1'], ['previous_year', '2024']]);
      expect(f.comparisons.map((c) => c.value)).toEqual(values.json().comparisons.map((c: { value: string | null }) => c.value));
      const records = await call(leader, 'GET', `/indicators/${code}/records?${new URLSearchParams(f.filter).toString()}`);
      expect(records.json().total, code).toBe(f.count);
    }
    expect(Number(figure(report, 'engagements.high_level').value)).toBeGreaterThanOrEqual(45);
    expect(Number(figure(report, 'activities.missions').value)).toBeGreaterThan(0);
    expect(figure(report, 'agreements.signed').comparisons[1]!.ratio).toBeGreaterThan(1);
    expect(report.sections.find((s) => s.key === 'targets')!.figures.every((f) => f.target !== null)).toBe(true);
  });

  it('a year report compares with the previous year only, and the 2024 scorecard states 15/15', async () => {
    const created = await call(hq, 'POST', '/reports', { period: '2024', language: 'en' });
    await runJobs();
    const year: Report = (await call(hq, 'GET', `/reports/${created.json().id}`)).json();
    expect(year.title).toContain('2024');
    expect(figure(year, 'agreements.signed').comparisons.map((c) => c.base)).toEqual(['previous_year']);
    const socio = year.sections.find((s) => s.key === 'targets')!.figures.find((f) => f.indicatorCode === 'macro.socioeconomic_targets_met');
    expect(socio).toMatchObject({ value: '15', target: { low: '15', status: 'met' } });
    const list = await call(leader, 'GET', '/reports?pageSize=10');
    expect(list.json().items.map((r: { id: string }) => r.id)).toContain(year.id);
    // A mission lists only its own unit reports, and reads a national report as it would a missing one.
    const missionList = await call(editor, 'GET', '/reports');
    expect(missionList.statusCode).toBe(200);
    expect(missionList.json().items.map((r: { id: string }) => r.id)).not.toContain(year.id);
    expect((await call(editor, 'GET', `/reports/${year.id}`)).statusCode).toBe(404);
  });
});

describe('narrative and workflow', () => {
  it('edits the narrative of a draft with its version; a stale version is a 409', async () => {
    const url = `/reports/${report.id}`;
    const edited = await call(hq, 'PATCH', url, { narrative: { limitations: 'Việc thực hiện cam kết còn chậm.' }, version: report.version });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().sections.find((s: { key: string }) => s.key === 'limitations').narrative).toBe('Việc thực hiện cam kết còn chậm.');
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'report.narrative_updated', after: { limitations: 'Việc thực hiện cam kết còn chậm.' } });
    const stale = await call(hq, 'PATCH', url, { narrative: { proposals: 'x' }, version: report.version });
    expect(stale.statusCode).toBe(409);
    expect((await call(leader, 'PATCH', url, { narrative: { proposals: 'x' }, version: edited.json().version })).statusCode).toBe(403);
    expect((await call(hq, 'PATCH', url, { narrative: { nope: 'x' }, version: edited.json().version })).statusCode).toBe(400);
    report = edited.json();
  });

  it('goes draft → reviewed → issued with who and when; an issued report is read-only; a record edited afterwards shows in changed since issued', async () => {
    const url = `/reports/${report.id}`;
    expect((await call(hq, 'POST', `${url}/issue`, { version: report.version })).statusCode).toBe(422);
    const reviewed = await call(hq, 'POST', `${url}/review`, { version: report.version });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    expect(reviewed.json()).toMatchObject({ status: 'reviewed', reviewedBy: { id: hq.id } });
    expect((await call(hq, 'POST', `${url}/issue`, { version: report.version })).statusCode).toBe(409);
    const issued = await call(hq, 'POST', `${url}/issue`, { version: reviewed.json().version });
    expect(issued.statusCode, issued.body).toBe(200);
    expect(issued.json()).toMatchObject({ status: 'issued', issuedBy: { id: hq.id } });
    expect(issued.json().issuedAt).not.toBeNull();
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'report.issued', entityId: report.id });
    const locked = await call(hq, 'PATCH', url, { narrative: { proposals: 'Late' }, version: issued.json().version });
    expect(locked.statusCode).toBe(422);

    expect((await call(leader, 'GET', `${url}/changes`)).json().items).toEqual([]);

    // A further agreement signed in H1-2025, recorded after the report was issued.
    const partner = (await call(hq, 'GET', '/partners?kind=country&countryCode=US')).json().items[0].id as string;
    const added = await call(hq, 'POST', '/agreements', { title: { vi: 'Bản ghi nhớ bổ sung', en: 'Late MoU' }, kind: 'mou', signedDate: '2025-05-05', unitIds: [missionId], partnerIds: [partner] });
    expect(added.statusCode, added.body).toBe(201);

    const changes = (await call(leader, 'GET', `${url}/changes`)).json();
    expect(changes.figures).toBeGreaterThan(20);
    const signed = changes.items.filter((c: { indicatorCode: string }) => c.indicatorCode === 'agreements.signed');
    expect(signed).toEqual([expect.objectContaining({ section: 'agreements', base: 'current', snapshot: { value: '253', count: 253 }, now: { value: '254', count: 254 } })]);
    // The snapshot itself keeps the issued figure.
    expect(figure((await call(leader, 'GET', url)).json(), 'agreements.signed').value).toBe('253');
  });
});

describe('documents of a report', () => {
  it('answers the DOCX laid out per Decree 30 in the report language, its figures in vi format and an annex row with a link for each', async () => {
    const url = `/reports/${report.id}/files/docx`;
    expect((await call(null, 'GET', url)).statusCode).toBe(401);
    expect((await call(editor, 'GET', url)).statusCode).toBe(404);
    expect((await call(leader, 'GET', '/reports/0190b3a0-0000-7000-8000-000000000000/files/docx')).statusCode).toBe(404);
    const res = await call(leader, 'GET', url);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers['content-disposition']).toBe('attachment; filename="bao-cao-2025-H1.docx"');
    const current: Report = (await call(leader, 'GET', `/reports/${report.id}`)).json();
    const xml = zipPart(res.rawPayload, 'word/document.xml');
    const text = documentText(xml);
    for (const expected of ['BỘ NGOẠI GIAO', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số:', '/BC-BNG', 'BÁO CÁO', 'Nơi nhận:', 'KT. BỘ TRƯỞNG', 'PHỤ LỤC']) expect(text, expected).toContain(expected);
    // Issued: no draft mark, dated the day it was issued.
    expect(text).not.toContain('DỰ THẢO');
    expect(text).toContain(`Hà Nội, ${writtenDate(dayIn(new Date(current.issuedAt!)), 'vi')}`);
    expect(text).toContain('Tổng hợp công tác ngoại giao kinh tế 6 tháng đầu năm 2025');
    expect(text).toContain('Việc thực hiện cam kết còn chậm.');
    const signed = figure(current, 'agreements.signed');
    const ratio = signed.comparisons[1]!.ratio!;
    expect(text).toContain(`- ${signed.name.vi}: 253; cùng kỳ năm trước (6 tháng đầu năm 2024): `);
    expect(text).toContain(`cả năm trước (năm 2024): ${formatNumber(signed.comparisons[1]!.value!, 'vi')}, bằng ${formatNumber(ratio, 'vi')} lần.`);
    expect(formatNumber(ratio, 'vi')).toMatch(/^\d+,\d+$/);
    // The annex: one row per snapshot figure, each with its records link under the figure's own filter.
    const rows = current.sections.flatMap((s) => s.figures.flatMap((f) => [{ code: f.indicatorCode, filter: f.filter, count: f.count }, ...f.comparisons.map((c) => ({ code: f.indicatorCode, filter: c.filter, count: c.count }))]));
    const rels = zipPart(res.rawPayload, 'word/_rels/document.xml.rels');
    expect([...rels.matchAll(/TargetMode="External"/g)]).toHaveLength(rows.length);
    for (const row of rows) expect(rels, row.code).toContain(recordsLink(publicUrlFromEnv(), row.code, row.filter).replaceAll('&', '&amp;'));
    expect(text).toContain(`${formatNumber(253, 'vi')} bản ghi`);
    expect(text).toContain('agreements.signed');
  });

  it('answers the annex as a workbook whose cells hold every figure', async () => {
    const url = `/reports/${report.id}/files/xlsx`;
    expect((await call(null, 'GET', url)).statusCode).toBe(401);
    expect((await call(editor, 'GET', url)).statusCode).toBe(404);
    const res = await call(leader, 'GET', url);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="phu-luc-2025-H1.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('PHỤ LỤC')!;
    const current: Report = (await call(leader, 'GET', `/reports/${report.id}`)).json();
    const figures = current.sections.flatMap((s) => s.figures);
    expect(sheet.rowCount - 3).toBe(figures.reduce((n, f) => n + 1 + f.comparisons.length, 0));
    const signedRow = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1)).find((row) => row.getCell(3).value === 'agreements.signed' && row.getCell(8).value === 'Kỳ báo cáo')!;
    expect(signedRow.getCell(9).value).toBe(253);
    expect(signedRow.getCell(12).value).toBe(253);
    expect(signedRow.getCell(5).value).toBe('2025-H1');
    expect((signedRow.getCell(16).value as { hyperlink: string }).hyperlink).toBe(recordsLink(publicUrlFromEnv(), 'agreements.signed', figure(current, 'agreements.signed').filter));
  });

  it('writes an English report in English; a report still generating has no files yet', async () => {
    const created = await call(hq, 'POST', '/reports', { period: '2024', language: 'en' });
    expect((await call(leader, 'GET', `/reports/${created.json().id}/files/docx`)).statusCode).toBe(422);
    await runJobs();
    const res = await call(leader, 'GET', `/reports/${created.json().id}/files/docx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="report-2024.docx"');
    const text = documentText(zipPart(res.rawPayload, 'word/document.xml'));
    for (const expected of ['MINISTRY OF FOREIGN AFFAIRS', 'SOCIALIST REPUBLIC OF VIET NAM', 'Independence - Freedom - Happiness', 'REPORT', 'Recipients:', 'DRAFT', 'ANNEX', 'Economic diplomacy summary report 2024']) expect(text, expected).toContain(expected);
    expect(text).not.toContain('Nơi nhận');
  });

  const libreOffice = findLibreOffice();
  const pdftotext = findExecutable(['pdftotext']);
  if (!libreOffice) console.warn('Skipped: the PDF of a report is not tested, LibreOffice is not installed (Debian: apt-get install libreoffice-writer-nogui)');

  it.skipIf(!libreOffice)('converts the document to PDF with LibreOffice, A4 with its fonts embedded', { timeout: 180_000 }, async () => {
    const url = `/reports/${report.id}/files/pdf`;
    expect((await call(editor, 'GET', url)).statusCode).toBe(404);
    const res = await call(leader, 'GET', url);
    expect(res.statusCode, res.body.slice(0, 500)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="bao-cao-2025-H1.pdf"');
    const pdf = res.rawPayload.toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf.match(/\/Type\s*\/Page\b/g)!.length).toBeGreaterThanOrEqual(3);
    expect(pdf).toMatch(/\/MediaBox\s*\[\s*0 0 595\.\d+ 841\.\d+\s*\]/);
    expect(pdf).toContain('/FontFile2');
    if (!pdftotext) return console.warn('Skipped: the text of the PDF is not read, pdftotext is not installed (Debian: apt-get install poppler-utils)');
    const dir = await mkdtemp(join(tmpdir(), 'econdip-pdf-test-'));
    try {
      await writeFile(join(dir, 'report.pdf'), res.rawPayload);
      const { stdout } = await promisify(execFile)(pdftotext, ['-layout', join(dir, 'report.pdf'), '-']);
      const text = stdout.replace(/\s+/g, ' ');
      for (const expected of ['BỘ NGOẠI GIAO', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Nơi nhận:', 'PHỤ LỤC', 'Việc thực hiện cam kết còn chậm.', '253 bản ghi']) expect(text, expected).toContain(expected);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('answers 503 unavailable for a PDF when the server has no LibreOffice', async () => {
    const saved = process.env.ECONDIP_LIBREOFFICE;
    process.env.ECONDIP_LIBREOFFICE = '/nonexistent/soffice';
    try {
      const res = await call(leader, 'GET', `/reports/${report.id}/files/pdf`);
      expect(res.statusCode).toBe(503);
      expect(res.json().error).toMatchObject({ code: 'unavailable', fields: { format: 'pdf' } });
      expect(res.json().error.message).toContain('LibreOffice');
    } finally {
      if (saved === undefined) delete process.env.ECONDIP_LIBREOFFICE;
      else process.env.ECONDIP_LIBREOFFICE = saved;
    }
  });
});

describe('back to draft and regenerate', () => {
  let draft: Report;

  it('HQ returns a reviewed report to draft with a reason: the review is cleared, the reason audited, the narrative editable again', async () => {
    const created = await call(hq, 'POST', '/reports', { period: '2025-H1', language: 'vi' });
    await runJobs();
    const generated: Report = (await call(hq, 'GET', `/reports/${created.json().id}`)).json();
    const url = `/reports/${generated.id}/return`;
    expect((await call(null, 'POST', url, { version: generated.version, reason: 'x' })).statusCode).toBe(401);
    expect((await call(hq, 'POST', url, { version: generated.version, reason: 'Chưa rà soát' })).statusCode).toBe(422);
    const reviewed: Report = (await call(hq, 'POST', `/reports/${generated.id}/review`, { version: generated.version })).json();
    expect(reviewed.status).toBe('reviewed');
    expect((await call(leader, 'POST', url, { version: reviewed.version, reason: 'x' })).statusCode).toBe(403);
    const blank = await call(hq, 'POST', url, { version: reviewed.version, reason: '  ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.body).toContain('reason');
    expect((await call(hq, 'POST', url, { version: reviewed.version, reason: 'x', extra: 1 })).statusCode).toBe(400);
    expect((await call(hq, 'POST', url, { version: generated.version, reason: 'Stale' })).statusCode).toBe(409);
    const returned = await call(hq, 'POST', url, { version: reviewed.version, reason: 'Bổ sung số liệu hỗ trợ địa phương' });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json()).toMatchObject({ status: 'draft', reviewedBy: null, reviewedAt: null });
    expect((await t.auditRows(1))[0]).toMatchObject({
      action: 'report.returned_to_draft',
      entityId: generated.id,
      before: { status: 'reviewed', reviewedBy: hq.id },
      after: { status: 'draft', reason: 'Bổ sung số liệu hỗ trợ địa phương' },
    });
    const edited = await call(hq, 'PATCH', `/reports/${generated.id}`, { narrative: { highlights: 'x' }, version: returned.json().version });
    expect(edited.statusCode).toBe(400);
    const narrative = await call(hq, 'PATCH', `/reports/${generated.id}`, { narrative: { proposals: 'Đề xuất giữ nguyên khi tính lại.' }, version: returned.json().version });
    expect(narrative.statusCode, narrative.body).toBe(200);
    draft = narrative.json();
  });

  it("regenerates a draft: its figures computed again from today's records, its narrative kept; not a reviewed or issued report", async () => {
    const url = `/reports/${draft.id}/regenerate`;
    expect((await call(null, 'POST', url, { version: draft.version })).statusCode).toBe(401);
    expect((await call(leader, 'POST', url, { version: draft.version })).statusCode).toBe(403);
    expect((await call(hq, 'POST', url, { version: draft.version, asOf: '2024-12-31' })).statusCode).toBe(400);
    expect((await call(hq, 'POST', url, { version: draft.version - 1 })).statusCode).toBe(409);
    expect((await call(hq, 'POST', `/reports/${report.id}/regenerate`, { version: report.version })).statusCode).toBe(422);
    const before = figure(draft, 'agreements.signed').value!;

    // One more agreement signed in the period, recorded after the draft was generated.
    const partner = (await call(hq, 'GET', '/partners?kind=country&countryCode=JP')).json().items[0].id as string;
    expect((await call(hq, 'POST', '/agreements', { title: { vi: 'Thỏa thuận bổ sung', en: 'Added agreement' }, kind: 'mou', signedDate: '2025-06-06', unitIds: [missionId], partnerIds: [partner] })).statusCode).toBe(201);

    const queued = await call(hq, 'POST', url, { version: draft.version });
    expect(queued.statusCode, queued.body).toBe(200);
    expect(queued.json()).toMatchObject({ status: 'generating', progress: 0, version: draft.version + 1 });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'report.regenerated', entityId: draft.id, after: { status: 'generating', asOf: '2025-06-30' } });
    expect((await call(hq, 'POST', url, { version: draft.version + 1 })).statusCode).toBe(422);
    await runJobs();
    const regenerated: Report = (await call(leader, 'GET', `/reports/${draft.id}`)).json();
    expect(regenerated).toMatchObject({ status: 'draft', progress: 100, asOf: '2025-06-30' });
    expect(figure(regenerated, 'agreements.signed').value).toBe(String(Number(before) + 1));
    expect(regenerated.sections.find((s) => s.key === 'proposals')!.narrative).toBe('Đề xuất giữ nguyên khi tính lại.');
    // Each figure once: the old snapshot is replaced, not added to.
    expect(regenerated.sections.flatMap((s) => s.figures).length).toBe(draft.sections.flatMap((s) => s.figures).length);
  });
});
