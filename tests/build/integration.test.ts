/**
 * okrbook as an Astro integration: plain `astro build` is the same product
 * as `npm run build`; warm builds (Astro's incremental build, keyed on what
 * each page read) give the same bytes as a cold build after every kind of
 * edit and after a change of base path; two builds of one checkout run side
 * by side.
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanContentRoots, contentRoot, projectRoot } from '../helpers.ts';
import { BUILDS, buildSite, differences, digest, distOf, SITES, type SiteBuild } from '../sites.ts';
import { cacheDirFor } from '../../src/integration/cache-dir.ts';

const work = path.join(BUILDS, 'integration');
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  cleanContentRoots();
});

describe('plain astro build', { timeout: 300_000 }, () => {
  it('builds the same site as npm run build, search index included', () => {
    const example = SITES.find((s) => s.name === 'example')!;
    const dist = path.join(work, 'astro-build');
    const result = spawnSync(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: projectRoot,
      env: { ...process.env, OKRBOOK_CONTENT: example.content, OKRBOOK_AS_OF: example.asOf, OKRBOOK_BASE: example.base, OKRBOOK_DIST: dist, OKRBOOK_INCLUDE_CONFIDENTIAL: '0' },
      encoding: 'utf8',
    });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const plain = digest(dist);
    expect(Object.keys(plain).some((file) => file.startsWith('pagefind/'))).toBe(true);
    expect(differences(plain, digest(distOf('example')))).toEqual([]);
  });

  it('refuses broken content with the lines check prints, and exits non-zero', () => {
    const root = contentRoot({ 'okrs/2026-q3/sales/broken.md': '---\ntitle: Broken\nteam: sales\ncycle: 2026-q3\nkey_results:\n  - id: a\n    title: A\n    baseline: 0\n    targte: 1\n---\n' });
    const result = spawnSync(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: projectRoot,
      env: { ...process.env, OKRBOOK_CONTENT: root, OKRBOOK_AS_OF: '2026-08-15', OKRBOOK_DIST: path.join(work, 'broken') },
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("okrs/2026-q3/sales/broken.md:9: error unknown-field: key_results[0].targte: `targte` is not a field of a key result; did you mean `target`?");
    expect(result.stdout + result.stderr).toContain('nothing was built');
  });
});

describe('warm builds', { timeout: 600_000 }, () => {
  it('equal a cold build, byte for byte, after each kind of edit and after a change of base path', () => {
    const root = contentRoot();
    const site: SiteBuild = { name: 'warm', content: root, asOf: '2026-08-15', base: '/' };
    const warm = path.join(work, 'warm');
    const build = (dist: string, extra: Partial<SiteBuild> = {}, args: string[] = []) => {
      const { code, output } = buildSite({ ...site, ...extra }, dist, {}, args);
      expect(code, output).toBe(0);
      return output;
    };
    build(warm);
    // Each step edits the content (or the options), builds warm, and compares with a cold build of the same.
    const steps: Array<[string, () => Partial<SiteBuild>]> = [
      ['nothing changed', () => ({})],
      ['a check-in added', () => {
        writeFileSync(path.join(root, 'checkins/2026-q3/sales/2026-08-14.md'), '---\nteam: sales\ndate: 2026-08-14\nattendees: [Aisha Rahman]\nupdates:\n  - kr: new-mrr\n    value: 140000\n    confidence: 0.8\n---\nThe partner deal closed early.\n');
        return {};
      }],
      ['notes edited', () => {
        appendFileSync(path.join(root, 'checkins/2026-q3/sales/2026-08-14.md'), '\nOne more line of notes.\n');
        return {};
      }],
      ['an objective renamed', () => {
        const file = path.join(root, 'okrs/2026-q3/sales/win-mid-market.md');
        writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Win the mid-market, again'));
        return {};
      }],
      ['a check-in removed', () => {
        rmSync(path.join(root, 'checkins/2026-q3/sales/2026-08-14.md'));
        return {};
      }],
      ['an interface string overridden (i18n/en.yaml)', () => {
        mkdirSync(path.join(root, 'i18n'), { recursive: true });
        writeFileSync(path.join(root, 'i18n/en.yaml'), 'nav.coach: Coaching\nscorecard.teamScore: Team score so far\n');
        return {};
      }],
      ['the base path changed', () => ({ base: '/b/' })],
    ];
    // The key each page was given by the build that last rendered it (a reused page keeps its key).
    const readsFile = path.join(projectRoot, cacheDirFor({ OKRBOOK_CONTENT: root, OKRBOOK_DIST: warm, OKRBOOK_INCLUDE_CONFIDENTIAL: '0' }, projectRoot), 'okrbook', 'reads.json');
    const keys = () => Object.fromEntries(Object.entries(JSON.parse(readFileSync(readsFile, 'utf8')) as Record<string, { key: string }>).map(([page, { key }]) => [page, key]));
    let options: Partial<SiteBuild> = {};
    for (const [name, edit] of steps) {
      options = { ...options, ...edit() };
      const before = keys();
      const log = build(warm, options);
      if (name === 'a check-in added') {
        // Of the people pages, only those of the people the check-in names render again.
        const after = keys();
        const people = Object.keys(before).filter((page) => page.startsWith('people/'));
        const rendered = people.filter((page) => after[page] !== before[page]);
        expect(rendered).toEqual(['people/aisha-rahman']);
        expect(people.length).toBeGreaterThan(2);
        // Of the weekly digests, only its week's page and JSON (2026-08-14 is in 2026-W33).
        const weeks = Object.keys(before).filter((page) => page.startsWith('digest/'));
        expect(weeks.filter((page) => after[page] !== before[page]).sort()).toEqual(['digest/2026-w33', 'digest/2026-w33.json']);
        expect(weeks.length).toBeGreaterThan(4);
      }
      const cold = path.join(work, `cold-${steps.findIndex((s) => s[0] === name)}`);
      build(cold, options, ['--force']);
      expect(differences(digest(warm), digest(cold)), `after: ${name}`).toEqual([]);
      if (name === 'nothing changed') expect(log).toMatch(/rendered \d+ of \d+ pages and files/);
    }
  });
});

describe('two builds of one checkout', { timeout: 300_000 }, () => {
  it('run side by side into two folders (a public and a leadership site)', async () => {
    const example = SITES.find((s) => s.name === 'example')!;
    const run = (dist: string, confidential: string) =>
      new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn(process.execPath, [path.join(projectRoot, 'src/cli/build.ts')], {
          cwd: projectRoot,
          env: { ...process.env, OKRBOOK_CONTENT: example.content, OKRBOOK_AS_OF: example.asOf, OKRBOOK_DIST: dist, OKRBOOK_INCLUDE_CONFIDENTIAL: confidential },
        });
        let output = '';
        child.stdout.on('data', (d) => (output += d));
        child.stderr.on('data', (d) => (output += d));
        child.on('close', (code) => resolve({ code, output }));
      });
    const [open, leadership] = await Promise.all([run(path.join(work, 'public'), '0'), run(path.join(work, 'leadership'), '1')]);
    expect(open.code, open.output).toBe(0);
    expect(leadership.code, leadership.output).toBe(0);
    expect(leadership.output).toContain('publishing');
  });
});
