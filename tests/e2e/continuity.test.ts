/**
 * (v2) The leadership timeline and a people page in Chromium, on a 390 px
 * phone (dark) and a desktop (light): axe clean, no sideways scroll, the
 * handover note on the timeline, and status and grade visible on the phone.
 */
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distOf } from '../sites.ts';
import { axeViolations, launch, watchProblems, skipBrowser } from './browser.ts';
import { serve } from './static-server.ts';

let browser: Browser;
let server: Server | undefined;
let url = '';

beforeAll(async () => {
  if (skipBrowser) return;
  browser = await launch();
  const example = await serve(distOf('example'), '/');
  server = example.server;
  url = example.url;
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe.skipIf(skipBrowser)('continuity pages in Chromium', { timeout: 120_000 }, () => {
  for (const [width, colorScheme] of [[1280, 'light'], [390, 'dark']] as const) {
    it(`the leadership timeline and a person's page at ${width} px (${colorScheme})`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
      const page = await context.newPage();
      const problems = watchProblems(page);

      await page.goto(`${url}teams/engineering/`);
      const note = page.locator('#handover-2026-09-14');
      await expect.poll(() => note.isVisible(), { timeout: 30_000 }).toBe(true);
      expect(await note.textContent()).toContain('From Jonathan Chew to Elaine Ng');
      expect(await page.locator('.leadership-timeline a[href="/people/elaine-ng/"]').count()).toBeGreaterThan(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      expect(await axeViolations(page)).toEqual([]);

      await page.goto(`${url}people/elaine-ng/`);
      expect(await page.locator('h1').textContent()).toBe('Elaine Ng');
      // Status and grade come first in the table, so a phone shows them without scrolling the table.
      const firstRow = page.locator('#owns + .table-scroll tbody tr').first();
      for (const badge of await firstRow.locator('.badge').all()) {
        const box = (await badge.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(width);
      }
      expect(await page.locator('a[href="/teams/engineering/#handover-2026-09-14"]').count()).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
