import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../../test/factories.js';
import { importFile } from '../../test/imports.js';
import { buildTestApp, type TestContext } from '../../test/support.js';
import { rewriteArchive, zeroPart } from '../../test/zip-bombs.js';
import { IMPORT_KINDS, type ImportRun } from '../../../shared/schemas/imports.js';
import { activityColumns } from '../activity-imports/activity-imports.columns.js';
import { IMPORT_COLUMNS } from './imports.columns.js';

const MIB = 1024 * 1024;
const SHEET = 'xl/worksheets/sheet1.xml';

let t: TestContext;
let editor: TestUser;
let valid: Buffer;
let fourRows: Buffer;

// Low limits, so that a few megabytes trip them.
beforeAll(async () => {
  t = await buildTestApp({ imports: true, importLimits: { maxUnpackedBytes: 4 * MIB, maxArchiveEntries: 50, maxRows: 3 } });
  editor = await t.factory.user({ role: 'unit_editor', unitId: (await t.factory.unit('mission', 'EMB-AE')).id });
  const template = await t.app.inject({ method: 'GET', url: '/api/v1/imports/templates/activities.xlsx', headers: await t.login(editor) });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(template.rawPayload).buffer);
  const sheet = book.worksheets[0]!;
  // The template's headers are the Vietnamese labels; the row here names columns by key.
  const keyOf = new Map(activityColumns({ countries: [], provinces: [] }).map((column) => [column.label.vi, column.key]));
  const headers = (sheet.getRow(1).values as unknown[]).map((header) => keyOf.get(String(header)) ?? String(header));
  const row = { title: 'Hội chợ thủy sản tại Dubai', type: 'fair_exhibition', start_date: '2025-03-10', end_date: '2025-03-12', country_code: 'AE' };
  for (const [key, value] of Object.entries(row)) sheet.getRow(2).getCell(headers.indexOf(key)).value = value;
  valid = Buffer.from(await book.xlsx.writeBuffer());
  for (const n of [3, 4, 5]) for (const [key, value] of Object.entries({ ...row, title: `Hội chợ ${n}` })) sheet.getRow(n).getCell(headers.indexOf(key)).value = value;
  fourRows = Buffer.from(await book.xlsx.writeBuffer());
});
afterAll(() => t.close());

/** Uploads the file and waits for its import to finish. */
const upload = (file: Buffer, url = '/api/v1/imports/activities?dryRun=true', user = editor) => importFile(t, user, url, file);

describe('an .xlsx is checked before it is inflated', () => {
  it('imports a workbook carrying a 1 GiB zero-filled media entry without inflating it', async () => {
    const bomb = rewriteArchive(valid, (parts) => [...parts, zeroPart('xl/media/image1.png', 1024)]);
    expect(bomb.length).toBeLessThan(2 * MIB);
    const res = await upload(bomb);
    expect(res).toMatchObject({ state: 'done', result: { rows: 1, created: 1 } });
  });

  it('refuses a sheet that declares 1 GiB, before inflating it: 413 payload_too_large', async () => {
    const bomb = rewriteArchive(valid, (parts) => parts.map((part) => (part.name === SHEET ? zeroPart(SHEET, 1024) : part)));
    const res = await upload(bomb);
    expect(res).toMatchObject({ state: 'failed', error: { code: 'payload_too_large', fields: { file: expect.stringContaining('too large') } } });
  });

  it('stops inflating a part that declares a few bytes and holds megabytes', async () => {
    const liar = rewriteArchive(valid, (parts) => parts.map((part) => (part.name === SHEET ? zeroPart(SHEET, 8, 1_000) : part)));
    const res = await upload(liar);
    expect(res.error?.code).toBe('payload_too_large');
  });

  it('counts the entries first, read or not', async () => {
    const crowded = rewriteArchive(valid, (parts) => [...parts, ...Array.from({ length: 60 }, (_, i) => ({ name: `xl/media/image${i}.png`, data: Buffer.from('x') }))]);
    const res = await upload(crowded);
    expect(res.error).toMatchObject({ code: 'payload_too_large', message: expect.stringMatching(/entries/) });
  });

  it('applies to every import: engagements and agreements too', async () => {
    const bomb = rewriteArchive(valid, (parts) => parts.map((part) => (part.name === SHEET ? zeroPart(SHEET, 1024) : part)));
    const coordinator = await t.factory.user({ role: 'hq_coordinator' });
    expect((await upload(bomb, '/api/v1/imports/engagements?dryRun=true', coordinator)).error?.code).toBe('payload_too_large');
  });

  it('says invalid (400\'s code) for an archive that is not a workbook', async () => {
    const damaged = Buffer.from(valid);
    damaged.writeUInt32LE(0, damaged.length - 22);
    expect((await upload(damaged)).error?.code).toBe('invalid');
  });
});

describe('the rows of one file are capped (ECONDIP_IMPORT_MAX_ROWS, 3 here)', () => {
  const refusedAt = (res: ImportRun) => {
    expect(res.state).toBe('failed');
    expect(res.error).toMatchObject({
      code: 'payload_too_large',
      message: expect.stringContaining('more than 3 data rows'),
      fields: { file: expect.stringContaining('at most 3 rows per file') },
      limit: { name: 'rows', max: 3, found: 4 },
    });
  };

  it('refuses an activity file of 4 data rows and writes nothing', async () => {
    refusedAt(await upload(fourRows, '/api/v1/imports/activities'));
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/activities', headers: await t.login(editor) });
    expect(list.json().total).toBe(0);
  });

  it('applies to engagements and agreements, however blank rows lie between the data rows', async () => {
    const coordinator = await t.factory.user({ role: 'hq_coordinator' });
    for (const kind of IMPORT_KINDS) {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('Dữ liệu');
      sheet.addRow(IMPORT_COLUMNS[kind].map((column) => column.key));
      for (const n of [2, 4, 6, 8]) sheet.getRow(n).values = IMPORT_COLUMNS[kind].map((column) => `${column.key} ${n}`);
      refusedAt(await upload(Buffer.from(await book.xlsx.writeBuffer()), `/api/v1/imports/${kind}`, coordinator));
    }
    const headers = await t.login(coordinator);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/engagements', headers })).json().total).toBe(0);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/agreements', headers })).json().total).toBe(0);
  });
});
