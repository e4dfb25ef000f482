import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, PHONE, screenshot, signIn } from './support.js';

const EMBASSY_US = /Đại sứ quán Việt Nam tại Hoa Kỳ/;

/** YYYY-MM-DD, `days` from today. */
const isoDay = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
/** As a Vietnamese user types it: dd/mm/yyyy. */
const viDay = (days: number) => isoDay(days).split('-').reverse().join('/');

async function openFromNav(page: Page, label: string, heading: string) {
  await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** A sheet of `count` valid visits, headed by column keys (as the import accepts). */
async function visitsWorkbook(count: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Dữ liệu');
  sheet.addRow(['title_vi', 'title_en', 'type', 'leader_name', 'leader_level', 'start_date', 'end_date', 'country_codes', 'lead_unit']);
  for (let i = 0; i < count; i++) sheet.addRow([`Chuyến thăm thử ${i}`, `Test visit ${i}`, 'official_visit_abroad', 'Phạm Minh Chính', 'prime_minister', '2024-06-30', '2024-07-02', 'KR', 'MOFA']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('from an engagement to a delivered commitment', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');
  const stamp = Date.now().toString(36);
  const visit = `Thăm chính thức Hoa Kỳ ${stamp}`;
  const forum = `Bản ghi nhớ về diễn đàn doanh nghiệp ${stamp}`;
  const semiconductors = `Thỏa thuận hợp tác bán dẫn ${stamp}`;
  const taskTitle = `Vận động công nhận quy chế kinh tế thị trường ${stamp}`;
  let taskUrl = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('HQ records a visit with two agreements, splits one into commitments and assigns a task to the Embassy in Washington', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, 'hq@demo.local');

    await openFromNav(page, 'Hoạt động đối ngoại', 'Hoạt động đối ngoại cấp cao');
    await expectAccessible(page, 'engagements list');
    await page.getByRole('button', { name: 'Thêm hoạt động' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Tạo hoạt động' }).click();
    await dialog.getByText('Bắt buộc nhập.').first().waitFor();
    await dialog.getByLabel('Tên tiếng Việt').fill(visit);
    await dialog.getByLabel('Tên tiếng Anh').fill(`Official visit to the United States ${stamp}`);
    await dialog.getByLabel('Hình thức').selectOption('official_visit_abroad');
    await dialog.getByLabel('Lãnh đạo dẫn đầu').fill('Thủ tướng Chính phủ');
    await dialog.getByLabel('Ngày bắt đầu').fill(viDay(-6));
    await dialog.getByLabel('Ngày kết thúc').fill(viDay(-8));
    await dialog.getByRole('button', { name: 'Tạo hoạt động' }).click();
    // End before start is refused on the end date.
    await dialog.getByLabel('Ngày kết thúc').and(page.locator('[aria-invalid="true"]')).waitFor();
    await dialog.getByLabel('Ngày kết thúc').fill(viDay(-4));
    await expectAccessible(page, 'engagement form');
    await screenshot(page, 'engagement-create-desktop');
    await dialog.getByRole('button', { name: 'Tạo hoạt động' }).click();
    await page.getByRole('heading', { level: 1, name: visit }).waitFor();

    for (const title of [forum, semiconductors]) {
      await page.getByRole('button', { name: 'Thêm thỏa thuận' }).click();
      dialog = page.getByRole('dialog');
      await dialog.getByLabel('Tên tiếng Việt').fill(title);
      await dialog.getByLabel('Tên tiếng Anh').fill(`${title} (EN)`);
      await dialog.getByLabel('Loại văn kiện').selectOption('mou');
      await dialog.getByRole('button', { name: 'Tạo thỏa thuận' }).click();
      // An agreement has two parties: the form names the missing one and stays open.
      await dialog.getByText(/ít nhất hai bên|at least two parties/).first().waitFor();
      await dialog.getByLabel('Bên nước ngoài').fill('hoa ky');
      await page.getByRole('option', { name: /Hoa Kỳ/ }).first().click();
      await dialog.getByLabel('Bên Việt Nam').fill('cong thuong');
      await page.getByRole('option', { name: /Bộ Công Thương/ }).first().click();
      await dialog.getByRole('button', { name: 'Tạo thỏa thuận' }).click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByTestId('engagement-agreements').getByRole('link', { name: title }).waitFor();
    }
    expect(await page.getByTestId('engagement-agreements').locator('tbody tr').count()).toBe(2);
    await expectAccessible(page, 'engagement page');
    await screenshot(page, 'engagement-desktop');

    // Split the forum MoU into commitments; the market-economy one goes to the embassy.
    await page.getByTestId('engagement-agreements').getByRole('link', { name: forum }).click();
    await page.getByRole('heading', { level: 1, name: forum }).waitFor();
    await expectAccessible(page, 'agreement page');
    await page.getByRole('button', { name: 'Tách thành cam kết' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByTestId('split-text').fill(
      [
        '1. Hai bên sẽ tổ chức Diễn đàn doanh nghiệp Việt Nam - Hoa Kỳ trước ngày 30/6/2026.',
        '2. Phía Việt Nam có trách nhiệm vận động công nhận quy chế kinh tế thị trường trong vòng 6 tháng.',
        '3. Hai bên bày tỏ vui mừng trước sự phát triển của quan hệ.',
      ].join('\n'),
    );
    await dialog.getByRole('button', { name: 'Tách cam kết' }).click();
    const candidates = dialog.getByTestId('split-candidate');
    await candidates.first().waitFor();
    expect(await candidates.count()).toBe(2);
    const second = candidates.nth(1);
    await second.getByRole('textbox', { name: 'Cam kết', exact: true }).fill('Vận động Hoa Kỳ công nhận quy chế kinh tế thị trường của Việt Nam');
    await second.getByLabel('Đơn vị chủ trì').fill('hoa ky');
    await page.getByRole('option', { name: EMBASSY_US }).click();
    // A due date later than the one the text states is saved, with a warning naming both dates.
    const first = candidates.first();
    await first.getByLabel('Thời hạn').fill('31/12/2026');
    await first.getByLabel('Thời hạn').blur();
    expect(await first.getByTestId('deadline-warning').textContent()).toBe('Hạn 31/12/2026 muộn hơn thời hạn đọc được trong văn bản (30/06/2026).');
    await expectAccessible(page, 'split review');
    await screenshot(page, 'split-review-desktop');
    await dialog.getByRole('button', { name: 'Lưu 2 cam kết' }).click();
    await dialog.waitFor({ state: 'detached' });
    const commitments = page.getByTestId('agreement-commitments');
    await commitments.getByRole('link', { name: /Vận động Hoa Kỳ/ }).click();
    await page.getByRole('heading', { level: 1, name: /Vận động Hoa Kỳ/ }).waitFor();
    await expectAccessible(page, 'commitment page');

    // The seven clears: each missing clear is named.
    await page.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Nhiệm vụ', exact: true }).fill('');
    await dialog.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
    await dialog.getByText('Bảy rõ: cần nêu rõ mục tiêu.').waitFor();
    await dialog.getByText('Bảy rõ: cần ghi rõ ai kiểm tra.').waitFor();
    await dialog.getByText('Bảy rõ: cần nêu rõ việc phải làm.').waitFor();
    await dialog.getByLabel('Mục tiêu').fill('Hoa Kỳ công nhận quy chế kinh tế thị trường của Việt Nam');
    expect(await dialog.getByLabel('Đơn vị chịu trách nhiệm').inputValue()).toMatch(EMBASSY_US);
    await dialog.getByLabel('Người chịu trách nhiệm').fill('Đại sứ Nguyễn Quốc Dũng');
    await dialog.getByRole('textbox', { name: 'Nhiệm vụ', exact: true }).fill(taskTitle);
    // A task due after its commitment is warned about, naming both dates; it is not refused.
    await dialog.getByLabel(/^Thời hạn/).fill(viDay(400));
    await dialog.getByLabel(/^Thời hạn/).blur();
    expect(await dialog.getByTestId('deadline-warning').textContent()).toMatch(new RegExp(`^Hạn ${viDay(400)} muộn hơn hạn của cam kết \\(\\d{2}/\\d{2}/\\d{4}\\)\\.$`));
    await screenshot(page, 'task-create-deadline-warning-desktop');
    await dialog.getByLabel(/^Thời hạn/).fill(viDay(10));
    await dialog.getByLabel(/^Thời hạn/).blur();
    await dialog.getByTestId('deadline-warning').waitFor({ state: 'detached' });
    await dialog.getByLabel('Chịu trách nhiệm trước').fill('Thứ trưởng Bộ Ngoại giao');
    await dialog.getByLabel('Người/đơn vị kiểm tra').fill('Vụ Tổng hợp kinh tế');
    await dialog.getByLabel('Sản phẩm đầu ra').fill('Báo cáo kết quả vận động gửi Bộ');
    await dialog.getByLabel('Kết quả mong đợi').fill('Bộ Thương mại Hoa Kỳ khởi động rà soát quy chế');
    await expectAccessible(page, 'task form');
    await screenshot(page, 'task-create-desktop');
    await dialog.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
    await page.getByRole('heading', { level: 1, name: taskTitle }).waitFor();
    expect(await page.getByTestId('task-responsible').textContent()).toMatch(EMBASSY_US);
    taskUrl = new URL(page.url()).pathname;
    await context.close();
  });

  it('the mission reports the task completed with evidence (phone)', async () => {
    const { context, page } = await newPage(browser, baseUrl, { viewport: PHONE });
    await signIn(page, 'mission.us@demo.local');
    await page.getByRole('button', { name: 'Mở menu' }).click();
    await page.getByRole('navigation').getByRole('link', { name: /Việc cần làm/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Việc cần làm' }).waitFor();
    await page.getByTestId('inbox-due-soon').getByRole('link', { name: taskTitle }).waitFor();
    await expectAccessible(page, 'inbox (phone)');
    await page.getByTestId('inbox-due-soon').getByRole('link', { name: taskTitle }).click();
    await page.getByRole('heading', { level: 1, name: taskTitle }).waitFor();
    expect(new URL(page.url()).pathname).toBe(taskUrl);

    const form = page.getByTestId('status-form');
    await form.getByLabel('Tình trạng mới').selectOption('completed');
    await form.getByLabel('Lý do, diễn biến').fill('Bộ Thương mại Hoa Kỳ đã chính thức khởi động rà soát.');
    await form.getByRole('button', { name: 'Cập nhật' }).click();
    await form.getByText('Nhiệm vụ hoàn thành cần minh chứng: đường dẫn hoặc tài liệu.').waitFor();
    await form.getByLabel('Đường dẫn minh chứng').fill('https://www.trade.gov/vietnam-market-economy-review');
    await form.getByRole('button', { name: 'Cập nhật' }).click();
    await page.getByTestId('evidence-link').waitFor();
    expect(await page.getByTestId('task-status').first().textContent()).toBe('Hoàn thành');
    await expectAccessible(page, 'task page (phone)');
    await page.getByTestId('task-timeline').scrollIntoViewIfNeeded();
    await screenshot(page, 'task-phone');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'task-top-phone');
    await context.close();
  });

  it('HQ sees the delivered commitment on the dashboard and drills down to it', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, 'hq@demo.local');
    await openFromNav(page, 'Tiến độ thực hiện', 'Tiến độ thực hiện cam kết');
    const row = page.getByTestId('dashboard-group-table').getByRole('row').filter({ has: page.getByRole('rowheader', { name: EMBASSY_US }) });
    await row.waitFor();
    expect(Number(await row.getByTestId('group-fulfilled').textContent())).toBeGreaterThanOrEqual(1);
    await expectAccessible(page, 'dashboard');
    await screenshot(page, 'dashboard-desktop');
    await row.getByTestId('group-fulfilled').click();
    await page.getByRole('heading', { level: 1, name: 'Cam kết đã thực hiện' }).waitFor();
    const record = page.getByTestId('dashboard-records').getByRole('link', { name: /Vận động Hoa Kỳ/ });
    await record.waitFor();
    await expectAccessible(page, 'dashboard records');
    await record.click();
    await page.getByRole('heading', { level: 1, name: /Vận động Hoa Kỳ/ }).waitFor();
    expect(await page.getByTestId('commitment-progress').textContent()).toContain('1/1');
    await page.getByTestId('commitment-tasks').getByRole('link', { name: taskTitle }).waitFor();

    // The engagement shows what was promised against what was delivered.
    await page.getByRole('link', { name: visit }).click();
    await page.getByTestId('promised-vs-delivered').getByText('Đã thực hiện').first().waitFor();
    await screenshot(page, 'promised-vs-delivered-desktop');

    // Registry counts drill down to the filtered list.
    await openFromNav(page, 'Thỏa thuận hợp tác', 'Thỏa thuận hợp tác');
    await page.getByTestId('agreement-stats-table').waitFor();
    await expectAccessible(page, 'agreements registry');
    await page.getByTestId('agreement-stats-table').getByRole('row').filter({ hasText: 'Bản ghi nhớ (MoU)' }).getByRole('link').click();
    await page.waitForURL(/kind=mou/);
    await page.getByTestId('agreement-table').getByRole('link', { name: forum }).waitFor();

    for (const [label, heading] of [
      ['Cam kết', 'Cam kết'],
      ['Nhiệm vụ', 'Nhiệm vụ'],
      ['Đối tác', 'Đối tác'],
      ['Việc cần làm', 'Việc cần làm'],
    ] as const) {
      await page.getByRole('navigation').getByRole('link', { name: new RegExp(`^${label}`) }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.getByTestId('loading').first().waitFor({ state: 'detached' });
      await expectAccessible(page, `${label} page`);
    }
    await page.goto('/imports');
    await page.getByRole('heading', { level: 1, name: 'Nhập dữ liệu từ Excel' }).waitFor();
    await expectAccessible(page, 'import page');

    // The upload is imported in the background: a determinate bar with the rows read, validated and written (the
    // upload is held back here so that the bar is seen before any row is read), then the result with the final counts.
    await page.route('**/api/v1/imports/engagements?*', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    await page.locator('input[type=file]').setInputFiles({ name: 'engagements.xlsx', mimeType: xlsx, buffer: await visitsWorkbook(300) });
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    const progress = page.getByRole('progressbar', { name: 'Tiến độ nhập tệp' });
    // At 0 % the bar has no width: attached, not visible.
    await progress.waitFor({ state: 'attached' });
    expect(await progress.getAttribute('aria-valuenow')).toBe('0');
    await expectAccessible(page, 'import in progress');
    await page.getByTestId('import-result').waitFor();
    expect(await progress.getAttribute('aria-valuenow')).toBe('100');
    expect(await page.getByTestId('import-counters').textContent()).toBe('Đã đọc 300 dòng · đã kiểm tra 300 (chạy thử: không ghi dòng nào)');
    expect(await page.getByTestId('import-result').textContent()).toContain('300');
    await screenshot(page, 'import-progress-desktop');
    // The empty template: refused row by row.
    const template = await page.request.get('/api/v1/imports/templates/engagements.xlsx');
    await page.locator('input[type=file]').setInputFiles({ name: 'empty.xlsx', mimeType: xlsx, buffer: await template.body() });
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    await page.getByTestId('import-errors').waitFor();
    await context.close();
  });
});
