import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, screenshot, signIn } from './support.js';

describe('sign in, language, sign out', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens the sign-in page without a single failed request or console error', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    const failures: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') failures.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    });
    await page.goto('/org-units');
    await page.waitForURL(/\/sign-in/);
    await page.getByTestId('sign-in-form').waitFor();
    await page.reload();
    await page.getByTestId('sign-in-form').waitFor();
    expect(failures).toEqual([]);
    await context.close();
  });

  it('rejects a wrong password with a translated message', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await page.goto('/org-units');
    await page.waitForURL(/\/sign-in/);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await expectAccessible(page, 'sign-in page');

    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText('Bắt buộc nhập.').first().waitFor();

    await page.getByRole('textbox', { name: 'Thư điện tử' }).fill('admin@demo.local');
    await page.getByLabel('Mật khẩu').fill('not-the-password');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const alert = page.getByTestId('sign-in-error');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Thư điện tử hoặc mật khẩu không đúng.');
    await screenshot(page, 'sign-in-error-desktop');
    await context.close();
  });

  it('signs in, switches VI→EN, keeps the choice, signs out', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, 'admin@demo.local');
    const main = page.getByRole('main');
    await page.goto('/org-units');
    await main.getByRole('heading', { level: 1, name: 'Tổ chức' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await nav.getByRole('link', { name: 'Người dùng' }).waitFor();
    await nav.getByRole('link', { name: 'Nhật ký' }).waitFor();

    await page.getByTestId('language-switch').getByText('EN').click();
    await main.getByRole('heading', { level: 1, name: 'Organisation' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const navEn = page.getByRole('navigation', { name: 'Main navigation' });
    await navEn.getByRole('link', { name: 'Users' }).waitFor();
    await navEn.getByRole('link', { name: 'Audit log' }).waitFor();
    await navEn.getByRole('link', { name: 'Account' }).waitFor();
    expect(await page.getByLabel('As of').count()).toBe(1);

    await page.reload();
    await main.getByRole('heading', { level: 1, name: 'Organisation' }).waitFor();
    await screenshot(page, 'org-units-tree-en-desktop');

    await page.getByTestId('user-menu').click();
    expect(await page.getByTestId('user-role').textContent()).toContain('System administrator');
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in/);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();

    // Signed out for real: the app sends us back to sign in.
    await page.goto('/account');
    await page.waitForURL(/\/sign-in/);
    await context.close();
  });
});
