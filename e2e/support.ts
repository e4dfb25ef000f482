import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const DEMO_PASSWORD = 'demo-password-1';
export const SCREENSHOT_DIR = new URL('../.tmp/', import.meta.url);

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium; a browser is never downloaded. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1366, height: 900 } as const;

export interface SessionOptions {
  viewport?: { width: number; height: number };
  /** Interface language stored before the first page loads (the app defaults to vi). */
  language?: 'vi' | 'en';
}

export async function newPage(browser: Browser, baseURL: string, options: SessionOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const viewport = options.viewport ?? DESKTOP;
  const context = await browser.newContext({
    baseURL,
    viewport,
    isMobile: viewport.width < 500,
    hasTouch: viewport.width < 500,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    // No transitions: screenshots and axe see dialogs fully open.
    reducedMotion: 'reduce',
  });
  if (options.language) {
    await context.addInitScript((language) => window.localStorage.setItem('econdip.language', language), options.language);
  }
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return { context, page };
}

/** Signs in through the form (labels are Vietnamese unless `language` was set to en). */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByTestId('sign-in-form').waitFor();
  await page.locator('input[type="email"]').fill(email);
  await page.locator('input[type="password"]').fill(password);
  await page.getByTestId('sign-in-form').locator('button[type="submit"]').click();
  await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

const require = createRequire(import.meta.url);
const axeSource: string = (require('axe-core') as { source: string }).source;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; html: string }[];
}

/** Runs axe-core (WCAG 2.1 A/AA rules) and fails on serious or critical violations. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  // Evaluated through the DevTools protocol, so the app's Content-Security-Policy stays in force.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.slice(0, 3).map((node) => ({ target: node.target, html: node.html.slice(0, 300) })) }));
  });
  const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(serious, `${label}: ${JSON.stringify(serious, null, 2)}`).toEqual([]);
}

/** The viewport as a person sees it (a full-page shot misplaces the fixed header and navigation). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: new URL(`${name}.png`, SCREENSHOT_DIR).pathname });
}

/** JSON from the API with the page's session. */
export async function api<T>(page: Page, path: string, init: { method?: string; body?: unknown } = {}): Promise<{ status: number; body: T }> {
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

