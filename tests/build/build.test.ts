/**
 * `npm run build` for real: the example organisation and a small fixture
 * build; broken content stops the build before anything is written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanContentRoots, contentRoot, fixture, projectRoot } from '../helpers.ts';

const outRoot = mkdtempSync(path.join(tmpdir(), 'okrbook-build-'));
afterAll(() => {
  rmSync(outRoot, { recursive: true, force: true });
  cleanContentRoots();
});

function build(env: Record<string, string>) {
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'src/cli/build.ts')], {
    cwd: projectRoot,
    env: { ...process.env, OKRBOOK_AS_OF: '2026-11-25', ...env },
    encoding: 'utf8',
  });
  return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const read = (dist: string, file: string) => readFileSync(path.join(dist, file), 'utf8');

describe('npm run build', { timeout: 240_000 }, () => {
  it('publishes the example organisation', () => {
    const dist = path.join(outRoot, 'example');
    const { code, output } = build({ OKRBOOK_DIST: dist });
    expect(code, output).toBe(0);
    expect(output).toMatch(/left out: .*confidential/);
    for (const page of ['index.html', 'cycles/index.html', 'teams/index.html', 'teams/sales/index.html', '404.html', 'guide/index.html', 'coach/index.html', 'search/index.html']) {
      expect(existsSync(path.join(dist, page)), page).toBe(true);
    }
    expect(read(dist, 'index.html')).toContain('<nav aria-label="Main">');
  });

  it('builds a content root elsewhere, under a base path', () => {
    const dist = path.join(outRoot, 'small');
    const { code, output } = build({ OKRBOOK_DIST: dist, OKRBOOK_CONTENT: fixture('small'), OKRBOOK_BASE: '/okrs' });
    expect(code, output).toBe(0);
    const scorecard = read(dist, 'teams/sales/2026-q3/index.html');
    expect(scorecard).toContain('Win the mid-market');
    expect(scorecard).toContain('New monthly recurring revenue');
    expect(scorecard).toContain('href="/okrs/teams/sales/"');
    expect(read(dist, 'index.html')).toContain('href="/okrs/teams/sales/2026-q3/"');
  });

  it('stops on broken content before writing anything, and leaves the previous site as it was', () => {
    const dist = path.join(outRoot, 'kept');
    mkdirSync(dist, { recursive: true });
    writeFileSync(path.join(dist, 'index.html'), 'the previous site');
    const root = contentRoot({ 'okrs/2026-q3/sales/win-mid-market.md': '---\ntitle: Win\nteam: sales\ncycle: 2026-q3\nkey_results:\n  - id: x\n    title: X\n    baseline: 1\n    targte: 2\n---\n' });
    const { code, output } = build({ OKRBOOK_DIST: dist, OKRBOOK_CONTENT: root });
    expect(code).toBe(1);
    expect(output).toContain('okrs/2026-q3/sales/win-mid-market.md:9: error unknown-field: key_results[0].targte: `targte` is not a field of a key result; did you mean `target`?');
    expect(output).toContain('nothing was built; the previous site is unchanged.');
    expect(output).not.toMatch(/\n\s+at /);
    expect(read(dist, 'index.html')).toBe('the previous site');
  });
});
