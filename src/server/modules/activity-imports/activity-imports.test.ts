import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activities, activityOutputs, activityProvinces, outcomes } from '../../db/schema/index.js';
import type { TestUser } from '../../test/factories.js';
import { importFile } from '../../test/imports.js';
import { multipartFile } from '../../test/multipart.js';
import { buildTestApp, type TestContext } from '../../test/support.js';
import { activityColumns } from './activity-imports.columns.js';

let t: TestContext;
let aeEditor: TestUser;
let hcmEditor: TestUser;
let coordinator: TestUser;
let viewer: TestUser;
let ae: string;
let template: Buffer;

beforeAll(async () => {
  t = await buildTestApp({ imports: true });
  ae = (await t.factory.unit('mission', 'EMB-AE')).id;
  aeEditor = await t.factory.user({ role: 'unit_editor', unitId: ae });
  viewer = await t.factory.user({ role: 'unit_viewer', unitId: ae });
  hcmEditor = await t.factory.user({ role: 'unit_editor', unitId: (await t.factory.unit('province', '79')).id });
  coordinator = await t.factory.user({ role: 'hq_coordinator' });
});
afterAll(() => t.close());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const fair = {
  title: 'Hội chợ thủy sản Halal tại Dubai',
  type: 'fair_exhibition',
  start_date: '2025-03-10',
  end_date: '2025-03-12',
  country_code: 'AE',
  place: 'Dubai',
  province: '82',
  sectors: 'agriculture, halal',
  meetings_held: 24,
  businesses_connected: 18,
  outcome_kind: 'export_contract',
  outcome_value: '2500000',
  outcome_currency: 'USD',
  outcome_product: 'Cá tra phi lê đông lạnh',
  outcome_business: 'Công ty CP Vĩnh Hoàn',
};

/** The template filled with rows, as a user would. */
async function filled(rows: Record<string, string | number | Date>[]) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(template).buffer);
  const sheet = workbook.worksheets[0]!;
  // The template's headers are the Vietnamese labels; the rows here name columns by key.
  const keyOf = new Map(activityColumns({ countries: [], provinces: [] }).map((column) => [column.label.vi, column.key]));
  const headers = (sheet.getRow(1).values as unknown[]).map((header) => keyOf.get(String(header)) ?? String(header));
  rows.forEach((values, i) => {
    for (const [key, value] of Object.entries(values)) sheet.getRow(i + 2).getCell(headers.indexOf(key)).value = value;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function upload(user: TestUser | null, file: Buffer, query = '') {
  const { payload, headers } = multipartFile('activities.xlsx', XLSX, file);
  return t.app.inject({ method: 'POST', url: `/api/v1/imports/activities${query}`, payload, headers: { ...headers, ...(user ? await t.login(user) : {}) } });
}

/** Uploads the file and waits for its import to finish. */
const imported = (user: TestUser, file: Buffer, query = '') => importFile(t, user, `/api/v1/imports/activities${query}`, file);

const countOf = async (unitId: string) => (await t.db.select().from(activities).where(eq(activities.unitId, unitId))).length;

describe('activity import', () => {
  it('serves the template with instructions and drop-downs; 401 without a session, 403 for a viewer', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/imports/templates/activities.xlsx' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/imports/templates/activities.xlsx', headers: await t.login(viewer) })).statusCode).toBe(403);
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/imports/templates/activities.xlsx', headers: await t.login(aeEditor) });
    expect(res.statusCode).toBe(200);
    template = res.rawPayload;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(template).buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Dữ liệu', 'Hướng dẫn', 'Danh sách']);
    const data = workbook.getWorksheet('Dữ liệu')!;
    expect(data.getRow(1).getCell(1).value).toBe('Tên hoạt động');
    expect(data.getCell('B2').dataValidation).toMatchObject({ type: 'list' });
    const lists = workbook.getWorksheet('Danh sách')!;
    const provinceColumn = (data.getRow(1).values as unknown[]).indexOf('Tỉnh/thành phố được hỗ trợ');
    const provinces = lists.getColumn(provinceColumn).values.filter(Boolean);
    expect(provinces).toHaveLength(35);
    // Names people pick, not codes.
    expect(provinces.some((name) => /Hồ Chí Minh/.test(String(name)))).toBe(true);
  });

  it('rejects the whole file with a row-by-row report when any row is invalid', async () => {
    const file = await filled([fair, { ...fair, title: '', type: 'party', start_date: '2025-02-30', country_code: 'ZZ', meetings_held: -1, sectors: 'halal, thủy sản' }, { ...fair, title: 'Diễn đàn', outcome_value: '' }]);
    const res = await imported(aeEditor, file);
    expect(res.state).toBe('rejected');
    const rows = res.rows;
    expect(rows.filter((r) => r.row === 3).map((r) => r.field)).toEqual(expect.arrayContaining(['title', 'type', 'start_date', 'country_code', 'meetings_held', 'sectors']));
    // A stable code beside each English message, for the UI to translate.
    const codes = Object.fromEntries(rows.filter((r) => r.row === 3).map((r) => [r.field, r.code]));
    expect(codes).toMatchObject({ title: 'required', type: 'invalid_value', start_date: 'invalid_date', country_code: 'unknown_country', meetings_held: 'invalid_number', sectors: 'invalid_value' });
    expect(rows.filter((r) => r.row === 4).map((r) => r.field)).toEqual(['outcome_value']);
    expect(rows.find((r) => r.row === 4)!.code).toBe('invalid_value');
    expect(rows.some((r) => r.row === 2)).toBe(false);
    expect(await countOf(ae)).toBe(0);
  });

  it('a dry run validates and writes nothing', async () => {
    const res = await imported(aeEditor, await filled([fair]), '?dryRun=true');
    expect(res).toMatchObject({ state: 'done', unitId: ae, progress: { read: 1, validated: 1, written: 0 }, result: { dryRun: true, rows: 1, created: 1, skipped: 0, ids: [] } });
    expect(await countOf(ae)).toBe(0);
  });

  it('imports valid rows with outputs, supported province and outcome in one audited transaction; re-import does not duplicate', async () => {
    const file = await filled([fair, { ...fair, title: 'Diễn đàn kết nối giao thương Việt Nam – UAE', type: 'forum_seminar', start_date: new Date('2025-04-02T00:00:00Z'), end_date: '2025-04-02', province: '', outcome_kind: '', outcome_value: '', outcome_currency: '', outcome_product: '', outcome_business: '' }]);
    const res = await imported(aeEditor, file);
    expect(res).toMatchObject({ state: 'done', unitId: ae, progress: { read: 2, validated: 2, written: 2 }, result: { dryRun: false, rows: 2, created: 2, skipped: 0 } });
    const [first] = res.result!.ids;
    expect(await t.db.select().from(activityOutputs).where(eq(activityOutputs.activityId, first!))).toHaveLength(2);
    expect(await t.db.select().from(activityProvinces).where(eq(activityProvinces.activityId, first!))).toHaveLength(1);
    expect((await t.db.select().from(outcomes).where(eq(outcomes.activityId, first!)))[0]).toMatchObject({ kind: 'export_contract', value: '2500000.00', currency: 'USD', confirmationStatus: 'unconfirmed' });
    expect((await t.auditRows(1))[0]).toMatchObject({ action: 'import.completed', entityId: 'activities', after: { created: 2 } });

    const again = await imported(aeEditor, file);
    expect(again.result).toMatchObject({ created: 0, skipped: 2 });
    expect(await countOf(ae)).toBe(2);
  });

  it('a unit editor imports only for their unit; HQ for any unit given by unitId', async () => {
    const file = await filled([{ ...fair, title: 'Đoàn doanh nghiệp TP.HCM tại Dubai' }]);
    expect((await upload(hcmEditor, file, `?unitId=${ae}`)).statusCode).toBe(403);
    expect((await upload(null, file)).statusCode).toBe(401);
    expect((await upload(aeEditor, Buffer.from('not a workbook'))).statusCode).toBe(400);
    expect((await upload(coordinator, file, '?unitId=nope')).json().error.fields).toHaveProperty('unitId');
    const res = await imported(coordinator, file, `?unitId=${ae}`);
    expect(res).toMatchObject({ unitId: ae, result: { created: 1 } });
  });
});
