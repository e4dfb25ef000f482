import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, DESKTOP, expectAccessible, launchBrowser, newPage, PHONE, screenshot, signIn } from './support.js';

let browser: Browser;
const baseUrl = inject('baseUrl');
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const numberIn = async (page: Page, testId: string) => Number((await page.getByTestId(testId).innerText()).replace(/\D/g, ''));

describe('country page', () => {
  it('HQ opens the United States from its partner page, sees the 2024 figures and drills down to the agreements with the same total', async () => {
    const { context, page } = await newPage(browser, baseUrl, { viewport: DESKTOP });
    await signIn(page, 'hq@demo.local');
    const partners = await api<{ items: { id: string }[] }>(page, '/partners?kind=country&countryCode=US');
    await page.goto(`/partners/${partners.body.items[0]!.id}`);
    await page.getByTestId('country-page-link').click();
    await page.waitForURL((url) => url.pathname === '/countries/US');
    await page.getByRole('heading', { level: 1, name: 'Hoa Kỳ' }).waitFor();
    await expect.poll(() => page.getByTestId('partnership-level').innerText()).toBe('Đối tác chiến lược toàn diện');

    await page.getByLabel('Kỳ', { exact: true }).selectOption('2024');
    await page.waitForURL((url) => url.searchParams.get('from') === '2024-01-01' && url.searchParams.get('to') === '2024-12-31');
    const view = await api<{ figures: Record<string, { count: number }> }>(page, '/countries/US?from=2024-01-01&to=2025-01-01');
    const agreements = view.body.figures.agreementsSigned!.count;
    await expect.poll(() => numberIn(page, 'figure-agreementsSigned-count')).toBe(agreements);
    expect(agreements).toBeGreaterThan(0);
    for (const key of ['engagements', 'activities', 'commitmentsOpen']) expect(await numberIn(page, `figure-${key}-count`), key).toBe(view.body.figures[key]!.count);
    await expectAccessible(page, 'country page');
    await screenshot(page, 'country-desktop');
    await page.getByTestId('country-figures').scrollIntoViewIfNeeded();
    await screenshot(page, 'country-desktop-figures');

    await page.getByTestId('figure-agreementsSigned-count').click();
    await page.waitForURL((url) => url.pathname === '/agreements' && url.searchParams.get('countryCode') === 'US' && url.searchParams.get('from') === '2024-01-01');
    await expect.poll(() => numberIn(page, 'agreement-stats-total')).toBe(agreements);
    await expect.poll(() => page.getByRole('main').getByText(new RegExp(`trên tổng số ${agreements}$`)).count()).toBeGreaterThan(0);
    await screenshot(page, 'country-agreements-drilldown');
    await context.close();
  });

  it('fits a phone without sideways scrolling and passes axe', async () => {
    const { context, page } = await newPage(browser, baseUrl, { viewport: PHONE });
    await signIn(page, 'hq@demo.local');
    await page.goto('/countries/US?from=2024-01-01&to=2024-12-31');
    await page.getByTestId('figure-agreementsSigned-count').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'country page on a phone');
    await screenshot(page, 'country-phone');
    await page.getByTestId('country-figures').scrollIntoViewIfNeeded();
    await screenshot(page, 'country-phone-figures');
    await context.close();
  });

  it('opens the country\'s region: its figures and a row per country, each leading back to the country page', async () => {
    const { context, page } = await newPage(browser, baseUrl, { viewport: PHONE });
    await signIn(page, 'hq@demo.local');
    await page.goto('/countries/US?from=2024-01-01&to=2024-12-31');
    await page.getByRole('link', { name: 'Trang khu vực Bắc Mỹ' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bắc Mỹ' }).waitFor();
    const us = page.getByTestId('region-country-US');
    await us.waitFor();
    await page.getByTestId('region-country-CA').waitFor();
    // The region counts a record once even when it concerns two of its countries: never more than the rows' sum.
    const regionAgreements = Number((await page.getByTestId('figure-agreementsSigned-count').innerText()).replace(/\D/g, ''));
    expect(regionAgreements).toBeGreaterThan(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'region page on a phone');
    await screenshot(page, 'region-phone');
    await us.getByRole('link', { name: 'Hoa Kỳ' }).click();
    await page.getByTestId('figure-agreementsSigned-count').waitFor();
    expect(new URL(page.url()).pathname).toBe('/countries/US');
    await context.close();
  });

  it('reads in English', async () => {
    const { context, page } = await newPage(browser, baseUrl, { viewport: DESKTOP, language: 'en' });
    await signIn(page, 'hq@demo.local');
    await page.goto('/countries/JP?from=2024-01-01&to=2024-12-31');
    await page.getByRole('heading', { level: 1, name: 'Japan' }).waitFor();
    await page.getByText('Agreements signed').waitFor();
    await page.getByRole('heading', { name: 'Free-trade agreements' }).waitFor();
    expect(await page.getByTestId('country-ftas').innerText()).toContain('VJEPA');
    await expectAccessible(page, 'country page in English');
    await page.getByTestId('country-figures').scrollIntoViewIfNeeded();
    await screenshot(page, 'country-english');
    await context.close();
  });
});
