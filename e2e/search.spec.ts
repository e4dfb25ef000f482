import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, PHONE, screenshot, signIn } from './support.js';

let browser: Browser;
const baseUrl = inject('baseUrl');
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const TASK = 'Vận động hỗ trợ nghiên cứu khả thi và vốn cho tuyến Lào Cai – Hà Nội – Hải Phòng';

describe('global search', () => {
  it('"/" focuses the header box; typing without accents suggests records by type and the keyboard opens one', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, 'hq@demo.local');
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: 'Tìm kiếm trong hệ thống' });
    await expect.poll(() => box.evaluate((element) => element === document.activeElement)).toBe(true);
    await box.pressSequentially('nghien cuu kha thi');
    const listbox = page.getByRole('listbox', { name: 'Gợi ý tìm kiếm' });
    await listbox.getByRole('group', { name: 'Nhiệm vụ' }).getByRole('option', { name: new RegExp(TASK) }).waitFor();
    await expectAccessible(page, 'header search suggestions');
    await screenshot(page, 'search-suggestions');
    // Down to the task among the suggestions, then Enter.
    const options = await listbox.getByRole('option').allTextContents();
    const index = options.findIndex((text) => text.startsWith(TASK));
    for (let step = 0; step <= index; step += 1) await box.press('ArrowDown');
    await box.press('Enter');
    await page.getByRole('heading', { level: 1, name: TASK }).waitFor();
    expect(page.url()).toMatch(/\/tasks\/[0-9a-f-]{36}$/);
    await context.close();
  });

  it('Enter shows every result grouped by type, and a type pages on its own (English)', async () => {
    const { context, page } = await newPage(browser, baseUrl, { language: 'en' });
    await signIn(page, 'hq@demo.local');
    const box = page.getByRole('combobox', { name: 'Search econdip' });
    await box.fill('ha noi');
    await box.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('ha noi');
    const units = page.getByRole('region', { name: /^Units \(\d+\)$/ });
    await units.getByRole('link', { name: 'Hanoi', exact: true }).waitFor();
    await page.getByRole('region', { name: /^Tasks \(\d+\)$/ }).getByRole('link', { name: TASK }).waitFor();
    await expectAccessible(page, 'search results');
    await page.getByRole('link', { name: /^Show all \d+ results \(Cooperation agreements\)$/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Search: Cooperation agreements' }).waitFor();
    expect(new URL(page.url()).searchParams.get('type')).toBe('agreements');
    await page.getByRole('button', { name: '← All record types' }).click();
    await units.getByRole('link', { name: 'Hanoi', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Hanoi' }).waitFor();
    await context.close();
  });

  it('a unit editor finds only its own unit’s records', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, 'mission.us@demo.local');
    await page.goto(`/search?q=${encodeURIComponent('nghien cuu kha thi')}`);
    await page.getByRole('heading', { level: 1, name: 'Tìm kiếm' }).waitFor();
    await page.getByRole('status').filter({ hasText: /Không tìm thấy|Tìm thấy/ }).waitFor();
    expect(await page.getByRole('link', { name: TASK }).count()).toBe(0);
    await context.close();
  });

  it('on a phone the header button opens the search page', async () => {
    const { context, page } = await newPage(browser, baseUrl, { viewport: PHONE });
    await signIn(page, 'hq@demo.local');
    await page.getByRole('link', { name: 'Mở trang tìm kiếm' }).click();
    const input = page.getByTestId('search-page-input');
    await input.fill('ha noi');
    await page.getByRole('region', { name: /^Đơn vị \(\d+\)$/ }).getByRole('link', { name: 'Hà Nội', exact: true }).waitFor();
    await expectAccessible(page, 'search on a phone');
    await screenshot(page, 'search-phone');
    await context.close();
  });
});
