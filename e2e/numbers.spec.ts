import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, PHONE, screenshot, signIn } from './support.js';

/** JSON from the API with the page's session. */
async function api<T>(page: Page, path: string, init: { method?: string; body?: unknown } = {}): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ({ path, init }) => {
      const response = await fetch(`/api/v1${path}`, {
        method: init.method ?? 'GET',
        credentials: 'same-origin',
        headers: init.method && init.method !== 'GET' ? { 'Content-Type': 'application/json' } : {},
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
      return { status: response.status, body: (await response.json().catch(() => null)) as T };
    },
    { path, init },
  );
}

interface OutcomeRow {
  value: string | null;
  product: string | null;
}

/** An activity of the signed-in mission, made through the API: the test is about the outcome form. */
async function newActivity(page: Page, title: string): Promise<string> {
  const created = await api<{ id: string }>(page, '/activities', {
    method: 'POST',
    body: { type: 'b2b_matching', title, startDate: '2026-11-10', endDate: '2026-11-11', partnerIds: [], sectors: [], provinceIds: [], outputs: [] },
  });
  expect(created.status).toBe(201);
  return created.body.id;
}

/** Adds an export outcome through the form, typing the value as given. */
async function addOutcome(page: Page, labels: Labels, value: string, product: string) {
  await page.getByRole('button', { name: labels.add, exact: true }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(labels.kind).selectOption('export_contract');
  await dialog.getByRole('textbox', { name: labels.value }).fill(value);
  await dialog.getByRole('textbox', { name: labels.product }).fill(product);
  await dialog.getByRole('textbox', { name: labels.business }).fill('Công ty CP Thủy sản Ví Dụ (demo)');
  return dialog;
}

interface Labels {
  add: string;
  submit: string;
  kind: string;
  value: string;
  product: string;
  business: string;
}
const VI: Labels = { add: 'Thêm kết quả', submit: 'Thêm kết quả', kind: 'Loại kết quả', value: 'Giá trị', product: 'Sản phẩm xuất khẩu', business: 'Doanh nghiệp liên quan' };
const EN: Labels = { add: 'Add an outcome', submit: 'Add outcome', kind: 'Kind of outcome', value: 'Value', product: 'Product exported', business: 'Business concerned' };

describe('money typed the way the interface language writes it', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('in Vietnamese, 1.250.000 and 2.750.925.888,07 are saved exactly; 1,25.0 is refused, not guessed', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, 'mission.us@demo.local');
    const activityId = await newActivity(page, `Giao thương thủy sản (số liệu) ${Date.now()}`);
    await page.goto(`/activities/${activityId}`);

    let dialog = await addOutcome(page, VI, '1.250.000', 'Tôm đông lạnh');
    await dialog.getByText('Giá trị được ghi nhận: 1.250.000 USD').waitFor();
    await expectAccessible(page, 'outcome value read back');
    await screenshot(page, 'number-input-desktop');
    await dialog.getByRole('button', { name: VI.submit }).click();
    await dialog.waitFor({ state: 'detached' });

    dialog = await addOutcome(page, VI, '1,25.0', 'Cá tra phi lê');
    await dialog.getByText(/Lẫn dấu ngăn cách/).waitFor();
    await dialog.getByRole('button', { name: VI.submit }).click();
    await dialog.getByText(/Lẫn dấu ngăn cách/).waitFor();
    await dialog.getByRole('textbox', { name: VI.value }).fill('2.750.925.888,07');
    await dialog.getByText('Giá trị được ghi nhận: 2.750.925.888,07 USD').waitFor();
    await dialog.getByRole('button', { name: VI.submit }).click();
    await dialog.waitFor({ state: 'detached' });

    const saved = await api<{ items: OutcomeRow[] }>(page, `/outcomes?activityId=${activityId}`);
    const values = Object.fromEntries(saved.body.items.map((o) => [o.product, o.value?.replace(/\.0+$/, '')]));
    expect(values).toEqual({ 'Tôm đông lạnh': '1250000', 'Cá tra phi lê': '2750925888.07' });
    await context.close();
  });

  it('in English, 1,250,000 is saved exactly, on a phone', async () => {
    const { context, page } = await newPage(browser, baseUrl, { language: 'en', viewport: PHONE });
    await signIn(page, 'mission.us@demo.local');
    const activityId = await newActivity(page, `Seafood trade (numbers) ${Date.now()}`);
    await page.goto(`/activities/${activityId}`);
    const dialog = await addOutcome(page, EN, '1,250,000', 'Frozen shrimp');
    await dialog.getByText('Recorded as: 1,250,000 USD').waitFor();
    await screenshot(page, 'number-input-phone');
    await dialog.getByRole('button', { name: EN.submit }).click();
    await dialog.waitFor({ state: 'detached' });
    const saved = await api<{ items: OutcomeRow[] }>(page, `/outcomes?activityId=${activityId}`);
    expect(saved.body.items.map((o) => o.value?.replace(/\.0+$/, ''))).toEqual(['1250000']);
    await context.close();
  });
});
