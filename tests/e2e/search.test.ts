/**
 * Search, through Pagefind's own JavaScript API in Chromium and through the
 * pages: old check-ins are found at their anchors, the four filters exist,
 * left-out text is never found, and the search UI works under a base path.
 */
import type { Server } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers.ts';
import { distOf } from '../sites.ts';
import { axeViolations, launch, watchProblems, skipBrowser } from './browser.ts';
import { serve } from './static-server.ts';

const markers = JSON.parse(readFileSync(path.join(projectRoot, 'tests/fixtures/example-markers.json'), 'utf8')) as Record<string, string[]>;
let browser: Browser;
const servers: Server[] = [];
const urls: Record<string, string> = {};

beforeAll(async () => {
  browser = await launch();
  for (const [name, base] of [['example', '/'], ['example-confidential', '/'], ['edge', '/okrs/']] as const) {
    const { server, url } = await serve(distOf(name), base);
    servers.push(server);
    urls[name] = url;
  }
});

afterAll(async () => {
  await browser?.close();
  for (const server of servers) server.close();
});

interface Hit {
  url: string;
  title: string;
  subs: string[];
  /** The indexed text of the page. */
  content: string;
}

/**
 * Imports Pagefind in the page and runs `body` with it. Written as a string
 * so that the test runner does not rewrite the browser's `import()`.
 */
function withPagefind<T>(page: Page, site: string, body: string): Promise<T> {
  return page.evaluate(`(async () => { const pagefind = await import(${JSON.stringify(`${urls[site]}pagefind/pagefind.js`)}); ${body} })()`) as Promise<T>;
}

/** Runs a query through Pagefind's API on a page of the site. */
async function query(page: Page, site: string, term: string, filters: Record<string, string> = {}): Promise<Hit[]> {
  await page.goto(urls[site]!);
  return withPagefind<Hit[]>(
    page,
    site,
    `const search = await pagefind.search(${JSON.stringify(term)}, { filters: ${JSON.stringify(filters)} });
     const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
     return data.map((d) => ({ url: d.url, title: d.meta.title, subs: d.sub_results.map((s) => s.url), content: d.content }));`,
  );
}

describe.skipIf(skipBrowser)('search', { timeout: 120_000 }, () => {
  it('finds a phrase from an old check-in at that check-in’s anchor', async () => {
    const page = await browser.newPage();
    const hits = await query(page, 'example', 'paying a referral fee on the first deal');
    expect(hits[0]?.url).toBe('/teams/sales/2026-q2/');
    expect(hits[0]?.title).toBe('Sales · Q2 2026 · scorecard');
    expect(hits[0]?.subs).toContain('/teams/sales/2026-q2/#checkin-2026-05-04');
    await page.close();
  });

  it('offers the four filters, and filters by them', async () => {
    const page = await browser.newPage();
    await page.goto(urls.example!);
    const filters = await withPagefind<Record<string, Record<string, number>>>(page, 'example', 'return pagefind.filters();');
    expect(Object.keys(filters).sort()).toEqual(['cycle', 'grade', 'team', 'type']);
    expect(Object.keys(filters.type ?? {}).sort()).toEqual(['check-in', 'cycle', 'guide', 'objective', 'team']);
    expect(Object.keys(filters.cycle ?? {}).sort()).toEqual(['2026', 'Q2 2026', 'Q3 2026', 'Q4 2026']);
    const onlyGuides = await query(page, 'example', 'check-in', { type: 'guide' });
    expect(onlyGuides.length).toBeGreaterThan(0);
    expect(onlyGuides.every((h) => h.url.startsWith('/guide/'))).toBe(true);

    // The search page writes the same filters and counts at build time, cycles newest first.
    await page.goto(`${urls.example}search/`);
    const offered = await page.$$eval('[data-filters] select', (selects) =>
      Object.fromEntries(
        (selects as HTMLSelectElement[]).map((select) => [
          select.name,
          Array.from(select.options).slice(1).map((option) => [option.value, Number(/\((\d+)\)$/.exec(option.text)![1])] as const),
        ]),
      ),
    );
    expect(Object.keys(offered)).toEqual(['type', 'cycle', 'team', 'grade']);
    expect(offered.cycle!.map(([value]) => value)).toEqual(['Q4 2026', 'Q3 2026', 'Q2 2026', '2026']);
    for (const key of Object.keys(filters)) expect(Object.fromEntries(offered[key]!), key).toEqual(filters[key]);
    await page.close();
  });

  it('filters from the page, and a first search loads no filter index', async () => {
    const page = await browser.newPage();
    const problems = watchProblems(page);
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    const settled = () => page.waitForFunction(() => /results? for|No results/.test(document.getElementById('search-status')?.textContent ?? ''));
    const titles = () => page.locator('.search-result > h2 a').evaluateAll((as) => as.map((a) => `${a.getAttribute('href')} ${a.textContent}`));

    await page.goto(`${urls.example}search/?q=screening`);
    await settled();
    expect(fetched.some((p) => p.includes('/pagefind/index/'))).toBe(true);
    expect(fetched.filter((p) => p.includes('/pagefind/filter/'))).toEqual([]);

    await page.selectOption('#filter-type', 'guide');
    await page.waitForURL(/type=guide/);
    await settled();
    expect(await page.locator('#search-status').textContent()).toMatch(/results? for “screening” with these filters\.$/);
    const guides = await titles();
    expect(guides.length).toBeGreaterThan(0);
    expect(guides.every((t) => t.startsWith('/guide/'))).toBe(true);

    await page.selectOption('#filter-type', '');
    await page.selectOption('#filter-cycle', 'Q2 2026');
    await page.waitForURL((url) => url.searchParams.get('cycle') === 'Q2 2026' && !url.searchParams.has('type'));
    await settled();
    const inQ2 = await titles();
    expect(inQ2.length).toBeGreaterThan(0);
    expect(inQ2.every((t) => t.includes('Q2 2026'))).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows no filters that could not work without JavaScript, and says so', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${urls.example}search/?q=screening&type=guide`);
    expect(await page.locator('[data-filters]').isVisible()).toBe(false);
    expect(await page.locator('#search-status').textContent()).toContain('Search needs JavaScript');
    await context.close();
  });

  it('never finds left-out text, and finds confidential text only with the opt-in', async () => {
    const page = await browser.newPage();
    // Pagefind also returns pages that share a word ("project"); what matters is whether any result holds the phrase.
    const holding = async (site: string, phrase: string) => (await query(page, site, phrase)).filter((h) => h.content.includes(phrase)).map((h) => h.url);
    for (const phrase of [...markers.confidential!, ...markers.draft!, ...markers.afterAsOf!]) {
      expect(await holding('example', phrase), phrase).toEqual([]);
    }
    // Confidential check-ins and objectives are on the Sales Q4 scorecard; the confidential handover note on Engineering's team page.
    const pageOf: Record<string, string> = { 'Rambutan appraisal': '/teams/engineering/' };
    for (const phrase of markers.confidential!) {
      expect(await holding('example-confidential', phrase), phrase).toContain(pageOf[phrase] ?? '/teams/sales/2026-q4/');
    }
    for (const phrase of [...markers.draft!, ...markers.afterAsOf!]) {
      expect(await holding('example-confidential', phrase), phrase).toEqual([]);
    }
    await page.close();
  });

  it('answers from the header box and the search page, under a base path', async () => {
    const page = await browser.newPage();
    const problems = watchProblems(page);
    await page.goto(`${urls.edge}cycles/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('temperature');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/okrs\/search\/\?q=temperature/);
    await page.waitForSelector('.search-result a');
    const first = await page.locator('.search-result a').first().getAttribute('href');
    expect(first?.startsWith('/okrs/')).toBe(true);
    // The edge fixture's interface is Malay (`locale: ms-MY`): the search script says it in Malay too.
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ hasil untuk “temperature”\.$/);
    expect(problems).toEqual([]);
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has an accessible search page with results (${scheme})`, async () => {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(`${urls.example}search/?q=screening+accuracy`);
      await page.waitForSelector('.search-result');
      await page.waitForSelector('[data-filters]:not([hidden])');
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }
});
