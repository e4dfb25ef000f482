import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../../test/factories.js';
import { filledTemplate, importFile, postImport } from '../../test/imports.js';
import { buildTestApp, type TestContext } from '../../test/support.js';
import type { ImportKind } from '../../../shared/schemas/imports.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let t: TestContext;
let coordinator: TestUser;
let usEditor: TestUser;
beforeAll(async () => {
  t = await buildTestApp({ imports: true });
  coordinator = await t.factory.user({ role: 'hq_coordinator' });
  usEditor = await t.factory.user({ role: 'unit_editor', unitId: (await t.factory.unit('mission', 'EMB-US')).id });
});
afterAll(() => t.close());

const workbook = (kind: ImportKind, rows: Record<string, string | number | Date | undefined>[]) => filledTemplate(t, coordinator, kind, rows);

/** Uploads the file and waits for its import to finish. */
const upload = (kind: string, file: Buffer, user: TestUser = coordinator, query = '') => importFile(t, user, `/api/v1/imports/${kind}${query}`, file);

const engagementRows = [
  { title_vi: 'Thủ tướng thăm Hàn Quốc', title_en: 'PM visit to South Korea', type: 'official_visit_abroad', leader_name: 'Phạm Minh Chính', leader_level: 'prime_minister', start_date: '2024-06-30', end_date: '2024-07-02', country_codes: 'KR', partners: 'KR', lead_unit: 'MOFA', participating_units: 'EMB-KR, MOIT' },
  { title_vi: 'Thủ tướng thăm Hungary', title_en: 'PM visit to Hungary', type: 'official_visit_abroad', leader_name: 'Phạm Minh Chính', leader_level: 'prime_minister', start_date: new Date('2024-01-18T00:00:00Z'), end_date: '2024-01-20', country_codes: 'HU', partners: 'Hungary', lead_unit: 'MOFA' },
];

describe('import templates', () => {
  it('gives an xlsx with the header row, drop-downs and instructions; 401 without a session, 403 for a viewer', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/imports/templates/agreements.xlsx', headers: await t.login(coordinator) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(res.rawPayload).buffer);
    expect((book.worksheets[0]!.getRow(1).values as string[]).slice(1, 4)).toEqual(['Tên văn kiện (tiếng Việt)', 'Tên văn kiện (tiếng Anh)', 'Loại văn kiện']);
    expect(book.worksheets[0]!.getCell('C2').dataValidation).toMatchObject({ type: 'list' });
    expect(book.worksheets.map((s) => s.name)).toContain('Hướng dẫn');
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/imports/templates/agreements.xlsx' })).statusCode).toBe(401);
    const viewer = await t.factory.user({ role: 'unit_viewer' });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/imports/templates/agreements.xlsx', headers: await t.login(viewer) })).statusCode).toBe(403);
  });
});

describe('POST /api/v1/imports/engagements', () => {
  it('imports nothing when any row is invalid, with a row-by-row report', async () => {
    const file = await workbook('engagements', [...engagementRows, { ...engagementRows[0]!, title_vi: 'Sai', start_date: '2024-07-05', end_date: '2024-07-01', lead_unit: 'NOPE', type: 'party' }]);
    const res = await upload('engagements', file);
    expect(res.state).toBe('rejected');
    expect(res.rows).toEqual(expect.arrayContaining([
      { row: 4, field: 'lead_unit', column: 'Đơn vị chủ trì', code: 'unknown_unit', message: 'Unknown unit code NOPE', value: 'NOPE' },
      expect.objectContaining({ row: 4, field: 'type', code: 'invalid_value' }),
    ]));
    expect(res.rows.every((r) => r.row === 4)).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/engagements', headers: await t.login(coordinator) })).json().total).toBe(0);
  });

  it('checks without writing on dryRun, imports all rows audited, and skips them when re-imported', async () => {
    const file = await workbook('engagements', engagementRows);
    const dry = await upload('engagements', file, coordinator, '?dryRun=true');
    expect(dry).toMatchObject({ state: 'done', result: { dryRun: true, rows: 2, created: 2, skipped: 0 } });
    const headers = await t.login(coordinator);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/engagements', headers })).json().total).toBe(0);

    const res = await upload('engagements', file);
    expect(res).toMatchObject({ state: 'done', progress: { read: 2, validated: 2, written: 2 }, result: { dryRun: false, created: 2, skipped: 0 } });
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/engagements?sort=startDate', headers })).json();
    expect(list.items.map((e: { startDate: string; participatingUnits: { code: string }[] }) => [e.startDate, e.participatingUnits.map((u) => u.code).sort()])).toEqual([
      ['2024-01-18', []],
      ['2024-06-30', ['EMB-KR', 'MOIT']],
    ]);
    const audit = await t.auditRows(3);
    expect(audit.map((a) => a.action)).toEqual(['import.completed', 'engagement.created', 'engagement.created']);

    const again = await upload('engagements', file);
    expect(again.result).toMatchObject({ created: 0, skipped: 2 });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/engagements', headers })).json().total).toBe(2);
  });

  it('counts as already present only what the importer can read, so others\' records do not leak', async () => {
    // HQ recorded "Thủ tướng thăm Hungary" (MOFA-led) above; the embassy cannot read it, so its own row is new to it.
    const own = { ...engagementRows[1]!, lead_unit: 'EMB-US', participating_units: '' };
    const res = await upload('engagements', await workbook('engagements', [own]), usEditor, '?dryRun=true');
    expect(res).toMatchObject({ state: 'done', result: { created: 1, skipped: 0 } });
  });

  it('applies the same permissions as a single create, and refuses a file that is not xlsx', async () => {
    const res = await upload('engagements', await workbook('engagements', [{ ...engagementRows[0]!, title_vi: 'Khác' }]), usEditor);
    expect(res.state).toBe('rejected');
    expect(res.rows[0]).toMatchObject({ row: 2, field: '_' });
    const notXlsx = await postImport(t, coordinator, '/api/v1/imports/engagements', Buffer.from('%PDF-1.4 nope'));
    expect(notXlsx.statusCode).toBe(400);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/imports/engagements' })).statusCode).toBe(401);
  });
});

describe('POST /api/v1/imports/agreements', () => {
  it('imports agreements with parties, exact values and a province resolved by date', async () => {
    const rows = [
      { title_vi: 'Hiệp định Đối tác kinh tế toàn diện Việt Nam – UAE', title_en: 'VN–UAE CEPA', kind: 'treaty', signed_date: '2024-10-28', signed_place: 'Abu Dhabi', fields: 'trade, investment', units: 'MOIT', partners: 'AE', owner_unit: 'MOIT' },
      { title_vi: 'Ghi nhớ TP.HCM – Singapore', title_en: 'HCMC–Singapore MoU', kind: 'mou', signed_date: '2025-03-12', fields: 'finance', value: '12.345.678.901.234,56', currency: 'usd', units: '79', partners: 'SG', owner_unit: '79' },
    ];
    const bad = await upload('agreements', await workbook('agreements', [{ ...rows[0]!, value: '1,25.0', currency: 'USD' }, rows[1]!]));
    expect(bad.state).toBe('rejected');
    expect(bad.rows).toContainEqual(expect.objectContaining({ row: 2, field: 'value', code: 'invalid_number', reason: 'mixed_separators', value: '1,25.0' }));
    expect(bad.rows.every((r) => r.row === 2)).toBe(true);
    const res = await upload('agreements', await workbook('agreements', rows));
    expect(res.state).toBe('done');
    const headers = await t.login(coordinator);
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/agreements?sort=signedDate', headers })).json().items;
    expect(list[1]).toMatchObject({ value: '12345678901234.56', currency: 'USD', ownerUnit: { code: '79' } });
    const hcmBefore = (await t.factory.unit('province', '79', '2025-03-12')).id;
    expect(list[1].ownerUnit.id).toBe(hcmBefore);
    expect((await upload('agreements', await workbook('agreements', rows))).result).toMatchObject({ created: 0, skipped: 2 });
  });
});

describe('cells read as people type them, in the template\'s language', () => {
  const agreement = (title: string, cells: Record<string, string | number | Date>) => ({ title_vi: title, title_en: title, kind: 'mou', units: 'MOIT', partners: 'AE', owner_unit: 'MOIT', ...cells });
  const valueOf = async (title: string) => {
    const list = (await t.app.inject({ method: 'GET', url: `/api/v1/agreements?q=${encodeURIComponent(title)}`, headers: await t.login(coordinator) })).json().items;
    return list.map((a: { value: string; signedDate: string }) => [a.value.replace(/\.0+$/, ''), a.signedDate]);
  };

  it('gives the template in Vietnamese: headers, drop-downs of labels (not codes) and instructions', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/imports/templates/engagements.xlsx', headers: await t.login(coordinator) });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(res.rawPayload).buffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Dữ liệu', 'Hướng dẫn', 'Danh sách']);
    expect((book.worksheets[0]!.getRow(1).values as string[]).slice(1, 4)).toEqual(['Tên hoạt động (tiếng Việt)', 'Tên hoạt động (tiếng Anh)', 'Loại hoạt động']);
    const lists = (book.getWorksheet('Danh sách')!.getColumn(3).values as string[]).slice(2);
    expect(lists).toContain('Thăm chính thức');
    expect(lists).not.toContain('official_visit_abroad');
    const english = await t.app.inject({ method: 'GET', url: '/api/v1/imports/templates/engagements.xlsx?language=en', headers: await t.login(coordinator) });
    await book.xlsx.load(new Uint8Array(english.rawPayload).buffer);
    expect(book.worksheets[0]!.name).toBe('Data');
  });

  it('reads Vietnamese amounts exactly, dd/mm/yyyy dates, Excel number and date cells, and labels as codes', async () => {
    const rows = [
      agreement('Ghi nhớ số liệu A', { value: '1.250.000', currency: 'USD', signed_date: '30/07/2026', kind: 'Bản ghi nhớ (MoU)' }),
      agreement('Ghi nhớ số liệu B', { value: '2.750.925.888,07', currency: 'USD', signed_date: new Date('2026-07-31T00:00:00Z') }),
      agreement('Ghi nhớ số liệu C', { value: 1250000.5, currency: 'USD', signed_date: '2026-08-01' }),
    ];
    const res = await upload('agreements', await workbook('agreements', rows));
    expect(res.result).toMatchObject({ created: 3 });
    expect(await valueOf('Ghi nhớ số liệu A')).toEqual([['1250000', '2026-07-30']]);
    expect(await valueOf('Ghi nhớ số liệu B')).toEqual([['2750925888.07', '2026-07-31']]);
    expect(await valueOf('Ghi nhớ số liệu C')).toEqual([['1250000.50', '2026-08-01']]);
  });

  it('reads English amounts on an English template; refuses ambiguous ones and says why, importing nothing', async () => {
    const english = await upload('agreements', await workbook('agreements', [agreement('Ghi nhớ số liệu D', { value: '1,250,000', currency: 'USD' })]), coordinator, '?language=en');
    expect(english.result).toMatchObject({ created: 1 });
    expect(await valueOf('Ghi nhớ số liệu D')).toEqual([['1250000', null]]);

    const refused = await upload('agreements', await workbook('agreements', [
      agreement('Ghi nhớ số liệu E', { value: '1.250.000', currency: 'USD' }),
      agreement('Ghi nhớ số liệu F', { value: '1234567.5', currency: 'USD' }),
    ]), coordinator, '?language=en');
    expect(refused.state).toBe('rejected');
    expect(refused.rows).toEqual([
      expect.objectContaining({ row: 2, field: 'value', code: 'invalid_number', reason: 'several_decimal_separators', value: '1.250.000' }),
    ]);
    const vietnamese = await upload('agreements', await workbook('agreements', [agreement('Ghi nhớ số liệu F', { value: '1234567.5', currency: 'USD' })]));
    expect(vietnamese.rows).toEqual([expect.objectContaining({ row: 2, field: 'value', code: 'invalid_number', reason: 'bad_grouping' })]);
  });

  it('says an empty required date is required, and a date that is not one is not valid', async () => {
    const rows = [{ ...engagementRows[0]!, title_vi: 'Ngày trống', start_date: undefined }, { ...engagementRows[0]!, title_vi: 'Ngày sai', start_date: '31/02/2026', end_date: '30/07/2026' }];
    const res = await upload('engagements', await workbook('engagements', rows));
    expect(res.rows).toEqual(expect.arrayContaining([
      expect.objectContaining({ row: 2, field: 'start_date', code: 'required' }),
      expect.objectContaining({ row: 3, field: 'start_date', code: 'invalid_date', value: '31/02/2026' }),
    ]));
  });
});
