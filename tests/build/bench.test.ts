/** A smoke test of `npm run bench` itself, on the small size (no timing assertions). */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers.ts';
import { BUILDS } from '../sites.ts';
import { hasChromium } from '../e2e/browser.ts';

const out = path.join(BUILDS, 'bench-S.json');
afterAll(() => rmSync(out, { force: true }));

describe('npm run bench', () => {
  it('measures size S with the real commands, the floor and a first search, and writes its JSON', { timeout: 900_000 }, () => {
    const result = spawnSync(process.execPath, [path.join(projectRoot, 'bench/run.ts'), '--size', 'S', '--runs', '2', '--no-starter', '--out', out], { cwd: projectRoot, encoding: 'utf8' });
    expect(result.status, result.stderr + result.stdout).toBe(0);
    expect(result.stdout).toContain('| cold build / floor');
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report).toMatchObject({ size: 'S', teams: 10, cycles: 2 });
    expect(report.files).toBeGreaterThan(300);
    expect(report.pages).toBeGreaterThan(100);
    expect(report.floor.pages).toBeGreaterThan(300);
    expect(report.floorRatio).toBeGreaterThan(0);
    // Two runs: every time is kept, and the reported one is their median.
    expect(report.coldBuild.runs).toHaveLength(2);
    expect(report.coldBuild.seconds).toBeCloseTo((report.coldBuild.runs[0] + report.coldBuild.runs[1]) / 2, 6);
    expect(report.floor.runs).toHaveLength(2);
    // The weekly operation (a check-in added) and the dev server are measured too.
    expect(report.weeklyBuild.runs).toHaveLength(2);
    expect(report.weeklyBuild.ratioToCold).toBeGreaterThan(0);
    // What the build said it rendered after the check-in was added: a few of the site's pages and files.
    expect(report.weeklyBuild.rendered[0]).toBeGreaterThan(0);
    expect(report.weeklyBuild.rendered[0]).toBeLessThan(report.weeklyBuild.rendered[1]);
    expect(report.dev.scorecardSeconds).toBeGreaterThan(0);
    expect(report.dev.editSeenSeconds).toBeGreaterThan(0);
    expect(Object.keys(report.budgets)).toHaveLength(hasChromium ? 10 : 9);
    if (hasChromium) {
      expect(result.stdout).toContain('| search, first / second query');
      expect(report.search.firstFiles).toBeGreaterThan(3);
      expect(report.search.firstKb).toBeGreaterThan(0);
      expect(report.search.firstKb).toBeLessThan(report.search.firstAsWrittenKb);
    }
  });
});
