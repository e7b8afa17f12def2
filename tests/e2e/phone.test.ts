/**
 * The built sites on a 390 px phone, light and dark: no page scrolls
 * sideways (every page of the example, of a foreign organisation and of
 * the hostile-content fixture), wide
 * tables scroll inside their own labelled box, grade and status show for
 * every team and key result, the menu opens without JavaScript, and the
 * phone layout passes axe. A foreign organisation's build shows none of the
 * example's name or suggested words.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteSuggestions } from '../../src/search/suggestions.ts';
import { load, projectRoot } from '../helpers.ts';
import { distOf } from '../sites.ts';
import { axeViolations, hasChromium, launch, watchProblems } from './browser.ts';
import { serve } from './static-server.ts';

const PHONE = { width: 390, height: 844 };

function filesOf(dist: string, dir = ''): string[] {
  return readdirSync(path.join(dist, dir)).flatMap((name) => {
    const rel = dir ? `${dir}/${name}` : name;
    if (statSync(path.join(dist, rel)).isDirectory()) return name.startsWith('_') || name === 'pagefind' ? [] : filesOf(dist, rel);
    return [rel];
  });
}
const pagesOf = (dist: string) => filesOf(dist).filter((f) => f.endsWith('index.html')).map((f) => f.slice(0, -'index.html'.length));

/** Pages whose document is wider than the window, with the widest element outside a scroll box. */
async function overflowing(page: Page, url: string, routes: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const route of routes) {
    await page.goto(url + route, { waitUntil: 'load' });
    const result = await page.evaluate(() => {
      const width = document.scrollingElement!.scrollWidth;
      if (width <= window.innerWidth) return null;
      const culprit = [...document.querySelectorAll('main *, header *')].find((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.table-scroll'));
      return `${width} px${culprit ? ` (${culprit.tagName.toLowerCase()}.${culprit.className})` : ''}`;
    });
    if (result) found.push(`${route || '/'}: ${result}`);
  }
  return found;
}

let browser: Browser;
const servers: Server[] = [];
let exampleUrl = '';
let smallUrl = '';
let edgeUrl = '';

beforeAll(async () => {
  browser = await launch();
  const example = await serve(distOf('example'), '/');
  const small = await serve(distOf('small'), '/okrs/');
  const edge = await serve(distOf('edge'), '/okrs/');
  servers.push(example.server, small.server, edge.server);
  edgeUrl = edge.url;
  exampleUrl = example.url;
  smallUrl = small.url;
});

afterAll(async () => {
  await browser?.close();
  for (const server of servers) server.close();
});

describe.skipIf(!hasChromium)('on a 390 px phone', { timeout: 300_000 }, () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`scrolls no page of the example or of a foreign organisation sideways (${colorScheme})`, async () => {
      const context = await browser.newContext({ viewport: PHONE, colorScheme });
      const page = await context.newPage();
      const problems = watchProblems(page);
      const routes = pagesOf(distOf('example'));
      expect(routes.length).toBeGreaterThan(60);
      expect(await overflowing(page, exampleUrl, routes)).toEqual([]);
      expect(await overflowing(page, smallUrl, pagesOf(distOf('small')))).toEqual([]);
      // Hostile content: long names, ids and unbroken strings.
      expect(await overflowing(page, edgeUrl, pagesOf(distOf('edge')))).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('lands a check-in deep link at the left edge, its heading clear of the top', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${exampleUrl}teams/sales/2026-q4/#checkin-2026-11-23`);
    const where = await page.evaluate(() => ({ x: window.scrollX, top: document.getElementById('checkin-2026-11-23')!.getBoundingClientRect().top }));
    expect(where.x).toBe(0);
    expect(where.top).toBeGreaterThanOrEqual(12);
    expect(where.top).toBeLessThan(40);
    await context.close();
  });

  it('shows status (and, once a cycle has closed, grade) for every team and key result, and a menu that opens without JavaScript', async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(exampleUrl);
    const rows = page.locator('.team-table tbody tr');
    expect(await rows.count()).toBeGreaterThan(3);
    const inView = async (selector: string) =>
      page.locator(selector).evaluateAll((cells) => cells.every((c) => { const box = c.getBoundingClientRect(); return box.width > 0 && box.left >= 0 && box.right <= window.innerWidth; }));
    expect(await inView('.team-table td[data-label="Status"] .badge')).toBe(true);
    // (v3) No grade while the cycle runs: the active cycles on the home page have no Grade column.
    expect(await page.locator('.team-table td[data-label="Grade"]').count()).toBe(0);
    await page.goto(`${exampleUrl}teams/sales/2026-q4/`);
    expect(await page.locator('.kr-table td[data-label="Status"] .badge').count()).toBeGreaterThan(3);
    expect(await inView('.kr-table td[data-label="Status"] .badge')).toBe(true);
    await page.goto(`${exampleUrl}teams/sales/2026-q3/`);
    expect(await page.locator('.kr-table td[data-label="Grade"] .badge').count()).toBeGreaterThan(3);
    expect(await inView('.kr-table td[data-label="Grade"] .badge, .kr-table td[data-label="Status"] .badge')).toBe(true);
    // The navigation is one line: a menu that a tap opens.
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    await page.locator('.site-menu summary').click();
    await expect.poll(() => page.locator('.site-menu a[href="/insights/"]').isVisible()).toBe(true);
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThan(130);
    await context.close();
  });

  it('passes axe in the phone layout (light and dark)', async () => {
    const found: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: PHONE, colorScheme });
      const page = await context.newPage();
      for (const route of ['', 'cycles/2026-q4/', 'teams/sales/', 'teams/sales/2026-q4/', 'coach/', 'insights/', 'search/?q=renewal']) {
        await page.goto(exampleUrl + route);
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
        for (const violation of await axeViolations(page)) found.push(`${colorScheme} ${route}: ${violation}`);
      }
      await context.close();
    }
    expect(found).toEqual([]);
  });
});

describe("a foreign organisation's build", () => {
  it("holds none of the example's name, and suggests its own words", () => {
    const dist = distOf('small');
    const text = filesOf(dist).filter((f) => /\.(html|json|csv|xml)$/.test(f)).map((f) => readFileSync(path.join(dist, f), 'utf8')).join('\n');
    expect(text).not.toMatch(/Cendana/i);
    const example = load(path.join(projectRoot, 'content'), { asOf: '2026-11-25' }).model;
    const small = load(path.join(projectRoot, 'tests/fixtures/small'), { asOf: '2026-08-15' }).model;
    const search = readFileSync(path.join(dist, 'search/index.html'), 'utf8');
    const own = siteSuggestions(small);
    for (const word of siteSuggestions(example).filter((w) => !own.includes(w))) expect(search).not.toContain(`?q=${word}"`);
    for (const word of own) expect(search).toContain(`?q=${word}"`);
  });
});
