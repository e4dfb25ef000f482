import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, expectAccessible, launchBrowser, newPage, PHONE, screenshot, signIn } from './support.js';

describe('landmarks, scrollable tables and file inputs', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('an open dialog adds no second banner landmark', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, 'hq@demo.local');
    await page.goto('/periods');
    await page.getByTestId('period-table').waitFor();
    await page.getByRole('button', { name: 'Mở kỳ báo cáo' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await page.getByRole('banner').count()).toBe(1);
    await expectAccessible(page, 'dialog open');
    await context.close();
  });

  it('a table that scrolls sideways on a phone can take keyboard focus', async () => {
    const { context, page } = await newPage(browser, baseUrl, { viewport: PHONE });
    await signIn(page, 'mission.us@demo.local');
    const activities = await api<{ items: { id: string }[] }>(page, '/activities?pageSize=50');
    let withOutputs: string | undefined;
    for (const { id } of activities.body.items) {
      const detail = await api<{ outputs: unknown[] }>(page, `/activities/${id}`);
      if (detail.body.outputs.length > 0) {
        withOutputs = id;
        break;
      }
    }
    expect(withOutputs, 'a demo activity with outputs').toBeDefined();
    await page.goto(`/activities/${withOutputs}`);
    const outputs = page.getByTestId('outputs');
    await outputs.locator('table').waitFor();
    expect(await outputs.locator('.mantine-ScrollArea-viewport').getAttribute('tabindex')).toBe('0');
    await outputs.scrollIntoViewIfNeeded();
    await expectAccessible(page, 'activity with outputs (phone)');
    await screenshot(page, 'activity-outputs-phone');
    await context.close();
  });

  it('the clear button of a file input is named', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, 'mission.us@demo.local');
    await page.goto('/activities/import');
    await page.getByRole('heading', { level: 1, name: 'Nhập hoạt động từ Excel' }).waitFor();
    await page.locator('input[type="file"]').setInputFiles({ name: 'hoat-dong.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from('PK') });
    await page.getByRole('button', { name: 'Bỏ tệp đã chọn' }).waitFor();
    await expectAccessible(page, 'import with a file chosen');
    await context.close();
  });
});
