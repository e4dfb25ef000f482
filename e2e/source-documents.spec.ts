import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, DEMO_PASSWORD, expectAccessible, launchBrowser, newPage, PHONE, screenshot, signIn } from './support.js';

const EMBASSY_US = /Đại sứ quán Việt Nam tại Hoa Kỳ/;
const EMBASSY_CN = /Đại sứ quán Việt Nam tại Trung Quốc/;

/**
 * The tasks the Prime Minister gave the heads of mission at the economic diplomacy conference of 20 Dec 2024, as
 * published in English (baotainguyenmoitruong.vn/thu-tuong-tao-dot-pha-ve-ngoai-giao-kinh-te-de-gop-phan-tang-truong-2-con-so-384815.html).
 */
const CONCLUSIONS =
  "The Prime Minister assigned specific tasks to Vietnamese Ambassadors and Heads of Missions Abroad, including: lobbying the United States to remove Vietnam from the list of countries restricted from exporting technology and to recognize Vietnam as a market economy as soon as possible; promoting cooperation with China in developing border trade, transportation connectivity, especially railway connections; cooperating with Middle Eastern countries to build an International Financial Center in Ho Chi Minh City, and lifting the EC's yellow card for IUU (Illegal, Unreported, and Unregulated) fishing…";

/** As a Vietnamese user types it: dd/mm/yyyy, `days` from today. */
const viDay = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10).split('-').reverse().join('/');

async function openFromNav(page: Page, label: string, heading: string) {
  await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

describe('from the conference conclusions to tasks of two missions', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');
  const stamp = Date.now().toString(36);
  const documentTitle = `Kết luận Hội nghị ngoại giao kinh tế 20/12/2024 ${stamp}`;
  const usCommitment = `Vận động Hoa Kỳ công nhận quy chế kinh tế thị trường ${stamp}`;
  const cnCommitment = `Thúc đẩy thương mại biên giới và kết nối đường sắt với Trung Quốc ${stamp}`;
  const usTask = `Vận động Bộ Thương mại Hoa Kỳ rà soát quy chế ${stamp}`;
  const cnTask = `Làm việc với phía Trung Quốc về kết nối đường sắt ${stamp}`;
  const cnEmail = `mission.cn.${stamp}@demo.local`;
  let documentPath = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function assignTask(page: Page, commitment: string, task: string, unit: RegExp, person: string) {
    await page.getByTestId('promised-vs-delivered').getByRole('link', { name: commitment }).click();
    await page.getByRole('heading', { level: 1, name: commitment }).waitFor();
    await expectAccessible(page, 'commitment page');
    await page.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
    const dialog = page.getByRole('dialog');
    // The task goes to the unit that owns the commitment.
    expect(await dialog.getByLabel('Đơn vị chịu trách nhiệm').inputValue()).toMatch(unit);
    await dialog.getByRole('textbox', { name: 'Nhiệm vụ', exact: true }).fill(task);
    await dialog.getByLabel('Mục tiêu').fill(commitment);
    await dialog.getByLabel('Người chịu trách nhiệm').fill(person);
    await dialog.getByLabel(/^Thời hạn/).fill(viDay(10));
    await dialog.getByLabel('Chịu trách nhiệm trước').fill('Thủ tướng Chính phủ, qua Bộ trưởng Bộ Ngoại giao');
    await dialog.getByLabel('Người/đơn vị kiểm tra').fill('Vụ Tổng hợp kinh tế');
    await dialog.getByLabel('Sản phẩm đầu ra').fill('Báo cáo kết quả gửi Bộ Ngoại giao');
    await dialog.getByLabel('Kết quả mong đợi').fill('Kết quả cụ thể được ghi nhận trong báo cáo năm 2025');
    await dialog.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
    await page.getByRole('heading', { level: 1, name: task }).waitFor();
    expect(await page.getByTestId('task-responsible').textContent()).toMatch(unit);
    await page.goto(documentPath);
    await page.getByRole('heading', { level: 1, name: documentTitle }).waitFor();
  }

  it('HQ records the conclusions, splits them, accepts two tasks for Washington and Beijing and assigns them', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, 'hq@demo.local');
    await openFromNav(page, 'Văn bản chỉ đạo', 'Văn bản chỉ đạo');
    await page.getByTestId('loading').first().waitFor({ state: 'detached' });
    await expectAccessible(page, 'source documents list');

    await page.getByRole('button', { name: 'Thêm văn bản' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('Loại văn bản').selectOption('conference_conclusions');
    await dialog.getByLabel('Tên (tiếng Việt)').fill(documentTitle);
    await dialog.getByLabel('Tên (tiếng Anh)').fill(`Conclusions of the economic diplomacy conference of 20 Dec 2024 ${stamp}`);
    await dialog.getByLabel('Ngày ban hành').fill('20/12/2024');
    await dialog.getByLabel('Cơ quan, người ban hành').fill('Thủ tướng Chính phủ');
    await dialog.getByLabel('Đường dẫn').fill('https://baotainguyenmoitruong.vn/thu-tuong-tao-dot-pha-ve-ngoai-giao-kinh-te-de-gop-phan-tang-truong-2-con-so-384815.html');
    await dialog.getByTestId('source-document-text-input').fill(CONCLUSIONS);
    await expectAccessible(page, 'source document form');
    await screenshot(page, 'source-document-create-desktop');
    await dialog.getByRole('button', { name: 'Thêm văn bản' }).click();
    await page.getByRole('heading', { level: 1, name: documentTitle }).waitFor();
    documentPath = new URL(page.url()).pathname;
    expect(await page.getByTestId('source-document-text').textContent()).toContain('Heads of Missions Abroad');
    await expectAccessible(page, 'source document page');

    // The text is offered for splitting; each task to the missions comes out as a candidate.
    await page.getByRole('button', { name: 'Tách thành cam kết' }).click();
    dialog = page.getByRole('dialog');
    expect(await dialog.getByTestId('split-text').inputValue()).toBe(CONCLUSIONS);
    await dialog.getByRole('button', { name: 'Tách cam kết' }).click();
    const candidates = dialog.getByTestId('split-candidate');
    await candidates.first().waitFor();
    expect(await candidates.count()).toBe(4);
    const [us, cn, gulf, iuu] = [0, 1, 2, 3].map((i) => candidates.nth(i));
    await us!.getByTestId('split-candidate-read').getByText('Giao cho: Vietnamese Ambassadors and Heads of Missions Abroad · Quốc gia: Hoa Kỳ', { exact: true }).waitFor();
    // The owner is read from the text where it points at one unit: the embassy in the one country named.
    const owner = (candidate: typeof us) => candidate!.getByLabel('Đơn vị chủ trì');
    expect(await owner(us).inputValue()).toMatch(EMBASSY_US);
    expect(await owner(cn).inputValue()).toMatch(EMBASSY_CN);
    await us!.getByText('Đọc từ văn bản; có thể chọn đơn vị khác.').waitFor();
    // No country, no owner: left for the reviewer.
    expect(await owner(gulf).inputValue()).toBe('');
    expect(await owner(iuu).inputValue()).toBe('');
    await expectAccessible(page, 'split review of conclusions');
    await screenshot(page, 'source-document-split-review-desktop');
    await gulf!.getByRole('checkbox').uncheck();
    await iuu!.getByRole('checkbox').uncheck();
    await us!.getByRole('textbox', { name: 'Cam kết', exact: true }).fill(usCommitment);
    await cn!.getByRole('textbox', { name: 'Cam kết', exact: true }).fill(cnCommitment);
    await dialog.getByRole('button', { name: 'Lưu 2 cam kết' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The document shows what it promised at once, before any task.
    const promised = page.getByTestId('promised-vs-delivered');
    await promised.getByRole('link', { name: usCommitment }).waitFor();
    await promised.getByRole('link', { name: cnCommitment }).waitFor();

    await assignTask(page, usCommitment, usTask, EMBASSY_US, 'Đại sứ Việt Nam tại Hoa Kỳ');
    await assignTask(page, cnCommitment, cnTask, EMBASSY_CN, 'Đại sứ Việt Nam tại Trung Quốc');

    // Promised vs delivered lists both commitments with their tasks.
    await promised.getByRole('link', { name: usTask }).waitFor();
    await promised.getByRole('link', { name: cnTask }).waitFor();
    expect(await promised.getByRole('link', { name: usCommitment }).count()).toBe(1);
    expect(await promised.getByRole('link', { name: cnCommitment }).count()).toBe(1);
    await expectAccessible(page, 'source document promised vs delivered');
    await promised.scrollIntoViewIfNeeded();
    await screenshot(page, 'source-document-promised-desktop');
    await context.close();
  });

  it('on a phone, the source document, its promised view and the split review pass axe', async () => {
    const { context, page } = await newPage(browser, baseUrl, { viewport: PHONE });
    await signIn(page, 'hq@demo.local');
    await page.goto(documentPath);
    await page.getByRole('heading', { level: 1, name: documentTitle }).waitFor();
    const promised = page.getByTestId('promised-vs-delivered');
    await promised.getByRole('link', { name: usTask }).waitFor();
    await expectAccessible(page, 'source document (phone)');
    await promised.scrollIntoViewIfNeeded();
    await screenshot(page, 'source-document-promised-phone');
    await page.getByRole('button', { name: 'Tách thành cam kết' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Tách cam kết' }).click();
    await dialog.getByTestId('split-candidate').first().waitFor();
    await expectAccessible(page, 'split review (phone)');
    await screenshot(page, 'source-document-split-review-phone');
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await dialog.waitFor({ state: 'detached' });
    await context.close();
  });

  it('the Embassy in Washington sees its task in its inbox and not Beijing’s (phone)', async () => {
    const { context, page } = await newPage(browser, baseUrl, { viewport: PHONE });
    await signIn(page, 'mission.us@demo.local');
    await page.getByRole('button', { name: 'Mở menu' }).click();
    await page.getByRole('navigation').getByRole('link', { name: /Việc cần làm/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Việc cần làm' }).waitFor();
    const dueSoon = page.getByTestId('inbox-due-soon');
    await dueSoon.getByRole('link', { name: usTask }).waitFor();
    expect(await dueSoon.getByRole('link', { name: cnTask }).count()).toBe(0);
    await expectAccessible(page, 'mission inbox (phone)');
    await screenshot(page, 'source-document-task-inbox-us-phone');
    await dueSoon.getByRole('link', { name: usTask }).click();
    await page.getByRole('heading', { level: 1, name: usTask }).waitFor();
    await expectAccessible(page, 'mission task (phone)');
    await context.close();
  });

  it('the Embassy in Beijing sees its task in its inbox and task list', async () => {
    // A user for the Embassy in Beijing, made by the administrator (the demo has none).
    const admin = await newPage(browser, baseUrl);
    await signIn(admin.page, 'admin@demo.local');
    const units = await api<{ items: { id: string; code: string }[] }>(admin.page, '/org-units?q=EMB-CN&type=mission');
    const embassy = units.body.items.find((unit) => unit.code === 'EMB-CN');
    expect(embassy).toBeDefined();
    const created = await api(admin.page, '/users', {
      method: 'POST',
      body: { email: cnEmail, name: `Đại sứ quán tại Bắc Kinh ${stamp}`, role: 'unit_editor', unitId: embassy!.id, locale: 'vi', password: DEMO_PASSWORD },
    });
    expect(created.status).toBe(201);
    await admin.context.close();

    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, cnEmail);
    await page.getByRole('navigation').getByRole('link', { name: /Việc cần làm/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Việc cần làm' }).waitFor();
    const dueSoon = page.getByTestId('inbox-due-soon');
    await dueSoon.getByRole('link', { name: cnTask }).waitFor();
    expect(await dueSoon.getByRole('link', { name: usTask }).count()).toBe(0);
    await expectAccessible(page, 'mission inbox');
    await screenshot(page, 'source-document-task-inbox-cn-desktop');

    await page.getByRole('navigation').getByRole('link', { name: /^Nhiệm vụ/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Nhiệm vụ' }).waitFor();
    await page.getByRole('main').getByRole('link', { name: cnTask }).waitFor();
    expect(await page.getByRole('main').getByRole('link', { name: usTask }).count()).toBe(0);
    await expectAccessible(page, 'mission task list');
    await screenshot(page, 'source-document-task-list-cn-desktop');
    await context.close();
  });
});
