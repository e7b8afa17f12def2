/**
 * Issue 25 in Chromium: every search result is reachable (more on request,
 * not cut at 20), and no result's excerpt repeats its own title or label.
 */
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distOf } from '../sites.ts';
import { launch, skipBrowser, watchProblems } from './browser.ts';
import { serve } from './static-server.ts';

let browser: Browser;
let server: Server;
let url = '';

beforeAll(async () => {
  browser = await launch();
  ({ server, url } = await serve(distOf('example'), '/'));
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe.skipIf(skipBrowser)('search shows every result', { timeout: 120_000 }, () => {
  it('adds twenty more on request until every result is on the page, none repeating its title', async () => {
    const page = await browser.newPage();
    const problems = watchProblems(page);
    // "revenue" is in more than 20 indexed pages of the example.
    await page.goto(`${url}search/?q=revenue`);
    await page.waitForFunction(() => /results? for/.test(document.getElementById('search-status')?.textContent ?? ''));
    const status = (await page.locator('#search-status').textContent())!;
    const total = Number(/^(\d+) results/.exec(status)?.[1]);
    expect(total).toBeGreaterThan(20);
    expect(status).toContain('showing the first 20');
    expect(await page.locator('.search-result').count()).toBe(20);
    const more = page.locator('[data-more]');
    while (await more.isVisible()) {
      const before = await page.locator('.search-result').count();
      await more.click();
      await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, before);
    }
    expect(await page.locator('.search-result').count()).toBe(total);
    expect(await page.locator('#search-status').textContent()).toBe(`${total} results for “revenue”.`);
    const results = await page.locator('.search-result').evaluateAll((items) =>
      items.map((item) => ({
        title: item.querySelector('h2')!.textContent!.trim(),
        excerpt: item.querySelector('p')!.textContent!.trim(),
        subs: Array.from(item.querySelectorAll('li')).map((li) => ({ label: li.querySelector('a')!.textContent!.trim(), text: li.querySelector('span')!.textContent!.replace(/^ · /, '').trim() })),
      })),
    );
    for (const result of results) {
      expect(result.excerpt.startsWith(result.title), result.title).toBe(false);
      for (const sub of result.subs) {
        expect(sub.text.startsWith(sub.label), `${result.title}: ${sub.label}`).toBe(false);
        expect(sub.label).not.toBe(sub.text);
      }
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});
