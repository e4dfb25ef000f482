import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, expectAccessible, launchBrowser, newPage, PHONE, screenshot, signIn } from './support.js';

describe('market-access barriers', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a mission records a barrier, moves it to partly resolved with a dated note, and the history keeps both', async () => {
    const title = `Kiểm tra tăng cường cá ngừ ${Date.now()}`;
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, 'mission.us@demo.local');
    await page.goto('/barriers');
    await page.getByTestId('barrier-table').waitFor();
    await expectAccessible(page, 'barriers list');

    await page.getByRole('button', { name: 'Ghi nhận rào cản' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
    await dialog.getByText('Bắt buộc nhập.').first().waitFor();
    await dialog.getByRole('textbox', { name: 'Tên rào cản' }).fill(title);
    await dialog.getByRole('textbox', { name: 'Mô tả' }).fill('Mọi lô cá ngừ bị giữ để lấy mẫu kiểm tra dư lượng.');
    const country = dialog.getByLabel('Thị trường');
    await country.fill('Hoa K');
    await page.getByRole('option', { name: 'Hoa Kỳ (US)' }).click();
    await dialog.getByLabel('Loại biện pháp').selectOption('sps');
    await dialog.getByRole('textbox', { name: 'Mã HS' }).fill('0304, 160414');
    await dialog.getByRole('textbox', { name: 'Giá trị bị ảnh hưởng (ước tính)' }).fill('2500000,5');
    await expectAccessible(page, 'barrier form');
    await dialog.getByRole('button', { name: 'Ghi nhận', exact: true }).click();

    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByTestId('barrier-status').getByText('Đang tồn tại').waitFor();
    await page.getByText('2.500.000,5 USD').waitFor();

    await page.getByTestId('barrier-change-status').click();
    const change = page.getByRole('dialog');
    await change.getByLabel('Trạng thái mới').selectOption('partly_resolved');
    await change.getByRole('button', { name: 'Lưu trạng thái' }).click();
    await change.getByText('Bắt buộc nhập.').waitFor();
    await change.getByRole('textbox', { name: 'Diễn biến' }).fill('Cơ quan quản lý giảm tỷ lệ lấy mẫu xuống 20%.');
    await change.getByRole('button', { name: 'Lưu trạng thái' }).click();
    await page.getByTestId('barrier-status').getByText('Đã tháo gỡ một phần').waitFor();
    const history = page.getByTestId('barrier-history');
    await history.getByText('Cơ quan quản lý giảm tỷ lệ lấy mẫu xuống 20%.').waitFor();
    expect(await history.getByText(/Đang tồn tại|Đã tháo gỡ một phần/).count()).toBe(2);
    await expectAccessible(page, 'barrier page');
    await screenshot(page, 'barrier-desktop');

    const url = page.url();
    await page.setViewportSize(PHONE);
    await page.goto(url);
    await page.getByTestId('barrier-history').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectAccessible(page, 'barrier page (phone)');
    await screenshot(page, 'barrier-phone');
    await context.close();
  });

  it('the country page counts the open barriers and opens exactly them; the IUU yellow card is on record with its source', async () => {
    const { context, page } = await newPage(browser, baseUrl, { viewport: PHONE });
    await signIn(page, 'hq@demo.local');
    await page.goto('/countries/US');
    const count = Number(await page.getByTestId('figure-barriersOpen-count').textContent());
    const listed = await api<{ total: number }>(page, '/barriers?countryCode=US&status=open&pageSize=1');
    expect(count).toBe(listed.body.total);
    expect(count).toBeGreaterThan(0);
    await page.getByTestId('figure-barriersOpen-count').click();
    await page.waitForURL((u) => u.pathname === '/barriers' && u.searchParams.get('status') === 'open');
    await page.getByTestId('barrier-table').waitFor();
    await screenshot(page, 'barriers-phone');

    await page.goto('/barriers?measureType=iuu_yellow_card');
    await page.getByTestId('barrier-table').getByRole('link', { name: /Thẻ vàng IUU/ }).click();
    await page.getByRole('link', { name: 'https://ec.europa.eu/commission/presscorner/detail/en/IP_17_4064' }).waitFor();
    await page.getByTestId('barrier-plan').getByRole('link').first().waitFor();
    await context.close();
  });
});
