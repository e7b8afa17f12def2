/**
 * Checks stay linear in the size of the content (issue 14): a 3,000-deep
 * team tree and a 3,000-long alignment chain are checked about as fast as
 * flat ones of the same size. The budget is a ratio, so a slow machine
 * does not fail it; a quadratic pass (3,000 x 3,000 steps) would.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/cli/check.ts';
import { cleanContentRoots, contentRoot } from '../helpers.ts';

afterAll(cleanContentRoots);

const SIZE = 3000;

function teams(deep: boolean): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < SIZE; i++) {
    const parent = deep ? (i === 0 ? 'company' : `t${i - 1}`) : 'company';
    files[`teams/t${i}.md`] = `---\nname: Team ${i}\nparent: ${parent}\n---\n`;
  }
  return files;
}

function objectives(deep: boolean): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < SIZE; i++) {
    const parent = deep ? (i === 0 ? '' : `parent: 2026-q3/sales/o${i - 1}\n`) : '';
    files[`okrs/2026-q3/sales/o${i}.md`] = `---\ntitle: Objective ${i}\nteam: sales\ncycle: 2026-q3\n${parent}key_results:\n  - id: kr${i}\n    title: Sign ${i} customers\n    baseline: 0\n    target: 10\n---\n`;
  }
  return files;
}

/**
 * The fastest of four runs of `check` on each root, in milliseconds, runs
 * alternating so that a busy machine slows both alike (the first run of
 * each warms the front-matter cache).
 */
function timeChecks(flatRoot: string, deepRoot: string): { flat: number; deep: number } {
  const best = { flat: Infinity, deep: Infinity };
  for (let run = 0; run < 4; run++) {
    for (const [name, root] of [['flat', flatRoot], ['deep', deepRoot]] as const) {
      const started = performance.now();
      const report = check([], { OKRBOOK_CONTENT: root, OKRBOOK_AS_OF: '2026-08-15' });
      best[name] = Math.min(best[name], performance.now() - started);
      expect(report.output).not.toContain('internal');
    }
  }
  return best;
}

// A quadratic pass took 16-50 s on the deep tree against well under a second flat: a budget of 5 times
// tells the two apart on a machine shared with other work.
describe('checks are linear in the size of the content', { timeout: 240_000 }, () => {
  it('a 3,000-deep team tree takes at most 5 times as long as a flat one', () => {
    const { flat, deep } = timeChecks(contentRoot(teams(false)), contentRoot(teams(true)));
    expect(deep / flat).toBeLessThan(5);
  });

  it('a 3,000-long alignment chain takes at most 5 times as long as unaligned objectives', () => {
    const { flat, deep } = timeChecks(contentRoot(objectives(false)), contentRoot(objectives(true)));
    expect(deep / flat).toBeLessThan(5);
  });

  it('a loop at the end of a long chain is reported once, at its first member', () => {
    const files = teams(true);
    files['teams/t0.md'] = `---\nname: Team 0\nparent: t${SIZE - 1}\n---\n`;
    const report = check([], { OKRBOOK_CONTENT: contentRoot(files), OKRBOOK_AS_OF: '2026-08-15' });
    const loops = report.findings.filter((f) => f.code === 'parent-loop');
    expect(loops.map((f) => f.file)).toEqual(['teams/t0.md']);
    expect(loops[0]!.message).toMatch(/^the team tree loops: t0 -> t2999 -> t2998 -> .* -> t1 -> t0; /);
  });
});
