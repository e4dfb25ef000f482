import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, expectAccessible, launchBrowser, newPage, PHONE, screenshot, signIn } from './support.js';

/** Texts of a description list's terms, in order. */
const terms = (page: Page, testId: string) => page.getByTestId(testId).locator('dt').allTextContents();

describe('daily use: the task page and status histories', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');
  let taskPath = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('labels the seven clears 1 to 7 and says who changed the status, from what to what, in Vietnamese', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, 'hq@demo.local');
    const tasks = await api<{ items: { id: string; title: string }[] }>(page, '/tasks?status=not_started&pageSize=1');
    const task = tasks.body.items[0]!;
    taskPath = `/tasks/${task.id}`;
    await page.goto(taskPath);
    await page.getByRole('heading', { level: 1, name: task.title }).waitFor();
    expect((await terms(page, 'task-clears')).slice(0, 7)).toEqual([
      '1. Rõ mục tiêu',
      '2. Rõ người (đơn vị, cá nhân chịu trách nhiệm)',
      '3. Rõ việc',
      '4. Rõ thời gian',
      '5. Rõ trách nhiệm',
      '6. Rõ sản phẩm',
      '7. Rõ kết quả',
    ]);
    expect(await page.getByTestId('clear-task').textContent()).toBe(task.title);
    expect(await page.getByTestId('clear-accountability').textContent()).toMatch(/^Chịu trách nhiệm trước: .+Người\/đơn vị kiểm tra: .+/);

    const form = page.getByTestId('status-form');
    await form.getByLabel('Tình trạng mới').selectOption('at_risk');
    await form.getByLabel('Lý do, diễn biến').fill('Đối tác chưa phản hồi công hàm.');
    await form.getByLabel('Đường dẫn minh chứng').fill('https://example.org/cong-ham');
    await form.getByRole('button', { name: 'Cập nhật' }).click();
    const last = page.getByTestId('status-timeline').locator('.mantine-Timeline-item').last();
    await last.getByText('Chưa bắt đầu → Có nguy cơ chậm').waitFor();
    await last.getByText('Đối tác chưa phản hồi công hàm.').waitFor();
    expect(await last.getByTestId('evidence-link').textContent()).toBe('Minh chứng: https://example.org/cong-ham');
    expect(await last.getByTestId('changed-by').textContent()).toMatch(
      /^Ghi nhận bởi Nguyễn Thu Hà \(Vụ Tổng hợp kinh tế, Bộ Ngoại giao\) lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/,
    );
    await expectAccessible(page, 'task page');
    await page.getByTestId('task-clears').scrollIntoViewIfNeeded();
    await screenshot(page, 'daily-task-clears-desktop');
    await page.getByTestId('task-timeline').scrollIntoViewIfNeeded();
    await screenshot(page, 'daily-task-history-desktop');

    // An agreement's lifecycle says the same: from → to, and who recorded it with their unit.
    const agreements = await api<{ items: { id: string }[] }>(page, '/agreements?pageSize=1');
    await page.goto(`/agreements/${agreements.body.items[0]!.id}`);
    const lifecycle = page.getByTestId('agreement-lifecycle');
    await lifecycle.getByTestId('changed-by').first().waitFor();
    expect(await lifecycle.getByTestId('changed-by').first().textContent()).toMatch(/^Ghi nhận bởi .+ \(.+\) lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/);
    await context.close();
  });

  it('shows the same in English, and fits a phone', async () => {
    const { context, page } = await newPage(browser, baseUrl, { viewport: PHONE, language: 'en' });
    await signIn(page, 'hq@demo.local');
    await page.goto(taskPath);
    await page.getByTestId('task-clears').waitFor();
    expect((await terms(page, 'task-clears')).slice(0, 7)).toEqual([
      '1. Clear objective',
      '2. Clear owner (responsible unit and person)',
      '3. Clear task',
      '4. Clear timeline',
      '5. Clear accountability',
      '6. Clear output',
      '7. Clear outcome',
    ]);
    const last = page.getByTestId('status-timeline').locator('.mantine-Timeline-item').last();
    await last.getByText('Not started → At risk').waitFor();
    expect(await last.getByTestId('changed-by').textContent()).toMatch(/^Recorded by Nguyễn Thu Hà \(Department of Economic Affairs, MOFA\) on /);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page, 'task page (phone, en)');
    await page.getByTestId('task-clears').scrollIntoViewIfNeeded();
    await screenshot(page, 'daily-task-clears-phone');
    await last.scrollIntoViewIfNeeded();
    await screenshot(page, 'daily-task-history-phone');
    await context.close();
  });
});

describe('daily use: country names in lists', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows country names in the interface language, never ISO codes, in the engagement and partner lists and on a partner', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, 'hq@demo.local');
    const isoCodes = /^[A-Z]{2}(, [A-Z]{2})*$/;
    await page.goto('/engagements');
    const countries = page.getByTestId('engagement-table').getByTestId('engagement-countries');
    await countries.first().waitFor();
    const engagementTexts = await countries.allTextContents();
    expect(engagementTexts.filter((text) => isoCodes.test(text))).toEqual([]);
    expect(engagementTexts.join(' | ')).toMatch(/Hoa Kỳ|Nhật Bản|Trung Quốc|Hàn Quốc/);
    await screenshot(page, 'daily-engagements-desktop');

    await page.goto('/partners?kind=foreign_company');
    const cells = page.getByTestId('partner-table').getByTestId('partner-country');
    await cells.first().waitFor();
    const partnerTexts = (await cells.allTextContents()).filter((text) => text !== '—');
    expect(partnerTexts.length).toBeGreaterThan(0);
    expect(partnerTexts.filter((text) => isoCodes.test(text))).toEqual([]);
    await page.getByTestId('partner-table').getByRole('row').filter({ has: page.getByTestId('partner-country').filter({ hasNotText: '—' }) }).first().getByRole('link').click();
    await page.waitForURL(/\/partners\/[0-9a-f-]{36}$/);
    await page.getByTestId('partner-table').waitFor({ state: 'detached' });
    const detail = page.getByRole('main').getByTestId('partner-country');
    await detail.waitFor();
    expect(await detail.textContent()).not.toMatch(isoCodes);
    await context.close();

    // English names in English.
    const english = await newPage(browser, baseUrl, { viewport: PHONE, language: 'en' });
    await signIn(english.page, 'hq@demo.local');
    await english.page.goto('/engagements');
    const enCountries = english.page.getByTestId('engagement-table').getByTestId('engagement-countries');
    await enCountries.first().waitFor();
    const enTexts = await enCountries.allTextContents();
    expect(enTexts.filter((text) => isoCodes.test(text))).toEqual([]);
    expect(enTexts.join(' | ')).toMatch(/United States|Japan|China|Korea/);
    await screenshot(english.page, 'daily-engagements-phone');
    await english.context.close();
  });
});

describe('daily use: badges, the dashboard and filters on a phone', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Badges whose text does not fit inside them (cut off with "…"). */
  const cutBadges = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('.mantine-Badge-label')]
        .filter((label) => label.scrollWidth > label.clientWidth + 1 || label.getBoundingClientRect().width > label.parentElement!.getBoundingClientRect().width + 1)
        .map((label) => label.textContent),
    );
  const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

  it('on a phone: filters fold behind a toggle that counts them, badges are whole, the dashboard fits', async () => {
    const { context, page } = await newPage(browser, baseUrl, { viewport: PHONE });
    await signIn(page, 'hq@demo.local');
    await page.goto('/tasks');
    await page.getByTestId('task-status').first().waitFor();
    const toggle = page.getByRole('button', { name: 'Bộ lọc' });
    await toggle.waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('search', { name: 'Lọc nhiệm vụ' }).isVisible()).toBe(false);
    expect(await cutBadges(page)).toEqual([]);
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'daily-tasks-phone');
    await toggle.click();
    await page.getByRole('search', { name: 'Lọc nhiệm vụ' }).getByLabel('Tình trạng').selectOption('at_risk');
    await page.getByRole('button', { name: 'Bộ lọc (1)' }).waitFor();
    await page.getByTestId('task-status').first().waitFor();
    expect(await cutBadges(page)).toEqual([]);
    await expectAccessible(page, 'tasks with filters open (phone)');
    await screenshot(page, 'daily-tasks-filters-phone');

    await page.goto('/dashboard');
    await page.getByTestId('dashboard-group-table').waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    const groupBy = page.getByTestId('dashboard-group-by');
    expect(await groupBy.evaluate((element) => element.scrollWidth <= element.clientWidth + 1)).toBe(true);
    expect(await cutBadges(page)).toEqual([]);
    await expectAccessible(page, 'dashboard (phone)');
    await screenshot(page, 'daily-dashboard-phone');
    await page.getByTestId('dashboard-groups').scrollIntoViewIfNeeded();
    await screenshot(page, 'daily-dashboard-groups-phone');

    const activities = (await (await page.request.get('/api/v1/activities?pageSize=50')).json()) as { items: { id: string }[] };
    let withOutputs: string | undefined;
    for (const { id } of activities.items) {
      const activity = (await (await page.request.get(`/api/v1/activities/${id}`)).json()) as { outputs: unknown[] };
      if (activity.outputs.length > 1) {
        withOutputs = id;
        break;
      }
    }
    expect(withOutputs).toBeDefined();
    await page.goto(`/activities/${withOutputs}`);
    await page.getByTestId('outputs').getByRole('table').waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await page.getByTestId('outputs').scrollIntoViewIfNeeded();
    await expectAccessible(page, 'activity outputs (phone)');
    await screenshot(page, 'daily-activity-outputs-phone');
    await context.close();
  });

  it('on a desktop: filters are open with no toggle, and badges are whole', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, 'hq@demo.local');
    await page.goto('/tasks');
    await page.getByTestId('task-status').first().waitFor();
    expect(await page.getByRole('search', { name: 'Lọc nhiệm vụ' }).isVisible()).toBe(true);
    expect(await page.getByTestId('filters-toggle').count()).toBe(0);
    expect(await cutBadges(page)).toEqual([]);
    await screenshot(page, 'daily-tasks-desktop');
    await page.goto('/engagements');
    await page.getByTestId('engagement-table').waitFor();
    expect(await cutBadges(page)).toEqual([]);
    await screenshot(page, 'daily-engagements-badges-desktop');
    await page.goto('/commitments');
    await page.getByRole('main').getByRole('table').first().waitFor();
    expect(await cutBadges(page)).toEqual([]);
    await page.goto('/dashboard');
    await page.getByTestId('dashboard-group-table').waitFor();
    expect(await cutBadges(page)).toEqual([]);
    await screenshot(page, 'daily-dashboard-desktop');
    await context.close();
  });

  it('a record\'s page shows who changed what, to a viewer of the unit too, on a phone', async () => {
    const { context, page } = await newPage(browser, baseUrl, { viewport: PHONE });
    await signIn(page, 'mission.us@demo.local');
    const created = await api<{ id: string; version: number }>(page, '/activities', {
      method: 'POST',
      body: { type: 'trade_promotion', title: 'Xúc tiến gỗ tại Seattle', startDate: '2026-10-05', endDate: '2026-10-06', countryCode: 'US', partnerIds: [], sectors: ['trade'], provinceIds: [], outputs: [] },
    });
    expect(created.status).toBe(201);
    const edited = await api(page, `/activities/${created.body.id}`, { method: 'PATCH', body: { title: 'Xúc tiến đồ gỗ tại Seattle', version: created.body.version } });
    expect(edited.status).toBe(200);
    await page.goto(`/activities/${created.body.id}`);
    const history = page.getByTestId('record-history');
    await history.getByRole('button', { name: 'Xem ai đã thay đổi gì' }).click();
    const updated = history.locator('[data-action="activity.updated"]');
    await updated.waitFor();
    expect(await history.locator('[data-action="activity.created"]').count()).toBe(1);
    await history.getByRole('button', { name: 'Xem dữ liệu trước/sau' }).first().click();
    await history.getByText(/Xúc tiến gỗ tại Seattle/).first().waitFor();
    await history.scrollIntoViewIfNeeded();
    await expectAccessible(page, 'record history (phone)');
    await screenshot(page, 'daily-record-history-phone');
    await context.close();
  });

  it('filters activities by region and by a sector of the shared list, named on the activity', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, 'hq@demo.local');
    await page.goto('/activities');
    await page.getByTestId('activity-table').waitFor();
    const filters = page.getByRole('search', { name: 'Lọc hoạt động' });
    await filters.getByLabel('Khu vực').selectOption({ label: 'Trung Đông' });
    await page.waitForURL(/region=middle_east/);
    const filtered = page.waitForResponse((response) => /\/api\/v1\/activities\?.*region=middle_east.*sector=halal|\/api\/v1\/activities\?.*sector=halal.*region=middle_east/.test(response.url()));
    await filters.getByLabel('Lĩnh vực').selectOption({ label: 'Halal' });
    await page.waitForURL(/sector=halal/);
    expect((await (await filtered).json()).total).toBeGreaterThan(0);
    await page.getByTestId('loading').waitFor({ state: 'detached' });
    const first = page.getByTestId('activity-table').getByRole('link').first();
    await first.click();
    await page.getByTestId('outputs').waitFor();
    expect(await page.getByText(/Halal/).count()).toBeGreaterThan(0);
    await context.close();
  });
});
