import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, expectAccessible, launchBrowser, newPage, PHONE, screenshot, signIn } from './support.js';

interface Preference {
  kind: string;
  inApp: boolean;
  email: string;
}

describe('choosing how notices reach me', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets a province editor on a phone gather overdue-task e-mails weekly and keep them out of the bell', async () => {
    const { context, page } = await newPage(browser, baseUrl, { viewport: PHONE });
    await signIn(page, 'province.hcm@demo.local');
    await page.goto('/account');
    const form = page.getByRole('form', { name: 'Thông báo' });
    await form.getByRole('heading', { name: 'Nhiệm vụ' }).waitFor();
    const save = form.getByRole('button', { name: 'Lưu lựa chọn' });
    expect(await save.isDisabled()).toBe(true);

    await form.getByRole('checkbox', { name: 'Nhận trong ứng dụng: Nhiệm vụ quá hạn' }).uncheck();
    await form.getByRole('combobox', { name: 'Thư điện tử: Nhiệm vụ quá hạn' }).selectOption({ label: 'Gộp hằng tuần' });
    await expectAccessible(page, 'account notification preferences (phone)');
    await screenshot(page, 'account-notifications-phone');
    await save.click();
    await page.getByText('Đã lưu cách nhận thông báo.').waitFor();

    await page.reload();
    await form.getByRole('heading', { name: 'Nhiệm vụ' }).waitFor();
    expect(await form.getByRole('checkbox', { name: 'Nhận trong ứng dụng: Nhiệm vụ quá hạn' }).isChecked()).toBe(false);
    expect(await form.getByRole('combobox', { name: 'Thư điện tử: Nhiệm vụ quá hạn' }).inputValue()).toBe('weekly');
    expect(await form.getByRole('checkbox', { name: 'Nhận trong ứng dụng: Nhiệm vụ sắp đến hạn' }).isChecked()).toBe(true);

    const saved = await api<{ items: Preference[] }>(page, '/me/notification-preferences');
    expect(saved.body.items.find((item) => item.kind === 'task.overdue')).toEqual({ kind: 'task.overdue', inApp: false, email: 'weekly' });
    await api(page, '/me/notification-preferences', { method: 'PUT', body: { items: [{ kind: 'task.overdue', inApp: true, email: 'immediate' }] } });
    await context.close();
  });
});
