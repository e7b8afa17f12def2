/**
 * The example organisation with `locale: ms-MY`, in Chromium: every page's
 * navigation and headings are in Malay (no English interface string left),
 * `<html lang>` says so, and home and a scorecard are screenshotted in light
 * (1280 px) and dark (390 px, no sideways scroll) for a person to look at.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { ms } from '../../src/i18n/ms.ts';
import { projectRoot } from '../helpers.ts';
import { BUILDS, buildSite } from '../sites.ts';
import { hasChromium, launch, watchProblems } from './browser.ts';
import { serve } from './static-server.ts';

const dist = path.join(BUILDS, 'example-ms');
const screenshots = path.join(projectRoot, '.okrbook-tmp', 'screenshots');
let root = '';
let browser: Browser;
let server: Server;
let url = '';

/** Every English message, as text and as a pattern where values go; those Malay writes the same way (Status, Median) are not English. */
const messages = (catalogue: Record<string, unknown>) =>
  Object.values(catalogue).flatMap((m) => (typeof m === 'string' ? [m] : Object.values(m as Record<string, string>))).filter((m) => !m.includes('<'));
const malay = new Set(messages(ms));
// `{count}` is a number: "{count} check-in" is not the content's heading "The weekly check-in".
const pattern = (message: string) => new RegExp(`^${message.trim().replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{count\}/g, '\\d[\\d,.]*').replace(/\{\w+\}/g, '.+')}$`);
const english = messages(en)
  .filter((m) => !malay.has(m) && /[A-Za-z]{3}/.test(m.replace(/\{\w+\}/g, '')))
  .map((m) => ({ message: m, pattern: pattern(m) }));
// Where a Malay message has the same shape as an English one (`{cycle} · kitaran`), the Malay one wins.
const malayPatterns = messages(ms).map(pattern);

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'okrbook-ms-'));
  cpSync(path.join(projectRoot, 'content'), root, { recursive: true });
  const site = readFileSync(path.join(root, 'site.yaml'), 'utf8');
  writeFileSync(path.join(root, 'site.yaml'), /^locale:/m.test(site) ? site.replace(/^locale:.*$/m, 'locale: ms-MY') : `${site.trimEnd()}\nlocale: ms-MY\n`);
  const { code, output } = buildSite({ name: 'example-ms', content: root, asOf: '2026-11-25', base: '/' }, dist);
  if (code !== 0) throw new Error(`Building the Malay example failed:\n${output}`);
  browser = await launch();
  ({ server, url } = await serve(dist, '/'));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

const pages = ['', 'cycles/', 'cycles/2026-q4/', 'teams/', 'teams/sales/', 'teams/sales/2026-q4/', 'objectives/2026-q4/sales/win-mid-market/', 'coach/', 'coach/rules/', 'coach/rules/kr-stale/', 'insights/', 'search/', 'guide/', 'guide/check-ins/', 'no-such-page/',
  // Pages of issues 13b, 15 and 16: a cycle's coaching report, people, a cycle review, a team whose leaders changed (handover notes).
  'coach/2026-q4/', 'people/', 'people/david-loh/', 'cycles/2026-q4/review/', 'cycles/2026-q3/review/', 'teams/engineering/'];

describe.skipIf(!hasChromium)('the example in Bahasa Melayu', { timeout: 180_000 }, () => {
  it('has no English interface string left in the navigation, headings, labels and badges of any page', async () => {
    const page = await browser.newPage();
    const problems = watchProblems(page);
    const found: string[] = [];
    for (const route of pages) {
      await page.goto(url + route, { waitUntil: 'load' });
      expect(await page.getAttribute('html', 'lang')).toBe('ms-MY');
      // The chrome: navigation, headings, table heads, labels, buttons, badges, breadcrumbs and the accessible names okrbook gives.
      const texts = await page.evaluate(() => {
        const chrome = 'header nav a, h1, h2, h3, h4, th[scope="col"], dt, label, legend, button, .badge, .skip-link, .site-footer, .guide__nav-title, .pager .muted, option';
        // Not what the content says: the bodies (.prose) are the organisation's own words.
        const own = Array.from(document.querySelectorAll(chrome)).filter((el) => !el.closest('.prose')).map((el) => (el as HTMLElement).innerText);
        const names = Array.from(document.querySelectorAll('[aria-label]')).map((el) => el.getAttribute('aria-label') ?? '');
        return [...own, ...names, document.querySelector('input[type=search]')?.getAttribute('placeholder') ?? ''];
      });
      for (const text of texts.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean)) {
        const match = english.find((e) => e.pattern.test(text));
        if (match && !malayPatterns.some((p) => p.test(text))) found.push(`/${route}: "${text}" (English "${match.message}")`);
      }
    }
    expect(found).toEqual([]);
    // The one page that is not there answers 404, as it should.
    expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
    await page.close();
  });

  it('says status, grade and the cycle state in Malay, and counts without "1 weeks"', async () => {
    const page = await browser.newPage();
    await page.goto(`${url}teams/sales/2026-q4/`);
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/Skor pasukan/i);
    expect(text).toMatch(/Di landasan|Berisiko|Tersasar|Selesai/);
    expect(text).not.toMatch(/\b1 weeks\b|\b1 periods\b/);
    // (v3) A grade is the verdict of a closed cycle: Q4 is active, Q3 has closed.
    expect(text).not.toMatch(/Hijau|Kuning|Merah/);
    await page.goto(`${url}teams/sales/2026-q3/`);
    expect(await page.locator('main').innerText()).toMatch(/Hijau|Kuning|Merah/);
    await page.goto(url);
    // The wide navigation (the phone menu holds the same links); search is the box, not a link.
    const nav = (await page.locator('header nav.site-nav').innerText()).split('\n');
    expect(nav).toEqual(expect.arrayContaining(['Utama', 'Kitaran', 'Pasukan', 'Orang', 'Panduan', 'Bimbingan', 'Analisis']));
    expect(await page.locator('.site-menu summary').first().innerText()).toMatch(/^Menu/);
    await page.close();
  });

  it('screenshots home and a scorecard: 1280 px light, 390 px dark without sideways scroll', async () => {
    mkdirSync(screenshots, { recursive: true });
    for (const [name, route] of [['home', ''], ['scorecard', 'teams/sales/2026-q4/']] as const) {
      const light = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
      await light.goto(url + route, { waitUntil: 'networkidle' });
      await light.screenshot({ path: path.join(screenshots, `ms-${name}-1280-light.png`), fullPage: true });
      await light.close();
      const dark = await browser.newPage({ viewport: { width: 390, height: 844 }, colorScheme: 'dark', deviceScaleFactor: 1 });
      await dark.goto(url + route, { waitUntil: 'networkidle' });
      await dark.screenshot({ path: path.join(screenshots, `ms-${name}-390-dark.png`), fullPage: true });
      expect(await dark.evaluate(() => document.documentElement.scrollWidth), `${name} scrolls sideways at 390 px`).toBeLessThanOrEqual(390);
      await dark.close();
    }
  });
});
