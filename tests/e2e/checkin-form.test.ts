/**
 * The check-in form as a team lead uses it on a phone (issue 27): found by
 * labels, a confidence of 45 refused with "write 45% as 0.45" and fixed, the
 * file taken from the page (the Open-in link's `value` when the site has a
 * repository, else the file box), written into a copy of the content, `check`
 * clean, built, and the check-in on the scorecard with the values typed.
 * Without JavaScript the page shows the pre-filled file. Uses the example
 * built once by the global setup; builds the copy once.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runCheck } from '../helpers.ts';
import { buildSite, distOf } from '../sites.ts';
import { axeViolations, launch, skipBrowser, watchProblems } from './browser.ts';
import { serve } from './static-server.ts';

const PHONE = { width: 390, height: 844 };
const FORM = 'teams/sales/2026-q4/checkin/';
/** After the example's as-of date (2026-11-25) and sales' last check-in (2026-11-23), inside 2026-q4. */
const DATE = '2026-11-27';

let browser: Browser;
const servers: Server[] = [];
let exampleUrl = '';
const scratch = mkdtempSync(path.join(os.tmpdir(), 'okrbook-checkin-form-'));

beforeAll(async () => {
  if (skipBrowser) return;
  browser = await launch();
  const example = await serve(distOf('example'), '/');
  servers.push(example.server);
  exampleUrl = example.url;
});

afterAll(async () => {
  await browser?.close();
  for (const server of servers) server.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe.skipIf(skipBrowser)('the check-in form on a phone', { timeout: 300_000 }, () => {
  it('is filled in by labels, refuses 45% as a confidence, and gives a file that check accepts and the scorecard shows', async () => {
    // A reader far east of UTC: the form is dated today where the reader is.
    const timezoneId = 'Pacific/Kiritimati';
    const context = await browser.newContext({ viewport: PHONE, colorScheme: 'dark', timezoneId });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(exampleUrl);
    await page.goto(`${exampleUrl}teams/sales/2026-q4/`);
    await page.getByRole('link', { name: "Write this week's check-in" }).click();
    await page.waitForURL(`**/${FORM}`);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: timezoneId, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    await expect.poll(() => page.getByLabel('Date of the meeting').inputValue()).toBe(today);

    // Who came last time (the 2026-11-23 check-in) is there already; this week two came.
    expect(await page.getByLabel('Who was there').inputValue()).toBe('Daniel Tan\nAisha Rahman\nPriya Nair\nKelvin Ooi\nHafiz Zulkifli\nMei Ling Goh');
    await page.getByLabel('Date of the meeting').fill(DATE);
    await page.getByLabel('Who was there').fill('Aisha Rahman\nDaniel Tan');
    const arr = page.getByRole('group', { name: 'New annual recurring revenue booked' });
    await arr.getByLabel('Value (MYR)').fill('1700000');
    const confidence = arr.getByLabel('Confidence (0 to 1)');
    await confidence.fill('45');
    // Refused with check's own words, tied to the field, and listed in the summary.
    const error = arr.getByText('expected a number from 0 to 1 (write 45% as 0.45), got 45');
    await expect.poll(() => error.isVisible()).toBe(true);
    expect(await confidence.getAttribute('aria-invalid')).toBe('true');
    expect(await confidence.getAttribute('aria-describedby')).toContain(await error.getAttribute('id'));
    expect(await page.locator('[data-summary]').isVisible()).toBe(true);
    expect(await page.locator('[data-summary-heading]').textContent()).toBe('1 problem to fix before the file is saved');
    // A refused value never reaches the link to the host.
    if ((await page.locator('[data-file-output-open]').count()) > 0) expect(await page.locator('[data-file-output-open]').isVisible()).toBe(false);
    await confidence.fill('0.45');
    await expect.poll(() => error.count()).toBe(0);
    expect(await confidence.getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('[data-summary]').isVisible()).toBe(false);

    await page.getByRole('group', { name: 'Partner-sourced deals signed' }).getByLabel('Value (deals)').fill('7');
    // The last check-in's open action is there already, as the file says; the team lead adds one.
    const carried = page.getByRole('group', { name: 'Action 1' });
    expect(await carried.getByLabel('What will be done').inputValue()).toBe('Prepare the December signature plan, deal by deal');
    await page.getByRole('button', { name: 'Add an action' }).click();
    const action = page.getByRole('group', { name: 'Action 2' });
    await action.getByLabel('What will be done').fill('Call the "stalled" trials: all three');
    await action.getByLabel('Key result it moves').selectOption({ label: 'New annual recurring revenue booked' });
    await action.getByLabel('Owner').fill('Daniel Tan');
    await page.getByLabel('Notes of the meeting').fill('Pipeline moved: </script> "quoted" 😀\n\n---\n\nمرحبا');
    expect(await page.locator('[data-summary]').isVisible()).toBe(false);

    // The file: from the Open-in link where the site has a repository, else from the box.
    const open = page.locator('[data-file-output-open]');
    const href = (await open.count()) > 0 && (await open.isVisible()) ? await open.getAttribute('href') : null;
    const text = href ? new URL(href).searchParams.get('value')! : await page.locator('[data-file-output-text]').inputValue();
    const file = (await page.locator('[data-file-output-path]').textContent())!;
    // The example keeps its content in github.com/okrbook/okrbook under content/: the link is GitHub's new-file page.
    expect(href).toMatch(/^https:\/\/github\.com\/okrbook\/okrbook\/new\/main\/content\/checkins\/2026-q4\/sales\?filename=2026-11-27\.md&value=/);
    expect(file).toBe(`checkins/2026-q4/sales/${DATE}.md`);
    expect(text).toContain('confidence: 0.45');
    expect(problems).toEqual([]);
    await context.close();

    const content = path.join(scratch, 'content');
    cpSync(path.join(projectRoot, 'content'), content, { recursive: true });
    mkdirSync(path.dirname(path.join(content, file)), { recursive: true });
    writeFileSync(path.join(content, file), text);
    const checked = runCheck([], { OKRBOOK_CONTENT: content, OKRBOOK_AS_OF: DATE });
    expect(checked.stdout + checked.stderr).not.toMatch(/ error /);
    expect(checked.code).toBe(0);
    const dist = path.join(scratch, 'dist');
    const built = buildSite({ name: 'form', content, asOf: DATE, base: '/' }, dist);
    expect(built.code, built.output).toBe(0);

    const { server, url } = await serve(dist, '/');
    servers.push(server);
    const scorecard = await browser.newPage({ viewport: PHONE });
    await scorecard.goto(`${url}teams/sales/2026-q4/`);
    const article = scorecard.locator(`article[aria-labelledby="checkin-${DATE}"]`);
    const shown = (await article.textContent())!;
    expect(shown).toContain('Aisha Rahman');
    expect(shown).toContain('1,700,000');
    expect(shown).toContain('45%');
    expect(shown).toContain('Call the "stalled" trials: all three');
    // The notes are Markdown: the text shows, the tag typed never becomes markup.
    expect(shown).toContain('Pipeline moved:');
    expect(shown).toContain('😀');
    expect(shown).toContain('مرحبا');
    expect(await article.locator('script').count()).toBe(0);
    await scorecard.close();
  });

  it('shows the pre-filled file without JavaScript, and passes axe with it', async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(exampleUrl + FORM);
    expect(await page.locator('[data-checkin-form]').isVisible()).toBe(false);
    const text = await page.locator('[data-file-output-text]').inputValue();
    expect(text).toMatch(/^---\nteam: sales\ndate: 2026-11-25\n/);
    expect(text).toContain('# updates:');
    await context.close();
    const withScript = await browser.newPage({ viewport: PHONE });
    await withScript.goto(exampleUrl + FORM);
    await withScript.getByRole('group', { name: 'New annual recurring revenue booked' }).getByLabel('Confidence (0 to 1)').fill('45');
    expect(await axeViolations(withScript)).toEqual([]);
    await withScript.close();
  });
});
