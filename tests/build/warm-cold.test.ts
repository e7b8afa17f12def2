/**
 * A warm build is never staler than a cold one (site.md, Non-functional):
 * after a build that failed midway, after `--force`, and after a change to a
 * Markdown plugin's code, a warm build gives the bytes of a cold build.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cleanContentRoots, contentRoot, projectRoot } from '../helpers.ts';
import { BUILDS, buildSite, differences, digest, type SiteBuild } from '../sites.ts';
import { cacheDirFor } from '../../src/integration/cache-dir.ts';

const work = path.join(BUILDS, 'warm-cold');
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  cleanContentRoots();
});

/** The files of a site that mention `text`. */
function mentioning(dir: string, text: string): string[] {
  return Object.keys(digest(dir)).filter((file) => readFileSync(path.join(dir, file), 'utf8').includes(text));
}

/** An objective whose MDX body throws while its page renders: `check` accepts it, the build stops on it. */
const THROWS =
  "---\ntitle: Doomed launch\nteam: sales\ncycle: 2026-q3\nowner: A\nkey_results:\n  - id: doomed\n    title: Doomed\n    baseline: 0\n    target: 1\n---\n{(() => { throw new Error('rendering failed on purpose') })()}\n";

describe('a warm build equals a cold one', { timeout: 600_000 }, () => {
  const build = (site: SiteBuild, dist: string, args: string[] = []) => buildSite(site, dist, {}, args);

  it('after a build that failed while rendering, once the failing file is gone', () => {
    const root = contentRoot();
    const site: SiteBuild = { name: 'failed', content: root, asOf: '2026-08-15', base: '/' };
    const warm = path.join(work, 'after-failure');
    const first = build(site, warm);
    expect(first.code, first.output).toBe(0);

    // The failing objective: the build renders pages that list it (into Astro's cache), then stops.
    const doomed = path.join(root, 'okrs/2026-q3/sales/doomed.mdx');
    writeFileSync(doomed, THROWS);
    const failed = build(site, warm);
    expect(failed.code).not.toBe(0);
    expect(failed.output).toContain('rendering failed on purpose');

    // The content is that of the first build again: so must the site be, now and on the next build.
    rmSync(doomed);
    const cold = path.join(work, 'after-failure-cold');
    expect(build(site, cold, ['--force']).code).toBe(0);
    for (const round of ['first', 'second']) {
      const again = build(site, warm);
      expect(again.code, again.output).toBe(0);
      expect(mentioning(warm, 'Doomed'), `${round} warm build after the failure`).toEqual([]);
      expect(differences(digest(warm), digest(cold)), `${round} warm build after the failure`).toEqual([]);
    }
  });

  it('after --force, whatever okrbook kept of the last build (rendered bodies, the search index)', () => {
    const root = contentRoot();
    const site: SiteBuild = { name: 'force', content: root, asOf: '2026-08-15', base: '/' };
    const warm = path.join(work, 'force');
    expect(build(site, warm).code).toBe(0);
    // What okrbook keeps between builds, spoilt: --force must not trust any of it.
    const kept = path.join(projectRoot, cacheDirFor({ OKRBOOK_CONTENT: root, OKRBOOK_DIST: warm, OKRBOOK_INCLUDE_CONFIDENTIAL: '0' }, projectRoot), 'okrbook');
    const bodies = JSON.parse(readFileSync(path.join(kept, 'bodies.json'), 'utf8')) as { bodies: Record<string, { html: string }> };
    for (const body of Object.values(bodies.bodies)) body.html = '<p>SPOILT body</p>';
    writeFileSync(path.join(kept, 'bodies.json'), JSON.stringify(bodies));
    for (const file of readdirSync(path.join(kept, 'pagefind'))) {
      if (statSync(path.join(kept, 'pagefind', file)).isFile()) writeFileSync(path.join(kept, 'pagefind', file), 'SPOILT');
    }
    const forced = build(site, warm, ['--force']);
    expect(forced.code, forced.output).toBe(0);
    expect(forced.output).toMatch(/search index of \d+ pages written/);
    const cold = path.join(work, 'force-cold');
    expect(build(site, cold, ['--force']).code).toBe(0);
    expect(mentioning(warm, 'SPOILT')).toEqual([]);
    expect(differences(digest(warm), digest(cold))).toEqual([]);
  });

  it("after a change to a Markdown plugin's code", () => {
    const root = contentRoot({ 'okrs/2026-q3/company/partners.mdx': '---\ntitle: Open the partner channel\nteam: company\ncycle: 2026-q3\nowner: Mei Ling\nkey_results:\n  - id: partners\n    title: Partners signed\n    baseline: 0\n    target: 4\n---\nPartners sell where we cannot: {2 + 2} of them.\n' });
    // A project whose Markdown processor has a plugin of its own, in a file of its own (plain `astro build --config`).
    const project = path.join(work, 'plugin-project');
    mkdirSync(project, { recursive: true });
    const plugin = path.join(project, 'mark.mjs');
    const config = path.join(project, 'astro.config.mjs');
    writeFileSync(
      config,
      `import base from ${JSON.stringify(path.join(projectRoot, 'astro.config.mjs'))};\nimport { satteri } from '@astrojs/markdown-satteri';\nimport { mark } from './mark.mjs';\n` +
        `export default { ...base, markdown: { ...base.markdown, processor: satteri({ hastPlugins: [mark] }) } };\n`,
    );
    const markWith = (version: string) =>
      writeFileSync(plugin, `export const mark = { name: 'mark', element: { filter: ['p'], visit(node, ctx) { ctx.setProperty(node, 'data-mark', '${version}'); } } };\n`);
    const astroBuild = (dist: string, args: string[] = []) => {
      const result = spawnSync(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', projectRoot, '--config', path.relative(projectRoot, config), ...args], {
        cwd: projectRoot,
        env: { ...process.env, OKRBOOK_CONTENT: root, OKRBOOK_AS_OF: '2026-08-15', OKRBOOK_DIST: dist, OKRBOOK_INCLUDE_CONFIDENTIAL: '0' },
        encoding: 'utf8',
      });
      expect(result.status, result.stdout + result.stderr).toBe(0);
    };
    const warm = path.join(work, 'plugin');
    markWith('one');
    astroBuild(warm);
    expect(mentioning(warm, 'data-mark="one"').length).toBeGreaterThan(3);
    markWith('two');
    astroBuild(warm);
    const cold = path.join(work, 'plugin-cold');
    astroBuild(cold, ['--force']);
    expect(mentioning(cold, 'data-mark="two"').length).toBeGreaterThan(3);
    expect(mentioning(warm, 'data-mark="one"')).toEqual([]);
    expect(differences(digest(warm), digest(cold))).toEqual([]);
  });
});
