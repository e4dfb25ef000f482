import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { ImportKind, ImportRun } from '../../shared/schemas/imports.js';
import { IMPORT_COLUMNS } from '../modules/imports/imports.columns.js';
import type { TestUser } from './factories.js';
import { multipartFile } from './multipart.js';
import type { TestContext } from './support.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Uploads a workbook to an import endpoint (`/api/v1/imports/…?query`) as the user; the answer as it came. */
export async function postImport(t: TestContext, user: TestUser, url: string, file: Buffer) {
  const body = multipartFile('import.xlsx', XLSX, file);
  return t.app.inject({ method: 'POST', url, payload: body.payload, headers: { ...body.headers, ...(await t.login(user)) } });
}

/** Follows an accepted import, as its uploader does, until it has finished; every answer on the way is kept. */
export async function followImport(t: TestContext, user: TestUser, id: string, timeoutMs = 120_000): Promise<{ run: ImportRun; seen: ImportRun[] }> {
  const seen: ImportRun[] = [];
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/imports/${id}`, headers: await t.login(user) });
    expect(res.statusCode, res.body).toBe(200);
    const run = res.json<ImportRun>();
    seen.push(run);
    if (run.state === 'done' || run.state === 'rejected' || run.state === 'failed') return { run, seen };
    if (Date.now() > until) throw new Error(`import ${id} still ${run.state} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Uploads a workbook (expecting 202) and waits for its import to finish: the finished import. */
export async function importFile(t: TestContext, user: TestUser, url: string, file: Buffer): Promise<ImportRun> {
  const post = await postImport(t, user, url, file);
  expect(post.statusCode, post.body).toBe(202);
  return (await followImport(t, user, post.json<ImportRun>().id)).run;
}

/** The downloaded template of engagements or agreements with its data sheet filled with the rows (cells named by column key). */
export async function filledTemplate(t: TestContext, user: TestUser, kind: ImportKind, rows: Record<string, string | number | Date | undefined>[]) {
  const template = await t.app.inject({ method: 'GET', url: `/api/v1/imports/templates/${kind}.xlsx`, headers: await t.login(user) });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(template.rawPayload).buffer);
  const sheet = book.worksheets[0]!;
  // The template's headers are the Vietnamese labels; the rows here name columns by key.
  const keyOf = new Map(IMPORT_COLUMNS[kind].map((column) => [column.label.vi, column.key]));
  const headers = (sheet.getRow(1).values as string[]).slice(1).map((header) => keyOf.get(header) ?? header);
  rows.forEach((row, i) => headers.forEach((key, col) => (sheet.getCell(i + 2, col + 1).value = row[key] ?? null)));
  return Buffer.from(await book.xlsx.writeBuffer());
}
