import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServer, type RunningServer } from '../src/server/main.js';
import { expectAccessible, launchBrowser, newPage, PHONE, screenshot, signIn } from './support.js';

describe('the demo-data banner', () => {
  let browser: Browser;
  const baseUrl = inject('baseUrl');

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows on every page of a demo database, signed in or not, in both languages', async () => {
    const { context, page } = await newPage(browser, baseUrl, { viewport: PHONE });
    await page.goto('/sign-in');
    const banner = page.getByTestId('demo-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('Dữ liệu minh hoạ');
    await screenshot(page, 'demo-banner-sign-in-phone');
    await signIn(page, 'hq@demo.local');
    await banner.waitFor();
    await expectAccessible(page, 'demo banner (phone)');
    await screenshot(page, 'demo-banner-phone');
    for (const path of ['/engagements', '/agreements', '/commitments', '/source-documents']) {
      await page.goto(path);
      await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor();
      expect(await banner.isVisible(), path).toBe(true);
    }
    await page.getByTestId('language-switch').getByText('EN').click();
    await page.getByText('Demo data', { exact: true }).waitFor();
    await context.close();

    const desktop = await newPage(browser, baseUrl);
    await signIn(desktop.page, 'leader@demo.local');
    await desktop.page.getByTestId('demo-banner').waitFor();
    await screenshot(desktop.page, 'demo-banner-desktop');
    await desktop.context.close();
  });

  it('is absent on a database started without demo data (--no-demo)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'econdip-e2e-nodemo-'));
    let server: RunningServer | undefined;
    try {
      server = await startServer({ port: 0, dataDir, demo: false, logLevel: 'warn' });
      const { context, page } = await newPage(browser, server.url);
      await page.goto('/sign-in');
      await page.getByTestId('sign-in-form').waitFor();
      const session = await page.evaluate(async () => (await fetch('/api/v1/auth/session')).json());
      expect(session).toMatchObject({ demoData: false });
      expect(await page.getByTestId('demo-banner').count()).toBe(0);
      await context.close();
    } finally {
      await server?.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
