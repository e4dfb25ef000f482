import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, PHONE, screenshot, signIn } from './support.js';

describe('phone layout', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the shell with a burger menu and passes axe on each page', async () => {
    const { context, page } = await newPage(browser, baseUrl, { viewport: PHONE });
    await page.goto('/sign-in');
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await screenshot(page, 'sign-in-phone');
    await expectAccessible(page, 'sign-in (phone)');

    await signIn(page, 'mission.us@demo.local');
    const burger = page.getByRole('button', { name: 'Mở menu' });
    await burger.waitFor();
    const accountLink = page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tài khoản' });
    expect(await accountLink.isVisible()).toBe(false);
    await page.getByRole('heading', { level: 1, name: 'Việc cần làm' }).waitFor();
    await screenshot(page, 'inbox-phone');
    await page.goto('/org-units');
    await page.getByTestId('org-unit-tree').waitFor();
    await screenshot(page, 'org-units-phone');
    await expectAccessible(page, 'org units (phone)');

    await burger.click();
    await accountLink.waitFor({ state: 'visible' });
    expect(await page.getByRole('button', { name: 'Đóng menu' }).getAttribute('aria-expanded')).toBe('true');
    await page.waitForFunction(() => getComputedStyle(document.getElementById('main-navigation')!).transform === 'none');
    await screenshot(page, 'menu-open-phone');
    // An editor sees neither user administration nor the audit log.
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Người dùng' }).count()).toBe(0);

    await accountLink.click();
    await page.getByRole('heading', { level: 1, name: 'Tài khoản' }).waitFor();
    await accountLink.waitFor({ state: 'hidden' });
    // A wrong current password comes back as a field error, shown in Vietnamese under its input.
    await page.getByLabel('Mật khẩu hiện tại').fill('not-my-password');
    await page.getByLabel(/^Mật khẩu mới/).fill('a-brand-new-password');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('a-brand-new-password');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByText('Mật khẩu hiện tại không đúng.').waitFor();
    await page.getByRole('textbox', { name: 'Tên mã' }).fill('Báo cáo tự động');
    await page.getByRole('button', { name: 'Tạo mã truy cập' }).click();
    const token = page.getByTestId('new-token');
    await token.waitFor();
    expect((await token.textContent())?.length ?? 0).toBeGreaterThan(20);
    await page.getByRole('button', { name: 'Sao chép mã' }).waitFor();
    await screenshot(page, 'token-created-phone');
    await page.getByRole('button', { name: 'Tôi đã lưu mã' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByTestId('token-table').getByText('Báo cáo tự động').waitFor();
    await expectAccessible(page, 'account (phone)');
    await screenshot(page, 'account-phone');

    await page.getByRole('button', { name: 'Thu hồi mã Báo cáo tự động' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Thu hồi' }).click();
    await page.getByText('Bạn chưa có mã truy cập nào.').waitFor();
    await context.close();
  });

  it('the skip link moves focus to the main content', async () => {
    const { context, page } = await newPage(browser, baseUrl, { viewport: PHONE });
    await signIn(page, 'province.hcm@demo.local');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Chuyển đến nội dung chính' });
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    await context.close();
  });
});
