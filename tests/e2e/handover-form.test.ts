/**
 * The handover form on a 390 px phone (issue 27, items 4 and 5): filled by
 * its labels as an outgoing leader would, the "Open in GitHub" link carries
 * the typed values (read back through check's parser and schema), a refused
 * value never reaches the link, and a site without `repository` shows no
 * Edit link and no Open link, only Copy and Download.
 */
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSource } from '../../src/model/source.ts';
import { validateSource } from '../../src/model/validate.ts';
import { handoverSchema } from '../../src/schemas/handover.ts';
import { distOf } from '../sites.ts';
import { axeViolations, launch, skipBrowser, watchProblems } from './browser.ts';
import { serve } from './static-server.ts';

const PHONE = { width: 390, height: 844 };

let browser: Browser;
const servers: Server[] = [];
let exampleUrl = '';
let smallUrl = '';

beforeAll(async () => {
  if (skipBrowser) return;
  browser = await launch();
  const example = await serve(distOf('example'), '/');
  const small = await serve(distOf('small'), '/okrs/');
  servers.push(example.server, small.server);
  exampleUrl = example.url;
  smallUrl = small.url;
});

afterAll(async () => {
  await browser?.close();
  for (const server of servers) server.close();
});

describe.skipIf(skipBrowser)('the handover form', { timeout: 120_000 }, () => {
  it('takes what a leader types, by label, into the Open in GitHub link', async () => {
    const context = await browser.newContext({ viewport: PHONE, colorScheme: 'dark' });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${exampleUrl}teams/sales/`);
    await page.getByRole('link', { name: 'Write a handover note' }).click();
    await page.waitForURL(/teams\/sales\/handover\/$/);

    const incoming = ['Nurul Huda', 'Siti "Ana" Aminah: lead'];
    const unfinished = 'The renewals & the # list\n---\nمرحبا 😀 </script>';
    await page.getByLabel('Day the new leaders take over').fill('2026-12-01');
    await page.getByLabel('Incoming leaders').fill(incoming.join('\n'));
    await page.getByLabel('What is unfinished').fill(unfinished);
    await page.getByLabel('Who to call').focus();
    await page.keyboard.type('Puan Zainab at the bank');

    const open = page.getByRole('link', { name: 'Open in GitHub' });
    await expect.poll(() => open.getAttribute('href')).toContain('filename=2026-12-01.md');
    const href = new URL((await open.getAttribute('href'))!);
    expect(href.origin + href.pathname).toBe('https://github.com/okrbook/okrbook/new/main/content/handovers/sales');
    const text = href.searchParams.get('value')!;
    // The link's file is the one the box shows, and check's parser and schema read the typed values back.
    expect(await page.getByLabel('The file, ready to copy').inputValue()).toBe(text);
    const source = parseSource('handovers/sales/2026-12-01.md', new TextEncoder().encode(text), { frontMatter: true });
    if (Array.isArray(source)) throw new Error(source.map((f) => f.message).join('; '));
    const result = validateSource(source, handoverSchema, 'handover');
    if ('findings' in result) throw new Error(result.findings.map((f) => f.message).join('; '));
    expect(result.data).toMatchObject({ team: 'sales', date: '2026-12-01', to: incoming });
    expect(source.body).toContain(`## What is unfinished\n\n${unfinished}\n`);
    expect(source.body).toContain('## Who to call\n\nPuan Zainab at the bank');
    expect(await page.locator('[data-file-output-download]').getAttribute('download')).toBe('2026-12-01.md');

    // No incoming leader: check's message at the field, and no link to the host.
    await page.getByLabel('Incoming leaders').fill('');
    const field = page.getByLabel('Incoming leaders');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    // check's words, its backticks shown as code.
    expect(await page.locator('#handover-to-error').textContent()).toBe('expected at least one incoming leader, e.g. to: [Nurul Huda]');
    expect(await page.locator('#handover-to-error code').textContent()).toBe('to: [Nurul Huda]');
    expect(await page.locator('[data-form-errors] li').allTextContents()).toEqual(['Incoming leaders: expected at least one incoming leader, e.g. to: [Nurul Huda]']);
    expect(await open.isVisible()).toBe(false);
    expect(await page.locator('[data-file-output-open]').getAttribute('href')).toBeNull();

    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    // With an error showing, the form still passes axe (labels, described-by errors, contrast in dark).
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the pre-filled file to copy without JavaScript', async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${exampleUrl}teams/sales/handover/`);
    const text = await page.getByLabel('The file, ready to copy').inputValue();
    expect(text).toMatch(/^---\nteam: sales\ndate: 2026-11-25\n/);
    expect(await page.locator('[data-file-output-download]').getAttribute('href')).toBe(`data:text/markdown;charset=utf-8,${encodeURIComponent(text)}`);
    await context.close();
  });

  it('offers Copy and Download only, and no page an Edit link, on a site without repository', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const problems = watchProblems(page);
    for (const route of ['objectives/2026-q3/sales/win-mid-market/', 'teams/sales/', 'teams/sales/2026-q3/', 'cycles/2026-q3/', 'guide/']) {
      await page.goto(smallUrl + route);
      expect(await page.locator('.edit-link').count(), route).toBe(0);
    }
    await page.goto(`${exampleUrl}objectives/2026-q2/company/earn-regulator-trust/`);
    expect(await page.getByRole('link', { name: /^Edit/ }).getAttribute('href')).toBe('https://github.com/okrbook/okrbook/edit/main/content/okrs/2026-q2/company/earn-regulator-trust.md');

    await page.goto(`${smallUrl}teams/sales/handover/`);
    await page.getByLabel('Incoming leaders').fill('Nurul Huda');
    expect(await page.locator('[data-file-output-open]').count()).toBe(0);
    await expect.poll(() => page.getByRole('button', { name: 'Copy' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Download' }).getAttribute('download')).toBe('2026-08-15.md');
    expect(problems).toEqual([]);
    await context.close();
  });
});
