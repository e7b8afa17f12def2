/**
 * Hostile content roots (issue 14): special files, names that cannot be
 * URLs, huge numbers and dates, collisions. `check` must answer each with
 * findings naming the file, never hang, crash or run out of memory. Special
 * files (symlinks, FIFOs) are made here in a temp dir, never committed.
 */
import { execFileSync } from 'node:child_process';
import fs, { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/cli/check.ts';
import { basePath } from '../../src/lib/base.ts';
import { EnvironmentError, formatFinding } from '../../src/model/index.ts';
import { markdownToText } from '../../src/search/markdown-text.ts';
import { cleanContentRoots, contentRoot, errorLines } from '../helpers.ts';

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
    expect(markdownToText('We won <!-- internal remark: the deal was luck --> the deal.\n<!--\nreorg next month\n-->\nDone. <!-- never closed\nsecret')).toBe('We won the deal. Done.');
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
