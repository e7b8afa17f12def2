/**
 * Reliability of `npm run build`: a failure while rendering or indexing
 * leaves the previous site exactly as it was; the same inputs give the same
 * bytes in any time zone; the confidential opt-in is said in the log.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanContentRoots, contentRoot, fixture } from '../helpers.ts';
import { BUILDS, buildSite, type SiteBuild } from '../sites.ts';

const work = path.join(BUILDS, 'reliability');
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  cleanContentRoots();
});

function digest(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (sub: string) => {
    for (const name of readdirSync(path.join(dir, sub))) {
      const rel = sub ? `${sub}/${name}` : name;
      if (statSync(path.join(dir, rel)).isDirectory()) walk(rel);
      else out.set(rel, createHash('sha256').update(readFileSync(path.join(dir, rel))).digest('hex'));
    }
  };
  walk('');
  return out;
}

const small: SiteBuild = { name: 'small', content: fixture('small'), asOf: '2026-08-15', base: '/' };

describe('a failed build leaves the previous site as it was', { timeout: 240_000 }, () => {
  const previous = () => {
    const dist = path.join(work, 'kept');
    rmSync(dist, { recursive: true, force: true });
    mkdirSync(path.join(dist, 'teams'), { recursive: true });
    writeFileSync(path.join(dist, 'index.html'), 'the previous site');
    writeFileSync(path.join(dist, 'teams', 'index.html'), 'previous teams');
    return dist;
  };

  it('when a page fails to render', () => {
    const dist = previous();
    const before = digest(dist);
    const root = contentRoot({ 'okrs/2026-q3/sales/boom.mdx': "---\ntitle: Boom\nteam: sales\ncycle: 2026-q3\nowner: A\nkey_results:\n  - id: boom\n    title: Boom\n    baseline: 0\n    target: 1\n---\n{(() => { throw new Error('rendering failed on purpose') })()}\n" });
    const { code, output } = buildSite({ ...small, content: root }, dist);
    expect(code).not.toBe(0);
    expect(output).toContain('the build failed; the previous site is unchanged');
    expect(digest(dist)).toEqual(before);
  });

  it('when the search index cannot be written', () => {
    const dist = previous();
    const before = digest(dist);
    const { code, output } = buildSite(small, dist, { PAGEFIND_BINARY_PATH: '/nonexistent/pagefind' });
    expect(code).not.toBe(0);
    expect(output).toContain('the previous site is unchanged');
    expect(digest(dist)).toEqual(before);
  });
});

describe('determinism', { timeout: 300_000 }, () => {
  // NODE_ENV too: under anything but production, Vite's DEV is true in the build (it was once read as "dev server").
  it('gives a byte-identical site run after run, in UTC-12, UTC and UTC+14, and whatever NODE_ENV says', () => {
    const runs = [
      { TZ: 'Etc/GMT+12', NODE_ENV: 'production' },
      { TZ: 'UTC', NODE_ENV: 'development' },
      { TZ: 'Etc/GMT-14', NODE_ENV: 'test' },
      { TZ: 'UTC', NODE_ENV: 'production' },
    ];
    const digests = runs.map((env, i) => {
      const dist = path.join(work, `tz-${i}`);
      const { code, output } = buildSite({ ...small, content: fixture('edge') }, dist, env);
      expect(code, output).toBe(0);
      return digest(dist);
    });
    expect(digests[0]!.size).toBeGreaterThan(20);
    for (const other of digests.slice(1)) expect(other).toEqual(digests[0]);
  });
});

describe('warm builds', { timeout: 300_000 }, () => {
  const mdx = '---\ntitle: Open the partner channel\nteam: company\ncycle: 2026-q3\nowner: Mei Ling\nkey_results:\n  - id: partners\n    title: Partners signed\n    baseline: 0\n    target: 4\n---\nPartners sell where we cannot: {2 + 2} of them by September.\n';
  const edit = (root: string, file: string, line: string) => writeFileSync(path.join(root, file), `${readFileSync(path.join(root, file), 'utf8')}\n${line}\n`);

  /** How many pages and files a build rendered, from its progress line. */
  const renderedBy = (output: string) => Number(/rendered (\d+) of \d+ pages and files/.exec(output)?.[1] ?? NaN);

  it('render only the pages whose data changed, Markdown and MDX bodies alike, and give the same site as a cold build', () => {
    const root = contentRoot({ 'okrs/2026-q3/company/partners.mdx': mdx });
    const site = { ...small, content: root };
    const warm = path.join(work, 'warm');
    const sameAsCold = (name: string) => {
      const cold = path.join(work, `cold-${name}`);
      expect(buildSite(site, cold).code).toBe(0);
      expect(digest(warm)).toEqual(digest(cold));
    };
    const first = buildSite(site, warm);
    expect(first.code, first.output).toBe(0);
    const all = renderedBy(first.output);
    expect(readFileSync(path.join(warm, 'objectives/2026-q3/company/partners/index.html'), 'utf8')).toContain('Partners sell where we cannot: 4 of them');

    // Nothing changed: only the few pages without a cache key (the home page, lists) render again.
    const unchanged = buildSite(site, warm);
    expect(renderedBy(unchanged.output)).toBeLessThan(all / 2);
    expect(unchanged.output).toContain('search index of');
    expect(unchanged.output).toContain('unchanged, reused');
    sameAsCold('unchanged');

    // Markdown notes: okrbook's fast path.
    edit(root, 'checkins/2026-q3/sales/2026-07-13.md', 'A line added after the meeting.');
    const second = buildSite(site, warm);
    expect(second.code, second.output).toBe(0);
    expect(renderedBy(second.output)).toBeLessThan(all / 2);
    expect(readFileSync(path.join(warm, 'teams/sales/2026-q3/index.html'), 'utf8')).toContain('A line added after the meeting.');
    sameAsCold('markdown');

    // An MDX body: rendered by Astro.
    edit(root, 'okrs/2026-q3/company/partners.mdx', 'Two more signed in {"August"}.');
    const third = buildSite(site, warm);
    expect(renderedBy(third.output)).toBeLessThan(all / 2);
    expect(readFileSync(path.join(warm, 'objectives/2026-q3/company/partners/index.html'), 'utf8')).toContain('Two more signed in August.');
    sameAsCold('mdx');

    // A team renamed: every page that names it renders again.
    writeFileSync(path.join(root, 'teams/sales.md'), readFileSync(path.join(root, 'teams/sales.md'), 'utf8').replace('name: Sales', 'name: Sales & Renewals'));
    const fourth = buildSite(site, warm);
    expect(fourth.code, fourth.output).toBe(0);
    expect(readFileSync(path.join(warm, 'index.html'), 'utf8')).toContain('Sales &amp; Renewals');
    sameAsCold('renamed');
  });
});

describe('the confidential opt-in', { timeout: 240_000 }, () => {
  it('says in the build log how many confidential entries it published', () => {
    const root = contentRoot({
      'okrs/2026-q3/sales/secret.md': '---\ntitle: Secret\nteam: sales\ncycle: 2026-q3\nowner: A\nconfidential: true\nkey_results:\n  - id: s1\n    title: S1\n    baseline: 0\n    target: 1\n---\n',
    });
    const without = buildSite({ ...small, content: root }, path.join(work, 'c0'));
    expect(without.output).toContain('okrbook: left out: 1 confidential entry');
    const withOptIn = buildSite({ ...small, content: root, includeConfidential: true }, path.join(work, 'c1'));
    expect(withOptIn.output).toContain('okrbook: OKRBOOK_INCLUDE_CONFIDENTIAL=1: publishing 1 confidential entry');
  });
});
