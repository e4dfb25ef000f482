import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, expectAccessible, launchBrowser, newPage, PHONE, screenshot, signIn } from './support.js';

interface PeriodRow {
  id: string;
  kind: string;
  year: number;
  index: number;
  open: boolean;
  version: number;
}

describe('activities, outcomes confirmed by the business, and the half-year report', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');
  const title = `Kết nối doanh nghiệp thủy sản với nhà nhập khẩu Hoa Kỳ ${Date.now()}`;
  let activityUrl = '';
  let periodId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('HQ has the second half of 2025 open for reports', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, 'hq@demo.local');
    await page.getByRole('navigation').getByRole('link', { name: 'Kỳ báo cáo' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kỳ báo cáo' }).waitFor();
    const find = async () => (await api<{ items: PeriodRow[] }>(page, '/periods?pageSize=200')).body.items.find((p) => p.kind === 'half_year' && p.year === 2025 && p.index === 2);
    if (!(await find())) {
      await page.getByRole('button', { name: 'Mở kỳ báo cáo' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Loại kỳ').selectOption('half_year');
      await dialog.getByRole('textbox', { name: 'Năm' }).fill('2025');
      await dialog.getByLabel('Kỳ', { exact: true }).selectOption('2');
      await expectAccessible(page, 'open period dialog');
      await dialog.getByRole('button', { name: 'Mở kỳ', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
    }
    const period = await find();
    expect(period).toBeDefined();
    periodId = period!.id;
    if (!period!.open) expect((await api(page, `/periods/${periodId}`, { method: 'PATCH', body: { open: true, version: period!.version } })).status).toBe(200);
    await page.getByTestId('period-table').waitFor();
    await expectAccessible(page, 'periods');
    await screenshot(page, 'periods-desktop');
    await context.close();
  });

  it('a mission records an activity with an export outcome and asks the business to confirm', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, 'mission.us@demo.local');
    await page.getByRole('navigation').getByRole('link', { name: 'Hoạt động', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Hoạt động' }).waitFor();
    await page.getByTestId('view-switch').waitFor();
    await page.getByTestId('loading').waitFor({ state: 'detached' });
    await expectAccessible(page, 'activities list');
    await screenshot(page, 'activities-desktop');

    await page.getByRole('link', { name: 'Ghi nhận hoạt động' }).click();
    const form = page.getByTestId('activity-form');
    await form.waitFor();
    // Required fields are checked in Vietnamese before anything is sent.
    await form.getByRole('button', { name: 'Lưu hoạt động' }).click();
    await form.getByText('Bắt buộc nhập.').first().waitFor();

    await form.getByLabel('Loại hoạt động').selectOption('b2b_matching');
    await form.getByRole('textbox', { name: 'Tên hoạt động' }).fill(title);
    await form.getByLabel('Ngày bắt đầu').fill('07/10/2025');
    await form.getByLabel('Ngày kết thúc').fill('6/10/2025');
    await form.getByRole('button', { name: 'Lưu hoạt động' }).click();
    await form.getByText('Ngày kết thúc không được trước ngày bắt đầu.').waitFor();
    await form.getByLabel('Ngày kết thúc').fill('09/10/2025');
    await form.getByRole('textbox', { name: 'Địa điểm' }).fill('Los Angeles, California');
    // Sectors come from the shared list, named in Vietnamese: typing filters it, a free word adds nothing.
    const sectors = form.getByRole('combobox', { name: 'Lĩnh vực' });
    await sectors.fill('Hal');
    await page.getByRole('option', { name: 'Halal' }).click();
    await sectors.fill('Nông');
    await page.getByRole('option', { name: 'Nông nghiệp' }).click();
    await sectors.fill('tôm hùm');
    await page.getByText('Không tìm thấy kết quả', { exact: true }).filter({ visible: true }).waitFor();
    await sectors.press('Escape');
    await sectors.fill('');
    await form.getByRole('button', { name: 'Thêm sản phẩm' }).click();
    await form.getByLabel('Loại sản phẩm').selectOption('businesses_connected');
    await form.getByRole('textbox', { name: 'Số lượng' }).fill('18');
    await expectAccessible(page, 'activity form');
    await screenshot(page, 'activity-form-desktop');
    await form.getByRole('button', { name: 'Lưu hoạt động' }).click();

    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    activityUrl = new URL(page.url()).pathname;
    await page.getByTestId('outputs').getByText('Doanh nghiệp được kết nối').waitFor();
    await page.getByText('Halal, Nông nghiệp', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Thêm kết quả' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Loại kết quả').selectOption('export_contract');
    await dialog.getByRole('button', { name: 'Thêm kết quả' }).click();
    await dialog.getByText('Nêu rõ sản phẩm, công nghệ hoặc kết quả đạt được.').waitFor();
    await dialog.getByRole('textbox', { name: 'Giá trị' }).fill('1250000');
    await dialog.getByRole('textbox', { name: 'Sản phẩm xuất khẩu' }).fill('Tôm đông lạnh');
    await dialog.getByRole('textbox', { name: 'Mã HS' }).fill('0306');
    await dialog.getByRole('textbox', { name: 'Bên mua' }).fill('Pacific Seafood Imports LLC');
    await dialog.getByRole('textbox', { name: 'Doanh nghiệp liên quan' }).fill('Công ty CP Thủy sản Minh Phú');
    await dialog.getByRole('textbox', { name: 'Người liên hệ', exact: true }).fill('Nguyễn Văn An');
    await dialog.getByRole('textbox', { name: 'Thư điện tử người liên hệ' }).fill('an.nguyen@minhphu.example');
    await expectAccessible(page, 'outcome dialog');
    await screenshot(page, 'outcome-form-desktop');
    await dialog.getByRole('button', { name: 'Thêm kết quả' }).click();
    await dialog.waitFor({ state: 'detached' });

    const outcomes = page.getByTestId('outcomes');
    await outcomes.getByTestId('confirmation-unconfirmed').waitFor();
    expect(await outcomes.getByText(/1\.250\.000 USD/).count()).toBeGreaterThan(0);
    await outcomes.getByRole('button', { name: 'Gửi đề nghị xác nhận' }).click();
    await page.getByText(/Đã gửi đường dẫn xác nhận tới an\.nguyen@minhphu\.example/).waitFor();
    await outcomes.getByRole('button', { name: 'Gửi lại đề nghị xác nhận' }).waitFor();
    // When the link went out and until when it works, from the outcome itself.
    await outcomes.getByTestId('confirmation-sent').getByText(/có hiệu lực đến/).waitFor();
    await expectAccessible(page, 'activity detail');
    await screenshot(page, 'activity-detail-desktop');
    await context.close();
  });

  it('the business confirms through the link on a phone, without an account', async () => {
    const admin = await newPage(browser, baseUrl);
    await signIn(admin.page, 'admin@demo.local');
    const outbox = await api<{ items: { toAddress: string; body: string }[] }>(admin.page, '/outbox?pageSize=100');
    expect(outbox.status).toBe(200);
    const mail = outbox.body.items.find((item) => item.toAddress === 'an.nguyen@minhphu.example');
    const link = mail?.body.match(/https?:\/\/\S+?\/confirm\/([A-Za-z0-9_-]+)/);
    expect(link, 'confirmation link in the e-mail').toBeTruthy();
    const token = link![1]!;
    await admin.context.close();

    const { context, page } = await newPage(browser, baseUrl, { viewport: PHONE });
    await page.goto(`/confirm/${token}`);
    await page.getByRole('heading', { level: 1, name: 'Xác nhận kết quả hợp tác' }).waitFor();
    await page.getByTestId('claim').getByText('Tôm đông lạnh').waitFor();
    expect(await page.getByTestId('claimed-amount').textContent()).toContain('1.250.000 USD');
    // No navigation of the signed-in app.
    expect(await page.getByRole('navigation').count()).toBe(0);
    await page.getByRole('button', { name: 'Gửi trả lời' }).click();
    await page.getByText('Hãy chọn một câu trả lời.').waitFor();
    await page.getByRole('radio', { name: 'Xác nhận: thông tin chính xác' }).check();
    await page.getByRole('textbox', { name: 'Ghi chú' }).fill('Hợp đồng ký ngày 9/10/2025.');
    await expectAccessible(page, 'confirmation page (phone)');
    await screenshot(page, 'confirm-phone');
    await page.getByRole('button', { name: 'Gửi trả lời' }).click();
    await page.getByTestId('confirm-done').waitFor();
    await screenshot(page, 'confirm-done-phone');

    // The link works once.
    await page.reload();
    await page.getByTestId('confirm-problem-used').waitFor();
    await expectAccessible(page, 'used confirmation link (phone)');
    await page.goto('/confirm/not-a-real-token');
    await page.getByTestId('confirm-problem-unknown').waitFor();
    await context.close();
  });

  it('the mission sees the confirmation and submits its half-year report', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, 'mission.us@demo.local');
    await page.goto(activityUrl);
    await page.getByTestId('outcomes').getByTestId('confirmation-confirmed').waitFor();
    await page.getByTestId('confirmation-note').getByText('Hợp đồng ký ngày 9/10/2025.').waitFor();

    await page.goto('/outcomes?confirmedOnly=true');
    await page.getByTestId('totals-table').waitFor();
    await expectAccessible(page, 'outcome totals');
    await page.getByRole('link', { name: /xem các kết quả Hợp đồng xuất khẩu \(USD\)/ }).click();
    await page.getByTestId('outcome-table').getByText(title).waitFor();
    await expectAccessible(page, 'outcome list');

    await page.goto(`/periods/${periodId}`);
    const mine = page.getByTestId('my-report');
    await mine.waitFor();
    const start = mine.getByRole('button', { name: 'Bắt đầu báo cáo' });
    const open = mine.getByRole('link', { name: 'Mở báo cáo' });
    await start.or(open).waitFor();
    await (await start.isVisible() ? start : open).click();
    await page.getByTestId('figures').waitFor();
    expect(Number(await page.getByTestId('figure-activities').textContent())).toBeGreaterThan(0);
    await page.getByRole('textbox', { name: 'Nội dung báo cáo' }).fill('Đại sứ quán tổ chức kết nối B2B thủy sản; 1 hợp đồng xuất khẩu 1,25 triệu USD đã được doanh nghiệp xác nhận.');
    await expectAccessible(page, 'submission (draft)');
    await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await page.getByTestId('submission-status-submitted').waitFor();
    await screenshot(page, 'submission-submitted-desktop');
    await context.close();
  });

  it('HQ approves it on the completeness board, and the locked period refuses an edit', async () => {
    const hq = await newPage(browser, baseUrl);
    await signIn(hq.page, 'hq@demo.local');
    await hq.page.goto(`/periods/${periodId}?type=mission`);
    await hq.page.getByTestId('board-table').waitFor();
    await screenshot(hq.page, 'completeness-board-desktop');
    const row = hq.page.getByTestId('board-row-EMB-US');
    await row.getByTestId('submission-status-submitted').waitFor();
    await expectAccessible(hq.page, 'completeness board');
    await screenshot(hq.page, 'completeness-board-desktop');
    await row.getByRole('link').click();
    await hq.page.getByRole('button', { name: 'Phê duyệt' }).click();
    await hq.page.getByTestId('submission-locked').waitFor();
    await expectAccessible(hq.page, 'approved submission');
    await screenshot(hq.page, 'submission-approved-desktop');

    await hq.page.goto('/activities/formalism');
    await hq.page.getByTestId('formalism-table').waitFor();
    await expectAccessible(hq.page, 'formalism');
    await screenshot(hq.page, 'formalism-desktop');
    await hq.context.close();

    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, 'mission.us@demo.local');
    await page.goto(`${activityUrl}/edit`);
    const form = page.getByTestId('activity-form');
    await form.getByRole('textbox', { name: 'Địa điểm' }).fill('Los Angeles và San Francisco');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await form.getByTestId('period-locked').getByText(/đã được phê duyệt nên dữ liệu đã bị khóa/).waitFor();
    await expectAccessible(page, 'locked edit');
    await screenshot(page, 'activity-locked-desktop');
    // The activity says which approved report locks it, and offers no edit or delete.
    await page.goto(activityUrl);
    await page.getByTestId('activity-locked').waitFor();
    expect(await page.getByRole('main').getByRole('link', { name: 'Sửa', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Xóa hoạt động' }).count()).toBe(0);
    await expectAccessible(page, 'locked activity');
    await screenshot(page, 'activity-locked-banner-desktop');
    await context.close();
  });

  it('support requests list and detail pass axe on a phone', async () => {
    const { context, page } = await newPage(browser, baseUrl, { viewport: PHONE });
    await signIn(page, 'mission.us@demo.local');
    await page.goto('/support-requests?direction=received');
    await page.getByRole('heading', { level: 1, name: 'Đề nghị hỗ trợ' }).waitFor();
    await page.getByTestId('loading').waitFor({ state: 'detached' });
    await expectAccessible(page, 'support requests (phone)');
    await screenshot(page, 'support-requests-phone');
    // The demo has Hồ Chí Minh City asking the Embassy in Washington for a trade delegation.
    await page.getByTestId('support-table').getByRole('link').first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByText('Hoạt động thực hiện đề nghị').waitFor();
    await expectAccessible(page, 'support request (phone)');
    await screenshot(page, 'support-request-phone');
    await page.goto('/activities/import');
    await page.getByRole('heading', { level: 1, name: 'Nhập hoạt động từ Excel' }).waitFor();
    await expectAccessible(page, 'activity import (phone)');
    // While the upload is on its way (held back here), the determinate bar stands at 0; the empty template is then
    // refused row by row, and the bar shows the import finished.
    const template = await page.request.get('/api/v1/imports/templates/activities.xlsx');
    await page.route('**/api/v1/imports/activities?*', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    await page.locator('input[type=file]').setInputFiles({ name: 'activities.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await template.body() });
    await page.getByRole('button', { name: 'Kiểm tra (chưa nhập)' }).click();
    const progress = page.getByRole('progressbar', { name: 'Tiến độ nhập tệp' });
    // At 0 % the bar has no width: attached, not visible.
    await progress.waitFor({ state: 'attached' });
    expect(await progress.getAttribute('aria-valuenow')).toBe('0');
    await expectAccessible(page, 'activity import in progress (phone)');
    await page.getByTestId('import-errors').waitFor();
    expect(await progress.getAttribute('aria-valuenow')).toBe('100');
    expect(await page.getByTestId('import-counters').textContent()).toBe('Đã đọc 0 dòng · đã kiểm tra 0 (chạy thử: không ghi dòng nào)');
    await expectAccessible(page, 'activity import refused (phone)');
    await screenshot(page, 'activity-import-phone');
    await context.close();
  });
});
