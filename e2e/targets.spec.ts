import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, expectAccessible, launchBrowser, newPage, PHONE, screenshot, signIn } from './support.js';

let browser: Browser;
const baseUrl = inject('baseUrl');
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

describe('targets and macroeconomic figures', () => {
  it('HQ sets a range target typed the Vietnamese way, sees its actual and status, corrects it and deletes it', async () => {
    const { context, page } = await newPage(browser, baseUrl, { viewport: DESKTOP });
    await signIn(page, 'hq@demo.local');
    await page.getByTestId('nav-targets').click();
    await page.getByRole('heading', { level: 1, name: 'Chỉ tiêu' }).waitFor();
    await page.getByRole('search', { name: 'Lọc chỉ tiêu' }).getByLabel('Năm').selectOption('2025');
    // The demo's 2025 growth target 8.3–8.5 % against the published 7.52 % of the first half.
    const growth = page.getByTestId('target-row-macro.gdp_growth');
    await growth.waitFor();
    expect(await growth.innerText()).toContain('8,3–8,5 %');
    await page.getByTestId('target-status-rule').waitFor();
    await expectAccessible(page, 'targets');
    await screenshot(page, 'targets-desktop');

    await page.getByRole('button', { name: 'Đặt chỉ tiêu' }).click();
    const form = page.getByTestId('target-form');
    await form.getByLabel(/^Chỉ tiêu/).fill('Hoạt động của cơ quan');
    await page.getByRole('option', { name: 'Hoạt động của cơ quan đại diện', exact: true }).click();
    await form.getByLabel('Kỳ').selectOption('1');
    await form.getByRole('textbox', { name: 'Mục tiêu (hoặc cận dưới)' }).fill('1.200');
    await form.getByRole('textbox', { name: 'Cận trên' }).fill('1.000');
    await form.getByRole('button', { name: 'Đặt chỉ tiêu' }).click();
    await form.getByText('Cận trên không được nhỏ hơn mục tiêu.').waitFor();
    await form.getByRole('textbox', { name: 'Cận trên' }).fill('1.500,5');
    await form.getByText('Giá trị được ghi nhận: 1.500,5').waitFor();
    await expectAccessible(page, 'target form');
    await form.getByRole('button', { name: 'Đặt chỉ tiêu' }).click();
    await form.waitFor({ state: 'detached' });

    const missions = page.getByTestId('target-row-activities.missions');
    await missions.waitFor();
    expect(await missions.innerText()).toContain('1.200–1.500,5');
    expect(await missions.innerText()).toContain('2025-H1');
    expect(await missions.getByTestId('target-status').innerText()).toMatch(/Đạt|Không đạt/);
    // The actual opens the records it counts.
    const actual = missions.getByRole('link').first();
    const counted = await actual.innerText();
    await page.getByRole('button', { name: 'Sửa chỉ tiêu Hoạt động của cơ quan đại diện' }).click();
    const edit = page.getByTestId('target-form');
    await edit.getByRole('textbox', { name: 'Mục tiêu (hoặc cận dưới)' }).fill('250');
    await edit.getByRole('button', { name: 'Lưu' }).click();
    await edit.waitFor({ state: 'detached' });
    await expect.poll(async () => missions.innerText()).toContain('250–1.500,5');

    await actual.click();
    await expect.poll(async () => page.getByText(new RegExp(`${counted} bản ghi`)).count()).toBeGreaterThan(0);
    await page.goBack();
    await missions.waitFor();
    await page.getByRole('button', { name: 'Xoá chỉ tiêu Hoạt động của cơ quan đại diện' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Xoá' }).click();
    await missions.waitFor({ state: 'detached' });
    await context.close();
  });

  it('HQ revises a published figure; the earlier value stays in its history', async () => {
    const { context, page } = await newPage(browser, baseUrl, { viewport: DESKTOP });
    await signIn(page, 'hq@demo.local');
    await page.getByTestId('nav-reported-values').click();
    await page.getByRole('heading', { level: 1, name: 'Số liệu kinh tế vĩ mô' }).waitFor();
    const row = page.getByTestId('reported-row-macro.gdp_growth-2024-01-01');
    await row.waitFor();
    await expect.poll(async () => row.getByTestId('reported-value').innerText()).toBe('7,09 %');
    await row.getByRole('button', { name: 'Điều chỉnh Tăng trưởng GDP' }).click();
    const form = page.getByTestId('reported-value-form');
    await form.getByRole('textbox', { name: 'Giá trị' }).fill('7,1');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(async () => row.getByTestId('reported-value').innerText()).toBe('7,1 %');
    await row.getByText('1 lần điều chỉnh').click();
    await row.getByText(/Trước đây 7,09 %/).waitFor();
    await expectAccessible(page, 'reported values');
    await screenshot(page, 'reported-values-desktop');
    await context.close();
  });

  it('a mission sees its rank among the missions on its page; a province does not see another unit\'s', async () => {
    const { context, page } = await newPage(browser, baseUrl, { viewport: PHONE });
    await signIn(page, 'mission.us@demo.local');
    const me = (await (await page.request.get('/api/v1/me')).json()) as { user: { unit: { id: string } } };
    await page.goto(`/org-units/${me.user.unit.id}`);
    const ranking = page.getByTestId('unit-ranking');
    await ranking.getByLabel('Năm').selectOption('2025');
    await ranking.getByTestId('rank-activities.missions').waitFor();
    expect(await ranking.getByTestId('rank-activities.missions').getByTestId('rank').innerText()).toMatch(/^(\d+ \/ \d+|—)$/);
    await expectAccessible(page, 'unit ranking (phone)');
    await ranking.scrollIntoViewIfNeeded();
    await screenshot(page, 'unit-ranking-phone');
    await context.close();

    const province = await newPage(browser, baseUrl, { viewport: DESKTOP });
    await signIn(province.page, 'province.hcm@demo.local');
    await province.page.goto(`/org-units/${me.user.unit.id}`);
    await province.page.getByTestId('validity').waitFor();
    expect(await province.page.getByTestId('unit-ranking').count()).toBe(0);
    await province.context.close();
  });

  it('a mission reads the targets on a phone, without the means to change them', async () => {
    const { context, page } = await newPage(browser, baseUrl, { viewport: PHONE });
    await signIn(page, 'mission.us@demo.local');
    await page.goto('/targets?year=2025');
    await page.getByRole('heading', { level: 1, name: 'Chỉ tiêu' }).waitFor();
    await page.getByTestId('target-table').waitFor();
    expect(await page.getByRole('button', { name: 'Đặt chỉ tiêu' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Sửa chỉ tiêu/ }).count()).toBe(0);
    await expectAccessible(page, 'targets (phone)');
    await screenshot(page, 'targets-phone');
    await context.close();
  });
});
