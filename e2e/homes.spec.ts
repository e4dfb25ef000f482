import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, expectAccessible, launchBrowser, newPage, PHONE, screenshot, signIn } from './support.js';

const EMBASSY_US = /Đại sứ quán Việt Nam tại Hoa Kỳ/;

describe('a home for every role, and the right people told', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says on the sign-in page what econdip is, in both languages', async () => {
    const { context, page } = await newPage(browser, baseUrl, { viewport: PHONE });
    await page.goto('/sign-in');
    expect(await page.getByTestId('sign-in-about').textContent()).toContain('ngoại giao kinh tế');
    await expectAccessible(page, 'sign-in (phone)');
    await screenshot(page, 'sign-in-phone');
    await page.getByTestId('language-switch').getByText('EN').click();
    expect(await page.getByTestId('sign-in-about').textContent()).toContain('economic diplomacy');
    await context.close();
  });

  const HOMES: [string, string, string][] = [
    ['admin@demo.local', '/overview', 'Tổng quan toàn quốc'],
    ['hq@demo.local', '/overview', 'Tổng quan toàn quốc'],
    ['leader@demo.local', '/overview', 'Tổng quan toàn quốc'],
    ['mission.us@demo.local', '/inbox', 'Việc cần làm'],
    ['province.hcm@demo.local', '/inbox', 'Việc cần làm'],
    ['business@demo.local', '/workspace', 'Công ty CP Thủy sản Sao Biển (demo)'],
  ];

  it.each(HOMES)('lands %s on %s after sign-in', async (email, path, heading) => {
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, email);
    await page.waitForURL((url) => url.pathname === path);
    await page.getByRole('main').getByRole('heading', { level: 1, name: heading }).waitFor();
    await context.close();
  });

  it('shows HQ the overdue tasks it assigned, as many as its bell says', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, 'hq@demo.local');
    const inbox = await api<{ overdueTasks: { total: number } }>(page, '/inbox');
    const overdue = await api<{ total: number }>(page, '/tasks?overdue=true&pageSize=1');
    expect(inbox.body.overdueTasks.total).toBe(overdue.body.total);
    expect(inbox.body.overdueTasks.total).toBeGreaterThan(0);
    await context.close();
  });

  it('tells the mission of a task HQ assigns: its bell, its inbox and an e-mail in the outbox', async () => {
    const title = `Vận động mở cửa thị trường cho bưởi ${Date.now()}`;
    const hq = await newPage(browser, baseUrl);
    await signIn(hq.page, 'hq@demo.local');
    const units = await api<{ items: { id: string; code: string }[] }>(hq.page, '/org-units?type=mission&countryCode=US&pageSize=50');
    const embassy = units.body.items.find((unit) => unit.code === 'EMB-US')!;
    const created = await api<{ id: string }>(hq.page, '/tasks', {
      method: 'POST',
      body: {
        title,
        objective: 'Hoa Kỳ cấp phép nhập khẩu bưởi tươi',
        responsibleUnitId: embassy.id,
        responsiblePerson: 'Tham tán thương mại',
        startDate: '2026-01-01',
        dueDate: '2030-06-30',
        accountableTo: 'Đại sứ',
        checkedBy: 'Vụ Tổng hợp kinh tế',
        expectedOutput: 'Hồ sơ kỹ thuật gửi APHIS',
        expectedOutcome: 'Lô bưởi đầu tiên vào Hoa Kỳ',
      },
    });
    expect(created.status).toBe(201);
    await hq.context.close();

    const { context, page } = await newPage(browser, baseUrl, { viewport: PHONE });
    await signIn(page, 'mission.us@demo.local');
    const bell = page.getByTestId('notification-bell');
    await bell.waitFor();
    expect(await bell.getAttribute('aria-label')).toMatch(/[1-9]\d* thông báo chưa đọc/);
    await bell.click();
    const notice = page.getByTestId('inbox-notifications').getByRole('link', { name: `Nhiệm vụ mới: "${title}"` });
    await notice.waitFor();
    await expectAccessible(page, 'inbox with a new task (phone)');
    await screenshot(page, 'inbox-new-task-phone');
    await notice.click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await context.close();

    const admin = await newPage(browser, baseUrl);
    await signIn(admin.page, 'admin@demo.local');
    const outbox = await api<{ items: { toAddress: string; subject: string }[] }>(admin.page, '/outbox?pageSize=50');
    expect(outbox.body.items).toContainEqual(expect.objectContaining({ toAddress: 'mission.us@demo.local', subject: `Nhiệm vụ mới: "${title}"` }));
    await admin.context.close();
  });

  it('lets a business ask a mission for support from its workspace; the mission sees it', async () => {
    const title = `Tìm nhà nhập khẩu tôm tại Texas ${Date.now()}`;
    const { context, page } = await newPage(browser, baseUrl, { viewport: PHONE });
    await signIn(page, 'business@demo.local');
    await page.getByTestId('workspace-outcome').first().waitFor();
    await expectAccessible(page, 'workspace (phone)');
    await screenshot(page, 'workspace-phone');
    await page.getByTestId('workspace-new-request').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Cơ quan đại diện được đề nghị').fill('hoa ky');
    await page.getByRole('option', { name: EMBASSY_US }).click();
    await dialog.getByRole('textbox', { name: 'Nội dung đề nghị' }).fill(title);
    await dialog.getByRole('textbox', { name: 'Mô tả nhu cầu' }).fill('Cần danh sách nhà nhập khẩu tôm đông lạnh tại Texas');
    await expectAccessible(page, 'support request from a business (phone)');
    await dialog.getByRole('button', { name: 'Gửi đề nghị' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await context.close();

    const mission = await newPage(browser, baseUrl);
    await signIn(mission.page, 'mission.us@demo.local');
    await mission.page.goto('/support-requests?direction=received');
    await mission.page.getByRole('link', { name: title }).waitFor();
    await mission.context.close();
  });
});
