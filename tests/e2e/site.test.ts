/**
 * The built sites in Chromium: every page loads without console errors or
 * failed requests, passes axe in light and dark, charts draw when scrolled
 * into view, links work under a base path, and no content string runs.
 */
import { readdirSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distOf } from '../sites.ts';
import { axeViolations, launch, watchProblems, skipBrowser } from './browser.ts';
import { serve } from './static-server.ts';

function pagesOf(dist: string, dir = ''): string[] {
  return readdirSync(path.join(dist, dir)).flatMap((name) => {
    const rel = dir ? `${dir}/${name}` : name;
    if (statSync(path.join(dist, rel)).isDirectory()) return name.startsWith('_') || name === 'pagefind' ? [] : pagesOf(dist, rel);
    return name === 'index.html' ? [dir ? `${dir}/` : ''] : [];
  });
}

let browser: Browser;
const servers: Server[] = [];
let exampleUrl = '';
let edgeUrl = '';

beforeAll(async () => {
  browser = await launch();
  const example = await serve(distOf('example'), '/');
  const edge = await serve(distOf('edge'), '/okrs/');
  servers.push(example.server, edge.server);
  exampleUrl = example.url;
  edgeUrl = edge.url;
});

afterAll(async () => {
  await browser?.close();
  for (const server of servers) server.close();
});

describe.skipIf(skipBrowser)('in Chromium', { timeout: 180_000 }, () => {
  // Every page, one after another (about 200 with the forms): a generous bound, so that only a hang fails it.
  it('opens every page of the example site without a console error or failed request', { timeout: 900_000 }, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watchProblems(page);
    const routes = pagesOf(distOf('example'));
    expect(routes.length).toBeGreaterThan(60);
    for (const route of routes) {
      await page.goto(exampleUrl + route, { waitUntil: 'load' });
      expect(await page.locator('h1').count(), route).toBe(1);
    }
    expect(problems).toEqual([]);
    const missing = await page.goto(`${exampleUrl}no-such-page/`);
    expect(missing?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    await context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`passes axe with no serious or critical violation (${scheme})`, async () => {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      const routes = ['', 'cycles/', 'cycles/2026-q3/', 'teams/', 'teams/compliance/', 'teams/compliance/2026-q4/', 'teams/customer-success/2026-q4/', 'objectives/2026-q4/compliance/screening-accuracy/', 'guide/', 'guide/check-ins/', 'coach/', 'coach/2026-q2/', 'coach/rules/', 'coach/rules/kr-output/', 'insights/', 'search/', '404.html'];
      const found: string[] = [];
      for (const route of routes) {
        await page.goto(exampleUrl + route);
        for (const violation of await axeViolations(page)) found.push(`${route}: ${violation}`);
      }
      expect(found).toEqual([]);
      await context.close();
    });
  }

  it('draws charts once they scroll into view, with chart.js loaded only then', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 360 } }); // the first chart starts below 300 px + the viewport
    const page = await context.newPage();
    const problems = watchProblems(page);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${exampleUrl}teams/compliance/2026-q4/`);
    const last = page.locator('figure[data-chart]').last();
    expect(await last.getAttribute('data-drawn')).toBeNull();
    expect(scripts.some((s) => s.includes('chart-render'))).toBe(false);
    await last.scrollIntoViewIfNeeded();
    await expect.poll(() => last.getAttribute('data-drawn'), { timeout: 60_000 }).toBe('true');
    expect(scripts.some((s) => s.includes('chart-render'))).toBe(true);
    const box = await last.locator('canvas').boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(100);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps every internal link working under a base path', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const checked = new Set<string>();
    const broken: string[] = [];
    for (const route of pagesOf(distOf('edge'))) {
      await page.goto(edgeUrl + route);
      const links = await page.$$eval('a[href]', (anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
      for (const link of links) {
        const url = new URL(link);
        if (url.origin !== new URL(edgeUrl).origin) continue;
        const target = url.origin + url.pathname;
        if (checked.has(target)) continue;
        checked.add(target);
        const response = await page.request.get(target);
        if (response.status() !== 200) broken.push(`${route} -> ${url.pathname} (${response.status()})`);
      }
    }
    expect(checked.size).toBeGreaterThan(10);
    expect(broken).toEqual([]);
    await context.close();
  });

  it('shows hostile content as text and runs none of it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const problems = watchProblems(page);
    for (const route of pagesOf(distOf('edge'))) {
      await page.goto(edgeUrl + route);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      // Whatever the bottom of the page runs has run: every chart in view is drawn.
      await page.waitForFunction(() =>
        [...document.querySelectorAll<HTMLElement>('figure[data-chart]')].every((figure) => {
          const box = figure.getBoundingClientRect();
          return box.bottom < 0 || box.top > innerHeight || figure.dataset.drawn === 'true';
        }),
      );
    }
    await page.goto(`${edgeUrl}teams/ops/2026-q3/`);
    const text = await page.locator('main').innerText();
    expect(text).toContain("Make </script><script>alert('objective')</script> & <b>bold</b> claims");
    expect(text).toContain("<img src=x onerror=alert('owner')>");
    expect(text).toContain("\"><svg onload=alert('note')>");
    expect(text).toContain("javascript:alert('blocker')");
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('publishes a feed that parses as XML', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(exampleUrl);
    const result = await page.evaluate(async () => {
      const text = await (await fetch('feed.xml')).text();
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, items: doc.querySelectorAll('item').length, version: doc.documentElement.getAttribute('version') };
    });
    expect(result).toEqual({ error: null, items: 60, version: "2.0" }); // 50 check-ins and handover notes, 10 digest weeks
    await context.close();
  });
});
