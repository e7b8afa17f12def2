/**
 * `npm run build` for real: broken content stops the build before anything
 * is written, and a good build replaces the previous site whole.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanContentRoots, contentRoot, fixture } from '../helpers.ts';
import { BUILDS, buildSite, distOf } from '../sites.ts';

const dist = path.join(BUILDS, 'atomic');
afterAll(() => {
  rmSync(dist, { recursive: true, force: true });
  cleanContentRoots();
});

describe('npm run build', { timeout: 240_000 }, () => {
  it('logs what it left out of the example organisation', () => {
    expect(existsSync(path.join(distOf('example'), 'index.html'))).toBe(true);
  });

  it('stops on broken content before writing anything, and leaves the previous site as it was', () => {
    mkdirSync(dist, { recursive: true });
    writeFileSync(path.join(dist, 'index.html'), 'the previous site');
    const root = contentRoot({ 'okrs/2026-q3/sales/win-mid-market.md': '---\ntitle: Win\nteam: sales\ncycle: 2026-q3\nkey_results:\n  - id: x\n    title: X\n    baseline: 1\n    targte: 2\n---\n' });
    const { code, output } = buildSite({ name: 'broken', content: root, asOf: '2026-08-15', base: '/' }, dist);
    expect(code).toBe(1);
    expect(output).toContain('okrs/2026-q3/sales/win-mid-market.md:9: error unknown-field: key_results[0].targte: `targte` is not a field of a key result; did you mean `target`?');
    expect(output).toContain('nothing was built; the previous site is unchanged.');
    expect(output).toContain('npm run check lists the same errors');
    expect(output).not.toMatch(/\n\s+at /);
    expect(readFileSync(path.join(dist, 'index.html'), 'utf8')).toBe('the previous site');
  });

  it('replaces the previous site whole when it succeeds', () => {
    mkdirSync(dist, { recursive: true });
    writeFileSync(path.join(dist, 'stale-file.html'), 'from an older build');
    const { code, output } = buildSite({ name: 'small', content: fixture('small'), asOf: '2026-08-15', base: '/' }, dist);
    expect(code, output).toBe(0);
    expect(existsSync(path.join(dist, 'stale-file.html'))).toBe(false);
    expect(readFileSync(path.join(dist, 'teams/sales/2026-q3/index.html'), 'utf8')).toContain('Win the mid-market');
  });
});
