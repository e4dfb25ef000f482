import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, screenshot, signIn } from './support.js';

describe('user administration', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');
  const email = `editor.${Date.now()}@demo.local`;
  const password = 'a-long-initial-password';

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('admin creates a unit editor of a mission, who then signs in', async () => {
    const admin = await newPage(browser, baseUrl);
    const page = admin.page;
    await signIn(page, 'admin@demo.local');
    await page.getByRole('navigation').getByRole('link', { name: 'Người dùng' }).click();
    await page.getByRole('heading', { level: 1, name: 'Người dùng' }).waitFor();
    await page.getByTestId('user-table').waitFor();
    await expectAccessible(page, 'users page');

    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Tạo người dùng' }).click();
    await dialog.getByText('Bắt buộc nhập.').first().waitFor();

    await dialog.getByRole('textbox', { name: 'Thư điện tử' }).fill(email);
    await dialog.getByRole('textbox', { name: 'Họ và tên' }).fill('Võ Minh Khoa');
    await dialog.getByLabel('Vai trò').selectOption('unit_editor');
    await dialog.getByLabel('Đơn vị', { exact: true }).fill('hoa ky');
    await page.getByRole('option', { name: /Đại sứ quán Việt Nam tại Hoa Kỳ/ }).click();
    await dialog.getByLabel('Mật khẩu ban đầu').fill(password);
    await screenshot(page, 'users-create-desktop');
    await expectAccessible(page, 'create user dialog');
    await dialog.getByRole('button', { name: 'Tạo người dùng' }).click();
    await dialog.waitFor({ state: 'detached' });

    const row = page.getByTestId(`user-row-${email}`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Đại sứ quán Việt Nam tại Hoa Kỳ');
    await screenshot(page, 'users-list-desktop');

    // The audit log shows the creation.
    await page.getByRole('navigation').getByRole('link', { name: 'Nhật ký' }).click();
    // The audit log speaks to people: the action in words, the record by its name.
    const created = page.getByTestId('audit-table').getByRole('row').filter({ hasText: 'Tạo người dùng' }).first();
    await created.waitFor();
    expect(await created.textContent()).toContain('Võ Minh Khoa');
    expect(await page.getByTestId('audit-table').getByText('user.created').count()).toBe(0);
    await page.getByRole('button', { name: 'Xem dữ liệu trước/sau' }).first().click();
    await page.getByText(email).first().waitFor();
    await expectAccessible(page, 'audit page');
    await screenshot(page, 'audit-desktop');
    await page.goto('/audit?entity=agreement');
    const agreement = page.getByTestId('audit-table').getByRole('row').filter({ hasText: 'Tạo thỏa thuận' }).first();
    await agreement.getByRole('link').first().waitFor();
    expect(await agreement.getByRole('link').first().getAttribute('href')).toMatch(/^\/agreements\/[0-9a-f-]{36}$/);
    await admin.context.close();

    const editor = await newPage(browser, baseUrl);
    await signIn(editor.page, email, password);
    await editor.page.getByRole('heading', { level: 1, name: 'Việc cần làm' }).waitFor();
    await editor.page.getByTestId('user-menu').click();
    expect(await editor.page.getByTestId('user-role').textContent()).toContain('Biên tập viên đơn vị');
    expect(await editor.page.getByRole('navigation').getByRole('link', { name: 'Người dùng' }).count()).toBe(0);
    await editor.context.close();
  });

  it('shows a conflict when someone else saved the user first, then saves on the reloaded version', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, 'admin@demo.local');
    await page.goto(`/users?q=${encodeURIComponent(email)}`);
    const row = page.getByTestId(`user-row-${email}`);
    await row.waitFor();
    await row.getByRole('button', { name: /Sửa người dùng/ }).click();
    const dialog = page.getByRole('dialog');
    const name = dialog.getByRole('textbox', { name: 'Họ và tên' });
    await name.waitFor();

    // Another administrator saves first.
    const users = await page.evaluate(async (target) => {
      const response = await fetch(`/api/v1/users?q=${encodeURIComponent(target)}`, { credentials: 'same-origin' });
      return (await response.json()) as { items: { id: string; version: number }[] };
    }, email);
    const [user] = users.items;
    const status = await page.evaluate(async (target) => {
      const response = await fetch(`/api/v1/users/${target.id}`, {
        method: 'PATCH',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name: 'Võ Minh Khoa (HQ)', version: target.version }),
      });
      return response.status;
    }, user!);
    expect(status).toBe(200);

    await name.fill('Võ Minh Khoa (sửa)');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.getByTestId('conflict').waitFor();
    expect(await name.inputValue()).toBe('Võ Minh Khoa (HQ)');
    await screenshot(page, 'users-conflict-desktop');

    await name.fill('Võ Minh Khoa (sửa)');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId(`user-row-${email}`).getByText('Võ Minh Khoa (sửa)').waitFor();
    await context.close();
  });
});
