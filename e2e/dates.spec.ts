import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage, signIn } from './support.js';

describe('dates in the user\'s format', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the dashboard\'s as-of date as dd/mm/yyyy and agreements by month as months, in Vietnamese', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, 'hq@demo.local');
    await page.goto('/dashboard');
    await page.getByText(/^Tính đến ngày \d{2}\/\d{2}\/\d{4}\.$/).waitFor();
    expect(await page.getByText(/Tính đến ngày \d{4}-\d{2}-\d{2}/).count()).toBe(0);

    await page.goto('/agreements');
    const stats = page.getByTestId('agreement-stats');
    await stats.getByText('Tháng', { exact: true }).click();
    const table = stats.getByTestId('agreement-stats-table');
    await table.getByRole('rowheader').filter({ hasText: /tháng \d{2}, \d{4}/ }).first().waitFor();
    expect(await table.getByRole('rowheader').filter({ hasText: /^\d{4}-\d{2}$/ }).count()).toBe(0);
    await context.close();
  });

  it('says an empty required date is required, not in the wrong format', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, 'mission.us@demo.local');
    await page.goto('/activities');
    await page.getByRole('link', { name: 'Ghi nhận hoạt động' }).click();
    const form = page.getByTestId('activity-form');
    await form.waitFor();
    await form.getByLabel('Loại hoạt động').selectOption('b2b_matching');
    await form.getByRole('textbox', { name: 'Tên hoạt động' }).fill('Kết nối giao thương (ngày trống)');
    await form.getByLabel('Ngày bắt đầu').fill('');
    await form.getByRole('button', { name: 'Lưu hoạt động' }).click();
    await form.getByText('Bắt buộc nhập.').first().waitFor();
    expect(await form.getByText('Sai định dạng.').count()).toBe(0);
    await context.close();
  });
});
