/**
 * Paper: the cycle review prints one team per A4 page, and the scorecard
 * prints without navigation. Printed to PDF by Chromium; pages counted in the PDF.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { computeFigures } from '../../src/figures/index.ts';
import { loadModel } from '../../src/model/index.ts';
import { BUILDS, distOf, SITES } from '../sites.ts';
import { hasChromium, launch } from './browser.ts';
import { serve } from './static-server.ts';

const site = SITES.find((s) => s.name === 'example')!;
const { model } = loadModel({ contentRoot: site.content, asOf: site.asOf, includeConfidential: false });
const figures = computeFigures(model);
/** Pages of a PDF that Chromium wrote: one `/Type /Page` object each. */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;

describe.skipIf(!hasChromium)('print', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    browser = await launch();
    server = await serve(distOf('example'), site.base);
  });
  afterAll(async () => {
    await browser?.close();
    server?.server.close();
  });

  const print = async (route: string) => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${route}`);
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).display);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await page.close();
    return { pdf, hidden };
  };

  it('lays a closed cycle review out one team per A4 page', async () => {
    const closed = figures.cycles.filter((c) => c.pace.state === 'closed' && c.scorecards.length > 1).at(-1)!;
    const { pdf, hidden } = await print(`cycles/${closed.cycle.id}/review/`);
    writeFileSync(path.join(BUILDS, `review-${closed.cycle.id}.pdf`), pdf);
    expect(hidden).toBe('none');
    // One page per team; the calibration and the retrospective follow the last team, on its page or after it.
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(closed.scorecards.length);
    expect(pages).toBeLessThanOrEqual(closed.scorecards.length + 2);
  });

  it('prints a scorecard without navigation', async () => {
    const card = figures.cycles.find((c) => c.pace.state === 'closed')!.scorecards[0]!;
    const { pdf, hidden } = await print(`teams/${card.team.id}/${card.cycle.id}/`);
    writeFileSync(path.join(BUILDS, 'scorecard.pdf'), pdf);
    expect(hidden).toBe('none');
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(card.objectives.length);
  });
});
