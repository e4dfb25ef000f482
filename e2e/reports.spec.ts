import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { documentText, zipPart } from '../src/server/test/ooxml.js';
import { api, DESKTOP, expectAccessible, launchBrowser, newPage, PHONE, screenshot, signIn } from './support.js';

let browser: Browser;
const baseUrl = inject('baseUrl');
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

describe('periodic reports', () => {
  it('HQ generates the H1-2025 national report, watches its progress, opens it and clicks a number through to its records', async () => {
    const { context, page } = await newPage(browser, baseUrl, { viewport: DESKTOP });
    await signIn(page, 'hq@demo.local');
    await page.goto('/reports');
    await page.getByTestId('report-create').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Kỳ').selectOption('2025-H1');
    await dialog.getByLabel('Ngôn ngữ').selectOption('vi');
    await dialog.getByRole('button', { name: 'Lập báo cáo' }).click();
    await page.getByTestId('report-progress').waitFor();
    await screenshot(page, 'reports-progress-desktop');
    const open = page.getByTestId('report-open');
    await expect.poll(async () => open.getAttribute('data-disabled'), { timeout: 60_000 }).toBeNull();
    await open.click();
    const agreements = page.getByTestId('figure-agreements.signed');
    await agreements.waitFor();
    expect(await agreements.innerText()).toBe('253');
    expect(await page.getByTestId('figure-agreements.local_international').innerText()).toBe('30');
    await expectAccessible(page, 'report');
    await screenshot(page, 'report-desktop');

    // The Word document arrives, laid out as an administrative document with the report's figures.
    await page.getByTestId('report-download').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Văn bản Word (DOCX)' }).click()]);
    expect(download.suggestedFilename()).toBe('bao-cao-2025-H1.docx');
    const text = documentText(zipPart(readFileSync((await download.path())!), 'word/document.xml'));
    for (const expected of ['BỘ NGOẠI GIAO', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'DỰ THẢO', 'PHỤ LỤC', '253 bản ghi']) expect(text, expected).toContain(expected);

    await agreements.click();
    await page.getByTestId('indicator-definition').waitFor();
    await expect.poll(async () => page.getByText(/253 bản ghi/).count()).toBeGreaterThan(0);
    await context.close();
  });

  it('reads on a phone', async () => {
    const { context, page } = await newPage(browser, baseUrl, { viewport: PHONE });
    await signIn(page, 'leader@demo.local');
    await page.goto('/reports');
    await page.getByTestId('report-table').waitFor();
    await screenshot(page, 'reports-phone');
    await page.getByTestId('report-table').getByRole('link').first().click();
    await page.getByTestId('figure-agreements.signed').waitFor();
    await screenshot(page, 'report-phone');
    await context.close();
  });

  it('HQ returns a reviewed report to draft with a reason, then recomputes its figures keeping the narrative', async () => {
    const { context, page } = await newPage(browser, baseUrl, { viewport: DESKTOP });
    await signIn(page, 'hq@demo.local');
    await page.goto('/reports');
    await page.getByTestId('report-table').getByRole('link').first().click();
    await page.getByTestId('report-review').click();
    await page.getByTestId('report-return').waitFor();
    await expectAccessible(page, 'reviewed report');
    await page.getByTestId('report-return').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Trả lại dự thảo' }).click();
    await dialog.getByText('Bắt buộc nhập.').waitFor();
    await dialog.getByLabel('Lý do').fill('Bổ sung số liệu hỗ trợ địa phương');
    await dialog.getByRole('button', { name: 'Trả lại dự thảo' }).click();
    await page.getByTestId('report-regenerate').waitFor();
    const reportId = new URL(page.url()).pathname.split('/').pop()!;
    const before = (await api<{ version: number }>(page, `/reports/${reportId}`)).body.version;
    await page.getByTestId('report-regenerate').click();
    await expect.poll(async () => (await api<{ status: string; version: number }>(page, `/reports/${reportId}`)).body, { timeout: 60_000 }).toMatchObject({ status: 'draft', version: before + 1 });
    await page.getByTestId('figure-agreements.signed').waitFor();
    expect(await page.getByTestId('figure-agreements.signed').innerText()).toBe('253');
    await context.close();
  });
});
