import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../lib/csv.js';
import type { TestUser } from '../../test/factories.js';
import { buildTestApp, type TestContext } from '../../test/support.js';

let t: TestContext;
let admin: TestUser;
let coordinator: TestUser;
let hcmEditor: TestUser;
let usEditor: TestUser;
let hcm: string;
let us: string;
beforeAll(async () => {
  t = await buildTestApp();
  hcm = (await t.factory.unit('province', '79')).id;
  admin = await t.factory.user({ role: 'admin' });
  coordinator = await t.factory.user({ role: 'hq_coordinator' });
  hcmEditor = await t.factory.user({ role: 'unit_editor', unitId: hcm });
  usEditor = await t.factory.user({ role: 'unit_editor', unitId: (await t.factory.unit('mission', 'EMB-US')).id });
  const headers = await t.login(coordinator);
  us = (await t.app.inject({ method: 'GET', url: '/api/v1/partners?kind=country&countryCode=US', headers })).json().items[0].id;
  const agreement = (title: string, signedDate: string) => ({
    title: { vi: title, en: title },
    kind: 'mou',
    signedDate,
    fields: ['trade'],
    unitIds: [hcm],
    partnerIds: [us],
    ownerUnitId: hcm,
    value: '2750925888.07',
    currency: 'USD',
  });
  for (const [title, day] of [
    ['=HYPERLINK("http://evil.example","click")', '2025-02-01'],
    ['+SUM(A1:A9)', '2025-03-01'],
    ['Ghi nhớ hợp tác thương mại, "xanh"', '2025-04-01'],
    ['-2+3', '2024-05-01'],
  ] as const) {
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/agreements', headers, payload: agreement(title, day) })).statusCode).toBe(201);
  }
});
afterAll(() => t.close());

const exportOf = async (url: string, user: TestUser) => t.app.inject({ method: 'GET', url, headers: await t.login(user) });

describe('GET /api/v1/exports/{list}', () => {
  it('writes the filtered list as CSV with translated headers; formula-like text is neutralised; numbers stay numbers', async () => {
    const res = await exportOf('/api/v1/exports/agreements?format=csv&lang=vi&from=2025-01-01&to=2026-01-01', coordinator);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="econdip-agreements-\d{4}-\d{2}-\d{2}\.csv"/);
    const rows = parseCsv(res.body);
    expect(rows).toHaveLength(3);
    const titles = rows.map((row) => row['Thỏa thuận']).sort();
    expect(titles).toEqual(["'+SUM(A1:A9)", '\'=HYPERLINK("http://evil.example","click")', 'Ghi nhớ hợp tác thương mại, "xanh"']);
    expect(rows[0]).toMatchObject({ 'Loại văn kiện': 'Bản ghi nhớ (MoU)', 'Giá trị': '2750925888.07' });
  });

  it('writes XLSX in English with the same rows as the list shows', async () => {
    const res = await exportOf('/api/v1/exports/agreements?format=xlsx&lang=en&q=sum', coordinator);
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Agreement');
    expect(sheet.rowCount).toBe(2);
    const title = sheet.getRow(2).getCell(1);
    expect(title.value).toBe('+SUM(A1:A9)');
    expect(title.type).toBe(ExcelJS.ValueType.String);
    const valueColumn = (sheet.getRow(1).values as unknown[]).indexOf('Value');
    expect(sheet.getRow(2).getCell(valueColumn).value).toBe(2750925888.07);
  });

  it('exports only what the actor may list', async () => {
    const own = parseCsv((await exportOf('/api/v1/exports/agreements?format=csv', hcmEditor)).body);
    expect(own).toHaveLength(4);
    const other = await exportOf('/api/v1/exports/agreements?format=csv', usEditor);
    expect(other.statusCode).toBe(200);
    expect(parseCsv(other.body)).toHaveLength(0);
  });

  it('logs who exported what, with the filters and the row count', async () => {
    await exportOf('/api/v1/exports/agreements?format=csv&from=2024-01-01&to=2025-01-01', coordinator);
    const [entry] = await t.auditRows(1);
    expect(entry).toMatchObject({ action: 'export.created', entity: 'export', actorUserId: coordinator.id, after: { list: 'agreements', format: 'csv', rows: 1, filters: { from: '2024-01-01', to: '2025-01-01' } } });
  });

  it('refuses a selection over the row cap that admins set, and says how many rows matched', async () => {
    const headers = await t.login(admin);
    const settings = (await t.app.inject({ method: 'GET', url: '/api/v1/settings', headers })).json();
    expect(settings).toEqual({ exportRowCap: 5000, version: 1 });
    const changed = await t.app.inject({ method: 'PATCH', url: '/api/v1/settings', headers, payload: { exportRowCap: 100, version: 1 } });
    expect(changed.json()).toEqual({ exportRowCap: 100, version: 2 });
    expect((await t.app.inject({ method: 'PATCH', url: '/api/v1/settings', headers, payload: { exportRowCap: 200, version: 1 } })).statusCode).toBe(409);
    for (let index = 0; index < 101; index += 1) {
      const payload = { kind: 'foreign_company', name: { vi: `Công ty ${index}`, en: `Company ${index}` }, countryCode: 'JP' };
      expect((await t.app.inject({ method: 'POST', url: '/api/v1/partners', headers: await t.login(coordinator), payload })).statusCode).toBe(201);
    }
    const partners = await exportOf('/api/v1/exports/partners?format=csv&kind=foreign_company', coordinator);
    expect(partners.statusCode).toBe(422);
    expect(partners.json().error.fields).toMatchObject({ cap: '100' });
    expect(Number(partners.json().error.fields.total)).toBeGreaterThan(100);
    await t.app.inject({ method: 'PATCH', url: '/api/v1/settings', headers, payload: { exportRowCap: 5000, version: 2 } });
  });

  it('lets only admins read or change the settings', async () => {
    expect((await exportOf('/api/v1/settings', coordinator)).statusCode).toBe(403);
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/settings' });
    expect(anonymous.statusCode).toBe(401);
    const tooSmall = await t.app.inject({ method: 'PATCH', url: '/api/v1/settings', headers: await t.login(admin), payload: { exportRowCap: 1, version: 3 } });
    expect(tooSmall.statusCode).toBe(400);
    expect(tooSmall.json().error.fields).toHaveProperty('exportRowCap');
  });
});
