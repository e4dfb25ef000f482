import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, PHONE, screenshot, signIn } from './support.js';

let browser: Browser;
const baseUrl = inject('baseUrl');
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

describe('exports and the settings behind them', () => {
  it('HQ exports the filtered agreements to Excel and gets the rows the list shows', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, 'hq@demo.local');
    await page.goto('/agreements?from=2025-01-01&to=2025-07-01');
    const range = page.getByText(/trên tổng số/).first();
    await range.waitFor();
    const shown = Number((await range.innerText()).replace(/\D+/g, ' ').trim().split(' ').pop());
    await page.getByRole('button', { name: 'Xuất dữ liệu' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: /Excel/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^econdip-agreements-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Thỏa thuận');
    expect(sheet.rowCount - 1).toBe(shown);
    await context.close();
  });

  it('an admin changes the export cap on the settings page (phone, axe)', async () => {
    const { context, page } = await newPage(browser, baseUrl, { viewport: PHONE });
    await signIn(page, 'admin@demo.local');
    await page.goto('/settings');
    const cap = page.getByLabel('Số dòng tối đa mỗi lần xuất');
    await cap.fill('10.000');
    await expect.poll(() => page.getByText('10.000').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu cấu hình').waitFor();
    await expectAccessible(page, 'settings on a phone');
    await screenshot(page, 'settings-phone');
    await context.close();
  });
});
