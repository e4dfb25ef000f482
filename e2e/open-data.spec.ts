import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, PHONE, screenshot, signIn } from './support.js';

let browser: Browser;
const baseUrl = inject('baseUrl');
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

let publishedTitle = '';

describe('the public open-data page', () => {
  it('HQ publishes a signed agreement from its page', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, 'hq@demo.local');
    const list = await (await page.request.get('/api/v1/agreements?status=signed&pageSize=500')).json();
    const candidate = list.items.find((item: { publishedAt: string | null; kind: string }) => item.publishedAt === null && item.kind !== 'commercial_contract');
    expect(candidate).toBeTruthy();
    publishedTitle = candidate.title.vi;
    await page.goto(`/agreements/${candidate.id}`);
    await page.getByRole('button', { name: 'Công bố trên trang dữ liệu mở' }).click();
    await page.getByText(/^Đã công bố \d/).waitFor();
    await page.getByRole('button', { name: 'Thu hồi khỏi dữ liệu mở' }).waitFor();
    await context.close();
  });

  it('anyone reads it without signing in and downloads the agreements as CSV (phone, axe)', async () => {
    const { context, page } = await newPage(browser, baseUrl, { viewport: PHONE });
    await page.goto('/open-data');
    await page.getByRole('heading', { level: 1, name: 'Dữ liệu mở về ngoại giao kinh tế' }).waitFor();
    expect(publishedTitle).not.toBe('');
    await page.getByTestId('open-data-table').locator('tbody tr').first().waitFor();
    await expectAccessible(page, 'open data on a phone');
    await screenshot(page, 'open-data-phone');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Tải Các thỏa thuận hợp tác đã công bố dạng CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('econdip-agreements.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('title_vi');
    expect(csv).toContain(publishedTitle.replaceAll('"', '""'));
    await context.close();
  });
});
