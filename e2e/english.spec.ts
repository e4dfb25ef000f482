import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, PHONE, screenshot, signIn } from './support.js';

/** Letters only Vietnamese uses: any of them in the interface's own words means a label was not translated. */
const VIETNAMESE = /[ăâđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

const PAGES = [
  { path: '/org-units', heading: 'Organisation', ready: 'org-unit-tree' },
  { path: '/engagements', heading: 'High-level engagements' },
  { path: '/agreements', heading: 'Cooperation agreements' },
  { path: '/commitments', heading: 'Commitments' },
  { path: '/tasks', heading: 'Tasks' },
  { path: '/dashboard', heading: 'Implementation of commitments' },
  { path: '/activities', heading: 'Activities' },
  { path: '/outcomes', heading: 'Outcome totals' },
  { path: '/periods', heading: 'Reporting periods' },
  { path: '/inbox', heading: 'To do' },
] as const;

/**
 * The interface's own words on the page: headings, navigation, column headers, labels, buttons,
 * placeholders and accessible names. Record content (titles typed in Vietnamese, people's names,
 * anything marked lang="vi") is data, not interface, and is left out.
 */
async function interfaceTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const data = (element: Element) => element.closest('[lang="vi"], td, [data-testid$="-table"] a, [role="option"]') !== null;
    const selectors = 'h1, h2, h3, nav a, th, label, legend, button, [role="tab"], .mantine-Badge-label, .mantine-InputWrapper-description';
    for (const element of document.querySelectorAll(selectors)) {
      if (data(element) || !(element as HTMLElement).offsetParent) continue;
      const text = (element as HTMLElement).innerText.trim();
      if (text) texts.push(text);
    }
    for (const element of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
      if (data(element)) continue;
      for (const name of ['aria-label', 'placeholder', 'title']) {
        const value = element.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

/** The signed-in person's name (in the header's user menu) is data too. */
const USER_NAME = 'Nguyễn Thu Hà';

async function expectEnglish(page: Page, label: string): Promise<void> {
  const texts = await interfaceTexts(page);
  expect(texts.length, `${label}: interface texts found`).toBeGreaterThan(10);
  const leaks = texts.filter((text) => VIETNAMESE.test(text.replace(USER_NAME, '')));
  expect(leaks, `${label}: Vietnamese interface text in English`).toEqual([]);
}

describe('the interface in English', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('switches to EN and walks the main pages: English headings, no Vietnamese labels, axe passes', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, 'hq@demo.local');
    await page.goto('/org-units');
    await page.getByTestId('language-switch').getByText('EN').click();
    const main = page.getByRole('main');
    await main.getByRole('heading', { level: 1, name: 'Organisation' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    // The menu's section labels are translated too.
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    for (const section of ['Commitments & tasks', 'Activities & results', 'Catalogue', 'Administration']) {
      await nav.getByRole('list', { name: section }).waitFor();
    }

    for (const { path, heading, ...rest } of PAGES) {
      await page.goto(path);
      await main.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
      if ('ready' in rest) await page.getByTestId(rest.ready).waitFor();
      await page.getByTestId('loading').first().waitFor({ state: 'detached' });
      await expectEnglish(page, path);
      await expectAccessible(page, `${path} (en)`);
    }
    await screenshot(page, 'inbox-en-desktop');

    // A date is typed and shown unambiguously in English, whatever the browser's locale (vi-VN here).
    await page.goto('/org-units');
    const asOf = page.getByLabel('As of');
    await asOf.fill('30/06/2025');
    await asOf.blur();
    expect(await asOf.inputValue()).toBe('30 Jun 2025');
    await page.getByRole('button', { name: 'Open calendar' }).click();
    await page.getByRole('dialog').getByText('June 2025').waitFor();
    await expectAccessible(page, 'calendar (en)');
    await screenshot(page, 'date-calendar-en-desktop');
    await page.keyboard.press('Escape');
    await context.close();
  });

  it('shows the header bell and English pages on a phone', async () => {
    const { context, page } = await newPage(browser, baseUrl, { viewport: PHONE, language: 'en' });
    await signIn(page, 'hq@demo.local');
    // The bell is in the header, without opening the menu.
    const bell = page.getByTestId('notification-bell');
    await bell.waitFor();
    expect(await bell.getAttribute('aria-label')).toMatch(/^To do: /);
    await bell.click();
    await page.getByRole('main').getByRole('heading', { level: 1, name: 'To do' }).waitFor();
    await page.getByTestId('loading').first().waitFor({ state: 'detached' });
    await expectEnglish(page, 'inbox (phone)');
    await expectAccessible(page, 'inbox (en, phone)');
    await screenshot(page, 'inbox-en-phone');
    await context.close();
  });
});
