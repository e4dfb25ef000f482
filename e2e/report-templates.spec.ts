import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { documentText, zipPart } from '../src/server/test/ooxml.js';
import { api, DESKTOP, expectAccessible, launchBrowser, newPage, PHONE, screenshot, signIn } from './support.js';

let browser: Browser;
const baseUrl = inject('baseUrl');
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

interface PeriodRow {
  id: string;
  index: number;
}
interface ReportFigureRow {
  indicatorCode: string;
  count: number;
  filter: Record<string, string>;
}

describe('report templates', () => {
  it("a mission opens its half-year report pre-filled from its records beside its submission, writes the highlights and downloads the DOCX", async () => {
    const { context, page } = await newPage(browser, baseUrl, { viewport: PHONE });
    await signIn(page, 'mission.us@demo.local');
    const h1 = (await api<{ items: PeriodRow[] }>(page, '/periods?kind=half_year&year=2025&pageSize=10')).body.items.find((p) => p.index === 1)!;
    await page.goto(`/periods/${h1.id}`);
    const mine = page.getByTestId('my-report');
    const start = mine.getByRole('button', { name: 'Bắt đầu báo cáo' });
    const openSubmission = mine.getByRole('link', { name: 'Mở báo cáo' });
    await start.or(openSubmission).waitFor();
    await ((await start.isVisible()) ? start : openSubmission).click();

    const section = page.getByTestId('unit-report');
    const prepare = section.getByTestId('unit-report-prepare');
    const openReport = section.getByTestId('unit-report-open').first();
    await prepare.or(openReport).first().waitFor();
    await screenshot(page, 'unit-report-submission-phone');
    await ((await openReport.isVisible()) ? openReport : prepare).click();

    // The figures arrive from the mission's own records, each leading to exactly those records.
    const activities = page.getByTestId('figure-activities.all');
    await activities.waitFor({ timeout: 60_000 });
    const reportId = new URL(page.url()).pathname.split('/').pop()!;
    const report = (await api<{ title: string; unit: { id: string }; sections: { figures: ReportFigureRow[] }[] }>(page, `/reports/${reportId}`)).body;
    expect(report.title).toContain('Đại sứ quán');
    const all = report.sections.flatMap((s) => s.figures).find((f) => f.indicatorCode === 'activities.all')!;
    expect(all.filter.unitId).toBe(report.unit.id);
    expect(all.count).toBeGreaterThan(0);
    expect(await activities.innerText()).toBe(String(all.count));

    const highlights = page.getByTestId('narrative-highlights');
    await highlights.fill('Tổ chức 3 đoàn doanh nghiệp cà phê, hạt điều gặp nhà nhập khẩu tại Hoa Kỳ.');
    await page.getByTestId('report-section-highlights').getByRole('button', { name: 'Lưu' }).click();
    await page.getByTestId('report-section-highlights').getByRole('button', { name: 'Lưu' }).waitFor({ state: 'detached' });
    await expectAccessible(page, 'unit report');
    await screenshot(page, 'unit-report-phone');

    await page.getByTestId('report-download').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Văn bản Word (DOCX)' }).click()]);
    expect(download.suggestedFilename()).toBe('bao-cao-2025-H1.docx');
    const text = documentText(zipPart(readFileSync((await download.path())!), 'word/document.xml'));
    for (const expected of ['ĐẠI SỨ QUÁN', 'Tổ chức 3 đoàn doanh nghiệp cà phê, hạt điều gặp nhà nhập khẩu tại Hoa Kỳ.', 'THỦ TRƯỞNG CƠ QUAN', `${all.count} bản ghi`]) expect(text, expected).toContain(expected);

    // The number opens the mission's records it counts.
    await activities.click();
    await page.getByTestId('indicator-definition').waitFor();
    await context.close();

    // HQ sees the mission's report.
    const hq = await newPage(browser, baseUrl, { viewport: DESKTOP });
    await signIn(hq.page, 'hq@demo.local');
    await hq.page.goto(`/reports/${reportId}`);
    expect(await hq.page.getByTestId('narrative-highlights').inputValue()).toBe('Tổ chức 3 đoàn doanh nghiệp cà phê, hạt điều gặp nhà nhập khẩu tại Hoa Kỳ.');
    await screenshot(hq.page, 'unit-report-hq-desktop');
    await hq.context.close();
  });

  it('HQ generates a country brief for Japan and clicks its agreements through to their records', async () => {
    const { context, page } = await newPage(browser, baseUrl, { viewport: DESKTOP });
    await signIn(page, 'hq@demo.local');
    await page.goto('/reports');
    await page.getByTestId('report-create').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Mẫu báo cáo').selectOption('country_brief');
    await dialog.getByLabel('Quốc gia').fill('Nhật');
    await page.getByRole('option', { name: /Nhật Bản/ }).first().click();
    await dialog.getByLabel('Kỳ').selectOption('2025-H1');
    await expectAccessible(page, 'create country brief');
    await screenshot(page, 'country-brief-create-desktop');
    await dialog.getByRole('button', { name: 'Lập báo cáo' }).click();
    const open = page.getByTestId('report-open');
    await expect.poll(async () => open.getAttribute('data-disabled'), { timeout: 60_000 }).toBeNull();
    await open.click();
    const agreements = page.getByTestId('figure-agreements.signed');
    await agreements.waitFor();
    await page.getByRole('heading', { name: /Nhật Bản/ }).first().waitFor();
    await expectAccessible(page, 'country brief');
    await screenshot(page, 'country-brief-desktop');
    const count = await agreements.innerText();
    await agreements.click();
    await page.getByTestId('indicator-definition').waitFor();
    expect(new URL(page.url()).searchParams.get('countryCode')).toBe('JP');
    await expect.poll(async () => page.getByText(new RegExp(`${count} bản ghi`)).count()).toBeGreaterThan(0);
    await context.close();

    const phone = await newPage(browser, baseUrl, { viewport: PHONE });
    await signIn(phone.page, 'leader@demo.local');
    await phone.page.goto('/reports');
    await phone.page.getByTestId('report-table').getByRole('link', { name: /Nhật Bản/ }).first().click();
    await phone.page.getByTestId('figure-agreements.signed').waitFor();
    await screenshot(phone.page, 'country-brief-phone');
    await phone.context.close();
  });
});
