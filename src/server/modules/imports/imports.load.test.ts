import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TestUser } from '../../test/factories.js';
import { importFile } from '../../test/imports.js';
import { multipartFile } from '../../test/multipart.js';
import { buildTestApp, type TestContext } from '../../test/support.js';
import { auditRepo } from '../audit/audit.repo.js';
import { DEFAULT_IMPORT_LIMITS } from './imports.archive.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** A file at the default row limit. */
const ROWS = DEFAULT_IMPORT_LIMITS.maxRows;

let t: TestContext;
let editor: TestUser;
let coordinator: TestUser;
let activities: Buffer;
let engagements: Buffer;

/** A workbook whose header row names the columns by key, with `count` rows. */
async function workbook(header: string[], row: (i: number) => unknown[], count: number) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Dữ liệu');
  sheet.addRow(header);
  for (let i = 0; i < count; i++) sheet.addRow(row(i));
  return Buffer.from(await book.xlsx.writeBuffer());
}

beforeAll(async () => {
  t = await buildTestApp({ imports: true });
  editor = await t.factory.user({ role: 'unit_editor', unitId: (await t.factory.unit('mission', 'EMB-AE')).id });
  coordinator = await t.factory.user({ role: 'hq_coordinator' });
  activities = await workbook(['title', 'type', 'start_date', 'end_date', 'meetings_held'], (i) => [`Hoạt động xúc tiến ${i}`, 'trade_promotion', '2026-11-05', '2026-11-06', 3], ROWS);
  engagements = await workbook(
    ['title_vi', 'title_en', 'type', 'leader_name', 'leader_level', 'start_date', 'end_date', 'country_codes', 'lead_unit'],
    (i) => [`Chuyến thăm ${i}`, `Visit ${i}`, 'official_visit_abroad', 'Phạm Minh Chính', 'prime_minister', '2024-06-30', '2024-07-02', 'KR', 'MOFA'],
    ROWS,
  );
}, 120_000);
afterAll(() => t.close());

async function upload(user: TestUser, url: string, file: Buffer) {
  const body = multipartFile('import.xlsx', XLSX, file);
  return t.app.inject({ method: 'POST', url, payload: body.payload, headers: { ...body.headers, ...(await t.login(user)) } });
}

/**
 * Runs the import while asking `/health` again and again, one request after the other; returns the import's answer
 * (the finished import, for an upload imported in the background) and how many health answers (all 200) came back
 * before the import finished.
 */
async function whileImporting<T>(run: () => Promise<T>) {
  let finished = false;
  const answers: number[] = [];
  const importing = run().finally(() => (finished = true));
  while (!finished) {
    const health = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    if (!finished) answers.push(health.statusCode);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { res: await importing, answers };
}

describe(`an import of ${ROWS} rows leaves the server answering`, () => {
  it('activities: /health answers throughout a dry run and the real import', async () => {
    const dry = await whileImporting(() => importFile(t, editor, '/api/v1/imports/activities?dryRun=true', activities));
    expect(dry.res.result).toMatchObject({ dryRun: true, rows: ROWS, created: ROWS });
    expect(dry.answers.length).toBeGreaterThanOrEqual(20);
    expect(new Set(dry.answers)).toEqual(new Set([200]));

    const real = await whileImporting(() => importFile(t, editor, '/api/v1/imports/activities', activities));
    expect(real.res).toMatchObject({ progress: { read: ROWS, validated: ROWS, written: ROWS }, result: { dryRun: false, rows: ROWS, created: ROWS } });
    expect(real.answers.length).toBeGreaterThanOrEqual(20);
    expect(new Set(real.answers)).toEqual(new Set([200]));
  }, 120_000);

  it('engagements: /health answers throughout a dry run and the real import', async () => {
    const dry = await whileImporting(() => importFile(t, coordinator, '/api/v1/imports/engagements?dryRun=true', engagements));
    expect(dry.res.result).toMatchObject({ dryRun: true, rows: ROWS, created: ROWS });
    expect(dry.answers.length).toBeGreaterThanOrEqual(20);

    const real = await whileImporting(() => importFile(t, coordinator, '/api/v1/imports/engagements', engagements));
    expect(real.res.result).toMatchObject({ dryRun: false, rows: ROWS, created: ROWS });
    expect(real.answers.length).toBeGreaterThanOrEqual(20);

    // Imported again: every row is recognised, none written twice.
    expect((await importFile(t, coordinator, '/api/v1/imports/engagements', engagements)).result).toMatchObject({ created: 0, skipped: ROWS });
  }, 120_000);

  it('reported figures: /health answers while the file is read and checked', async () => {
    // HQ's figures are written one by one (each may revise an earlier one); 1,500 keep the test short.
    const count = 1_500;
    const day = (i: number) => new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10);
    const figures = await workbook(
      ['indicator_code', 'from', 'to', 'value', 'source', 'published_on'],
      (i) => ['macro.international_arrivals', day(i), day(i + 1), String(1000 + i), 'Tổng cục Thống kê', '2025-01-06'],
      count,
    );
    const run = await whileImporting(() => upload(coordinator, '/api/v1/reported-values/import', figures));
    expect(run.res.json()).toEqual({ created: count, revised: 0, unchanged: 0 });
    expect(run.answers.length).toBeGreaterThanOrEqual(10);
  }, 120_000);

  it('writes in batches inside one transaction: a failure in a later batch leaves nothing', async () => {
    const other = await t.factory.user({ role: 'unit_editor', unitId: (await t.factory.unit('mission', 'EMB-QA')).id });
    const file = await workbook(['title', 'type', 'start_date', 'end_date'], (i) => [`Hội chợ ${i}`, 'fair_exhibition', '2026-10-01', '2026-10-02'], 1_200);
    const original = auditRepo.insertMany;
    let batches = 0;
    const spy = vi.spyOn(auditRepo, 'insertMany').mockImplementation((ex, records) => {
      if (++batches === 2) throw new Error('the disk is full');
      return original(ex, records);
    });
    try {
      expect(await importFile(t, other, '/api/v1/imports/activities', file)).toMatchObject({ state: 'failed', error: { code: 'internal' }, result: null });
    } finally {
      spy.mockRestore();
    }
    expect(batches).toBe(2);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/activities?pageSize=1', headers: await t.login(other) });
    expect(list.json().total).toBe(0);
    expect((await importFile(t, other, '/api/v1/imports/activities', file)).result).toMatchObject({ created: 1_200 });
  }, 120_000);
});
