import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, expectAccessible, launchBrowser, newPage, PHONE, screenshot, signIn } from './support.js';

interface PeriodRow {
  id: string;
  kind: string;
  year: number;
  index: number;
}

describe('a submitted report stays what was submitted', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');
  const title = `Giới thiệu cà phê đặc sản tại Chicago ${Date.now()}`;
  const contactEmail = `mua-hang-${Date.now()}@ca-phe-mau.example`;
  let periodId = '';
  let submissionUrl = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a mission submits its quarter report while an outcome awaits the business', async () => {
    const hq = await newPage(browser, baseUrl);
    await signIn(hq.page, 'hq@demo.local');
    const find = async () => (await api<{ items: PeriodRow[] }>(hq.page, '/periods?kind=quarter&year=2026&pageSize=10')).body.items.find((p) => p.index === 1);
    if (!(await find())) expect((await api(hq.page, '/periods', { method: 'POST', body: { kind: 'quarter', year: 2026, index: 1 } })).status).toBe(201);
    periodId = (await find())!.id;
    await hq.context.close();

    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, 'mission.us@demo.local');
    const activity = await api<{ id: string }>(page, '/activities', { method: 'POST', body: { type: 'trade_promotion', title, startDate: '2026-02-10', endDate: '2026-02-12' } });
    expect(activity.status).toBe(201);
    const outcome = await api<{ id: string }>(page, '/outcomes', {
      method: 'POST',
      body: { activityId: activity.body.id, kind: 'export_contract', value: '850000', currency: 'USD', product: 'Cà phê Robusta đặc sản', businessName: 'Công ty Cà phê Mẫu (demo)', contactEmail },
    });
    expect(outcome.status).toBe(201);
    expect((await api(page, `/outcomes/${outcome.body.id}/confirmation-requests`, { method: 'POST', body: {} })).status).toBe(201);

    await page.goto(`/periods/${periodId}`);
    const mine = page.getByTestId('my-report');
    const start = mine.getByRole('button', { name: 'Bắt đầu báo cáo' });
    const open = mine.getByRole('link', { name: 'Mở báo cáo' });
    await start.or(open).waitFor();
    await ((await start.isVisible()) ? start : open).click();
    await page.getByTestId('figures').waitFor();
    await page.getByRole('textbox', { name: 'Nội dung báo cáo' }).fill('Quý I/2026: giới thiệu cà phê đặc sản, một hợp đồng xuất khẩu chờ doanh nghiệp xác nhận.');
    await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await page.getByTestId('submission-status-submitted').waitFor();
    await page.getByTestId('snapshot-note').waitFor();
    submissionUrl = new URL(page.url()).pathname;
    expect(await page.getByTestId('frozen-confirmedOutcomes').textContent()).toBe(await page.getByTestId('figure-confirmedOutcomes').textContent());
    await context.close();
  });

  it('after the business confirms, HQ sees the submitted figure beside the new one and the record that moved it', async () => {
    const admin = await newPage(browser, baseUrl);
    await signIn(admin.page, 'admin@demo.local');
    const outbox = await api<{ items: { toAddress: string; body: string }[] }>(admin.page, '/outbox?pageSize=100');
    const token = outbox.body.items.find((item) => item.toAddress === contactEmail)?.body.match(/\/confirm\/([A-Za-z0-9_-]+)/)?.[1];
    expect(token, 'confirmation link in the e-mail').toBeTruthy();
    expect((await api(admin.page, `/confirmations/${token}`, { method: 'POST', body: { decision: 'confirm' } })).status).toBe(200);
    await admin.context.close();

    for (const [viewport, suffix] of [[undefined, 'desktop'], [PHONE, 'phone']] as const) {
      const { context, page } = await newPage(browser, baseUrl, { viewport });
      await signIn(page, 'hq@demo.local');
      await page.goto(submissionUrl);
      const card = page.getByTestId('figure-card-confirmedOutcomes');
      await card.getByTestId('delta-confirmedOutcomes').getByText('+1').waitFor();
      const frozen = Number(await card.getByTestId('frozen-confirmedOutcomes').textContent());
      expect(Number(await card.getByTestId('figure-confirmedOutcomes').textContent())).toBe(frozen + 1);
      const change = card.getByTestId('changes-confirmedOutcomes').getByRole('listitem').filter({ hasText: 'Công ty Cà phê Mẫu (demo)' });
      await change.getByText('Thêm').waitFor();
      await page.getByTestId('figure-card-outcomes').getByTestId('changes-outcomes').getByText('Đã sửa').waitFor();
      await expectAccessible(page, `submission with changes since submission (${suffix})`);
      await card.scrollIntoViewIfNeeded();
      await screenshot(page, `submission-snapshot-${suffix}`);
      if (suffix === 'desktop') {
        await change.getByRole('link').click();
        await page.getByRole('heading', { level: 1, name: title }).waitFor();
      }
      await context.close();
    }
  });

  it('the completeness board marks late and overdue reports, with on-time and late rates per unit type', async () => {
    for (const [viewport, suffix] of [[undefined, 'desktop'], [PHONE, 'phone']] as const) {
      const { context, page } = await newPage(browser, baseUrl, { viewport });
      await signIn(page, 'hq@demo.local');
      const h1 = (await api<{ items: PeriodRow[] }>(page, '/periods?kind=half_year&year=2025&pageSize=10')).body.items.find((p) => p.index === 1)!;
      await page.goto(`/periods/${h1.id}`);
      const rates = page.getByTestId('timeliness-rate-mission');
      await rates.waitFor();
      expect(await rates.getByTestId('on-time-rate-mission').textContent()).toMatch(/^\d+\s?%$/);
      await page.getByTestId('board-table').getByTestId('timeliness-on_time').first().waitFor();
      await rates.getByRole('button', { name: /^Quá hạn, chưa gửi/ }).click();
      await page.waitForURL(/timeliness=overdue/);
      await page.getByTestId('board-table').getByTestId('timeliness-on_time').first().waitFor({ state: 'detached' });
      await page.getByTestId('board-table').getByTestId('timeliness-overdue').first().waitFor();
      expect(await page.getByTestId('board-table').getByTestId('timeliness-late').count()).toBe(0);
      await expectAccessible(page, `completeness board, overdue missions (${suffix})`);
      await screenshot(page, `completeness-timeliness-${suffix}`);
      await context.close();
    }
  });
});
