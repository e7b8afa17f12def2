/**
 * The example security headers (public/_headers) hold with the charts and
 * search at work: a strict Content-Security-Policy, no inline script, no
 * violation reported in Chromium.
 */
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distOf } from '../sites.ts';
import { launch, watchProblems, skipBrowser } from './browser.ts';
import { serve, siteHeaders } from './static-server.ts';

let browser: Browser;
let server: Server;
let url = '';

beforeAll(async () => {
  browser = await launch();
  const headers = siteHeaders(distOf('example'));
  ({ server, url } = await serve(distOf('example'), '/', headers));
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe.skipIf(skipBrowser)('under the example Content-Security-Policy', { timeout: 120_000 }, () => {
  it('ships the headers with the site', () => {
    expect(siteHeaders(distOf('example'))['Content-Security-Policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });

  it('draws charts and answers searches without a single violation', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = watchProblems(page);
    await page.goto(`${url}teams/compliance/2026-q4/`);
    for (const figure of await page.locator('figure[data-chart]').all()) await figure.scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('figure[data-chart][data-drawn="true"]').count(), { timeout: 10_000 }).toBe(await page.locator('figure[data-chart]').count());
    await page.goto(`${url}search/?q=renewal`);
    await page.waitForSelector('.search-result');
    await page.goto(`${url}insights/`);
    await page.locator('figure[data-chart]').last().scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('figure[data-chart][data-drawn="true"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});
