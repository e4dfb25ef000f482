import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, expectAccessible, launchBrowser, newPage, PHONE, screenshot, signIn } from './support.js';

let browser: Browser;
const baseUrl = inject('baseUrl');
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

describe('national overview', () => {
  it('leadership opens the overview, clicks a headline number, lands on its records and exports them', async () => {
    const { context, page } = await newPage(browser, baseUrl, { viewport: DESKTOP });
    await signIn(page, 'leader@demo.local');
    await page.goto('/overview?year=2025&half=1');
    const headline = page.getByTestId('headline-value-agreements.signed');
    await headline.waitFor();
    const shown = Number((await headline.innerText()).replace(/\D/g, ''));
    expect(shown).toBeGreaterThan(0);
    await page.getByTestId('chart-map-chart').locator('canvas').waitFor();
    await page.getByTestId('chart-month-chart').locator('canvas').waitFor();
    await expectAccessible(page, 'overview');
    await screenshot(page, 'overview-desktop');
    await headline.click();
    await page.getByTestId('indicator-definition').waitFor();
    await expect.poll(async () => page.getByText(new RegExp(`${shown} bản ghi`)).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Xuất dữ liệu' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: /Excel/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^econdip-indicator-records-.*\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.rowCount - 1).toBe(shown);
    await expectAccessible(page, 'indicator records');
    await context.close();
  });

  it('shows the map and charts on a phone', async () => {
    const { context, page } = await newPage(browser, baseUrl, { viewport: PHONE });
    await signIn(page, 'leader@demo.local');
    await page.goto('/overview?year=2025&half=1');
    await page.getByTestId('headline-value-agreements.signed').waitFor();
    await page.getByTestId('chart-map-chart').locator('canvas').waitFor();
    await screenshot(page, 'overview-phone');
    await context.close();
  });
});
