import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, screenshot, signIn } from './support.js';

async function countText(page: Page, expected: string): Promise<void> {
  const count = page.getByTestId('org-unit-count');
  await page.waitForFunction(
    (text) => document.querySelector('[data-testid="org-unit-count"]')?.textContent === text,
    expected,
  );
  expect(await count.textContent()).toBe(expected);
}

describe('organisation units over time', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('counts 63 provinces before 1 Jul 2025 and 34 after; Bình Dương merged into Hồ Chí Minh', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, 'hq@demo.local');
    await page.goto('/org-units');
    await page.getByTestId('org-unit-tree').waitFor();
    await expectAccessible(page, 'org units tree');
    await screenshot(page, 'org-units-tree-desktop');

    const asOf = page.getByLabel('Tại ngày');
    await asOf.fill('2025-06-30');
    await page.getByLabel('Loại đơn vị').selectOption('province');
    await countText(page, '63 tỉnh/thành');
    await asOf.fill('2025-07-01');
    await countText(page, '34 tỉnh/thành');
    await page.getByTestId('org-unit-table').waitFor();
    await expectAccessible(page, 'org units table');
    await screenshot(page, 'org-units-provinces-desktop');

    await asOf.fill('2025-06-30');
    await page.getByLabel('Loại đơn vị').selectOption('');
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('binh duong');
    const link = page.getByTestId('org-unit-table').getByRole('link', { name: 'Bình Dương', exact: true });
    await link.waitFor();
    await link.click();

    await page.getByRole('heading', { level: 1, name: 'Bình Dương' }).waitFor();
    const successors = page.getByTestId('successors');
    await successors.getByRole('link', { name: 'TP. Hồ Chí Minh' }).waitFor();
    expect(await successors.textContent()).toContain('01/07/2025');
    expect(await page.getByTestId('validity').textContent()).toContain('30/06/2025');
    expect(await page.getByTestId('current-units').textContent()).toContain('TP. Hồ Chí Minh');
    await page.getByRole('link', { name: 'Lịch sử thay đổi' }).waitFor();
    await expectAccessible(page, 'unit page');
    await screenshot(page, 'org-unit-binh-duong-desktop');

    // The same page in English uses English dates.
    await page.getByTestId('language-switch').getByText('EN').click();
    await page.getByRole('heading', { level: 1, name: 'Binh Duong' }).waitFor();
    expect(await page.getByTestId('successors').textContent()).toContain('1 Jul 2025');
    await context.close();
  });
});
